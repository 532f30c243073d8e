#include "sim/scenario/scenario_loader.h"

#include <algorithm>
#include <optional>
#include <span>
#include <vector>

#include "sim/scenario/key_walker.h"
#include "sim/core/message_text.h"
#include "sim/scenario/overrides.h"
#include "sim/scenario/scenario_assembly.h"
#include "sim/scenario/scenario_flattening.h"
#include "sim/scenario/scenario_checks.h"
#include "sim/scenario/scenario_draft.h"
#include "sim/scenario/scenario_limits.h"
#include "sim/scenario/toml_reader.h"

namespace pujiang {

namespace {

namespace fs = std::filesystem;

// The 1-based number of the UTF-8 character that starts at byte `offset` of `text`.
std::size_t characterNumber(std::string_view text, std::size_t offset) {
    const std::string_view before = text.substr(0, offset);
    return 1 + static_cast<std::size_t>(std::count_if(before.begin(), before.end(), [](char c) {
               return (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // not a continuation byte
           }));
}

// What is wrong with the value of `base` as a file path, if anything: not a string, empty, or
// holding a NUL, up to which the system would read it — a different file, silently.
std::optional<OwnedPhrase> baseNameProblem(const toml::node& node) {
    const auto* name = node.as_string();
    if (!name || name->get().empty()) {
        const OwnedPhrase value{valueText(node, Language::Zh), valueText(node, Language::En)};
        return bilingual("base = {} 是{}；应为场景文件的路径，相对于本文件",
                         "base = {} is {}; expected the path of a scenario file, relative to this file", value,
                         name ? Phrase{"空字符串", "empty"} : typeName(node));
    }
    if (const std::size_t nul = name->get().find('\0'); nul != std::string::npos)
        return bilingual("base = {} 的第 {} 个字符是 NUL；允许：不含 NUL 的文件路径",
                         "base = {} has a NUL (\\u0000) as character {}; allowed: a file path without NUL",
                         valueText(node), characterNumber(name->get(), nul));
    return std::nullopt;
}

// Reads a file and its chain of bases, writes the overrides into the file, then applies the
// bases and the file, in that order, to one draft.
class ChainLoader {
public:
    explicit ChainLoader(std::span<const KeyOverride> overrides = {}) : m_overrides(overrides) {}

    ScenarioSpec loadFile(const fs::path& file) {
        m_draft.topFile = file.string();
        readFile(file, SourcePosition{file.string(), 0, 0});
        return finish();
    }

    ScenarioSpec loadString(std::string_view text, const std::string& sourceName, const fs::path& baseDir) {
        m_draft.topFile = sourceName;
        if (text.size() > kMaxScenarioBytes) {
            m_diagnostics.add(SourcePosition{sourceName, 0, 0},
                              bilingual("场景文本有 {} 字节；允许：最多 {} 字节（4 兆字节）",
                                        "scenario text is {} bytes; allowed: at most {} bytes (4 MiB)", text.size(),
                                        kMaxScenarioBytes));
            m_incomplete = true;
        } else {
            readText(text, sourceName, baseDir);
        }
        return finish();
    }

private:
    struct ChainLink {
        fs::path canonical;
        std::string shown;
    };

    // A parsed file of the chain.
    struct Layer {
        std::string sourceName;
        toml::table table;
    };

    void readFile(const fs::path& file, const SourcePosition& reportAt) {
        const std::optional<std::string> text = readScenarioText(file, reportAt, m_diagnostics);
        if (!text) {
            m_incomplete = true;
            return;
        }
        std::error_code ec;
        m_chain.push_back(ChainLink{fs::weakly_canonical(file, ec), file.string()});
        readText(*text, file.string(), file.parent_path());
        m_chain.pop_back();
    }

    // Parses the text and, before it, its chain of bases into m_layers.
    void readText(std::string_view text, const std::string& sourceName, const fs::path& baseDir) {
        std::optional<toml::table> table = parseScenarioToml(text, sourceName, m_diagnostics);
        if (!table) {
            m_incomplete = true;
            return;
        }
        if (const toml::node* base = table->get("base")) readBase(*base, baseDir);
        m_layers.push_back(Layer{sourceName, std::move(*table)});
    }

    void readBase(const toml::node& node, const fs::path& baseDir) {
        const SourcePosition at = positionOf(node);
        if (std::optional<OwnedPhrase> problem = baseNameProblem(node)) {
            m_diagnostics.add(at, std::move(*problem));
            m_incomplete = true;
            return;
        }
        const std::string& name = node.as_string()->get();
        if (m_depth >= kMaxBaseDepth) {
            m_diagnostics.add(at, bilingual("base = {} 使基础场景超过 {} 层；允许：最多 {} 层基础场景",
                                            "base = {} goes deeper than {} bases; allowed: a chain of at most {} "
                                            "bases",
                                            valueText(node), kMaxBaseDepth, kMaxBaseDepth));
            m_incomplete = true;
            return;
        }
        const fs::path file = (baseDir / name).lexically_normal();
        std::error_code ec;
        const fs::path canonical = fs::weakly_canonical(file, ec);
        const auto cycleStart = std::find_if(m_chain.begin(), m_chain.end(), [&canonical](const ChainLink& link) {
            return link.canonical == canonical;
        });
        if (cycleStart != m_chain.end()) {
            std::string cycle;
            for (auto it = cycleStart; it != m_chain.end(); ++it) cycle += it->shown + " -> ";
            m_diagnostics.add(at, bilingual("base = {} 形成循环：{}{}；允许：没有循环的基础场景链",
                                            "base = {} makes a cycle: {}{}; allowed: a chain of bases without "
                                            "cycles",
                                            valueText(node), cycle, file.string()));
            m_incomplete = true;
            return;
        }
        ++m_depth;
        readFile(file, at);
        --m_depth;
    }

    void applyLayer(const Layer& layer) {
        // name, title and description describe the file itself: a base's do not carry over.
        m_draft.spec.name = fs::path(layer.sourceName).stem().string();
        m_draft.spec.title.clear();
        m_draft.spec.description.clear();
        for (const std::string_view key : kKeysOfTheFileItself) m_draft.forget(std::string(key));
        applyScenarioTable(layer.table, m_draft, m_diagnostics);
    }

    ScenarioSpec finish() {
        // Overrides and cross-checks on a half-read chain would only add noise to the real problem.
        if (!m_incomplete && !m_overrides.empty()) {
            std::vector<toml::table*> tables;
            for (Layer& layer : m_layers) tables.push_back(&layer.table);
            applyOverrides(m_overrides, tables, m_diagnostics);
        }
        for (const Layer& layer : m_layers) applyLayer(layer);
        if (!m_incomplete) checkScenario(m_draft, m_diagnostics);
        if (!m_diagnostics.empty()) throw ScenarioError(m_diagnostics.sorted());
        return assembleScenario(m_draft);
    }

    std::span<const KeyOverride> m_overrides;
    ScenarioDraft m_draft;
    DiagnosticList m_diagnostics;
    std::vector<Layer> m_layers;     // the parsed chain, deepest base first
    std::vector<ChainLink> m_chain;  // files being read, outermost first
    int m_depth = 0;
    bool m_incomplete = false;  // some file could not be read or parsed
};

}  // namespace

ScenarioSpec loadScenarioFile(const std::filesystem::path& file) { return ChainLoader().loadFile(file); }

ScenarioSpec loadScenarioFile(const std::filesystem::path& file, const std::vector<KeyOverride>& overrides) {
    return ChainLoader(overrides).loadFile(file);
}

ScenarioSpec loadScenarioString(std::string_view toml, const std::string& sourceName,
                                const std::filesystem::path& baseDir) {
    return ChainLoader().loadString(toml, sourceName, baseDir);
}

}  // namespace pujiang
