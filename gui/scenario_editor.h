#pragma once
// The scenario editor tab: every key of the key table, grouped as the table nests them, with unit,
// range and help from that table, the loader's messages under the fields they name, undo and
// redo, save as TOML, and a request to run the edited scenario in the floor view. The document
// work is EditorModel's; this class only draws it and keeps what the user is typing.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gui/editor_field_input.h"
#include "gui/editor_model.h"
#include "gui/ui_strings.h"
#include "sim/reception/scenario_spec.h"

namespace pujiang::gui {

class ScenarioEditor {
public:
    // Opens `file` for editing; on failure keeps the open document and shows why. Returns whether
    // it opened.
    bool open(const std::filesystem::path& file);
    bool isOpen() const { return m_model.isOpen(); }

    // Draws the editor into the current window (a tab); Ctrl+Z / Ctrl+Y undo and redo while the
    // editor has focus and no field is being typed in.
    void draw(const UiStrings& text);

    // What "Run in the floor view" does: asks the app to run the document's spec, if it has no
    // problems. Returns whether it asked.
    bool requestRun();
    // Where the scenarios shipped with the project are (main.cpp gives the repository's
    // scenarios/ folder); files inside it are never written over (shipped_scenarios.h).
    void setShippedScenarioDir(std::filesystem::path dir) { m_shippedDir = std::move(dir); }
    // Whether the open document's file is a shipped scenario.
    bool isShipped() const;

    // Save, as the toolbar's button and the app's Ctrl+S do it: nothing while the editor shows a
    // problem (the status says why), the Save As dialog for a shipped scenario, else the file is
    // written. Returns whether a file was written.
    bool save();
    // Why Save cannot write now, as a UI string id ("editor.save.has_problems",
    // "editor.save.shipped"); nullptr when it can.
    const char* saveBlockedReason() const;
    // Opens the Save As dialog, its fields prefilled: the name "<name>-2" and a file of that stem
    // beside the open one (in the working folder for a shipped scenario).
    void openSaveAs();
    bool saveAsDialogOpen() const { return m_saveAsOpen; }
    // The dialog's fields, as the user left them (tests fill them in).
    std::string& saveAsPath() { return m_saveAsPath; }
    std::string& saveAsName() { return m_saveAsName; }
    // What the dialog's Save does: refuses (with the reason as a UI string id) while the editor
    // shows a problem, without a name or file, or for a file among the shipped scenarios; else
    // writes the document to `file` named `name`. Returns nullptr when it wrote.
    const char* saveAsBlockedReason(const std::string& file, const std::string& name) const;
    bool saveAs(const std::string& file, const std::string& name);

    // The spec asked to run, once; nothing otherwise.
    std::optional<ScenarioSpec> takeRunRequest();
    // The file the document was opened from or saved to, to name the run.
    const std::string& sourceName() const { return m_model.path(); }

    // The group shown on the right, by its path: "" (top level), "day", "rooms", "rooms[2]".
    void select(std::string_view groupPath);
    const std::string& selectedGroup() const { return m_selected; }
    // Shows the field's group and puts the keyboard into the field on the next frame.
    void focusField(const std::string& key);

    // The document's text and the characters of the loader's messages (in both languages), which
    // the font atlas must cover; fontsChanged is true once after a document is opened, an edit
    // brings in text outside ASCII or a message brings in a character not seen before.
    std::string glyphText() const;
    bool takeFontsChanged();

    EditorModel& model() { return m_model; }
    const EditorModel& model() const { return m_model; }
    // The last status line's detail (the file saved, why saving or opening failed); its kind is a
    // UI string id: "editor.saved", "editor.save_failed", "editor.open_failed", "editor.edit_failed",
    // or why saving was refused (saveBlockedReason, saveAsBlockedReason). The detail is in both
    // languages when it is the loader's (opening failed); status() is its English.
    const std::string& statusId() const { return m_statusId; }
    const std::string& status(Language language = Language::En) const { return m_status.in(language); }

private:
    // What a field's input box holds: the document's value, or what the user typed.
    struct FieldBuffer {
        std::string text;      // as the field shows it (editor_field_input.h)
        bool written = false;  // the document writes the key (else the default applies)
        FieldInput input = FieldInput::Toml;  // Toml too when the value does not fit the key's kind
    };

    void syncWithModel();
    // Adds the characters of the model's messages not seen before to m_messageGlyphs, and asks for
    // a font rebuild when there were any.
    void noteMessageGlyphs();
    FieldBuffer& buffer(const EditorField& field);
    // Changes to the model made while drawing wait until the frame's drawing is done, since the
    // groups being drawn belong to the model.
    void later(std::function<void()> change);
    void applyDeferred();
    const EditorGroup* findGroup(std::string_view path) const;

    void handleShortcuts();
    void drawToolbar(const UiStrings& text);
    void drawGroupList(const UiStrings& text);
    void drawGroup(const UiStrings& text);
    void drawField(const EditorField& field, const UiStrings& text);
    // The value column of a field, one per kind of input; an edit is committed through `commit`.
    void drawValue(const EditorField& field, FieldBuffer& value, const UiStrings& text);
    void commit(const std::string& key, std::string tomlText);
    void drawSaveAsDialog(const UiStrings& text);
    void drawProblems(const UiStrings& text);
    void setStatus(std::string id, OwnedPhrase detail);
    void setStatus(std::string id, std::string detail) { setStatus(std::move(id), OwnedPhrase{detail, detail}); }

    EditorModel m_model;
    std::string m_selected;
    std::map<std::string, FieldBuffer, std::less<>> m_buffers;
    std::size_t m_syncedRevision = 0;
    std::vector<std::size_t> m_groupProblems;  // per group: problems naming it or its fields
    std::string m_activeKey;                   // the field being typed in, kept across syncs
    std::string m_focusKey;                    // the field to put the keyboard into next
    bool m_scrollToSelected = false;           // the selection came from elsewhere: show it in the list
    std::filesystem::path m_shippedDir;
    bool m_saveAsOpen = false;     // the dialog is (to be) shown
    bool m_saveAsOpened = false;   // ImGui's popup was opened for it
    std::string m_saveAsPath;
    std::string m_saveAsName;
    std::string m_statusId;
    OwnedPhrase m_status;
    std::string m_messageGlyphs;  // every character outside ASCII the model's messages have shown, once
    std::vector<std::function<void()>> m_deferred;
    std::optional<ScenarioSpec> m_runRequest;
    bool m_fontsChanged = false;
};

}  // namespace pujiang::gui
