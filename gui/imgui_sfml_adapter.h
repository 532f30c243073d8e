#pragma once
// A thin Dear ImGui 1.86 platform adapter for SFML 2.5, in the style of ImGui's own backends:
// init / processEvent / newFrame / render / shutdown, all state in this one object. Rendering goes
// through ImGui's OpenGL3 backend. Event translation lives in ImGuiSfmlInput, which needs no
// window, so it is tested with synthetic events.

#include <string>

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Clock.hpp>
#include <SFML/Window/Event.hpp>

#include "gui/imgui_sfml_input.h"

namespace pujiang::gui {

class ImGuiSfmlAdapter {
public:
    ImGuiSfmlAdapter() = default;
    ImGuiSfmlAdapter(const ImGuiSfmlAdapter&) = delete;
    ImGuiSfmlAdapter& operator=(const ImGuiSfmlAdapter&) = delete;
    ~ImGuiSfmlAdapter() { shutdown(); }

    // Creates the ImGui context and the OpenGL3 renderer for `window`. Add fonts to
    // ImGui::GetIO().Fonts after this and before the first newFrame.
    bool init(sf::RenderWindow& window);
    void processEvent(const sf::Event& event);
    void newFrame();
    // Renders the ImGui draw data into the window (call before window.display()).
    void render();
    void shutdown();

private:
    sf::RenderWindow* m_window = nullptr;
    sf::Clock m_clock;
    ImGuiSfmlInput m_input;
    std::string m_clipboard;  // UTF-8 copy handed to ImGui
    bool m_initialized = false;
};

}  // namespace pujiang::gui
