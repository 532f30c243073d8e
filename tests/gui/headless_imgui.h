#pragma once
// A Dear ImGui context with no window and no renderer, for tests. The font atlas is built on the
// CPU (ImGui's default font) and never uploaded; ImGui::Render still fills the draw lists, which
// is what the tests look at. ImGui's asserts are compiled into Debian's libimgui.a, so misuse
// aborts the test binary instead of passing silently.

#include <functional>

#include <imgui.h>

namespace pujiang::gui::testing {

class HeadlessImGui {
public:
    static constexpr float kStep = 1.0f / 60.0f;

    explicit HeadlessImGui(ImVec2 displaySize = ImVec2(800, 600)) : m_context(ImGui::CreateContext()) {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;  // no imgui.ini in the test's working directory
        io.DisplaySize = displaySize;
        io.DeltaTime = kStep;
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);  // NewFrame asserts a built atlas
    }
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;
    ~HeadlessImGui() { ImGui::DestroyContext(m_context); }

    ImGuiIO& io() { return ImGui::GetIO(); }

    // One whole frame: `ui` draws into a fixed undecorated window covering the display.
    void frame(const std::function<void()>& ui) {
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io().DisplaySize);
        ImGui::Begin("test", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings);
        ui();
        ImGui::End();
        ImGui::Render();
    }

private:
    ImGuiContext* m_context;
};

inline ImVec2 centreOf(ImVec2 min, ImVec2 max) { return ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2); }

}  // namespace pujiang::gui::testing
