// Point 15 of issue 9, the editor's side: shipped scenarios are never written over (Save becomes
// Save As), Save As asks for a new scenario name and keeps the file's comments, and nothing is
// saved while the editor shows a problem, whether from the button or ScenarioEditor::save (Ctrl+S).

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <imgui.h>

#include "gui/scenario_editor.h"
#include "gui/shipped_scenarios.h"
#include "sim/scenario/scenario_loader.h"
#include "tests/gui/gui_test_support.h"
#include "tests/gui/headless_imgui.h"

namespace pujiang::gui {
namespace {

namespace fs = std::filesystem;
using testing::TempFolder;

const fs::path kScenario2003 = PUJIANG_SOURCE_DIR "/scenarios/pujiang-2003.toml";

std::string readText(const fs::path& file) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(ShippedScenarios, RecognisedByCanonicalPathInsideTheFolder) {
    TempFolder dir("gui");
    const fs::path shipped = dir.path() / "scenarios";
    fs::create_directories(shipped / "validation");
    fs::create_directories(dir.path() / "scenarios-mine");
    std::ofstream(shipped / "a.toml") << "";
    EXPECT_TRUE(isShippedScenario(shipped / "a.toml", shipped));
    EXPECT_TRUE(isShippedScenario(shipped / "validation" / "b.toml", shipped));
    EXPECT_TRUE(isShippedScenario(dir.path() / "scenarios-mine" / ".." / "scenarios" / "a.toml", shipped));
    EXPECT_TRUE(isShippedScenario(shipped / "not-yet.toml", shipped)) << "a Save As target is judged by its folder";
    EXPECT_TRUE(isShippedScenario(shipped / "a.toml", shipped.string() + "/"));
    EXPECT_FALSE(isShippedScenario(dir.path() / "scenarios-mine" / "a.toml", shipped));
    EXPECT_FALSE(isShippedScenario(dir.path() / "a.toml", shipped));
    EXPECT_FALSE(isShippedScenario(shipped, shipped)) << "the folder itself is no scenario";
    EXPECT_FALSE(isShippedScenario(shipped / "a.toml", fs::path())) << "no folder known: nothing is shipped";
    // A link to a shipped file is the shipped file.
    std::error_code error;
    fs::create_symlink(shipped / "a.toml", dir.path() / "link.toml", error);
    if (!error) {
        EXPECT_TRUE(isShippedScenario(dir.path() / "link.toml", shipped));
    }
}

class EditorSave : public ::testing::Test {
protected:
    EditorSave() : dir("gui"), imgui(ImVec2(1280, 800)), text(testing::projectStrings()) {
        fs::create_directories(shipped);
        fs::copy_file(kScenario2003, shipped / "pujiang-2003.toml");
        original = readText(shipped / "pujiang-2003.toml");
        editor.setShippedScenarioDir(shipped);
    }

    void frames(int count) {
        for (int i = 0; i < count; ++i) imgui.frame([this] { editor.draw(text); });
    }

    TempFolder dir;
    const fs::path shipped = dir.path() / "scenarios";
    std::string original;
    testing::HeadlessImGui imgui;
    UiStrings text;
    ScenarioEditor editor;
};

TEST_F(EditorSave, AShippedScenarioIsNeverWrittenOverSaveAsksForANewFileAndName) {
    ASSERT_TRUE(editor.open(shipped / "pujiang-2003.toml"));
    EXPECT_TRUE(editor.isShipped());
    ASSERT_TRUE(editor.model().set("rooms[2].tables", "3"));
    EXPECT_STREQ(editor.saveBlockedReason(), "editor.save.shipped");

    EXPECT_FALSE(editor.save()) << "Ctrl+S on a shipped scenario writes nothing";
    EXPECT_EQ(readText(shipped / "pujiang-2003.toml"), original);
    EXPECT_TRUE(editor.saveAsDialogOpen());
    EXPECT_EQ(editor.saveAsName(), "pujiang-2003-2");
    EXPECT_EQ(fs::path(editor.saveAsPath()).filename(), "pujiang-2003-2.toml");
    EXPECT_FALSE(isShippedScenario(editor.saveAsPath(), shipped)) << "prefilled outside the shipped folder";
    for (const Language language : {Language::Zh, Language::En}) {
        text.setLanguage(language);
        frames(3);
        EXPECT_TRUE(editor.saveAsDialogOpen()) << "the dialog is up";
    }

    // Not into the shipped folder, not without a name.
    EXPECT_STREQ(editor.saveAsBlockedReason((shipped / "copy.toml").string(), "copy"),
                 "editor.save_as.shipped_target");
    EXPECT_FALSE(editor.saveAs((shipped / "copy.toml").string(), "copy"));
    EXPECT_FALSE(fs::exists(shipped / "copy.toml"));
    EXPECT_STREQ(editor.saveAsBlockedReason((dir.path() / "mine.toml").string(), ""), "editor.save_as.no_name");

    const fs::path mine = dir.path() / "mine.toml";
    ASSERT_TRUE(editor.saveAs(mine.string(), "mine-2003")) << editor.status();
    EXPECT_FALSE(editor.saveAsDialogOpen());
    frames(2);
    EXPECT_EQ(readText(shipped / "pujiang-2003.toml"), original);
    const std::string saved = readText(mine);
    EXPECT_NE(saved.find("# ASSUMPTION: no turn-away"), std::string::npos) << "comments are kept";
    EXPECT_NE(saved.find(R"(name = "mine-2003")"), std::string::npos) << saved.substr(0, 2000);
    const ScenarioSpec spec = loadScenarioFile(mine);
    EXPECT_EQ(spec.name, "mine-2003");
    EXPECT_EQ(spec.rooms[1].tables, 3);
    EXPECT_EQ(editor.model().scenarioName(), "mine-2003");
    EXPECT_FALSE(editor.model().dirty());

    // The copy is the user's: Save writes it from now on.
    EXPECT_FALSE(editor.isShipped());
    EXPECT_EQ(editor.saveBlockedReason(), nullptr);
    ASSERT_TRUE(editor.model().set("rooms[2].tables", "4"));
    EXPECT_TRUE(editor.save());
    EXPECT_EQ(loadScenarioFile(mine).rooms[1].tables, 4);
    EXPECT_EQ(editor.statusId(), "editor.saved");
}

TEST_F(EditorSave, NothingIsSavedWhileTheEditorShowsAProblem) {
    const fs::path mine = dir.path() / "mine.toml";
    fs::copy_file(kScenario2003, mine);
    const std::string before = readText(mine);
    ASSERT_TRUE(editor.open(mine));
    EXPECT_FALSE(editor.isShipped());
    ASSERT_TRUE(editor.model().set("rooms[2].tables", "0"));
    ASSERT_FALSE(editor.model().isValid());
    EXPECT_STREQ(editor.saveBlockedReason(), "editor.save.has_problems");
    EXPECT_FALSE(editor.save());
    EXPECT_EQ(editor.statusId(), "editor.save.has_problems");
    EXPECT_FALSE(editor.saveAsDialogOpen());
    EXPECT_STREQ(editor.saveAsBlockedReason((dir.path() / "other.toml").string(), "other"),
                 "editor.save.has_problems");
    EXPECT_FALSE(editor.saveAs((dir.path() / "other.toml").string(), "other"));
    frames(2);  // the greyed-out buttons
    EXPECT_EQ(readText(mine), before);
    EXPECT_FALSE(fs::exists(dir.path() / "other.toml"));

    ASSERT_TRUE(editor.model().set("rooms[2].tables", "3"));
    EXPECT_TRUE(editor.save());
    EXPECT_EQ(loadScenarioFile(mine).rooms[1].tables, 3);
}

TEST(EditorModel, SaveAsUnderANewNameWritesItAsAnEditThatUndoes) {
    TempFolder dir("gui");
    EditorModel model;
    model.open(kScenario2003);
    EXPECT_EQ(model.scenarioName(), "pujiang-2003");
    const fs::path file = dir.path() / "renamed.toml";
    model.saveAs(file, "浦江-副本");
    EXPECT_EQ(loadScenarioFile(file).name, "浦江-副本");
    EXPECT_EQ(model.scenarioName(), "浦江-副本");
    EXPECT_FALSE(model.dirty());
    EXPECT_TRUE(model.canUndo());
    model.undo();
    EXPECT_EQ(model.scenarioName(), "pujiang-2003");
    EXPECT_TRUE(model.dirty());
    model.saveAs(dir.path() / "same.toml", "pujiang-2003");  // the current name: no edit
    EXPECT_EQ(loadScenarioFile(dir.path() / "same.toml").name, "pujiang-2003");
}

}  // namespace
}  // namespace pujiang::gui
