// The SFML input translation driven by synthetic sf::Events into a headless ImGui context: clicks,
// drags, Chinese text, quick keystrokes, wheel, leaving the window, modifiers and focus. No display
// is opened.

#include <cfloat>
#include <cstring>
#include <functional>
#include <string>

#include <SFML/Window/Event.hpp>
#include <gtest/gtest.h>
#include <imgui.h>

#include "gui/imgui_sfml_input.h"
#include "tests/gui/headless_imgui.h"

namespace pujiang::gui {
namespace {

using testing::centreOf;
using testing::HeadlessImGui;

// [SECTION] Synthetic events, as SFML's window would report them.
sf::Event mouseMoved(ImVec2 at) {
    sf::Event event{};
    event.type = sf::Event::MouseMoved;
    event.mouseMove.x = static_cast<int>(at.x);
    event.mouseMove.y = static_cast<int>(at.y);
    return event;
}

sf::Event mouseButton(sf::Event::EventType type, ImVec2 at, sf::Mouse::Button button = sf::Mouse::Left) {
    sf::Event event{};
    event.type = type;
    event.mouseButton.button = button;
    event.mouseButton.x = static_cast<int>(at.x);
    event.mouseButton.y = static_cast<int>(at.y);
    return event;
}

sf::Event wheel(float delta, sf::Mouse::Wheel which = sf::Mouse::VerticalWheel) {
    sf::Event event{};
    event.type = sf::Event::MouseWheelScrolled;
    event.mouseWheelScroll.wheel = which;
    event.mouseWheelScroll.delta = delta;
    return event;
}

sf::Event key(sf::Event::EventType type, sf::Keyboard::Key code, bool control = false) {
    sf::Event event{};
    event.type = type;
    event.key.code = code;
    event.key.control = control;
    return event;
}

sf::Event text(char32_t codepoint) {
    sf::Event event{};
    event.type = sf::Event::TextEntered;
    event.text.unicode = static_cast<sf::Uint32>(codepoint);
    return event;
}

sf::Event plain(sf::Event::EventType type) {
    sf::Event event{};
    event.type = type;
    return event;
}

// [SECTION] Fixture: one input translator feeding one headless context, frame by frame as the
// windowed adapter does (events, then beginFrame, then ImGui's frame).
class AdapterInput : public ::testing::Test {
protected:
    AdapterInput() { ImGuiSfmlInput::mapKeys(imgui.io()); }

    void send(const sf::Event& event) { input.processEvent(imgui.io(), event); }

    void frame(const std::function<void()>& ui, int count = 1) {
        for (int i = 0; i < count; ++i) {
            input.beginFrame(imgui.io(), ImVec2(800, 600), HeadlessImGui::kStep);
            imgui.frame(ui);
        }
    }

    HeadlessImGui imgui;
    ImGuiSfmlInput input;
};

TEST_F(AdapterInput, LatchKeepsAOneFramePressDownForOneFrame) {
    send(mouseButton(sf::Event::MouseButtonPressed, ImVec2(10, 10)));
    send(mouseButton(sf::Event::MouseButtonReleased, ImVec2(10, 10)));
    input.beginFrame(imgui.io(), ImVec2(800, 600), HeadlessImGui::kStep);
    EXPECT_TRUE(imgui.io().MouseDown[0]) << "a press released before the frame must still be seen";
    input.beginFrame(imgui.io(), ImVec2(800, 600), HeadlessImGui::kStep);
    EXPECT_FALSE(imgui.io().MouseDown[0]);

    send(mouseButton(sf::Event::MouseButtonPressed, ImVec2(10, 10), sf::Mouse::Right));
    input.beginFrame(imgui.io(), ImVec2(800, 600), HeadlessImGui::kStep);
    input.beginFrame(imgui.io(), ImVec2(800, 600), HeadlessImGui::kStep);
    EXPECT_TRUE(imgui.io().MouseDown[1]) << "a held button stays down";
    EXPECT_FALSE(imgui.io().MouseDown[0]);
}

TEST_F(AdapterInput, BeginFrameSetsDisplayAndGuardsTheTimeStep) {
    input.beginFrame(imgui.io(), ImVec2(640, 480), 0.0f);
    EXPECT_EQ(imgui.io().DisplaySize.x, 640);
    EXPECT_EQ(imgui.io().DisplaySize.y, 480);
    EXPECT_GT(imgui.io().DeltaTime, 0.0f) << "ImGui asserts DeltaTime > 0";
    input.beginFrame(imgui.io(), ImVec2(640, 480), 0.25f);
    EXPECT_EQ(imgui.io().DeltaTime, 0.25f);
}

TEST_F(AdapterInput, ClickWithinOneFramePressesAButtonOnce) {
    int clicks = 0;
    ImVec2 centre;
    const auto ui = [&] {
        ImGui::Dummy(ImVec2(50, 50));
        if (ImGui::Button("OK", ImVec2(120, 40))) ++clicks;
        centre = centreOf(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    };
    frame(ui, 2);
    // xdotool's "mousemove X Y click 1": move, press and release all arrive before the next frame.
    send(mouseMoved(centre));
    send(mouseButton(sf::Event::MouseButtonPressed, centre));
    send(mouseButton(sf::Event::MouseButtonReleased, centre));
    frame(ui, 5);
    EXPECT_EQ(clicks, 1);
}

TEST_F(AdapterInput, DraggingASliderMovesItsValue) {
    float value = 0.5f;
    ImVec2 min, max;
    const auto ui = [&] {
        ImGui::SetNextItemWidth(400);
        ImGui::SliderFloat("##speed", &value, 0.0f, 1.0f);
        min = ImGui::GetItemRectMin();
        max = ImGui::GetItemRectMax();
    };
    frame(ui, 2);
    const ImVec2 start = centreOf(min, max);
    send(mouseMoved(start));
    frame(ui);
    send(mouseButton(sf::Event::MouseButtonPressed, start));
    frame(ui);
    const float atPress = value;
    for (int step = 1; step <= 5; ++step) {
        send(mouseMoved(ImVec2(start.x + 30.0f * step, start.y)));
        frame(ui);
    }
    EXPECT_GT(value, atPress + 0.2f) << "150 px right on a 400 px slider";
    // Moving left while still held brings it back down.
    send(mouseMoved(ImVec2(start.x - 60.0f, start.y)));
    frame(ui);
    EXPECT_LT(value, atPress);
    send(mouseButton(sf::Event::MouseButtonReleased, ImVec2(start.x - 60.0f, start.y)));
    frame(ui);
    const float released = value;
    send(mouseMoved(ImVec2(start.x + 150.0f, start.y)));
    frame(ui, 2);
    EXPECT_EQ(value, released) << "after the release the slider no longer follows the mouse";
}

TEST_F(AdapterInput, PressMoveReleaseIsADrag) {
    ImVec2 min, max, delta;
    bool dragging = false, active = false;
    const auto ui = [&] {
        ImGui::InvisibleButton("canvas", ImVec2(300, 200));
        min = ImGui::GetItemRectMin();
        max = ImGui::GetItemRectMax();
        active = ImGui::IsItemActive();
        dragging = ImGui::IsMouseDragging(ImGuiMouseButton_Left);
        delta = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left);
    };
    frame(ui, 2);
    const ImVec2 start = centreOf(min, max);
    send(mouseMoved(start));
    send(mouseButton(sf::Event::MouseButtonPressed, start));
    frame(ui);
    EXPECT_TRUE(active);
    EXPECT_FALSE(dragging) << "not past the drag threshold yet";
    for (int step = 1; step <= 4; ++step) {
        send(mouseMoved(ImVec2(start.x + 10.0f * step, start.y + 6.0f * step)));
        frame(ui);
    }
    EXPECT_TRUE(active);
    EXPECT_TRUE(dragging);
    EXPECT_EQ(delta.x, 40);
    EXPECT_EQ(delta.y, 24);
    send(mouseButton(sf::Event::MouseButtonReleased, ImVec2(start.x + 40, start.y + 24)));
    frame(ui, 2);
    EXPECT_FALSE(active);
    EXPECT_FALSE(dragging);
    EXPECT_EQ(delta.x, 0);
}

// [SECTION] Keyboard and text
class TextInput : public AdapterInput {
protected:
    // A focused InputText over `buffer`; true once ImGui has made it the active item.
    bool focus() {
        frame(ui, 3);
        return active;
    }

    char buffer[64] = "";
    bool wantFocus = true;
    bool active = false;
    std::function<void()> ui = [this] {
        if (wantFocus) ImGui::SetKeyboardFocusHere();
        wantFocus = false;
        ImGui::InputText("##name", buffer, sizeof buffer);
        active = ImGui::IsItemActive();
    };
};

TEST_F(TextInput, TypingChineseGivesUtf8) {
    ASSERT_TRUE(focus());
    for (char32_t c : std::u32string(U"浦江接访")) send(text(c));
    frame(ui);
    EXPECT_STREQ(buffer, "浦江接访");

    // Backspace comes as a key and as the control character U+0008: only the key may act.
    send(key(sf::Event::KeyPressed, sf::Keyboard::Backspace));
    send(text(U'\b'));
    EXPECT_EQ(imgui.io().InputQueueCharacters.Size, 0) << "U+0008 is not text";
    frame(ui);
    send(key(sf::Event::KeyReleased, sf::Keyboard::Backspace));
    frame(ui);
    EXPECT_STREQ(buffer, "浦江接");
    for (char c : std::string(buffer)) EXPECT_GE(static_cast<unsigned char>(c), 0x20) << "no control character";
}

TEST_F(TextInput, BackspacePressedAndReleasedWithinOneFrameDeletesOneCharacter) {
    ASSERT_TRUE(focus());
    for (char32_t c : std::u32string(U"接访")) send(text(c));
    frame(ui);
    ASSERT_STREQ(buffer, "接访");
    // A quick keystroke (or xdotool's `key BackSpace`): both events arrive before the next frame.
    send(key(sf::Event::KeyPressed, sf::Keyboard::Backspace));
    send(key(sf::Event::KeyReleased, sf::Keyboard::Backspace));
    frame(ui);
    EXPECT_STREQ(buffer, "接");
    frame(ui, 3);
    EXPECT_STREQ(buffer, "接") << "down for exactly one frame: no key repeat";
    EXPECT_FALSE(imgui.io().KeysDown[sf::Keyboard::Backspace]);
}

TEST_F(TextInput, CtrlAWithinOneFrameStillSelectsAll) {
    ASSERT_TRUE(focus());
    send(text(U'x'));
    frame(ui);
    ASSERT_STREQ(buffer, "x");
    send(key(sf::Event::KeyPressed, sf::Keyboard::LControl, true));
    send(key(sf::Event::KeyPressed, sf::Keyboard::A, true));
    send(key(sf::Event::KeyReleased, sf::Keyboard::A, true));
    send(key(sf::Event::KeyReleased, sf::Keyboard::LControl, false));
    frame(ui);
    send(text(U'新'));
    frame(ui);
    EXPECT_STREQ(buffer, "新");
}

TEST_F(TextInput, ControlCharactersAndDeleteAreNotText) {
    for (char32_t c : {U'\x01', U'\t', U'\r', U'\x1b', U'\x7f'}) send(text(c));
    EXPECT_EQ(imgui.io().InputQueueCharacters.Size, 0);
    send(text(U'a'));
    send(text(U'访'));
    ASSERT_EQ(imgui.io().InputQueueCharacters.Size, 2);
    EXPECT_EQ(imgui.io().InputQueueCharacters[1], 0x8BBF);
}

TEST_F(TextInput, CtrlASelectsAllSoTypingReplacesIt) {
    std::strcpy(buffer, "old text");
    ASSERT_TRUE(focus());
    send(text(U'x'));
    frame(ui);
    ASSERT_STRNE(buffer, "新");
    send(key(sf::Event::KeyPressed, sf::Keyboard::LControl, true));
    frame(ui);
    EXPECT_TRUE(imgui.io().KeyCtrl);
    send(key(sf::Event::KeyPressed, sf::Keyboard::A, true));
    send(text(U'\x01'));  // SFML's TextEntered for Ctrl+A
    frame(ui);
    send(key(sf::Event::KeyReleased, sf::Keyboard::A, true));
    send(key(sf::Event::KeyReleased, sf::Keyboard::LControl, false));
    frame(ui);
    EXPECT_FALSE(imgui.io().KeyCtrl);
    send(text(U'新'));
    frame(ui);
    EXPECT_STREQ(buffer, "新");
}

TEST_F(AdapterInput, KeysAndModifiersReachIo) {
    sf::Event shiftTab = key(sf::Event::KeyPressed, sf::Keyboard::Tab);
    shiftTab.key.shift = true;
    send(shiftTab);
    input.beginFrame(imgui.io(), ImVec2(800, 600), HeadlessImGui::kStep);
    EXPECT_TRUE(imgui.io().KeysDown[sf::Keyboard::Tab]);
    EXPECT_TRUE(imgui.io().KeyShift);
    EXPECT_EQ(imgui.io().KeyMap[ImGuiKey_Tab], sf::Keyboard::Tab);
    send(key(sf::Event::KeyReleased, sf::Keyboard::Tab));
    input.beginFrame(imgui.io(), ImVec2(800, 600), HeadlessImGui::kStep);
    EXPECT_FALSE(imgui.io().KeysDown[sf::Keyboard::Tab]);
    EXPECT_FALSE(imgui.io().KeyShift);
    send(key(sf::Event::KeyPressed, sf::Keyboard::Unknown));  // code -1 must not index KeysDown
    frame([] {});
}

TEST_F(AdapterInput, LosingFocusReleasesHeldKeys) {
    send(key(sf::Event::KeyPressed, sf::Keyboard::LControl, true));
    frame([] {});
    EXPECT_TRUE(imgui.io().KeyCtrl);
    // The release happens in another window: SFML never reports it, ImGui must not keep Ctrl down.
    send(plain(sf::Event::LostFocus));
    frame([] {});
    EXPECT_FALSE(imgui.io().KeyCtrl);
    EXPECT_FALSE(imgui.io().KeysDown[sf::Keyboard::LControl]);
    send(plain(sf::Event::GainedFocus));
    frame([] {});
}

// [SECTION] Wheel and leaving the window
TEST_F(AdapterInput, WheelScrollsTheHoveredChild) {
    float scroll = 0;
    ImVec2 min, max;
    const auto ui = [&] {
        ImGui::BeginChild("list", ImVec2(300, 200), true);
        for (int row = 0; row < 100; ++row) ImGui::Text("row %d", row);
        scroll = ImGui::GetScrollY();
        ImGui::EndChild();
        min = ImGui::GetItemRectMin();
        max = ImGui::GetItemRectMax();
    };
    frame(ui, 2);
    send(mouseMoved(centreOf(min, max)));
    frame(ui);
    send(wheel(-2.0f));  // SFML: negative is towards the user, i.e. down the list
    EXPECT_EQ(imgui.io().MouseWheel, -2.0f);
    frame(ui, 2);
    EXPECT_GT(scroll, 0.0f);

    send(wheel(1.5f, sf::Mouse::HorizontalWheel));
    EXPECT_EQ(imgui.io().MouseWheelH, 1.5f);
    EXPECT_EQ(imgui.io().MouseWheel, 0.0f) << "ImGui consumed the vertical wheel in the last frame";
}

TEST_F(AdapterInput, MouseLeavingTheWindowHoversNothing) {
    bool hovered = true, valid = true;
    ImVec2 centre;
    const auto ui = [&] {
        ImGui::Button("OK", ImVec2(120, 40));
        hovered = ImGui::IsItemHovered();
        centre = centreOf(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        valid = ImGui::IsMousePosValid();
    };
    frame(ui);
    send(mouseMoved(centre));
    frame(ui, 2);
    EXPECT_TRUE(hovered);
    EXPECT_TRUE(valid);
    send(plain(sf::Event::MouseLeft));
    EXPECT_EQ(imgui.io().MousePos.x, -FLT_MAX);
    EXPECT_EQ(imgui.io().MousePos.y, -FLT_MAX);
    frame(ui);
    EXPECT_FALSE(hovered);
    EXPECT_FALSE(valid);
}

}  // namespace
}  // namespace pujiang::gui
