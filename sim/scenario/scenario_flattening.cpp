#include "sim/scenario/scenario_flattening.h"

#include <optional>
#include <vector>

#include "sim/scenario/diagnostics.h"
#include "sim/scenario/document_path.h"
#include "sim/scenario/key_table.h"
#include "sim/core/message_text.h"
#include "sim/scenario/scenario_limits.h"
#include "sim/scenario/toml_reader.h"

namespace pujiang {

namespace {

namespace fs = std::filesystem;

// Reads the chain the way the loader does. Callers load the scenario first, so cycles and the
// like have been reported with the loader's own messages; the checks here only keep a file
// changed in between from looping or crashing.
class ChainReader {
public:
    // The parsed files, deepest base first.
    std::vector<toml::table> read(std::string_view text, const std::string& sourceName, const fs::path& baseDir) {
        readText(text, sourceName, baseDir, 0);
        if (!m_diagnostics.empty()) throw ScenarioError(m_diagnostics.sorted());
        return std::move(m_layers);
    }

private:
    void readText(std::string_view text, const std::string& sourceName, const fs::path& baseDir, int depth) {
        std::optional<toml::table> table = parseScenarioToml(text, sourceName, m_diagnostics);
        if (!table) return;
        if (const toml::node* base = table->get("base")) {
            const auto* name = base->as_string();
            if (!name || name->get().empty()) {
                m_diagnostics.add(positionOf(*base),
                                  {"base：应为场景文件的路径", "base: expected the path of a scenario file"});
                return;
            }
            if (depth >= kMaxBaseDepth) {
                m_diagnostics.add(positionOf(*base), bilingual("base：允许：最多 {} 层基础场景",
                                                               "base: allowed: a chain of at most {} bases",
                                                               kMaxBaseDepth));
                return;
            }
            const fs::path file = (baseDir / name->get()).lexically_normal();
            const std::optional<std::string> baseText = readScenarioText(file, positionOf(*base), m_diagnostics);
            if (!baseText) return;
            readText(*baseText, file.string(), file.parent_path(), depth + 1);
        }
        m_layers.push_back(std::move(*table));
    }

    DiagnosticList m_diagnostics;
    std::vector<toml::table> m_layers;
};

void mergeLayer(toml::table& into, const toml::table& layer, std::string_view rowPath) {
    for (auto&& [key, node] : layer) {
        const std::string path = childRowPath(rowPath, key.str());
        const KeyInfo* row = findKey(path);
        toml::table* existing = into.get_as<toml::table>(key.str());
        if (row && row->kind == KeyKind::Table && existing && node.is_table())
            mergeLayer(*existing, *node.as_table(), path);
        else
            into.insert_or_assign(key, node);
    }
}

}  // namespace

toml::table flattenScenario(std::string_view text, const std::string& sourceName, const fs::path& baseDir) {
    toml::table merged;
    for (const toml::table& layer : ChainReader().read(text, sourceName, baseDir))
        merged = mergeScenarioLayer(std::move(merged), layer);
    return merged;
}

toml::table flattenScenarioBases(std::string_view text, const std::string& sourceName, const fs::path& baseDir) {
    std::vector<toml::table> layers = ChainReader().read(text, sourceName, baseDir);
    layers.pop_back();  // the top file itself
    toml::table merged;
    for (const toml::table& layer : layers) merged = mergeScenarioLayer(std::move(merged), layer);
    return merged;
}

toml::table mergeScenarioLayer(toml::table below, const toml::table& layer) {
    for (const std::string_view key : kKeysOfTheFileItself) below.erase(key);
    mergeLayer(below, layer, "");
    below.erase("base");
    return below;
}

}  // namespace pujiang
