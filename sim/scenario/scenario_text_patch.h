#pragma once
// Saving an edited scenario into the text of the file it was read from (internal to sim/scenario;
// the editor's ScenarioDocument saves through it). Instead of laying the edited table out afresh
// (writeScenarioToml), the original text is patched, so comments, blank lines, key order and the
// way values are written survive wherever the edit does not reach:
//   - a changed value has only its characters replaced (inside an inline table or array, only
//     the changed element's); an inline table whose keys changed is rewritten whole;
//   - a removed key loses its line, with a comment on that line; comment lines above it stay;
//   - a new key goes on a line after the last key of its table (as `a.b = ...` in a table written
//     with dotted keys); a new [section] after the last block of its table, at the end of the file
//     for a top-level one, or inside its [[rooms]] block for [rooms.selection];
//   - an element added to [[rooms]] or [[categories]] is a new block after the block it follows; a
//     removed element loses its block (its own comment lines inside it too, the comment lines above
//     its header stay); elements of inline arrays are added and removed in place;
//   - a file with `base` keeps it and writes only what its bases do not give: a key the edit set to
//     the base's value is left out when the file did not write it, an array of tables that differs
//     from the base's is written whole (arrays replace the base's), tables merge key by key.
// New text comes from the writer (inlineTomlValue, writeScenarioTable), so numbers keep its
// shortest round-trip form.
//
// The patch is exact or absent. It returns nullopt when the edit cannot be written into this file
// — a key the edit removed that a base still gives, a key added to a table that only a header such
// as [a.b] implies, an original text that does not parse — and, as a last check, whenever the
// patched text, parsed and merged onto the bases, does not give the edited table exactly. The
// caller then writes the whole table with writeScenarioToml.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include <toml++/toml.h>

namespace pujiang {

// `originalText` is the file as read; `bases` its chain of bases merged (flattenScenarioBases: an
// empty table when the file has no `base`); `edited` the scenario as it must load (the document's
// flattened table, name written out). `fileStem` is the stem of the file saved to: a scenario that
// does not write its name takes it, so the name is only written when it differs. Text unchanged by
// the edit comes back byte for byte.
std::optional<std::string> patchScenarioText(std::string_view originalText, const toml::table& bases,
                                             const toml::table& edited, std::string_view fileStem);

// Save As: the same patch for the text saved to `targetFile`. A relative `base` is rewritten to
// name the same file from `targetFile`'s folder (`originalDir` is the folder it was relative to:
// the original file's); an absolute one is kept. With `newName`, the saved scenario is named so,
// whatever `edited` says.
std::optional<std::string> patchScenarioTextForSaveAs(std::string_view originalText, const toml::table& bases,
                                                      const toml::table& edited,
                                                      const std::filesystem::path& originalDir,
                                                      const std::filesystem::path& targetFile,
                                                      const std::optional<std::string>& newName);

}  // namespace pujiang
