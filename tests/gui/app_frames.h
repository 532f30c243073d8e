#pragma once
// Draws whole frames of the app in a headless ImGui context (tests/gui/headless_imgui.h).

#include <imgui.h>

#include "gui/gui_app.h"

namespace pujiang::gui::testing {

inline void drawFrames(GuiApp& app, int frames) {
    for (int i = 0; i < frames; ++i) {
        ImGui::NewFrame();
        app.frame(1.0f / 60.0f);
        ImGui::Render();
    }
}

}  // namespace pujiang::gui::testing
