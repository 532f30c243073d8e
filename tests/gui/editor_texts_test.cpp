// Point 5 of issue 9: in Chinese mode the editor's texts are Chinese (key descriptions, units,
// allowed values, types, defaults, enum labels, group descriptions), clock keys are not shown with
// "min after 00:00", and problems are shown without the "file:line:col:" of a generated text.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "gui/editor_model.h"
#include "gui/editor_problems.h"
#include "gui/editor_texts.h"
#include "gui/gui_app.h"
#include "gui/font_setup.h"
#include "sim/scenario/enum_value_labels.h"
#include "sim/scenario/key_table.h"
#include "tests/gui/gui_test_support.h"

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

TEST(EditorProblems, ShownWithoutTheGeneratedTextsFileLineAndColumn) {
    EXPECT_EQ(withoutLocation("x.toml:3:1: rooms[1].tables = 0 is out of range", "x.toml"),
              "rooms[1].tables = 0 is out of range");
    EXPECT_EQ(withoutLocation("x.toml: about 9000000 arrivals", "x.toml"), "about 9000000 arrivals");
    EXPECT_EQ(withoutLocation("x.toml:12: day.opens = 1", "x.toml"), "12: day.opens = 1")
        << "only a full line:col is a place";
    EXPECT_EQ(withoutLocation("editor rooms[1].tables=[1: bad", "x.toml"), "editor rooms[1].tables=[1: bad");

    EditorModel model;
    model.open(PUJIANG_SOURCE_DIR "/scenarios/pujiang-2003.toml");
    ASSERT_TRUE(model.set("rooms[1].tables", "0"));
    ASSERT_EQ(model.problems().size(), 1u);
    const EditorProblem& problem = model.problems()[0];
    EXPECT_NE(problem.text.find("pujiang-2003.toml:"), std::string::npos) << "the raw text keeps its place";
    EXPECT_EQ(problem.shortText.rfind("rooms[1].tables = 0 is out of range", 0), 0u) << problem.shortText;
    ASSERT_EQ(model.messagesFor("rooms[1].tables").size(), 1u);
    EXPECT_EQ(model.messagesFor("rooms[1].tables")[0], problem.shortText);
}

// The Chinese texts of the key table reach the font atlas through the app's glyph texts.
TEST(EditorTexts, KeyTableChineseTextsAreInTheAppsGlyphTexts) {
    GuiApp app(projectStrings(), RecentFiles(std::filesystem::path()), ".");
    const std::vector<std::string> texts = app.glyphTexts();
    const std::vector<std::string_view> views(texts.begin(), texts.end());
    const ImVector<ImWchar> ranges = buildGlyphRanges(views);
    const auto covered = [&ranges](std::string_view text) {
        std::u32string decoded;
        for (std::size_t i = 0; i < text.size();) {
            const auto lead = static_cast<unsigned char>(text[i]);
            const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            unsigned c = length == 1 ? lead : lead & (0x7Fu >> length);
            for (int k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
            if (!rangesContain(ranges.Data, c)) return false;
            i += static_cast<std::size_t>(length);
        }
        return true;
    };
    for (const KeyInfo& info : keyTable()) {
        EXPECT_TRUE(covered(info.descriptionZh)) << info.path;
        EXPECT_TRUE(covered(info.unitZh)) << info.path;
        EXPECT_TRUE(covered(info.allowedZh)) << info.path;
    }
    for (const EnumKeyLabels& key : enumKeyLabels())
        for (const EnumValueLabel& value : key.values) EXPECT_TRUE(covered(value.label.zh)) << value.value;
}

}  // namespace
}  // namespace pujiang::gui
