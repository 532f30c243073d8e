#include "gui/imgui_sfml_adapter.h"

#include <string>

#include <SFML/Window/Clipboard.hpp>
#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>

namespace pujiang::gui {

namespace {

// ImGui keeps the returned pointer until the next call: the buffer is the adapter's m_clipboard.
const char* clipboardText(void* userData) {
    auto* buffer = static_cast<std::string*>(userData);
    const sf::String text = sf::Clipboard::getString();
    const std::basic_string<sf::Uint8> utf8 = text.toUtf8();
    buffer->assign(utf8.begin(), utf8.end());
    return buffer->c_str();
}

void setClipboardText(void*, const char* text) {
    sf::Clipboard::setString(sf::String::fromUtf8(text, text + std::char_traits<char>::length(text)));
}

}  // namespace

bool ImGuiSfmlAdapter::init(sf::RenderWindow& window) {
    m_window = &window;
    if (!window.setActive(true)) return false;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // view state is not persisted yet
    io.BackendPlatformName = "pujiang_sfml";
    ImGuiSfmlInput::mapKeys(io);
    io.ClipboardUserData = &m_clipboard;
    io.GetClipboardTextFn = clipboardText;
    io.SetClipboardTextFn = setClipboardText;
    if (!ImGui_ImplOpenGL3_Init("#version 130")) {
        ImGui::DestroyContext();
        return false;
    }
    m_initialized = true;
    m_clock.restart();
    return true;
}

void ImGuiSfmlAdapter::processEvent(const sf::Event& event) {
    if (m_initialized) m_input.processEvent(ImGui::GetIO(), event);
}

void ImGuiSfmlAdapter::newFrame() {
    const sf::Vector2u size = m_window->getSize();
    m_input.beginFrame(ImGui::GetIO(), ImVec2(static_cast<float>(size.x), static_cast<float>(size.y)),
                       m_clock.restart().asSeconds());
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
}

void ImGuiSfmlAdapter::render() {
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void ImGuiSfmlAdapter::shutdown() {
    if (!m_initialized) return;
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext();
    m_initialized = false;
    m_window = nullptr;
}

}  // namespace pujiang::gui
