#include "gui/imgui_sfml_adapter.h"

#include <cfloat>
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

int buttonIndex(sf::Mouse::Button button) {
    switch (button) {
        case sf::Mouse::Left: return 0;
        case sf::Mouse::Right: return 1;
        case sf::Mouse::Middle: return 2;
        default: return -1;
    }
}

void mapKeys(ImGuiIO& io) {
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

}  // namespace

bool ImGuiSfmlAdapter::init(sf::RenderWindow& window) {
    m_window = &window;
    if (!window.setActive(true)) return false;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // view state is not persisted yet
    io.BackendPlatformName = "pujiang_sfml";
    mapKeys(io);
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
    if (!m_initialized) return;
    ImGuiIO& io = ImGui::GetIO();
    switch (event.type) {
        case sf::Event::MouseMoved:
            io.MousePos = ImVec2(static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y));
            break;
        case sf::Event::MouseButtonPressed:
        case sf::Event::MouseButtonReleased: {
            const int index = buttonIndex(event.mouseButton.button);
            if (index < 0) break;
            const bool pressed = event.type == sf::Event::MouseButtonPressed;
            if (pressed) m_pressedThisFrame[index] = true;
            m_held[index] = pressed;
            break;
        }
        case sf::Event::MouseWheelScrolled:
            if (event.mouseWheelScroll.wheel == sf::Mouse::HorizontalWheel)
                io.MouseWheelH += event.mouseWheelScroll.delta;
            else
                io.MouseWheel += event.mouseWheelScroll.delta;
            break;
        case sf::Event::MouseLeft:
            io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
            break;
        case sf::Event::KeyPressed:
        case sf::Event::KeyReleased: {
            const int code = event.key.code;
            if (code >= 0 && code < static_cast<int>(IM_ARRAYSIZE(io.KeysDown)))
                io.KeysDown[code] = event.type == sf::Event::KeyPressed;
            io.KeyCtrl = event.key.control;
            io.KeyShift = event.key.shift;
            io.KeyAlt = event.key.alt;
            io.KeySuper = event.key.system;
            break;
        }
        case sf::Event::TextEntered:
            // SFML also reports control characters (U+0008 for Backspace): those are keys, not text.
            if (event.text.unicode >= 32 && event.text.unicode != 127) io.AddInputCharacter(event.text.unicode);
            break;
        case sf::Event::GainedFocus: io.AddFocusEvent(true); break;
        case sf::Event::LostFocus: io.AddFocusEvent(false); break;
        default: break;
    }
}

void ImGuiSfmlAdapter::newFrame() {
    ImGuiIO& io = ImGui::GetIO();
    const sf::Vector2u size = m_window->getSize();
    io.DisplaySize = ImVec2(static_cast<float>(size.x), static_cast<float>(size.y));
    const float seconds = m_clock.restart().asSeconds();
    io.DeltaTime = seconds > 0.0f ? seconds : 1.0f / 60.0f;  // ImGui asserts DeltaTime > 0
    for (int i = 0; i < kButtons; ++i) {
        io.MouseDown[i] = m_pressedThisFrame[i] || m_held[i];
        m_pressedThisFrame[i] = false;
    }
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
