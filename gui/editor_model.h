#pragma once
// What the scenario editor edits, without any drawing: the open ScenarioDocument, undo and redo
// snapshots, the loader's problems tied to the fields they name (editor_problems.h), and the
// fields grouped the way the key table nests them (editor_groups.h). Tests drive it directly.
//
// Every change reloads the document once (ScenarioDocument::problems, about a millisecond), so
// the problems, groups and dirty flag read here are always current and cost nothing per frame.
// The loader's messages come in both languages; the model hands out those of the shown language,
// and switching it re-sorts them without reloading.

#include <cstddef>
#include <deque>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gui/editor_groups.h"
#include "gui/editor_problems.h"
#include "sim/reception/scenario_spec.h"
#include "sim/scenario/scenario_document.h"

namespace pujiang::gui {

class EditorModel {
public:
    static constexpr std::size_t kMaxUndo = 200;

    // Reads `file` (and its bases, flattened). Throws ScenarioError (or std::runtime_error) with
    // the loader's messages when it cannot be read or does not load; the model is unchanged then.
    void open(const std::filesystem::path& file);
    // The same for a document already in hand (tests, or a scenario made in memory).
    void open(ScenarioDocument document);
    bool isOpen() const { return m_document.has_value(); }

    // Everything below needs an open document.
    const ScenarioDocument& document() const { return *m_document; }
    // Where save() writes: the file opened or last saved as.
    const std::string& path() const { return m_path; }
    const std::vector<EditorGroup>& groups() const { return m_groups; }
    // Bumped by every change to the document, its problems, a rejection or the saved state, so a
    // view can cache what it shows per revision.
    std::size_t revision() const { return m_revision; }

    // The value the document writes at `key` as one line of TOML; nullopt when the default applies.
    std::optional<std::string> valueText(std::string_view key) const { return m_document->valueText(key); }

    // Writes `text` at `key` as the override key=text would; empty text resets the key. When the
    // value cannot be written at all (bad TOML, a table where a number goes) the document is
    // unchanged and the messages stay on the key as its rejection until the key is set again.
    // An undo snapshot is pushed only when the document changed. Returns whether it changed.
    bool set(const std::string& key, std::string_view text);
    // Drops the document's value at `key`, so the key table's default applies again.
    bool reset(const std::string& key);
    // Arrays of tables: "rooms", "categories", "walk_ins.profile". Appending copies the last element.
    void appendElement(const std::string& arrayName);
    void removeElement(const std::string& arrayName, std::size_t oneBasedIndex);

    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    void undo();
    void redo();

    // Writes the document to path() or to `file` (which save() then uses). Throws
    // std::runtime_error when the file cannot be written. An invalid document saves too (the
    // editor's Save rules are ScenarioEditor::save's).
    void save();
    void saveAs(const std::filesystem::path& file);
    // Save As under a new scenario name: `name` is written first as an edit of its own (undo
    // brings the old name back), so the saved file and the document agree. An empty `name` or
    // the current one saves as saveAs(file) does.
    void saveAs(const std::filesystem::path& file, const std::string& name);
    // The scenario's name as the document writes it, unquoted.
    std::string scenarioName() const;
    // The document differs from what was opened or last saved.
    bool dirty() const { return m_dirty; }

    // The language of the texts below; English until the editor view says otherwise.
    void setLanguage(Language language);
    Language language() const { return m_language; }

    bool isValid() const { return m_problems.empty(); }
    const std::vector<EditorProblem>& problems() const { return m_problems; }
    // The problems naming `key` (their short texts), then the key's rejected edit (its messages
    // without the "editor KEY=VALUE" they are reported under), if any.
    const std::vector<std::string>& messagesFor(std::string_view key) const;
    // The problems naming the group `path` ("rooms[2]") but none of its fields.
    const std::vector<std::string>& groupMessages(std::string_view path) const;
    // The problems naming no field and no group, in full.
    const std::vector<std::string>& generalMessages() const { return m_generalMessages; }
    bool hasRejection(std::string_view key) const { return m_rejected.find(key) != m_rejected.end(); }
    // Every problem's and rejection's message in both languages: what the font atlas must cover
    // before a language switch shows the other one.
    std::vector<std::string> messageTexts() const;

    // The checked spec, loaded now (about a millisecond); nullopt while the document has problems.
    std::optional<ScenarioSpec> spec() const;

private:
    using MessageMap = std::map<std::string, std::vector<std::string>, std::less<>>;
    using DiagnosticMap = std::map<std::string, std::vector<Diagnostic>, std::less<>>;

    struct Snapshot {
        ScenarioDocument document;
        std::vector<Diagnostic> problems;
    };

    Snapshot snapshot() const { return Snapshot{*m_document, m_rawProblems}; }
    // The document changed: the old state goes on the undo stack and redo is forgotten.
    void pushUndo(Snapshot before);
    void restore(Snapshot snapshot);
    // Recomputes groups, the problems' mapping and the dirty flag for the current document.
    void refresh(std::vector<Diagnostic> problems);

    std::optional<ScenarioDocument> m_document;
    std::string m_path;
    std::string m_savedText;
    bool m_dirty = false;
    std::size_t m_revision = 0;
    std::deque<Snapshot> m_undo, m_redo;

    std::vector<EditorGroup> m_groups;
    Language m_language = Language::En;
    std::vector<Diagnostic> m_rawProblems;
    std::vector<EditorProblem> m_problems;
    DiagnosticMap m_rejected;
    MessageMap m_keyMessages;    // problems by key, then rejections
    MessageMap m_groupMessages;  // problems by group path
    std::vector<std::string> m_generalMessages;
};

}  // namespace pujiang::gui
