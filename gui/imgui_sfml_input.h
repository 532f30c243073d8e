#pragma once
// The input half of the SFML adapter: translates sf::Event into Dear ImGui 1.86's IO fields (1.86
// predates io.AddMouseButtonEvent and friends). It needs no window and no OpenGL, since sf::Event is
// a plain struct, so tests drive it with synthetic events; ImGuiSfmlAdapter uses it for real ones.

#include <SFML/Window/Event.hpp>
#include <imgui.h>

namespace pujiang::gui {

class ImGuiSfmlInput {
public:
    // Points io.KeyMap at SFML key codes: io.KeysDown is indexed by sf::Keyboard::Key.
    static void mapKeys(ImGuiIO& io);

    // Applies one event to `io`. Mouse buttons, keys and modifiers are latched until the next
    // beginFrame; position, wheel, text and focus are written at once.
    void processEvent(ImGuiIO& io, const sf::Event& event);

    // Call before ImGui::NewFrame. Sets the display size and time step (a step <= 0 becomes 1/60 s:
    // ImGui asserts DeltaTime > 0) and hands the latched buttons, keys and modifiers to io.
    void beginFrame(ImGuiIO& io, ImVec2 displaySize, float deltaSeconds);

private:
    // ImGui 1.86 reads io.MouseDown and io.KeysDown once per frame, so a press and release between
    // two frames (a fast click or keystroke, or xdotool's) would never be seen. A latch remembers
    // the press: the button or key is down in the frame after it, then follows the held state.
    // Only a change from up to down is a press: every key event restates the modifiers, and a
    // modifier merely still held must not outlive its release.
    struct Latch {
        bool pressedThisFrame = false;
        bool held = false;
        void set(bool down) {
            if (down && !held) pressedThisFrame = true;
            held = down;
        }
        bool take() {
            const bool down = pressedThisFrame || held;
            pressedThisFrame = false;
            return down;
        }
    };
    static constexpr int kButtons = 3;  // left, right, middle
    static constexpr int kKeys = static_cast<int>(IM_ARRAYSIZE(ImGuiIO::KeysDown));
    enum Modifier { kCtrl, kShift, kAlt, kSuper, kModifiers };

    Latch m_buttons[kButtons];
    Latch m_keys[kKeys];
    // Ctrl+A typed within one frame must reach ImGui as Ctrl+A, not as a bare A.
    Latch m_modifiers[kModifiers];
};

}  // namespace pujiang::gui
