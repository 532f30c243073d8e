// Point 5 of issue 9: in Chinese mode the editor's texts are Chinese (key descriptions, units,
// allowed values, types, defaults, enum labels, group descriptions), clock keys are not shown with
// "min after 00:00", and problems are shown without the "file:line:col:" of a generated text, in the
// language of the UI.

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <string>

#include "gui/editor_model.h"
#include "gui/editor_problems.h"
#include "gui/editor_texts.h"
#include "gui/gui_app.h"
#include "gui/font_setup.h"
#include "gui/scenario_editor.h"
#include "sim/scenario/enum_value_labels.h"
#include "sim/scenario/key_table.h"
#include "tests/gui/app_frames.h"
#include "tests/gui/gui_test_support.h"
#include "tests/gui/headless_imgui.h"

namespace pujiang::gui {
namespace {

using testing::projectStrings;

bool hasNonAscii(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

TEST(EditorTexts, EveryIdTheyAskForIsInTheTable) {
    const UiStrings text = projectStrings();
    for (const std::string& id : keyTextIds()) EXPECT_TRUE(text.has(id)) << id;
}

TEST(EditorTexts, ChineseModeShowsTheKeyTableInChinese) {
    UiStrings text = projectStrings();
    text.setLanguage(Language::Zh);
    for (const KeyInfo& info : keyTable()) {
        SCOPED_TRACE(info.path);
        EXPECT_EQ(keyDescription(info, text), info.descriptionZh);
        EXPECT_TRUE(hasNonAscii(keyDescription(info, text)));
        EXPECT_TRUE(hasNonAscii(keyType(info, text))) << "type " << info.type << " has no Chinese word";
        if (!info.allowed.empty()) {
            EXPECT_TRUE(hasNonAscii(keyAllowed(info, text))) << keyAllowed(info, text);
        }
        if (!info.unit.empty()) {
            EXPECT_TRUE(hasNonAscii(keyUnit(info, text))) << keyUnit(info, text);
        }
        if (info.kind != KeyKind::Value) continue;
        const std::string shownDefault = keyDefault(info, text);
        if (info.required || !info.literalDefault || !info.choices.empty()) {
            EXPECT_TRUE(hasNonAscii(shownDefault)) << shownDefault;
        }
        for (const std::string& choice : info.choices) EXPECT_TRUE(hasNonAscii(enumLabel(info, choice, text)));
    }
    EXPECT_EQ(keyDefault(*findKey("day.closing_rule"), text), "接待完所有在场者（记加班）");
    EXPECT_EQ(keyDefault(*findKey("name"), text), "（文件名）");
}

TEST(EditorTexts, ClockKeysShowATimeOfDayUnit) {
    UiStrings text = projectStrings();
    for (const Language language : {Language::Zh, Language::En}) {
        text.setLanguage(language);
        for (const char* path : {"day.opens", "rooms[].breaks"}) {
            const KeyInfo& info = *findKey(path);
            EXPECT_TRUE(isClockValued(info)) << path;
            EXPECT_EQ(keyUnit(info, text), text.get("editor.unit.clock")) << path;
            EXPECT_EQ(keyUnit(info, text).find("00:00"), std::string::npos) << path;
        }
    }
    text.setLanguage(Language::Zh);
    EXPECT_EQ(keyUnit(*findKey("day.opens"), text), "时刻");
    EXPECT_EQ(keyUnit(*findKey("run.horizon"), text), "分钟");
    EXPECT_FALSE(isClockValued(*findKey("run.horizon")));
    text.setLanguage(Language::En);
    EXPECT_EQ(keyUnit(*findKey("day.opens"), text), "time of day");
    EXPECT_EQ(keyDefault(*findKey("name"), text), "(file stem)");
}

TEST(EditorTexts, GroupsAreDescribedInTheUiLanguage) {
    UiStrings text = projectStrings();
    EditorModel model;
    model.open(PUJIANG_SOURCE_DIR "/scenarios/pujiang-2003.toml");
    for (const EditorGroup& group : model.groups()) {
        if (!group.info) continue;
        text.setLanguage(Language::Zh);
        EXPECT_TRUE(hasNonAscii(keyDescription(*group.info, text))) << group.path;
        text.setLanguage(Language::En);
        EXPECT_EQ(keyDescription(*group.info, text), group.info->description) << group.path;
    }
}

// The one problem of `model`, which starts with `expected` and is the message under `key`.
void expectTheProblemUnder(const EditorModel& model, const std::string& key, std::string_view expected) {
    ASSERT_EQ(model.problems().size(), 1u);
    const EditorProblem& problem = model.problems()[0];
    EXPECT_EQ(problem.shortText.rfind(expected, 0), 0u) << problem.shortText;
    EXPECT_EQ(problem.keys, std::vector<std::string>{key});
    ASSERT_EQ(model.messagesFor(key).size(), 1u);
    EXPECT_EQ(model.messagesFor(key)[0], problem.shortText);
}

// An edit of `key` that is no TOML is rejected with a message under the field that starts with
// `expected`: without the "editor KEY=VALUE" it is reported under.
void expectARejectionUnder(EditorModel& model, const std::string& key, std::string_view expected) {
    EXPECT_FALSE(model.set(key, "[1,"));
    ASSERT_EQ(model.messagesFor(key).size(), 1u);
    EXPECT_EQ(model.messagesFor(key)[0].rfind(expected, 0), 0u) << model.messagesFor(key)[0];
}

TEST(EditorProblems, ShownWithoutTheGeneratedTextsFileLineAndColumn) {
    EditorModel model;
    model.open(PUJIANG_SOURCE_DIR "/scenarios/pujiang-2003.toml");
    ASSERT_TRUE(model.set("rooms[1].tables", "0"));
    expectTheProblemUnder(model, "rooms[1].tables", "rooms[1].tables = 0 is out of range");
    EXPECT_NE(model.problems()[0].text.find("pujiang-2003.toml:"), std::string::npos) << "the raw text keeps its place";
    expectARejectionUnder(model, "rooms[2].tables", "the value is not valid TOML");
}

// Point 5 again, for the loader's messages: in Chinese mode a problem, its place under the field
// and a rejected edit read in Chinese, and switching the language switches them without a reload.
TEST(EditorProblems, ChineseModeShowsTheLoadersMessagesInChinese) {
    EditorModel model;
    model.open(PUJIANG_SOURCE_DIR "/scenarios/pujiang-2003.toml");
    model.setLanguage(Language::Zh);
    ASSERT_TRUE(model.set("rooms[1].tables", "0"));
    expectTheProblemUnder(model, "rooms[1].tables", "rooms[1].tables = 0 超出范围；允许：整数 1..1000");
    expectARejectionUnder(model, "rooms[2].tables", "值不是有效的 TOML：");

    const std::size_t revision = model.revision();
    model.setLanguage(Language::En);
    EXPECT_GT(model.revision(), revision) << "the views redraw the texts";
    EXPECT_EQ(model.problems()[0].shortText, "rooms[1].tables = 0 is out of range; allowed: integer 1..1000");
    EXPECT_EQ(model.messagesFor("rooms[2].tables")[0].rfind("the value is not valid TOML", 0), 0u);
    // The font atlas gets the characters of both languages at once.
    const std::vector<std::string> texts = model.messageTexts();
    EXPECT_NE(std::find(texts.begin(), texts.end(), "rooms[1].tables = 0 超出范围；允许：整数 1..1000"), texts.end());
}

// The editor tab drawn in Chinese: the problem list and the field show the Chinese message, and its
// characters are in the glyph text the atlas is built from.
TEST(EditorProblems, TheEditorTabShowsAnOutOfRangeValueInChinese) {
    testing::HeadlessImGui imgui;
    UiStrings text = projectStrings();
    text.setLanguage(Language::Zh);
    ScenarioEditor editor;
    ASSERT_TRUE(editor.open(PUJIANG_SOURCE_DIR "/scenarios/pujiang-2003.toml"));
    imgui.frame([&] { editor.draw(text); });
    editor.takeFontsChanged();  // the document's own characters
    ASSERT_TRUE(editor.model().set("rooms[1].tables", "0"));
    imgui.frame([&] { editor.draw(text); });
    ASSERT_EQ(editor.model().problems().size(), 1u);
    const std::string& shown = editor.model().problems()[0].shortText;
    EXPECT_EQ(shown, "rooms[1].tables = 0 超出范围；允许：整数 1..1000");
    EXPECT_TRUE(editor.takeFontsChanged());
    EXPECT_NE(editor.glyphText().find("超出范围"), std::string::npos);
    EXPECT_NE(editor.glyphText().find("允许"), std::string::npos);

    text.setLanguage(Language::En);
    imgui.frame([&] { editor.draw(text); });
    EXPECT_EQ(editor.model().problems()[0].shortText, "rooms[1].tables = 0 is out of range; allowed: integer 1..1000");
    EXPECT_FALSE(editor.takeFontsChanged()) << "the English needs no new characters";
}

// Whether the glyph ranges built from `app`'s glyph texts have every character of `text`.
bool inTheAtlas(const GuiApp& app, std::string_view text) {
    const std::vector<std::string> texts = app.glyphTexts();
    const ImVector<ImWchar> ranges = buildGlyphRanges(std::vector<std::string_view>(texts.begin(), texts.end()));
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        unsigned c = length == 1 ? lead : lead & (0x7Fu >> length);
        for (int k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
        if (!rangesContain(ranges.Data, c)) return false;
        i += static_cast<std::size_t>(length);
    }
    return true;
}

// The Chinese texts of the key table reach the font atlas through the app's glyph texts.
TEST(EditorTexts, KeyTableChineseTextsAreInTheAppsGlyphTexts) {
    GuiApp app(projectStrings(), RecentFiles(std::filesystem::path()), ".");
    const auto covered = [&app](std::string_view text) { return inTheAtlas(app, text); };
    for (const KeyInfo& info : keyTable()) {
        EXPECT_TRUE(covered(info.descriptionZh)) << info.path;
        EXPECT_TRUE(covered(info.unitZh)) << info.path;
        EXPECT_TRUE(covered(info.allowedZh)) << info.path;
    }
    for (const EnumKeyLabels& key : enumKeyLabels())
        for (const EnumValueLabel& value : key.values) EXPECT_TRUE(covered(value.label.zh)) << value.value;
}

// A scenario that does not load is explained in the UI's language, again in the other one after the
// switch, and the Chinese reason's characters are in the atlas.
TEST(GuiApp, ALoadErrorIsShownInTheUisLanguage) {
    testing::HeadlessImGui imgui(ImVec2(1280, 800));
    testing::TempFolder dir("gui");
    const std::filesystem::path bad = dir.path() / "bad.toml";
    std::ofstream(bad) << "appointments.count = 5\n[[rooms]]\nname = \"A\"\ntables = 0\n";
    GuiApp app(projectStrings(), RecentFiles(std::filesystem::path()), dir.path());
    app.text().setLanguage(Language::Zh);
    app.takeFontsChanged();
    EXPECT_FALSE(app.openScenario(bad));
    const std::string& zh = app.loadError(Language::Zh);
    EXPECT_NE(zh.find("bad.toml:4:10: rooms[1].tables = 0 超出范围；允许：整数 1..1000"), std::string::npos) << zh;
    EXPECT_NE(app.loadError().find("bad.toml:4:10: rooms[1].tables = 0 is out of range"), std::string::npos)
        << "the English stays, for the terminal";
    EXPECT_TRUE(app.takeFontsChanged());
    EXPECT_TRUE(inTheAtlas(app, zh));
    testing::drawFrames(app, 1);
    app.text().setLanguage(Language::En);
    testing::drawFrames(app, 1);
    EXPECT_FALSE(app.loadError(Language::En).empty()) << "a language switch keeps the message";
}

}  // namespace
}  // namespace pujiang::gui
