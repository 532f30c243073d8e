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

    // Applies one event to `io`. Mouse buttons are latched until the next beginFrame; everything
    // else (position, wheel, keys, modifiers, text, focus) is written at once.
    void processEvent(ImGuiIO& io, const sf::Event& event);

    // Call before ImGui::NewFrame. Sets the display size and time step (a step <= 0 becomes 1/60 s:
    // ImGui asserts DeltaTime > 0) and hands the latched buttons to io.MouseDown.
    void beginFrame(ImGuiIO& io, ImVec2 displaySize, float deltaSeconds);

private:
    static constexpr int kButtons = 3;  // left, right, middle
    // ImGui reads io.MouseDown once per frame, so a press and release between two frames (a fast
    // click, or xdotool's) would never be seen: a press stays down for the frame after it.
    bool m_pressedThisFrame[kButtons] = {};
    bool m_held[kButtons] = {};
};

}  // namespace pujiang::gui
