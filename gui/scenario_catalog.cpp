#include "gui/scenario_catalog.h"

#include <algorithm>

#include "sim/scenario/toml_reader.h"

namespace pujiang::gui {

namespace fs = std::filesystem;

ScenarioHeading readScenarioHeading(const fs::path& file) {
    // Through the loader's own reader (size cap, guarded parse). A broken file still lists, by
    // its name; the loader says what is wrong when it is opened.
    DiagnosticList ignored;
    const std::optional<std::string> text = readScenarioText(file, SourcePosition{}, ignored);
    if (!text) return {};
    const std::optional<toml::table> table = parseScenarioToml(*text, file.string(), ignored);
    if (!table) return {};
    return {(*table)["title"].value_or(std::string()), (*table)["description"].value_or(std::string())};
}

std::vector<CatalogEntry> listScenarioCatalog(const fs::path& folder) {
    std::vector<CatalogEntry> entries;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code typeError;
        if (it->path().extension() != ".toml" || !it->is_regular_file(typeError)) continue;
        entries.push_back({it->path(), readScenarioHeading(it->path())});
    }
    std::sort(entries.begin(), entries.end(),
              [](const CatalogEntry& a, const CatalogEntry& b) { return a.file.filename() < b.file.filename(); });
    return entries;
}

}  // namespace pujiang::gui
