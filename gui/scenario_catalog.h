#pragma once
// What a scenario file says about itself (its `title` and one-line `description`), read without
// loading the day, for the welcome screen and the file browser: a trainer picks "2003年9月18日浦江…"
// rather than "pujiang-2003.toml". Both keys describe the file itself and are never inherited
// from a base, so reading the file's own top level is exact.

#include <filesystem>
#include <string>
#include <vector>

namespace pujiang::gui {

struct ScenarioHeading {
    std::string title;        // empty when the file has none, or is not valid TOML
    std::string description;
};

ScenarioHeading readScenarioHeading(const std::filesystem::path& file);

struct CatalogEntry {
    std::filesystem::path file;
    ScenarioHeading heading;
};

// The *.toml files directly in `folder`, by file name; unreadable folder: empty.
std::vector<CatalogEntry> listScenarioCatalog(const std::filesystem::path& folder);

}  // namespace pujiang::gui
