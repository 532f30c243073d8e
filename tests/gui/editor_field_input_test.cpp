// Point 16 of issue 9: enums are chosen from a list, booleans are checkboxes, clock times are
// "HH:MM" fields and durations minutes fields; everything else stays the TOML text. The
// conversions between the document's text and what each field shows, and typing into the new
// fields of the view, headless.

#include <gtest/gtest.h>

#include <imgui.h>

#include "gui/editor_field_input.h"
#include "gui/scenario_editor.h"
#include "sim/scenario/key_table.h"
#include "tests/gui/gui_test_support.h"
#include "tests/gui/headless_imgui.h"

namespace pujiang::gui {
namespace {

const char* const kScenario2003 = PUJIANG_SOURCE_DIR "/scenarios/pujiang-2003.toml";

FieldInput inputOf(const char* path) { return fieldInput(*findKey(path)); }

TEST(EditorFieldInput, EachKindOfKeyGetsItsField) {
    EXPECT_EQ(inputOf("day.closing_rule"), FieldInput::Choice);
    EXPECT_EQ(inputOf("rooms[].leader_level"), FieldInput::Choice);
    EXPECT_EQ(inputOf("categories[].policy_scope"), FieldInput::Checkbox);
    EXPECT_EQ(inputOf("day.opens"), FieldInput::Clock);
    EXPECT_EQ(inputOf("run.horizon"), FieldInput::Minutes);
    EXPECT_EQ(inputOf("rooms[].breaks"), FieldInput::Toml) << "a list of windows stays TOML";
    EXPECT_EQ(inputOf("batches.patience"), FieldInput::Toml) << "a distribution stays TOML";
    EXPECT_EQ(inputOf("rooms[].tables"), FieldInput::Toml);
    // Every enum key has choices, every boolean and clock key its field.
    for (const KeyInfo& info : keyTable()) {
        if (info.kind != KeyKind::Value) continue;
        if (info.type == "enum") {
            EXPECT_EQ(fieldInput(info), FieldInput::Choice) << info.path;
        }
        if (info.type == "boolean") {
            EXPECT_EQ(fieldInput(info), FieldInput::Checkbox) << info.path;
        }
        if (info.type == "clock") {
            EXPECT_EQ(fieldInput(info), FieldInput::Clock) << info.path;
        }
    }
}

TEST(EditorFieldInput, ShownTextAndWrittenTextRoundTrip) {
    EXPECT_EQ(shownText(FieldInput::Clock, R"("08:00")"), "08:00");
    EXPECT_EQ(valueToWrite(FieldInput::Clock, " 07:30 "), R"("07:30")");
    EXPECT_TRUE(isClockText("47:59"));
    EXPECT_FALSE(isClockText("25:99"));
    EXPECT_FALSE(isClockText("8:00"));
    EXPECT_EQ(valueToWrite(FieldInput::Clock, "25:99"), R"("25:99")") << "passed on, so the loader says why";

    EXPECT_EQ(shownText(FieldInput::Minutes, R"("15min")"), "15");
    EXPECT_EQ(shownText(FieldInput::Minutes, R"("1.5h")"), "90");
    EXPECT_EQ(shownText(FieldInput::Minutes, R"("90s")"), "1.5");
    EXPECT_EQ(shownText(FieldInput::Minutes, "0"), "0");
    EXPECT_FALSE(shownText(FieldInput::Minutes, "15").has_value()) << "not a duration: shown as TOML";
    EXPECT_EQ(valueToWrite(FieldInput::Minutes, "90"), R"("90min")");
    EXPECT_EQ(valueToWrite(FieldInput::Minutes, "7.5"), R"("7.5min")");
    EXPECT_EQ(valueToWrite(FieldInput::Minutes, "0"), "0");
    EXPECT_EQ(valueToWrite(FieldInput::Minutes, "1-2"), R"("1-2")");
    EXPECT_EQ(minutesOf("12.5"), 12.5);
    EXPECT_FALSE(minutesOf("12min").has_value());

    EXPECT_EQ(shownText(FieldInput::Choice, R"("fifo")"), "fifo");
    EXPECT_EQ(valueToWrite(FieldInput::Choice, "stop_at_close"), R"("stop_at_close")");
    EXPECT_EQ(shownText(FieldInput::Checkbox, "true"), "true");
    EXPECT_EQ(valueToWrite(FieldInput::Checkbox, "false"), "false");
    EXPECT_EQ(shownText(FieldInput::Toml, R"(["12:00-13:30"])"), R"(["12:00-13:30"])");

    EXPECT_EQ(valueToWrite(FieldInput::Clock, ""), "") << "empty resets the key";
    EXPECT_EQ(shownDefault(FieldInput::Clock, *findKey("day.opens")), "08:00");
    EXPECT_EQ(shownDefault(FieldInput::Choice, *findKey("day.closing_rule")), "serve_all_present");
    EXPECT_EQ(shownDefault(FieldInput::Checkbox, *findKey("categories[].policy_scope")), "false");
    EXPECT_EQ(shownDefault(FieldInput::Toml, *findKey("name")), "") << "a computed default has no value";
}

TEST(EditorFieldInput, WrittenValuesLoadAsTheKeysExpect) {
    EditorModel model;
    model.open(kScenario2003);
    ASSERT_TRUE(model.set("day.opens", valueToWrite(FieldInput::Clock, "07:30")));
    ASSERT_TRUE(model.set("run.horizon", valueToWrite(FieldInput::Minutes, "1200")));
    ASSERT_TRUE(model.set("day.closing_rule", valueToWrite(FieldInput::Choice, "stop_at_close")));
    ASSERT_TRUE(model.set("categories[1].policy_scope", valueToWrite(FieldInput::Checkbox, "true")));
    const std::optional<ScenarioSpec> spec = model.spec();
    ASSERT_TRUE(spec.has_value()) << (model.problems().empty() ? "" : model.problems()[0].text);
    EXPECT_EQ(spec->day.opens, 450.0);
    EXPECT_EQ(spec->run.horizon, 1200.0);
    EXPECT_EQ(spec->day.closingRule, ClosingRule::StopAtClose);
    EXPECT_TRUE(spec->categories[0].policyScope);
    EXPECT_EQ(shownText(FieldInput::Minutes, *model.valueText("run.horizon")), "1200");

    // A clock the loader rejects is kept and its message lands on the key.
    ASSERT_TRUE(model.set("day.opens", valueToWrite(FieldInput::Clock, "25:99")));
    EXPECT_FALSE(model.messagesFor("day.opens").empty());
    model.undo();
    EXPECT_TRUE(model.isValid());
}

class EditorFieldView : public ::testing::Test {
protected:
    EditorFieldView() : imgui(ImVec2(1280, 800)), text(testing::projectStrings()) {
        imgui.io().KeyMap[ImGuiKey_Enter] = 1;
        EXPECT_TRUE(editor.open(kScenario2003));
    }

    void frames(int count) {
        for (int i = 0; i < count; ++i) imgui.frame([this] { editor.draw(text); });
    }

    void typeAndEnter(const std::string& key, const std::string& typed) {
        editor.focusField(key);
        frames(3);
        ASSERT_TRUE(ImGui::IsAnyItemActive()) << key;
        for (const char c : typed) imgui.io().AddInputCharacter(static_cast<unsigned>(c));
        frames(1);
        imgui.io().KeysDown[1] = true;
        frames(1);
        imgui.io().KeysDown[1] = false;
        frames(2);
    }

    testing::HeadlessImGui imgui;
    UiStrings text;
    ScenarioEditor editor;
};

TEST_F(EditorFieldView, AClockFieldTakesHoursAndMinutesAndIgnoresOtherCharacters) {
    typeAndEnter("day.opens", "07x:4y5");
    EXPECT_EQ(editor.model().valueText("day.opens"), R"("07:45")");
    EXPECT_TRUE(editor.model().isValid());
    EXPECT_TRUE(editor.model().canUndo());
}

TEST_F(EditorFieldView, AMinutesFieldWritesADuration) {
    typeAndEnter("run.horizon", "1200");
    EXPECT_EQ(editor.model().valueText("run.horizon"), R"("1200min")");
    EXPECT_TRUE(editor.model().isValid());
}

TEST_F(EditorFieldView, ChoicesAndCheckboxesDrawInBothLanguages) {
    for (const Language language : {Language::Zh, Language::En}) {
        text.setLanguage(language);
        for (const char* group : {"day", "registration", "categories[1]", "rooms[1]", "run"}) {
            editor.select(group);
            frames(2);
            EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, 500) << group;
        }
    }
}

}  // namespace
}  // namespace pujiang::gui
