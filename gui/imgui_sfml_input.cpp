#include "gui/imgui_sfml_input.h"

#include <cfloat>

namespace pujiang::gui {

namespace {

int buttonIndex(sf::Mouse::Button button) {
    switch (button) {
        case sf::Mouse::Left: return 0;
        case sf::Mouse::Right: return 1;
        case sf::Mouse::Middle: return 2;
        default: return -1;
    }
}

}  // namespace

void ImGuiSfmlInput::mapKeys(ImGuiIO& io) {
    io.KeyMap[ImGuiKey_Tab] = sf::Keyboard::Tab;
    io.KeyMap[ImGuiKey_LeftArrow] = sf::Keyboard::Left;
    io.KeyMap[ImGuiKey_RightArrow] = sf::Keyboard::Right;
    io.KeyMap[ImGuiKey_UpArrow] = sf::Keyboard::Up;
    io.KeyMap[ImGuiKey_DownArrow] = sf::Keyboard::Down;
    io.KeyMap[ImGuiKey_PageUp] = sf::Keyboard::PageUp;
    io.KeyMap[ImGuiKey_PageDown] = sf::Keyboard::PageDown;
    io.KeyMap[ImGuiKey_Home] = sf::Keyboard::Home;
    io.KeyMap[ImGuiKey_End] = sf::Keyboard::End;
    io.KeyMap[ImGuiKey_Insert] = sf::Keyboard::Insert;
    io.KeyMap[ImGuiKey_Delete] = sf::Keyboard::Delete;
    io.KeyMap[ImGuiKey_Backspace] = sf::Keyboard::Backspace;
    io.KeyMap[ImGuiKey_Space] = sf::Keyboard::Space;
    io.KeyMap[ImGuiKey_Enter] = sf::Keyboard::Return;
    io.KeyMap[ImGuiKey_KeyPadEnter] = sf::Keyboard::Return;  // SFML 2.5 has no keypad Enter
    io.KeyMap[ImGuiKey_Escape] = sf::Keyboard::Escape;
    io.KeyMap[ImGuiKey_A] = sf::Keyboard::A;
    io.KeyMap[ImGuiKey_C] = sf::Keyboard::C;
    io.KeyMap[ImGuiKey_V] = sf::Keyboard::V;
    io.KeyMap[ImGuiKey_X] = sf::Keyboard::X;
    io.KeyMap[ImGuiKey_Y] = sf::Keyboard::Y;
    io.KeyMap[ImGuiKey_Z] = sf::Keyboard::Z;
}

void ImGuiSfmlInput::processEvent(ImGuiIO& io, const sf::Event& event) {
    switch (event.type) {
        case sf::Event::MouseMoved:
            io.MousePos = ImVec2(static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y));
            break;
        case sf::Event::MouseButtonPressed:
        case sf::Event::MouseButtonReleased: {
            const int index = buttonIndex(event.mouseButton.button);
            if (index < 0) break;
            m_buttons[index].set(event.type == sf::Event::MouseButtonPressed);
            break;
        }
        case sf::Event::MouseWheelScrolled:
            if (event.mouseWheelScroll.wheel == sf::Mouse::HorizontalWheel)
                io.MouseWheelH += event.mouseWheelScroll.delta;
            else
                io.MouseWheel += event.mouseWheelScroll.delta;
            break;
        case sf::Event::MouseLeft:
            io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // ImGui's "no mouse": nothing is hovered
            break;
        case sf::Event::KeyPressed:
        case sf::Event::KeyReleased: {
            const int code = event.key.code;  // Unknown is -1
            if (code >= 0 && code < kKeys) m_keys[code].set(event.type == sf::Event::KeyPressed);
            m_modifiers[kCtrl].set(event.key.control);
            m_modifiers[kShift].set(event.key.shift);
            m_modifiers[kAlt].set(event.key.alt);
            m_modifiers[kSuper].set(event.key.system);
            break;
        }
        case sf::Event::TextEntered:
            // SFML also reports control characters (U+0008 for Backspace): those are keys, not text.
            if (event.text.unicode >= 32 && event.text.unicode != 127) io.AddInputCharacter(event.text.unicode);
            break;
        case sf::Event::GainedFocus: io.AddFocusEvent(true); break;
        case sf::Event::LostFocus:
            // Releases made in another window are never reported: forget every key and button, as
            // ImGui clears its own copy on the focus event.
            for (Latch& latch : m_buttons) latch = Latch{};
            for (Latch& latch : m_keys) latch = Latch{};
            for (Latch& latch : m_modifiers) latch = Latch{};
            io.AddFocusEvent(false);
            break;
        default: break;
    }
}

void ImGuiSfmlInput::beginFrame(ImGuiIO& io, ImVec2 displaySize, float deltaSeconds) {
    io.DisplaySize = displaySize;
    io.DeltaTime = deltaSeconds > 0.0f ? deltaSeconds : 1.0f / 60.0f;
    for (int i = 0; i < kButtons; ++i) io.MouseDown[i] = m_buttons[i].take();
    for (int i = 0; i < kKeys; ++i) io.KeysDown[i] = m_keys[i].take();
    io.KeyCtrl = m_modifiers[kCtrl].take();
    io.KeyShift = m_modifiers[kShift].take();
    io.KeyAlt = m_modifiers[kAlt].take();
    io.KeySuper = m_modifiers[kSuper].take();
}

}  // namespace pujiang::gui
