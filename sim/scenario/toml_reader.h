#pragma once
// The boundary to toml++ (sim/scenario; sim/training parses case cards and shows their nodes with
// it): reading a scenario file's text with the size cap, parsing it so every node remembers its
// file, and showing nodes in messages.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include <toml++/toml.h>

#include "sim/core/language.h"
#include "sim/scenario/diagnostics.h"
#include "sim/scenario/scenario_limits.h"

namespace pujiang {

// The file's bytes, or nullopt after a diagnostic at `reportAt` (the file itself, or the `base`
// key that names it).
std::optional<std::string> readScenarioText(const std::filesystem::path& file, const SourcePosition& reportAt,
                                            DiagnosticList& diagnostics);

// Parses `text`; nodes' sources carry `sourceName`. Syntax errors keep toml++'s position and text.
std::optional<toml::table> parseScenarioToml(std::string_view text, const std::string& sourceName,
                                             DiagnosticList& diagnostics);

// toml++'s description of a syntax error (English, "Error while parsing key-value pair: expected
// '=', saw 'x'") in both languages: the English as given, the Chinese from the common kinds of error.
OwnedPhrase syntaxErrorText(std::string_view description);

SourcePosition positionOf(const toml::source_region& region);
inline SourcePosition positionOf(const toml::node& node) { return positionOf(node.source()); }

// The text with control characters, which would garble a terminal, shown as '?'.
std::string printable(std::string_view text);

// "a string", "an integer", ... for "wrong type" messages; Chinese "字符串", "整数", ...
Phrase typeName(const toml::node& node);
// The value roughly as written: 12, 0.5, true, "text" (long strings shortened), [...], {...}; a
// date or time, which no setting takes, by its type name.
std::string valueText(const toml::node& node, Language language = Language::En);

}  // namespace pujiang
