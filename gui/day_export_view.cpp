#include "gui/day_export_view.h"

#include <exception>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "gui/result_export.h"
#include "gui/user_folders.h"
#include "gui/widget_labels.h"
#include "sim/core/localized_error.h"

namespace pujiang::gui {

std::string saveDayReport(const DaySession& session, const std::string& path, const UiStrings& text) {
    const std::filesystem::path file = withExtension(path, ".html");
    try {
        saveDayHtml(file, session, text.language());
        return text.getf("compare.export.saved", file.string());
    } catch (const std::exception& error) {
        return errorText(error).in(text.language());
    }
}

std::string saveDayFigures(const DaySession& session, const std::string& path, const UiStrings& text) {
    const std::filesystem::path file = withExtension(path, ".csv");
    try {
        saveDayCsv(file, session);
        return text.getf("compare.export.saved", file.string());
    } catch (const std::exception& error) {
        return errorText(error).in(text.language());
    }
}

std::string saveDayEvents(const DaySession& session, const std::string& path, const UiStrings& text) {
    const std::filesystem::path file = withSuffix(path, "-events", ".csv");
    try {
        saveDayEventsCsv(file, session);
        return text.getf("compare.export.saved", file.string());
    } catch (const std::exception& error) {
        return errorText(error).in(text.language());
    }
}

void drawDayExport(const DaySession& session, DayExportState& state, const UiStrings& text) {
    if (state.path.empty()) state.path = userDataFile("reports", session.spec().name + "-day.html").string();
    labelBefore(text.get("compare.export.path"));
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##day_export_path", &state.path);
    ImGui::BeginDisabled(state.path.empty());
    if (ImGui::Button(text.get("day.export.html"))) state.message = saveDayReport(session, state.path, text);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("day.export.html.help"));
    ImGui::SameLine();
    if (ImGui::Button(text.get("day.export.csv"))) state.message = saveDayFigures(session, state.path, text);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("day.export.csv.help"));
    const char* events = text.get("day.export.events");
    sameLineIfRoom(ImGui::CalcTextSize(events).x + 2.0f * ImGui::GetStyle().FramePadding.x);
    if (ImGui::Button(events)) state.message = saveDayEvents(session, state.path, text);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("day.export.events.help"));
    ImGui::EndDisabled();
    if (!state.message.empty()) ImGui::TextWrapped("%s", state.message.c_str());
}

}  // namespace pujiang::gui
