#include "gui/floor_view.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>
#include <imgui.h>

namespace pujiang::gui {

namespace {

// [SECTION] Colours
constexpr ImU32 kBoxFill = IM_COL32(240, 244, 250, 255);
constexpr ImU32 kBoxBorder = IM_COL32(90, 110, 140, 255);
constexpr ImU32 kText = IM_COL32(20, 30, 45, 255);
constexpr ImU32 kTableFree = IM_COL32(180, 220, 180, 255);
constexpr ImU32 kTableBusy = IM_COL32(220, 120, 60, 255);
constexpr ImU32 kWaitingDot = IM_COL32(70, 110, 200, 255);
constexpr ImU32 kAccepting = IM_COL32(40, 150, 70, 255);
constexpr ImU32 kNotAccepting = IM_COL32(190, 50, 50, 255);

constexpr float kPad = 8.0f;
constexpr float kDot = 7.0f;  // one waiting batch

// Draws up to the dots that fit in `width` x `height`; returns without overflowing the box.
void drawWaitingDots(ImDrawList& draw, ImVec2 origin, float width, float height, std::size_t count) {
    const int perRow = std::max(1, static_cast<int>(width / (kDot + 3.0f)));
    const int rows = std::max(1, static_cast<int>(height / (kDot + 3.0f)));
    const std::size_t shown = std::min<std::size_t>(count, static_cast<std::size_t>(perRow * rows));
    for (std::size_t i = 0; i < shown; ++i) {
        const float x = origin.x + static_cast<float>(static_cast<int>(i) % perRow) * (kDot + 3.0f);
        const float y = origin.y + static_cast<float>(static_cast<int>(i) / perRow) * (kDot + 3.0f);
        draw.AddCircleFilled(ImVec2(x + kDot / 2, y + kDot / 2), kDot / 2, kWaitingDot);
    }
}

void drawTables(ImDrawList& draw, ImVec2 origin, float width, int busy, int tables) {
    const float size = 16.0f;
    const int perRow = std::max(1, static_cast<int>(width / (size + 4.0f)));
    for (int t = 0; t < tables; ++t) {
        const float x = origin.x + static_cast<float>(t % perRow) * (size + 4.0f);
        const float y = origin.y + static_cast<float>(t / perRow) * (size + 4.0f);
        draw.AddRectFilled(ImVec2(x, y), ImVec2(x + size, y + size), t < busy ? kTableBusy : kTableFree, 3.0f);
    }
}

}  // namespace

std::string formatClock(double minutes) {
    const long total = std::lround(std::floor(std::max(0.0, minutes)));
    return fmt::format("{:02}:{:02}", total / 60, total % 60);
}

// [SECTION] Floor view
void drawFloorView(const ReceptionDay& day, const ScenarioSpec& spec, const UiStrings& text) {
    ImDrawList& draw = *ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float lineHeight = ImGui::GetTextLineHeightWithSpacing();

    // Registration strip across the top.
    const float regHeight = 3.0f * lineHeight + 2.0f * kPad + kDot + 6.0f;
    const ImVec2 regMax(origin.x + avail.x, origin.y + regHeight);
    draw.AddRectFilled(origin, regMax, kBoxFill, 6.0f);
    draw.AddRect(origin, regMax, kBoxBorder, 6.0f, 0, 2.0f);
    float y = origin.y + kPad;
    draw.AddText(ImVec2(origin.x + kPad, y), kText, text.get("floor.registration"));
    y += lineHeight;
    const std::size_t atRegistration = day.waitingAtRegistration();
    const std::string regLine = fmt::format("{}: {}   {}: {}", text.get("floor.desks"), spec.registration.desks,
                                            text.get("floor.waiting_registration"), atRegistration);
    draw.AddText(ImVec2(origin.x + kPad, y), kText, regLine.c_str());
    y += lineHeight;
    drawWaitingDots(draw, ImVec2(origin.x + kPad, y + 2.0f), avail.x - 2 * kPad, regMax.y - y - kPad, atRegistration);

    // Rooms in a grid below it.
    const std::size_t roomCount = spec.rooms.size();
    if (roomCount == 0) {
        ImGui::Dummy(ImVec2(avail.x, regHeight));
        return;
    }
    const float gridTop = regMax.y + kPad;
    const float gridHeight = std::max(avail.y - regHeight - kPad, 4.0f * lineHeight);
    const int columns = std::clamp(static_cast<int>(std::ceil(std::sqrt(static_cast<double>(roomCount) * avail.x /
                                                                        std::max(1.0f, gridHeight)))),
                                   1, static_cast<int>(roomCount));
    const int rows = static_cast<int>((roomCount + columns - 1) / columns);
    const float cellW = avail.x / static_cast<float>(columns);
    const float cellH = gridHeight / static_cast<float>(rows);

    for (std::size_t r = 0; r < roomCount; ++r) {
        const ReceptionDay::RoomView view = day.roomView(r);
        const RoomSpec& room = spec.rooms[r];
        const float x0 = origin.x + static_cast<float>(static_cast<int>(r) % columns) * cellW;
        const float y0 = gridTop + static_cast<float>(static_cast<int>(r) / columns) * cellH;
        const ImVec2 boxMin(x0 + 2.0f, y0 + 2.0f);
        const ImVec2 boxMax(x0 + cellW - kPad, y0 + cellH - kPad);
        draw.AddRectFilled(boxMin, boxMax, kBoxFill, 6.0f);
        draw.AddRect(boxMin, boxMax, view.accepting ? kAccepting : kNotAccepting, 6.0f, 0, 2.0f);
        draw.PushClipRect(boxMin, boxMax, true);

        float ty = boxMin.y + kPad;
        const float tx = boxMin.x + kPad;
        draw.AddText(ImVec2(tx, ty), kText, room.name.c_str());
        ty += lineHeight;
        const char* state = text.get(view.accepting ? "floor.accepting" : "floor.closed");
        draw.AddText(ImVec2(tx, ty), view.accepting ? kAccepting : kNotAccepting, state);
        ty += lineHeight;
        const std::string tables =
            fmt::format("{}: {}/{}   {}: {}", text.get("floor.tables"), view.busyTables, view.tables,
                        text.get("floor.waiting"), view.waiting);
        draw.AddText(ImVec2(tx, ty), kText, tables.c_str());
        ty += lineHeight;
        const float innerW = boxMax.x - boxMin.x - 2 * kPad;
        drawTables(draw, ImVec2(tx, ty), innerW, view.busyTables, view.tables);
        const int tableRows = (view.tables + std::max(1, static_cast<int>(innerW / 20.0f)) - 1) /
                              std::max(1, static_cast<int>(innerW / 20.0f));
        ty += static_cast<float>(tableRows) * 20.0f + 4.0f;
        drawWaitingDots(draw, ImVec2(tx, ty), innerW, boxMax.y - ty - kPad, view.waiting);
        draw.PopClipRect();
    }
    ImGui::Dummy(ImVec2(avail.x, gridTop - origin.y + gridHeight));
}

// [SECTION] Key figures
void drawKeyFigures(const ReceptionDay& day, const UiStrings& text) {
    const DayResult result = day.result();
    ImGui::TextDisabled("%s", text.get("panel.help"));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("panel.help.text"));
    if (!ImGui::BeginTable("key_figures", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) return;
    // Labels take what the numbers leave, so long English labels are not cut off.
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("00000.0%").x);
    const auto row = [&](const char* id, const std::string& value) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted(text.get(id));
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(value.c_str());
    };
    row("panel.arrived", fmt::format("{:.0f}", result[Metric::BatchesArrived]));
    row("panel.received", fmt::format("{:.0f}", result[Metric::BatchesReceived]));
    row("panel.persons", fmt::format("{:.0f}", result[Metric::PersonsReceived]));
    const double waitMean = result[Metric::WaitMean];  // undefined before anyone has waited
    row("panel.wait_mean", std::isfinite(waitMean) ? fmt::format("{:.1f}", waitMean) : std::string("-"));
    row("panel.on_spot", fmt::format("{:.0f}", result[Metric::ResolvedOnSpot]));
    row("panel.on_spot_share", fmt::format("{:.1f}%", 100.0 * result[Metric::ShareOnSpot]));
    row("panel.reneged", fmt::format("{:.0f}", result[Metric::Reneged]));
    row("panel.queue_max", fmt::format("{:.0f}", result[Metric::MaxQueueLength]));
    ImGui::EndTable();
}

}  // namespace pujiang::gui
