// The scenario editor: its groups cover the key table, edits undo and redo to the exact text,
// problems land on the fields they name, saves round-trip, and the view draws and takes typed
// edits in a headless ImGui context.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include <imgui.h>

#include "gui/editor_model.h"
#include "gui/scenario_editor.h"
#include "sim/scenario/key_table.h"
#include "sim/scenario/scenario_loader.h"
#include "tests/gui/gui_test_support.h"
#include "tests/gui/headless_imgui.h"

namespace pujiang::gui {
namespace {

namespace fs = std::filesystem;

const fs::path kScenario2003 = PUJIANG_SOURCE_DIR "/scenarios/pujiang-2003.toml";

using testing::projectStrings;

using testing::TempFolder;

EditorModel model2003() {
    EditorModel model;
    model.open(kScenario2003);
    return model;
}

std::set<std::string> fieldKeys(const EditorModel& model) {
    std::set<std::string> keys;
    for (const EditorGroup& group : model.groups())
        for (const EditorField& field : group.fields) EXPECT_TRUE(keys.insert(field.key).second) << field.key;
    return keys;
}

const EditorGroup* findGroup(const EditorModel& model, std::string_view path) {
    for (const EditorGroup& group : model.groups())
        if (group.path == path) return &group;
    return nullptr;
}

bool contains(const std::vector<std::string>& messages, std::string_view part) {
    return std::any_of(messages.begin(), messages.end(),
                       [part](const std::string& m) { return m.find(part) != std::string::npos; });
}

// [SECTION] Groups

TEST(EditorGroups, CoverEveryValueKeyOfTheKeyTableExceptBase) {
    const EditorModel model = model2003();
    const ScenarioDocument& document = model.document();
    ASSERT_EQ(document.elementCount("rooms"), 14u);
    ASSERT_EQ(document.elementCount("categories"), 12u);
    ASSERT_EQ(document.elementCount("walk_ins.profile"), 2u);

    // Each Value row, at every element of the array it is in ("rooms[].tables" -> rooms[1..14].tables).
    std::set<std::string> expected;
    for (const KeyInfo& row : keyTable()) {
        if (row.kind != KeyKind::Value || row.path == "base") continue;
        const std::size_t brackets = row.path.find("[]");
        if (brackets == std::string::npos) {
            expected.insert(row.path);
            continue;
        }
        const std::string array = row.path.substr(0, brackets);
        for (std::size_t i = 1; i <= document.elementCount(array); ++i)
            expected.insert(array + "[" + std::to_string(i) + "]" + row.path.substr(brackets + 2));
    }
    EXPECT_EQ(fieldKeys(model), expected);
    EXPECT_TRUE(expected.contains("rooms[14].selection.max_batches"));
    EXPECT_TRUE(expected.contains("walk_ins.profile[2].per_hour"));
    EXPECT_FALSE(expected.contains("base"));
}

TEST(EditorGroups, ArraysExpandIntoNamedElementsWithNestedTables) {
    const EditorModel model = model2003();
    const EditorGroup* top = findGroup(model, "");
    ASSERT_NE(top, nullptr);
    EXPECT_EQ(&model.groups().front(), top) << "the top level comes first";
    ASSERT_EQ(top->fields.size(), 3u);  // name, title and description; base is left out
    EXPECT_EQ(top->fields[0].key, "name");

    const EditorGroup* rooms = findGroup(model, "rooms");
    ASSERT_NE(rooms, nullptr);
    EXPECT_EQ(rooms->kind, GroupKind::Array);
    EXPECT_EQ(rooms->elementCount, 14u);
    EXPECT_TRUE(rooms->fields.empty());

    const EditorGroup* room2 = findGroup(model, "rooms[2]");
    ASSERT_NE(room2, nullptr);
    EXPECT_TRUE(room2->isElement());
    EXPECT_EQ(room2->arrayName, "rooms");
    EXPECT_EQ(room2->index, 2u);
    EXPECT_EQ(room2->elementName, "接待室2 土地");
    EXPECT_EQ(room2->depth, rooms->depth + 1);
    const EditorGroup* selection = findGroup(model, "rooms[2].selection");
    ASSERT_NE(selection, nullptr);
    EXPECT_EQ(selection->depth, room2->depth + 1);
    EXPECT_EQ(selection->title, "[rooms[2].selection]");
    ASSERT_FALSE(selection->fields.empty());
    EXPECT_EQ(selection->fields.front().info, findKey("rooms[].selection.categories"));

    EXPECT_EQ(findGroup(model, "categories[3]")->elementName, "DEMOL");
    EXPECT_EQ(findGroup(model, "walk_ins.profile[1]")->elementName, "08:00");
    EXPECT_EQ(findGroup(model, "walk_ins.profile")->depth, findGroup(model, "walk_ins")->depth + 1);
}

// [SECTION] Edits, undo and redo

TEST(EditorModel, SetUndoRedoRestoreTheExactText) {
    EditorModel model = model2003();
    const std::string original = model.document().toToml();
    EXPECT_FALSE(model.canUndo());
    EXPECT_FALSE(model.dirty());

    EXPECT_TRUE(model.set("rooms[2].tables", "4"));
    EXPECT_TRUE(model.set("day.closes", "18:00"));  // a bare clock needs no quotes, as in --set
    EXPECT_EQ(model.valueText("day.closes"), "\"18:00\"");
    const std::string edited = model.document().toToml();
    EXPECT_TRUE(model.dirty());
    EXPECT_FALSE(model.set("rooms[2].tables", " 4 ")) << "the same value again is no change";

    model.undo();
    EXPECT_EQ(model.valueText("day.closes"), "\"17:30\"") << model.document().toToml();
    model.undo();
    EXPECT_EQ(model.document().toToml(), original);
    EXPECT_FALSE(model.canUndo());
    EXPECT_FALSE(model.dirty());
    model.redo();
    model.redo();
    EXPECT_EQ(model.document().toToml(), edited);
    EXPECT_FALSE(model.canRedo());

    model.undo();
    EXPECT_TRUE(model.reset("rooms[2].tables"));
    EXPECT_FALSE(model.canRedo()) << "a new change forgets what was undone";
    EXPECT_EQ(model.valueText("rooms[2].tables"), std::nullopt);
    EXPECT_FALSE(model.reset("rooms[2].tables"));
    EXPECT_TRUE(model.set("rooms[3].tables", "5"));
    EXPECT_TRUE(model.set("rooms[3].tables", ""));  // empty means the default
    EXPECT_EQ(model.valueText("rooms[3].tables"), std::nullopt);
    while (model.canUndo()) model.undo();
    EXPECT_EQ(model.document().toToml(), original);
}

TEST(EditorModel, UndoKeepsAtMostTheCap) {
    EditorModel model = model2003();
    for (std::size_t i = 0; i < EditorModel::kMaxUndo + 5; ++i)
        ASSERT_TRUE(model.set("run.seed", std::to_string(i + 100)));
    std::size_t undos = 0;
    while (model.canUndo()) {
        model.undo();
        ++undos;
    }
    EXPECT_EQ(undos, EditorModel::kMaxUndo);
    EXPECT_EQ(model.valueText("run.seed"), "104");
}

TEST(EditorModel, ElementsAddAndRemoveWithUndo) {
    EditorModel model = model2003();
    const std::string original = model.document().toToml();
    model.appendElement("rooms");
    ASSERT_NE(findGroup(model, "rooms[15]"), nullptr);
    EXPECT_EQ(findGroup(model, "rooms")->elementCount, 15u);
    EXPECT_FALSE(model.isValid()) << "a copy of the last room repeats its name";
    EXPECT_TRUE(contains(model.messagesFor("rooms[15].name"), "rooms[15].name")) << model.problems().front().text;
    EXPECT_TRUE(model.set("rooms[15].name", "新接待室"));
    EXPECT_TRUE(model.isValid()) << model.problems().front().text;
    EXPECT_EQ(findGroup(model, "rooms[15]")->elementName, "新接待室");

    model.removeElement("walk_ins.profile", 2);
    EXPECT_EQ(findGroup(model, "walk_ins.profile[2]"), nullptr);
    model.undo();
    model.undo();
    model.undo();
    EXPECT_EQ(model.document().toToml(), original);
}

// [SECTION] Problems on the fields they name

TEST(EditorModel, ABadValueIsShownOnItsKeyAndFixingItMakesTheModelValid) {
    EditorModel model = model2003();
    ASSERT_TRUE(model.isValid());
    EXPECT_TRUE(model.set("rooms[1].tables", "0"));  // kept, so the user sees and fixes it
    EXPECT_FALSE(model.isValid());
    EXPECT_FALSE(model.spec().has_value());
    ASSERT_EQ(model.problems().size(), 1u);
    EXPECT_EQ(model.problems()[0].keys, std::vector<std::string>{"rooms[1].tables"});
    const std::vector<std::string>& messages = model.messagesFor("rooms[1].tables");
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_NE(messages[0].find("rooms[1].tables = 0 is out of range"), std::string::npos) << messages[0];
    EXPECT_EQ(messages[0].find("pujiang-2003.toml"), std::string::npos) << "the file name is left out under a field";
    EXPECT_TRUE(model.messagesFor("rooms[10].tables").empty());
    EXPECT_TRUE(model.generalMessages().empty());

    EXPECT_TRUE(model.set("rooms[1].tables", "2"));
    EXPECT_TRUE(model.isValid());
    EXPECT_TRUE(model.messagesFor("rooms[1].tables").empty());
    ASSERT_TRUE(model.spec().has_value());
    EXPECT_EQ(model.spec()->rooms[0].tables, 2);
}

TEST(EditorModel, AnEditThatCannotBeWrittenIsARejectionOnItsKey) {
    EditorModel model = model2003();
    const std::string original = model.document().toToml();
    EXPECT_FALSE(model.set("rooms[1].tables", "[1, 2"));  // not TOML
    EXPECT_EQ(model.document().toToml(), original);
    EXPECT_TRUE(model.isValid()) << "the document itself is fine";
    EXPECT_FALSE(model.canUndo());
    EXPECT_TRUE(model.hasRejection("rooms[1].tables"));
    EXPECT_FALSE(model.messagesFor("rooms[1].tables").empty());
    EXPECT_TRUE(model.set("rooms[1].tables", "3"));
    EXPECT_FALSE(model.hasRejection("rooms[1].tables"));
    EXPECT_TRUE(model.messagesFor("rooms[1].tables").empty());
}

TEST(EditorProblems, MessagesMapToTheKeysAndElementsTheyName) {
    const EditorModel model = model2003();
    const std::vector<Diagnostic> raw = {
        {"x.toml", 3, 1, "rooms[1].tables = 0 is out of range; allowed: integer 1..1000", "rooms[1].tables = 0 超出范围"},
        {"x.toml", 4, 1, "rooms[2]: missing required key 'name' (string; allowed: any string)",
         "rooms[2]：缺少必需的键 'name'"},
        {"x.toml", 5, 1, "rooms[2].selection is set but rooms[2] is not the top leader's room",
         "设置了 rooms[2].selection，但 rooms[2] 不是主要领导接待室"},
        {"x.toml", 6, 1, "rooms[3].breaks[2] = \"25:00-26:00\" is out of range",
         "rooms[3].breaks[2] = \"25:00-26:00\" 超出范围"},
        {"x.toml", 7, 1, "about 9000000 arrivals per replication", "每次重复约有 9000000 次到达"},
        {"x.toml", 8, 1, "name = \"\" is empty", "name = \"\" 为空"},
    };
    const std::vector<EditorProblem> problems = mapProblems(raw, model.groups(), Language::En);
    ASSERT_EQ(problems.size(), raw.size());
    EXPECT_EQ(problems[0].keys, std::vector<std::string>{"rooms[1].tables"});
    EXPECT_EQ(problems[0].shortText, "rooms[1].tables = 0 is out of range; allowed: integer 1..1000");
    EXPECT_EQ(problems[1].keys, std::vector<std::string>{"rooms[2].name"});
    EXPECT_TRUE(problems[1].groups.empty()) << "shown on the field, not again on the element";
    EXPECT_TRUE(problems[2].keys.empty());
    EXPECT_EQ(problems[2].groups, (std::vector<std::string>{"rooms[2]", "rooms[2].selection"}));
    EXPECT_EQ(problems[3].keys, std::vector<std::string>{"rooms[3].breaks"});
    EXPECT_TRUE(problems[4].keys.empty());
    EXPECT_TRUE(problems[4].groups.empty());
    EXPECT_EQ(problems[5].keys, std::vector<std::string>{"name"});
    EXPECT_EQ(problems[0].text, "x.toml:3:1: rooms[1].tables = 0 is out of range; allowed: integer 1..1000");

    // Shown in Chinese, the same problems land on the same fields and groups.
    const std::vector<EditorProblem> zh = mapProblems(raw, model.groups(), Language::Zh);
    ASSERT_EQ(zh.size(), raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        EXPECT_EQ(zh[i].keys, problems[i].keys) << i;
        EXPECT_EQ(zh[i].groups, problems[i].groups) << i;
        EXPECT_EQ(zh[i].shortText, raw[i].messageZh);
    }
    EXPECT_EQ(zh[0].text, "x.toml:3:1: rooms[1].tables = 0 超出范围");

    EXPECT_TRUE(namesKey("rooms[1].tables = 0", "rooms[1].tables"));
    EXPECT_FALSE(namesKey("rooms[11].tables = 0", "rooms[1].tables"));
    EXPECT_FALSE(namesKey("xrooms[1].tables = 0", "rooms[1].tables"));
    EXPECT_FALSE(namesKey("rooms[2]: missing required key 'name'", "name"));
    EXPECT_FALSE(namesKey("lawyers.opens = 1", "day.opens") || namesKey("rooms[1].opens = 1", "day.opens"));
}

// The mapping reads the English messages; the Chinese ones must name the very same keys, so what
// the user reads under a field is about that field.
TEST(EditorProblems, ChineseMessagesNameTheSameKeys) {
    EditorModel model = model2003();
    const std::pair<std::string, std::string> edits[] = {
        {"rooms[1].tables", "0"},
        {"rooms[2].name", *model.valueText("rooms[1].name")},
        {"day.opens", "18:00"},
        {"rooms[3].breaks", "[\"12:00\"]"},
        {"rooms[1].consultation", "{ dist = \"lognormal\", mean = \"5min\" }"},
        {"triage.priority_classes", "[\"category:NOPE\"]"},
        {"rooms[1].departments", "[\"NOPE\"]"},
        {"run.warmup", "1h"},
        {"walk_ins.profile[2].from", "07:00"},
        {"rooms[2].selection.probability", "0.5"},
    };
    int checked = 0;
    for (const auto& [key, value] : edits) {
        SCOPED_TRACE(key + "=" + value);
        ASSERT_TRUE(model.set(key, value));
        EXPECT_FALSE(model.isValid());
        for (const EditorProblem& problem : model.problems()) {
            const Diagnostic& d = problem.diagnostic;
            for (const EditorGroup& group : model.groups()) {
                for (const EditorField& field : group.fields) {
                    EXPECT_EQ(namesKey(d.messageZh, field.key), namesKey(d.message, field.key))
                        << field.key << "\n" << d.message << "\n" << d.messageZh;
                    ++checked;
                }
            }
        }
        model.undo();
    }
    EXPECT_GT(checked, 1000);
}

// [SECTION] Saving

TEST(EditorModel, SaveRoundTripsToTheSameSpec) {
    TempFolder dir("gui");
    EditorModel model = model2003();
    ASSERT_TRUE(model.set("rooms[2].tables", "3"));
    ASSERT_TRUE(model.set("title", "编辑后的浦江"));
    ASSERT_TRUE(model.set("walk_ins.profile[2].per_hour", "1.5"));
    const fs::path file = dir.path() / "edited.toml";
    model.saveAs(file);
    EXPECT_EQ(model.path(), file.string());
    EXPECT_FALSE(model.dirty());
    const std::optional<ScenarioSpec> spec = model.spec();
    ASSERT_TRUE(spec.has_value());
    EXPECT_EQ(spec->name, "pujiang-2003") << "the name is written out, not taken from the new file name";
    EXPECT_TRUE(loadScenarioFile(file) == *spec);
    const ScenarioDocument reopened = ScenarioDocument::fromFile(file);
    EXPECT_EQ(reopened.toToml(), model.document().toToml());
    EXPECT_TRUE(reopened.spec() == *spec);

    // Save writes to the file saved as; undo past the save keeps that file as the target.
    ASSERT_TRUE(model.set("rooms[2].tables", "1"));
    EXPECT_TRUE(model.dirty());
    model.save();
    EXPECT_EQ(loadScenarioFile(file).rooms[1].tables, 1);
    model.undo();
    EXPECT_TRUE(model.dirty());
    model.save();
    EXPECT_EQ(loadScenarioFile(file).rooms[1].tables, 3);

    EXPECT_THROW(model.saveAs(dir.path() / "missing-dir" / "x.toml"), std::exception);
}

TEST(EditorModel, OpeningABrokenFileThrowsAndKeepsTheDocument) {
    TempFolder dir("gui");
    const fs::path bad = dir.path() / "bad.toml";
    std::ofstream(bad) << "[day]\nopens = \"25:00\"\n";
    EditorModel model = model2003();
    EXPECT_THROW(model.open(bad), std::exception);
    EXPECT_EQ(model.path(), kScenario2003.string());
    EXPECT_TRUE(model.isValid());
}

// [SECTION] The view, headless

class ScenarioEditorView : public ::testing::Test {
protected:
    ScenarioEditorView() : imgui(ImVec2(1280, 800)), text(projectStrings()) {
        ImGuiIO& io = imgui.io();
        io.KeyMap[ImGuiKey_Enter] = 1;
        io.KeyMap[ImGuiKey_Z] = 2;
        io.KeyMap[ImGuiKey_Escape] = 3;
    }

    void frames(int count) {
        for (int i = 0; i < count; ++i) imgui.frame([this] { editor.draw(text); });
    }

    testing::HeadlessImGui imgui;
    UiStrings text;
    ScenarioEditor editor;
};

TEST_F(ScenarioEditorView, DrawsEveryGroupInBothLanguages) {
    frames(2);  // nothing open yet
    ASSERT_TRUE(editor.open(kScenario2003)) << editor.status();
    EXPECT_TRUE(editor.takeFontsChanged());
    EXPECT_NE(editor.glyphText().find("接待室2 土地"), std::string::npos);
    for (const Language language : {Language::Zh, Language::En}) {
        text.setLanguage(language);
        for (const std::string path : {"", "day", "rooms", "rooms[2]", "rooms[1].selection", "walk_ins.profile[1]"}) {
            editor.select(path);
            frames(3);
            EXPECT_EQ(editor.selectedGroup(), path);
            EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, 1000) << path;
        }
    }
    ASSERT_TRUE(editor.model().set("rooms[1].tables", "0"));
    editor.focusField("rooms[1].tables");
    EXPECT_EQ(editor.selectedGroup(), "rooms[1]");
    frames(3);  // the invalid state: red messages, the run button disabled
    EXPECT_FALSE(editor.takeRunRequest().has_value());
    EXPECT_FALSE(editor.open(PUJIANG_SOURCE_DIR "/no-such-file.toml"));
    EXPECT_EQ(editor.statusId(), "editor.open_failed");
    EXPECT_EQ(editor.sourceName(), kScenario2003.string()) << "a failed open keeps the document";
    frames(2);
}

TEST_F(ScenarioEditorView, RemovingTheShownElementShowsItsArray) {
    ASSERT_TRUE(editor.open(kScenario2003));
    editor.select("rooms[14]");
    frames(2);
    editor.model().removeElement("rooms", 14);
    frames(2);
    EXPECT_EQ(editor.selectedGroup(), "rooms");
}

TEST_F(ScenarioEditorView, TypingIntoAFieldAndPressingEnterCommitsTheEdit) {
    ASSERT_TRUE(editor.open(kScenario2003));
    ASSERT_EQ(editor.model().valueText("rooms[2].tables"), "2");
    editor.focusField("rooms[2].tables");
    frames(3);
    ASSERT_TRUE(ImGui::IsAnyItemActive()) << "the field has the keyboard";
    // The whole value is selected on focus, so typing replaces it.
    imgui.io().AddInputCharacter('7');
    frames(1);
    EXPECT_EQ(editor.model().valueText("rooms[2].tables"), "2") << "nothing is committed while typing";
    imgui.io().KeysDown[1] = true;  // Enter, for one frame
    frames(1);
    imgui.io().KeysDown[1] = false;
    frames(2);
    EXPECT_EQ(editor.model().valueText("rooms[2].tables"), "7");
    EXPECT_TRUE(editor.model().canUndo());

    // Ctrl+Z undoes while the editor has focus and no box is being typed in.
    ASSERT_FALSE(ImGui::IsAnyItemActive());
    imgui.io().KeyCtrl = true;
    imgui.io().KeysDown[2] = true;
    frames(1);
    imgui.io().KeysDown[2] = false;
    imgui.io().KeyCtrl = false;
    frames(2);
    EXPECT_EQ(editor.model().valueText("rooms[2].tables"), "2");
}

TEST_F(ScenarioEditorView, ABadTypedValueStaysInItsBoxWithTheMessage) {
    ASSERT_TRUE(editor.open(kScenario2003));
    editor.focusField("rooms[2].tables");
    frames(3);
    for (const char c : std::string("{oops")) imgui.io().AddInputCharacter(static_cast<unsigned>(c));
    frames(1);
    imgui.io().KeysDown[1] = true;
    frames(1);
    imgui.io().KeysDown[1] = false;
    frames(2);
    EXPECT_EQ(editor.model().valueText("rooms[2].tables"), "2");
    EXPECT_TRUE(editor.model().hasRejection("rooms[2].tables"));
    EXPECT_FALSE(editor.model().messagesFor("rooms[2].tables").empty());
}

TEST_F(ScenarioEditorView, RunRequestCarriesTheEditedSpecOnce) {
    EXPECT_FALSE(editor.requestRun()) << "nothing open";
    ASSERT_TRUE(editor.open(kScenario2003));
    ASSERT_TRUE(editor.model().set("rooms[2].tables", "0"));
    EXPECT_FALSE(editor.requestRun()) << "an invalid document does not run";
    EXPECT_FALSE(editor.takeRunRequest().has_value());
    ASSERT_TRUE(editor.model().set("rooms[2].tables", "5"));
    EXPECT_TRUE(editor.requestRun());
    frames(2);
    const std::optional<ScenarioSpec> spec = editor.takeRunRequest();
    ASSERT_TRUE(spec.has_value());
    EXPECT_EQ(spec->rooms[1].tables, 5);
    EXPECT_FALSE(editor.takeRunRequest().has_value()) << "taken once";
    EXPECT_EQ(editor.sourceName(), kScenario2003.string());
}

}  // namespace
}  // namespace pujiang::gui
