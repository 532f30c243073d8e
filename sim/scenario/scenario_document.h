#pragma once
// One scenario as an editable TOML document: what the GUI's scenario editor opens, changes and
// saves. It holds the file and its chain of bases merged into one table (see
// scenario_flattening.h), and every edit goes through the loader's own machinery: keys are written
// as overrides write them (`rooms[2].tables`), values are parsed as overrides are, and the document
// is checked by loading its text, so the editor reports exactly what `pujiang validate` would.
//
// Saving patches the text the document was read from (scenario_text_patch.h): comment lines, blank
// lines, the order of keys and sections, how values are written and the `base` line stay; only what
// the edit changed is rewritten (a changed value's characters, a removed key's line and the comment
// on it, a new key's line, a removed or added [[rooms]] block), and a derived file keeps writing
// only what differs from its bases. When an edit cannot be written that way (it removes a key a base
// still gives, for instance) the whole document is written instead, in toToml()'s layout: standing
// alone, without comments. Either way the saved file loads to the document's spec.
//
// A document is a value: copying it is how the editor keeps undo snapshots (a scenario is a few
// KB). spec() and problems() load the whole text (about a millisecond): call them after an edit,
// not every frame.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "sim/reception/scenario_spec.h"
#include "sim/scenario/diagnostics.h"

namespace pujiang {

class ScenarioDocument {
public:
    // Reads the file and its bases. Throws ScenarioError with the loader's messages when the
    // chain cannot be read or does not load: the editor opens scenarios that run.
    static ScenarioDocument fromFile(const std::filesystem::path& file);
    // The same for text in memory: `sourceName` names it in messages and is the file whose stem
    // is the default name; `baseDir` is where a relative `base` is looked up.
    static ScenarioDocument fromString(std::string_view toml, const std::string& sourceName,
                                       const std::filesystem::path& baseDir = ".");

    // The file the document was read from or last saved to (or the name given to fromString).
    const std::string& sourceName() const { return m_sourceName; }

    // The document as TOML text: name first, then keys in key-table order. The same document
    // always gives the same text, and reading that text back gives the same text again.
    std::string toToml() const;

    // The checked spec; throws ScenarioError as loadScenarioString does.
    ScenarioSpec spec() const;
    // The loader's diagnostics for the document, in both languages, with lines of toToml()'s text
    // (not of the patched text saveAs writes); empty when the document loads.
    std::vector<Diagnostic> problems() const;

    // The value the document writes at `key` (as overrides address it: "day.opens",
    // "rooms[2].tables", "walk_ins.profile"), as one line of TOML that setValue accepts back;
    // nullopt when the document does not write it and the key table's default applies. Throws
    // std::invalid_argument for a key the key table does not have or one with [*].
    std::optional<std::string> valueText(std::string_view key) const;

    // Writes `valueText` at `key` as the override `key=valueText` would (origin "editor"): missing
    // [sections] are created, a bare word that is not TOML is a string. Returns the problems:
    // when the override itself is wrong (unknown key, bad TOML, no such room) its messages, and the
    // document is unchanged; otherwise the whole document's problems() after the edit, since a
    // cross-check the edit breaks may name another key. A value the checks reject (tables = 0) is
    // kept, so the user can see and fix it.
    std::vector<Diagnostic> setValue(std::string_view key, std::string_view valueText);
    // Drops the value at `key` (in every element for rooms[*].KEY), so its default applies again.
    // A [section] left empty goes too. Throws std::invalid_argument as valueText does.
    void removeValue(std::string_view key);

    // Elements of an array of tables ("rooms", "categories", "walk_ins.profile") that the document
    // writes; 0 when it writes none (for categories: the default categories apply). Each [[rooms]]
    // table counts once, whatever its count. Throws std::invalid_argument for other keys.
    std::size_t elementCount(std::string_view arrayName) const;
    // Appends a copy of the last element, or an empty table when there is none (then required keys
    // such as a room's name are reported by problems()).
    void appendElement(std::string_view arrayName);
    // Throws std::out_of_range when there is no such element.
    void removeElement(std::string_view arrayName, std::size_t oneBasedIndex);

    // The text saveAs(target) writes: the text the document was read from (or last saved as),
    // patched with the edits; toToml() when they cannot be written into it. Saved elsewhere, a
    // relative `base` is rewritten to name the same file from `target`'s folder, and the scenario
    // keeps its name (written out when the new file's stem would give another).
    std::string textToSave(const std::filesystem::path& target) const;

    // Writes textToSave(file) to `file` atomically (a temporary file beside it, then a rename), so
    // the file is never left half-written; from then on the document names that file and later
    // saves patch what was written. Saves an invalid document too (work in progress). Throws
    // std::runtime_error when the file cannot be written.
    void saveAs(const std::filesystem::path& file);

private:
    // What saving patches: the text as read, the folder its `base` is relative to, and its chain of
    // bases merged (empty without `base`).
    struct Origin {
        std::string text;
        std::filesystem::path baseDir;
        toml::table bases;
    };

    ScenarioDocument(toml::table table, std::string sourceName, Origin origin);
    static ScenarioDocument read(std::string_view toml, const std::string& sourceName,
                                 const std::filesystem::path& baseDir, const ScenarioSpec& loaded);
    // The patched text for `target`, or nullopt when the edits cannot be written into it.
    std::optional<std::string> patchedText(const std::filesystem::path& target) const;

    toml::table m_table;
    std::string m_sourceName;
    Origin m_origin;
};

}  // namespace pujiang
