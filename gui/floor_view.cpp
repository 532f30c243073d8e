#include "gui/floor_view.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include <fmt/format.h>
#include <imgui.h>

#include "gui/widget_labels.h"

#include "gui/batch_details.h"
#include "gui/category_palette.h"
#include "gui/room_phase.h"
#include "gui/text_fit.h"
#include "sim/report/metric_format.h"

namespace pujiang::gui {

namespace {

// [SECTION] Colours
constexpr ImU32 kBoxFill = IM_COL32(240, 244, 250, 255);
constexpr ImU32 kHallFill = IM_COL32(248, 246, 236, 255);
constexpr ImU32 kBoxBorder = IM_COL32(90, 110, 140, 255);
constexpr ImU32 kText = IM_COL32(20, 30, 45, 255);
constexpr ImU32 kMuted = IM_COL32(90, 100, 115, 255);
constexpr ImU32 kTableFree = IM_COL32(205, 228, 205, 255);
constexpr ImU32 kTableBusy = IM_COL32(240, 200, 170, 255);
constexpr ImU32 kAccepting = IM_COL32(40, 150, 70, 255);
constexpr ImU32 kNotAccepting = IM_COL32(190, 50, 50, 255);
constexpr ImU32 kAfterHours = IM_COL32(200, 130, 20, 255);
constexpr ImU32 kFollow = IM_COL32(20, 20, 20, 255);
constexpr ImU32 kLawyer = IM_COL32(30, 40, 110, 255);
constexpr float kPad = 6.0f;

// The lawyer sitting in: a dark square badge on the table's top-right corner, large enough to
// see on a projector (a token's radius across, at least 6 px).
void drawLawyerMark(ImDrawList& draw, ImVec2 corner, float tokenRadius) {
    const float side = std::max(6.0f, 1.2f * tokenRadius);
    draw.AddRectFilled(ImVec2(corner.x - side * 0.6f, corner.y - side * 0.4f),
                       ImVec2(corner.x + side * 0.4f, corner.y + side * 0.6f), kLawyer, 1.5f);
    draw.AddRect(ImVec2(corner.x - side * 0.6f, corner.y - side * 0.4f),
                 ImVec2(corner.x + side * 0.4f, corner.y + side * 0.6f), IM_COL32(255, 255, 255, 255), 1.5f);
}

void drawBox(ImDrawList& draw, const Area& a, ImU32 fill, ImU32 border) {
    draw.AddRectFilled(a.min, a.max, fill, 5.0f);
    draw.AddRect(a.min, a.max, border, 5.0f, 0, 1.5f);
}

void detailsTable(const char* id, const std::vector<std::pair<std::string, std::string>>& lines,
                  ImGuiTableFlags flags = 0) {
    if (!ImGui::BeginTable(id, 2, flags)) return;
    for (const auto& [label, value] : lines) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextDisabled("%s", label.c_str());
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(value.c_str());
    }
    ImGui::EndTable();
}

void tooltipLines(const std::vector<std::pair<std::string, std::string>>& lines) {
    ImGui::BeginTooltip();
    detailsTable("details", lines);
    ImGui::EndTooltip();
}

void drawStaticFloor(ImDrawList& draw, const FloorLayout& layout, const DaySession& session, const UiStrings& text) {
    const ScenarioSpec& spec = session.spec();
    const ReceptionDay& day = session.day();
    const float lineH = ImGui::GetTextLineHeight();

    // Every label is measured against its box (text_fit.h): a narrow window gets the shorter words.
    const auto label = [&](const Area& box, float y, ImU32 colour, std::initializer_list<std::string_view> alternatives) {
        const std::string_view fitted = fitLabel(alternatives, box.width() - 2 * kPad);
        noteLabelFit(fitted, y + lineH, box.max.y);  // below its box: cut too
        draw.AddText(ImVec2(box.min.x + kPad, y), colour, fitted.data(), fitted.data() + fitted.size());
    };
    drawBox(draw, layout.entrance, kBoxFill, kBoxBorder);
    const std::size_t atEntrance = day.waitingAtRegistration();
    label(layout.entrance, layout.entrance.min.y + 2.0f, kText,
          {fmt::format("{} ({})", text.get("floor.entrance"), atEntrance), text.getf("floor.entrance.short", atEntrance),
           std::to_string(atEntrance)});
    drawBox(draw, layout.registration, kBoxFill, kBoxBorder);
    label(layout.registration, layout.registration.min.y + 2.0f, kText,
          {spec.registration.desks == 1 ? std::string(text.get("floor.registration.one_desk"))
                                        : text.getf("floor.registration.desks", spec.registration.desks),
           text.getf("floor.registration.short", spec.registration.desks), text.get("floor.registration")});
    for (const Area& desk : layout.desks) draw.AddRect(desk.min, desk.max, kBoxBorder, 3.0f);

    // The longest wait so far of the batches in each room's line: what a planner watches.
    std::vector<double> longestWait(layout.lanes.size(), 0.0);
    for (const Batch& b : day.batches())
        if (b.state == BatchState::WaitingRoom && b.targetRoom < longestWait.size())
            longestWait[b.targetRoom] =
                std::max(longestWait[b.targetRoom], b.waitedSoFar + day.now() - b.queueEntryTime);
    std::vector<int> lawyersAt(layout.rooms.size(), 0);
    for (const Batch& b : day.batches())
        if (b.state == BatchState::InConsultation && b.withLawyer && b.targetRoom < lawyersAt.size())
            ++lawyersAt[b.targetRoom];
    drawBox(draw, layout.hall, kHallFill, kBoxBorder);
    label(layout.hall, layout.hall.min.y + 2.0f, kText, {text.get("floor.hall"), text.get("floor.hall.short")});
    // Column heads, so the numbers on each lane say what they are: the wait's head on the right,
    // the lane's in what is left of the line.
    const float headY = layout.hall.min.y + 2.0f + lineH;
    // Pairs of heads, longest first; in a narrow hall (large text) the wait's head goes first, since
    // each lane's wait carries its unit.
    const std::pair<const char*, const char*> heads[] = {
        {text.get("floor.hall.lane_head"), text.get("floor.hall.wait_head")},
        {text.get("floor.hall.lane_head.short"), text.get("floor.hall.wait_head.short")},
        {text.get("floor.hall.lane_head.short"), ""},
        {text.get("floor.hall.lane_head.tiny"), ""},
    };
    const float headRoom = layout.hall.width() - 2 * kPad;
    std::string_view laneHead, waitHead;
    for (const auto& [lane, wait] : heads) {
        laneHead = lane;
        waitHead = wait;
        const float gap = *wait ? kPad : 0.0f;
        if (ImGui::CalcTextSize(lane).x + gap + ImGui::CalcTextSize(wait).x <= headRoom) break;
    }
    noteLabelFit(laneHead, ImGui::CalcTextSize(laneHead.data(), laneHead.data() + laneHead.size()).x, headRoom);
    const float waitHeadWidth = ImGui::CalcTextSize(waitHead.data(), waitHead.data() + waitHead.size()).x;
    draw.AddText(ImVec2(layout.hall.max.x - kPad - waitHeadWidth, headY), kMuted, waitHead.data(),
                 waitHead.data() + waitHead.size());
    draw.AddText(ImVec2(layout.hall.min.x + kPad, headY), kMuted, laneHead.data(), laneHead.data() + laneHead.size());
    // Many rooms in a short hall (large text on a projector): the lanes' text shrinks to the
    // lane, and only below two thirds of the normal size does it count as cut.
    const float laneFont = layout.lanes.empty() ? lineH : std::min(ImGui::GetFontSize(), layout.lanes[0].height() - 1.0f);
    if (laneFont < ImGui::GetFontSize() * 0.66f) noteLabelFit(text.get("floor.hall"), 1.0f, 0.0f);
    const float laneScale = laneFont / ImGui::GetFontSize();
    for (std::size_t r = 0; r < layout.lanes.size(); ++r) {
        const Area& lane = layout.lanes[r];
        const ReceptionDay::RoomView view = day.roomView(r);
        draw.AddLine(ImVec2(lane.min.x, lane.max.y), lane.max, IM_COL32(220, 214, 190, 255));
        // "3号: 12" under the head "室号: 排队批次" — the room and its line, red when the line is long
        // for its tables.
        const bool jammed = view.waiting > static_cast<std::size_t>(3 * std::max(1, view.tables));
        const float textY = lane.min.y + std::max(0.0f, (lane.height() - laneFont) / 2);
        const std::string laneText = text.getf("floor.hall.lane", r + 1, view.waiting);
        const float laneTextWidth = ImGui::CalcTextSize(laneText.c_str()).x * laneScale;
        draw.AddText(ImGui::GetFont(), laneFont, ImVec2(lane.min.x + 2.0f, textY), jammed ? kNotAccepting : kMuted,
                     laneText.c_str());
        // The dots of the line sit between the two texts; the wait takes what is left of the lane.
        float waitRoom = lane.width() - laneTextWidth - 4.0f - 2.0f * layout.tokenRadius;
        if (longestWait[r] > 0.0) {
            const std::string minutes = formatNumber(longestWait[r], 0);
            const std::string_view wait = fitLabel(
                {text.getf("floor.minutes", minutes), text.getf("floor.minutes_short", minutes), minutes}, waitRoom,
                laneFont);
            const float width = ImGui::CalcTextSize(wait.data(), wait.data() + wait.size()).x * laneScale;
            draw.AddText(ImGui::GetFont(), laneFont, ImVec2(lane.max.x - width - 2.0f, textY),
                         longestWait[r] >= 60.0 ? kNotAccepting : kMuted, wait.data(), wait.data() + wait.size());
            waitRoom -= width;
        }
        noteLabelFit(laneText, laneTextWidth, lane.width() - 4.0f);
    }

    for (std::size_t r = 0; r < layout.rooms.size(); ++r) {
        const Area& box = layout.rooms[r];
        const ReceptionDay::RoomView view = day.roomView(r);
        const RoomSpec& room = spec.rooms[r];
        draw.AddRectFilled(box.min, box.max, kBoxFill, 5.0f);
        const PhaseTone tone = roomPhaseTone(view.phase);
        const ImU32 toneColour = tone == PhaseTone::Open ? kAccepting : tone == PhaseTone::AfterHours ? kAfterHours : kNotAccepting;
        draw.AddRect(box.min, box.max, toneColour, 5.0f, 0, 2.0f);
        draw.PushClipRect(box.min, box.max, true);
        float y = box.min.y + 3.0f;
        // The card's three lines, each with shorter words for a small card; the details panel
        // and the tooltip always have the whole text.
        // State, busy/total tables, line: the numbers a planner scans for; and the lawyers sitting
        // in with the team, when any. A two-line card keeps this line and drops the team's; a
        // one-line card puts the busy tables beside the room's number.
        const char* phase = text.get(roomPhaseTextId(view.phase));
        std::string status = text.getf("floor.room_status", phase, view.busyTables, view.tables, view.waiting);
        const std::string lawyers = lawyersAt[r] > 0 ? text.getf("floor.room_lawyers", lawyersAt[r]) : std::string();
        if (layout.roomTextLines >= 2)
            label(box, y, kText, {fmt::format("{} {}", r + 1, room.name), std::to_string(r + 1)});
        else
            label(box, y, toneColour,
                  {fmt::format("{} {}", r + 1, text.getf("floor.room_status.tiny", view.busyTables, view.tables, view.waiting)),
                   fmt::format("{} {}", r + 1, text.getf("floor.room_status.tables", view.busyTables, view.tables)),
                   std::to_string(r + 1)});
        y += lineH;
        if (layout.roomTextLines >= 2) {
            label(box, y, toneColour,
                  {status + lawyers, status,
                   text.getf("floor.room_status.short", phase, view.busyTables, view.tables, view.waiting),
                   text.getf("floor.room_status.tiny", view.busyTables, view.tables, view.waiting),
                   text.getf("floor.room_status.tables", view.busyTables, view.tables)});
            y += lineH;
        }
        if (layout.roomTextLines >= 3) label(box, y, kMuted, {teamSummary(room, spec, text), teamLevel(room, text), ""});
        const float r0 = layout.tableHalf[r];
        for (std::size_t t = 0; t < layout.seats[r].size(); ++t) {
            const ImVec2 c = layout.seats[r][t];
            draw.AddRectFilled(ImVec2(c.x - r0, c.y - r0), ImVec2(c.x + r0, c.y + r0), kTableFree, 3.0f);
        }
        draw.PopClipRect();
    }
}

// [SECTION] Legend
enum class Mark { Category, Collective, WaitingLawyer, Lawyer, Minutes };

struct LegendItem {
    Mark mark;
    std::size_t category = 0;
    std::string label;
};

// Draws the legend flowed along the bottom of the floor's rectangle (`origin`, `size`): each
// category's colour, then the marks drawn on tokens, each with the mark itself. Returns its height.
float drawFloorLegend(ImDrawList& draw, const DaySession& session, const UiStrings& text, ImVec2 origin, ImVec2 size) {
    const ScenarioSpec& spec = session.spec();
    std::vector<LegendItem> items;
    for (std::size_t c = 0; c < spec.categories.size(); ++c)
        items.push_back({Mark::Category, c, categoryName(spec, c, text)});
    items.push_back({Mark::Collective, 0, text.get("legend.collective")});
    items.push_back({Mark::WaitingLawyer, 0, text.get("legend.waiting_lawyer")});
    items.push_back({Mark::Lawyer, 0, text.get("legend.lawyer")});
    items.push_back({Mark::Minutes, 0, text.get("legend.minutes")});
    const float lineH = ImGui::GetTextLineHeight();
    const float radius = std::clamp(lineH * 0.3f, 4.0f, 8.0f);
    const float icon = lineH * 1.1f;
    // The minutes mark is a sample number in the small font the tables use.
    const std::string minutesSample = text.getf("floor.minutes_short", 12);
    const float minutesWidth =
        ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize() * 0.8f, FLT_MAX, 0.0f, minutesSample.c_str()).x + 4.0f;
    const auto iconWidth = [&](const LegendItem& item) { return item.mark == Mark::Minutes ? minutesWidth : icon; };
    std::vector<float> widths;
    for (const LegendItem& item : items) widths.push_back(iconWidth(item) + ImGui::CalcTextSize(item.label.c_str()).x);
    // Laid out once to learn the height, then placed at the bottom.
    const float gap = lineH * 0.9f;
    const float height = flowLegend(widths, ImVec2(0, 0), size.x - 2 * kPad, lineH + 2.0f, gap).height;
    const ImVec2 top(origin.x + kPad, origin.y + size.y - height);
    const LegendFlow flow = flowLegend(widths, top, size.x - 2 * kPad, lineH + 2.0f, gap);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const ImVec2 at = flow.at[i];
        const ImVec2 c(at.x + radius + 1.0f, at.y + lineH / 2);
        switch (items[i].mark) {
        case Mark::Category: draw.AddCircleFilled(c, radius, categoryColour(items[i].category)); break;
        case Mark::Collective:
            draw.AddCircleFilled(c, radius, IM_COL32(170, 170, 170, 255));
            draw.AddCircle(c, radius + 1.5f, IM_COL32(60, 60, 60, 255), 0, 1.2f);
            break;
        case Mark::WaitingLawyer:
            draw.AddCircleFilled(c, radius, IM_COL32(170, 170, 170, 255));
            draw.AddCircle(c, radius + 3.0f, kNotAccepting, 0, 1.5f);
            break;
        case Mark::Lawyer:
            draw.AddRectFilled(ImVec2(c.x - radius * 1.2f, c.y - radius * 1.2f), ImVec2(c.x + radius * 1.2f, c.y + radius * 1.2f),
                               kTableBusy, 2.0f);
            drawLawyerMark(draw, ImVec2(c.x + radius * 1.2f, c.y - radius * 1.2f), radius * 1.4f);
            break;
        case Mark::Minutes:
            draw.AddText(ImGui::GetFont(), ImGui::GetFontSize() * 0.8f, ImVec2(at.x, at.y + lineH * 0.1f), kMuted,
                         minutesSample.c_str());
            break;
        }
        draw.AddText(ImVec2(at.x + iconWidth(items[i]), at.y), kText, items[i].label.c_str());
    }
    return height;
}

// Eases each token from where it was drawn towards its place; newcomers walk in from the door.
// After a jump (or on the first frame) everything is drawn in place at once.
ImVec2 animate(FloorViewState& state, const Token& token, const FloorLayout& layout, float dt, bool snap,
               std::map<std::uint64_t, ImVec2>& next) {
    if (snap) {
        next[token.serial] = token.pos;
        return token.pos;
    }
    const auto previous = state.shown.find(token.serial);
    ImVec2 pos = previous == state.shown.end() ? layout.door : previous->second;
    const float k = 1.0f - std::exp(-dt * 8.0f);
    pos.x += (token.pos.x - pos.x) * k;
    pos.y += (token.pos.y - pos.y) * k;
    if (std::abs(token.pos.x - pos.x) < 0.5f && std::abs(token.pos.y - pos.y) < 0.5f) pos = token.pos;
    next[token.serial] = pos;
    return pos;
}

}  // namespace

// [SECTION] Floor view
void drawFloorView(const DaySession& session, FloorViewState& state, const UiStrings& text, float dt) {
    if (state.generation != session.generation()) {
        // A new day: seats and positions are stale. A followed batch is the same batch on a day
        // with the same seed (serials are arrival order), another batch with another seed.
        const bool sameSeed = state.seed == session.seed();
        const std::optional<std::uint64_t> followed = state.followed;
        state = FloorViewState{};
        if (sameSeed) state.followed = followed;
        state.generation = session.generation();
        state.seed = session.seed();
    }
    ImDrawList& draw = *ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 size(std::max(avail.x, 300.0f), std::max(avail.y, 200.0f));
    // The legend sits under the floor, where the dots are; the floor takes what it leaves.
    const float legendHeight = drawFloorLegend(draw, session, text, origin, size);
    const ImVec2 floorSize(size.x, std::max(size.y - legendHeight - kPad, 150.0f));
    const FloorLayout layout = layoutFloor(session.spec(), origin, floorSize, ImGui::GetTextLineHeight());
    drawStaticFloor(draw, layout, session, text);
    if (state.selectedRoom && *state.selectedRoom < layout.rooms.size()) {
        const Area& box = layout.rooms[*state.selectedRoom];
        draw.AddRect(ImVec2(box.min.x - 2.0f, box.min.y - 2.0f), ImVec2(box.max.x + 2.0f, box.max.y + 2.0f), kFollow,
                     6.0f, 0, 3.0f);
    }

    const ReceptionDay& day = session.day();
    const std::vector<Token> tokens = placeTokens(day, layout, state.seats);
    std::map<std::uint64_t, ImVec2> next;
    std::vector<ImVec2> drawnAt(tokens.size());
    // Jumps of more than a quarter hour (or backwards) are not walked through.
    const double clockMoved = day.now() - state.lastClock;
    const bool snap = state.lastClock < 0.0 || clockMoved < 0.0 || clockMoved > 15.0;
    state.lastClock = day.now();
    bool followedSeen = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        const ImVec2 p = animate(state, t, layout, std::min(dt, 0.25f), snap, next);
        drawnAt[i] = p;
        const Batch& b = day.batches()[t.id];
        if (t.stage == Stage::Table) {
            const float r0 = layout.tableHalf[t.room];
            draw.AddRectFilled(ImVec2(t.pos.x - r0, t.pos.y - r0), ImVec2(t.pos.x + r0, t.pos.y + r0), kTableBusy, 3.0f);
        }
        draw.AddCircleFilled(p, layout.tokenRadius, categoryColour(t.category));
        if (t.stage == Stage::Table) {
            // How long the team has had this batch; a small dark square when a lawyer sits in.
            const float r0 = layout.tableHalf[t.room];
            if (b.state == BatchState::InConsultation && layout.tableMinutes[t.room]) {
                // Under its own table only: in a crowded room the unit goes, then the number (the
                // tooltip keeps it), rather than running into the next table's.
                const float small = ImGui::GetFontSize() * 0.8f;
                const std::string number = formatNumber(day.now() - b.serviceStart, 0);
                const std::string withUnit = text.getf("floor.minutes_short", number);
                const float room = layout.tableSpacing[t.room] - 2.0f;
                const auto width = [&](const std::string& s) {
                    return ImGui::GetFont()->CalcTextSizeA(small, FLT_MAX, 0.0f, s.c_str()).x;
                };
                const std::string* shown = width(withUnit) <= room ? &withUnit : width(number) <= room ? &number : nullptr;
                if (shown)
                    draw.AddText(ImGui::GetFont(), small, ImVec2(t.pos.x - r0, t.pos.y + r0 + 1.0f), kMuted, shown->c_str());
            }
            if (b.withLawyer) drawLawyerMark(draw, ImVec2(t.pos.x + r0, t.pos.y - r0), layout.tokenRadius);
        }
        if (b.collective) draw.AddCircle(p, layout.tokenRadius + 1.5f, IM_COL32(60, 60, 60, 255), 0, 1.2f);
        if (b.state == BatchState::WaitingLawyer)
            draw.AddCircle(p, layout.tokenRadius + 3.0f, kNotAccepting, 0, 1.5f);
        if (t.hidden > 0)
            draw.AddText(ImVec2(p.x + layout.tokenRadius + 2.0f, p.y - ImGui::GetTextLineHeight() / 2), kText,
                         fmt::format("+{}", t.hidden).c_str());
        if (state.followed && *state.followed == t.serial) {
            followedSeen = true;
            draw.AddCircle(p, layout.tokenRadius + 4.0f, kFollow, 0, 2.5f);
            draw.AddCircle(p, layout.tokenRadius + 7.0f, kFollow, 0, 1.0f);
        }
    }
    state.shown = std::move(next);
    state.followedLeft = state.followed && !followedSeen;

    // The whole floor is one item, so hovering and clicks reach it and not the window behind.
    ImGui::InvisibleButton("floor", floorSize);
    if (!ImGui::IsItemHovered()) return;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    std::vector<Token> shownTokens = tokens;
    for (std::size_t i = 0; i < shownTokens.size(); ++i) shownTokens[i].pos = drawnAt[i];
    const int hit = tokenAt(shownTokens, mouse, layout.tokenRadius + 3.0f);
    if (hit >= 0) {
        const Token& t = tokens[static_cast<std::size_t>(hit)];
        tooltipLines(batchDetails(day.batches()[t.id], day, session.spec(), text));
        if (ImGui::IsItemClicked()) state.followed = t.serial;
        return;
    }
    for (std::size_t r = 0; r < layout.rooms.size(); ++r) {
        if (layout.rooms[r].contains(mouse) || layout.lanes[r].contains(mouse)) {
            tooltipLines(roomDetails(r, day, session.spec(), text));
            if (ImGui::IsItemClicked()) state.selectedRoom = r;
            return;
        }
    }
}

// [SECTION] Selected room
void drawSelectedRoom(const DaySession& session, FloorViewState& state, const UiStrings& text) {
    const ScenarioSpec& spec = session.spec();
    if (!state.selectedRoom || *state.selectedRoom >= spec.rooms.size()) {
        hintText(text.get("room.hint"));
        return;
    }
    const std::size_t r = *state.selectedRoom;
    ImGui::Text("%s", text.getf("room.title", r + 1, spec.rooms[r].name).c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(text.get("room.deselect"))) {
        state.selectedRoom.reset();
        return;
    }
    detailsTable("room", roomDetails(r, session.day(), spec, text), ImGuiTableFlags_RowBg);
}

// [SECTION] Follow panel
void drawFollowPanel(const DaySession& session, FloorViewState& state, const UiStrings& text) {
    if (!state.followed) {
        hintText(text.get("follow.hint"));
        return;
    }
    const ReceptionDay& day = session.day();
    const Batch* found = nullptr;
    // Not yet arrived appointments have no serial yet (all 0): only batches on site count.
    for (const Batch& b : day.batches())
        if (b.state != BatchState::Free && b.state != BatchState::Expected && b.serial == *state.followed) found = &b;
    ImGui::Text("%s #%llu", text.get("follow.title"), static_cast<unsigned long long>(*state.followed + 1));
    ImGui::SameLine();
    if (ImGui::SmallButton(text.get("follow.stop"))) {
        state.followed.reset();
        return;
    }
    if (!found) {
        hintText(text.get("follow.left"));
        return;
    }
    detailsTable("follow", batchDetails(*found, day, session.spec(), text), ImGuiTableFlags_RowBg);
}

// [SECTION] Key figures

// The widest run of a label that wrapping must not break: a word between spaces, or at most four
// characters of a text without spaces (Chinese wraps between any two characters).
float widestWordWidth(const std::string& label) {
    float widest = 0.0f;
    std::size_t start = 0;
    while (start <= label.size()) {
        const std::size_t end = std::min(label.find(' ', start), label.size());
        const char* first = label.c_str() + start;
        const float width = ImGui::CalcTextSize(first, label.c_str() + end).x;
        const bool ascii = std::all_of(first, label.c_str() + end, [](char c) { return (c & 0x80) == 0; });
        widest = std::max(widest, ascii ? width : std::min(width, 4.0f * ImGui::GetFontSize()));
        start = end + 1;
    }
    return widest;
}

constexpr Metric kKeyFigures[] = {Metric::BatchesArrived, Metric::BatchesReceived, Metric::PersonsReceived,
                                  Metric::WaitMean,       Metric::WaitP90,         Metric::ShareOnSpot,
                                  Metric::Reneged,        Metric::MaxQueueLength};

void drawKeyFigures(const DaySession& session, const UiStrings& text, const ManyDays* manyDays,
                    std::size_t manyDaysDone) {
    const DayResult& result = session.result();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    // Say that the floor is one random day, and what the column beside it is.
    ImGui::TextWrapped("%s", text.getf("panel.one_day", session.seed()).c_str());
    if (manyDays)
        ImGui::TextWrapped("%s", text.getf("panel.many_days.help", manyDays->replications).c_str());
    else if (manyDaysDone > 0)
        ImGui::TextWrapped("%s", text.getf("panel.many_days.running", manyDaysDone).c_str());
    ImGui::TextWrapped("%s", text.get("panel.help.text"));
    ImGui::PopStyleColor();
    // The rows first, so the number columns can be as wide as their widest entry and the labels
    // get the rest.
    struct Row {
        std::string label, value, many;
    };
    std::vector<Row> rows;
    const ReceptionDay& day = session.day();
    rows.push_back({text.get("panel.waiting_now"), fmt::format("{}", day.waitingNow()), ""});
    // The day so far in the metric table's words and formats (a mean wait has no value before
    // anyone has waited: "—"); the many days' mean and the half width of its 95% interval.
    for (const Metric metric : kKeyFigures) {
        const MetricInfo& info = metricInfo(metric);
        std::string many;
        if (manyDays) {
            const Summary summary = manyDays->aggregate.overall(metric);
            if (summary.n > 0)
                many = fmt::format("{} ±{}", formatDayValue(summary.mean, info.format),
                                   formatDayValue(summary.halfWidth(), info.format));
        }
        rows.push_back({std::string(info.label(text.language())), formatDayValue(result[metric], info.format), many});
    }
    rows.push_back({text.get("panel.lawyers"),
                    fmt::format("{}/{}", day.lawyersOnDuty() - day.freeLawyers(), day.lawyersOnDuty()), ""});

    // Widths: each number column as wide as its widest entry; the labels wrap in the rest but never
    // inside a word, so on a narrow panel the many-day column takes its short head.
    float valueWidth = ImGui::CalcTextSize(text.get("panel.this_day")).x;
    float manyWidth = 0.0f, widestWord = 0.0f;
    for (const Row& r : rows) {
        valueWidth = std::max(valueWidth, ImGui::CalcTextSize(r.value.c_str()).x);
        manyWidth = std::max(manyWidth, ImGui::CalcTextSize(r.many.c_str()).x);
        widestWord = std::max(widestWord, widestWordWidth(r.label));
    }
    std::string manyHeader;
    if (manyDays) {
        const float cellPadding = 2.0f * ImGui::GetStyle().CellPadding.x + 2.0f;
        const float labelRoom = ImGui::GetContentRegionAvail().x - valueWidth - 3.0f * cellPadding;
        const std::string full = text.getf("panel.many_days", manyDays->replications);
        const std::string brief = text.getf("panel.many_days.short", manyDays->replications);
        manyHeader = labelRoom - std::max(manyWidth, ImGui::CalcTextSize(full.c_str()).x) >= widestWord ? full : brief;
        manyWidth = std::max(manyWidth, ImGui::CalcTextSize(manyHeader.c_str()).x);
    }
    const int columns = manyDays ? 3 : 2;
    if (!ImGui::BeginTable("key_figures", columns, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) return;
    // Labels take what the numbers leave, so long English labels are not cut off.
    ImGui::TableSetupColumn(text.get("panel.figure"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(text.get("panel.this_day"), ImGuiTableColumnFlags_WidthFixed, valueWidth);
    if (manyDays) ImGui::TableSetupColumn(manyHeader.c_str(), ImGuiTableColumnFlags_WidthFixed, manyWidth);
    if (manyDays) ImGui::TableHeadersRow();
    // A label wraps in its column (the row grows) rather than being cut on a narrow panel or with
    // large text; the numbers are measured against theirs.
    const auto number = [](const std::string& value) {
        noteLabelFit(value, ImGui::CalcTextSize(value.c_str()).x, ImGui::GetContentRegionAvail().x);
        ImGui::TextUnformatted(value.c_str());
    };
    for (const Row& r : rows) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextWrapped("%s", r.label.c_str());
        ImGui::TableSetColumnIndex(1);
        number(r.value);
        if (columns == 3) {
            ImGui::TableSetColumnIndex(2);
            number(r.many);
        }
    }
    ImGui::EndTable();
}

}  // namespace pujiang::gui
