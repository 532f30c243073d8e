#include "gui/floor_layout.h"

#include <algorithm>
#include <cmath>

namespace pujiang::gui {

namespace {

constexpr float kGap = 8.0f;
constexpr std::size_t kMostDesksShown = 12;

Area area(float x0, float y0, float x1, float y1) { return Area{ImVec2(x0, y0), ImVec2(x1, y1)}; }

// Fills `box` row by row with slots `step` apart; the last slot holds whatever does not fit.
class SlotGrid {
public:
    SlotGrid(const Area& box, float step)
        : m_box(box),
          m_step(step),
          m_perRow(std::max(1, static_cast<int>((box.width() - step / 2) / step))),
          m_rows(std::max(1, static_cast<int>((box.height() - step / 2) / step))) {}

    int capacity() const { return m_perRow * m_rows; }
    ImVec2 slot(int i) const {
        i = std::min(i, capacity() - 1);
        // A box smaller than one step (a tiny window) still keeps its slots inside it.
        const float x = m_box.min.x + m_step * (0.5f + static_cast<float>(i % m_perRow)) + m_step / 4;
        const float y = m_box.min.y + m_step * (0.5f + static_cast<float>(i / m_perRow)) + m_step / 4;
        return ImVec2(std::clamp(x, m_box.min.x, std::max(m_box.min.x, m_box.max.x)),
                      std::clamp(y, m_box.min.y, std::max(m_box.min.y, m_box.max.y)));
    }

private:
    Area m_box;
    float m_step;
    int m_perRow, m_rows;
};

// Places `ids` (in queue order) on `grid`; the overflow collapses into the last slot.
void placeInGrid(std::vector<Token>& out, const std::vector<std::uint32_t>& ids, const ReceptionDay& day,
                 const SlotGrid& grid, Stage stage, std::uint32_t room) {
    const int capacity = grid.capacity();
    const int count = static_cast<int>(ids.size());
    for (int i = 0; i < count && i < capacity; ++i) {
        const Batch& b = day.batches()[ids[static_cast<std::size_t>(i)]];
        Token t{ids[static_cast<std::size_t>(i)], b.serial, b.category, stage, room, grid.slot(i), 0};
        if (i == capacity - 1) t.hidden = count - capacity;
        out.push_back(t);
    }
}

}  // namespace

float tableStep(const Area& tableArea, int tables, float tokenRadius, float lineHeight) {
    // Preferred: a table square of 3.4 token radii with its minutes under it. A crowded room
    // goes down to tables just larger than a token (minutes then only in the tooltip) before
    // any two tables would share a place.
    const float roomy = 3.4f * tokenRadius + 0.8f * lineHeight;
    const float tight = 2.0f * tokenRadius + 2.0f;
    const float largest = std::max(roomy, 2.5f * lineHeight);
    const float guess = std::sqrt(tableArea.width() * std::max(tableArea.height(), 1.0f) /
                                  static_cast<float>(std::max(tables, 1)));
    float step = std::clamp(guess, roomy, largest);
    // The square-root guess ignores the grid's rounding: shrink until every table has a slot of
    // its own. A box too small even for the tightest step (a tiny window) stacks the rest.
    while (step > tight && SlotGrid(tableArea, step).capacity() < tables) step = std::max(tight, step * 0.92f);
    return step;
}

FloorLayout layoutFloor(const ScenarioSpec& spec, ImVec2 origin, ImVec2 size, float lineHeight) {
    FloorLayout layout;
    const float w = std::max(size.x, 300.0f), h = std::max(size.y, 200.0f);
    const float x0 = origin.x, y0 = origin.y;
    // Three columns, in the order a petitioner walks: entrance and registration, hall, rooms.
    const float leftW = w * 0.16f, hallW = w * 0.24f;
    const float labelH = lineHeight + kGap;
    layout.entrance = area(x0, y0, x0 + leftW - kGap, y0 + h * 0.5f - kGap / 2);
    layout.registration = area(x0, y0 + h * 0.5f + kGap / 2, x0 + leftW - kGap, y0 + h);
    layout.hall = area(x0 + leftW, y0, x0 + leftW + hallW - kGap, y0 + h);
    layout.door = ImVec2(layout.entrance.min.x + 6.0f, layout.entrance.min.y + labelH);
    layout.tokenRadius = std::clamp(std::min(w, h) / 110.0f, 3.0f, 8.0f);

    const std::size_t desks = std::min<std::size_t>(static_cast<std::size_t>(std::max(0, spec.registration.desks)),
                                                    kMostDesksShown);
    if (desks > 0) {
        const Area& reg = layout.registration;
        const float deskTop = reg.min.y + 2.0f * labelH;
        const float deskW = (reg.width() - kGap) / static_cast<float>(desks);
        const float deskH = std::min(reg.max.y - deskTop - kGap, deskW * 1.2f + 4.0f);
        for (std::size_t d = 0; d < desks; ++d) {
            const float dx = reg.min.x + kGap / 2 + deskW * static_cast<float>(d);
            layout.desks.push_back(area(dx + 2.0f, deskTop, dx + deskW - 2.0f, deskTop + std::max(deskH, 8.0f)));
        }
    }

    const std::size_t rooms = spec.rooms.size();
    if (rooms == 0) return layout;
    const Area& hall = layout.hall;
    const float laneTop = hall.min.y + labelH + lineHeight;  // the title, then the lanes' column heads
    const float laneH = (hall.max.y - laneTop - kGap / 2) / static_cast<float>(rooms);
    for (std::size_t r = 0; r < rooms; ++r) {
        const float ly = laneTop + laneH * static_cast<float>(r);
        layout.lanes.push_back(area(hall.min.x + kGap / 2, ly, hall.max.x - kGap / 2, ly + laneH - 1.0f));
    }

    const float gridX = x0 + leftW + hallW, gridW = x0 + w - gridX;
    // Cells about 1.5 times as wide as high: room names and team lines are wide.
    const int columns = std::clamp(
        static_cast<int>(std::ceil(std::sqrt(static_cast<double>(rooms) * gridW / (1.5 * std::max(1.0f, h))))), 1,
        static_cast<int>(rooms));
    const int rows = static_cast<int>((rooms + static_cast<std::size_t>(columns) - 1) / static_cast<std::size_t>(columns));
    const float cellW = gridW / static_cast<float>(columns), cellH = h / static_cast<float>(rows);
    // Three lines of text when the card still has room for a row of tables under them (a token
    // and its minutes); fewer on a small card (large text on a projector), never none.
    const float tableRow = 3.4f * layout.tokenRadius + 0.8f * lineHeight;
    layout.roomTextLines = std::clamp(static_cast<int>((cellH - kGap - tableRow - 3.0f) / lineHeight), 1, 3);
    layout.roomTextHeight = static_cast<float>(layout.roomTextLines) * lineHeight + kGap;
    for (std::size_t r = 0; r < rooms; ++r) {
        const float cx = gridX + cellW * static_cast<float>(static_cast<int>(r) % columns);
        const float cy = y0 + cellH * static_cast<float>(static_cast<int>(r) / columns);
        const Area box = area(cx, cy, cx + cellW - kGap, cy + cellH - kGap);
        layout.rooms.push_back(box);
        // Tables in rows under the text; each seat is where the batch in hand stands.
        const int tables = std::max(1, spec.rooms[r].tables);
        // In a window too small for the text, tables sit at the box's bottom edge rather than below it.
        const float tableTop = std::min(box.min.y + layout.roomTextHeight, box.max.y);
        const Area tableArea = area(std::min(box.min.x + kGap, box.max.x), tableTop, std::max(box.max.x - kGap, box.min.x),
                                    std::max(box.max.y - kGap, tableTop));
        const float step = tableStep(tableArea, tables, layout.tokenRadius, lineHeight);
        const SlotGrid grid(tableArea, step);
        layout.tableHalf.push_back(std::min(1.7f * layout.tokenRadius, 0.45f * step));
        layout.tableMinutes.push_back(step >= 3.4f * layout.tokenRadius + 0.8f * lineHeight);
        layout.tableSpacing.push_back(step);
        std::vector<ImVec2> seats;
        for (int t = 0; t < tables; ++t) seats.push_back(grid.slot(t));
        layout.seats.push_back(std::move(seats));
    }
    return layout;
}

LegendFlow flowLegend(const std::vector<float>& itemWidths, ImVec2 origin, float width, float lineHeight, float gap) {
    LegendFlow flow;
    float x = origin.x, y = origin.y;
    for (const float w : itemWidths) {
        // A new row when the item does not fit, unless it is the row's first (then it is cut).
        if (x > origin.x && x + w > origin.x + width) {
            x = origin.x;
            y += lineHeight;
        }
        flow.at.emplace_back(x, y);
        x += w + gap;
    }
    flow.height = itemWidths.empty() ? 0.0f : y + lineHeight - origin.y;
    return flow;
}

std::vector<int> SeatMemory::assign(std::size_t room, const std::vector<std::uint64_t>& serials, int seatCount) {
    if (m_occupant.size() <= room) m_occupant.resize(room + 1);
    std::vector<std::uint64_t>& occupant = m_occupant[room];
    occupant.resize(static_cast<std::size_t>(std::max(seatCount, 1)), 0);
    for (std::uint64_t& o : occupant)
        if (o != 0 && std::find(serials.begin(), serials.end(), o - 1) == serials.end()) o = 0;
    std::vector<int> seat(serials.size(), -1);
    for (std::size_t i = 0; i < serials.size(); ++i) {
        const auto kept = std::find(occupant.begin(), occupant.end(), serials[i] + 1);
        if (kept != occupant.end()) seat[i] = static_cast<int>(kept - occupant.begin());
    }
    for (std::size_t i = 0; i < serials.size(); ++i) {
        if (seat[i] >= 0) continue;
        const auto free = std::find(occupant.begin(), occupant.end(), std::uint64_t{0});
        if (free == occupant.end()) {
            seat[i] = static_cast<int>(occupant.size()) - 1;  // more batches than seats: share the last
            continue;
        }
        *free = serials[i] + 1;
        seat[i] = static_cast<int>(free - occupant.begin());
    }
    return seat;
}

std::vector<Token> placeTokens(const ReceptionDay& day, const FloorLayout& layout, SeatMemory& seatMemory) {
    const std::vector<Batch>& batches = day.batches();
    // Group by place, keeping arrival order inside each (ids are reused, so order by serial).
    std::vector<std::uint32_t> order;
    for (std::uint32_t id = 0; id < batches.size(); ++id) {
        const BatchState s = batches[id].state;
        if (s != BatchState::Free && s != BatchState::Expected) order.push_back(id);
    }
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return batches[a].serial < batches[b].serial; });

    const std::size_t rooms = layout.rooms.size();
    std::vector<std::uint32_t> entrance, registering;
    std::vector<std::vector<std::uint32_t>> lanes(rooms), atTables(rooms);
    for (const std::uint32_t id : order) {
        const Batch& b = batches[id];
        switch (b.state) {
        case BatchState::WaitingRegistration: entrance.push_back(id); break;
        case BatchState::Registering: registering.push_back(id); break;
        case BatchState::WaitingRoom:
            if (b.targetRoom < rooms) lanes[b.targetRoom].push_back(id);
            break;
        case BatchState::WaitingLawyer:
        case BatchState::InConsultation:
            if (b.targetRoom < rooms) atTables[b.targetRoom].push_back(id);
            break;
        default: break;
        }
    }

    std::vector<Token> tokens;
    const float step = layout.tokenRadius * 2.0f + 3.0f;
    const float labelH = step * 2.0f;
    placeInGrid(tokens, entrance, day,
                SlotGrid(Area{ImVec2(layout.entrance.min.x, layout.entrance.min.y + labelH), layout.entrance.max},
                         step),
                Stage::Entrance, kNoRoom);
    for (std::size_t i = 0; i < registering.size(); ++i) {
        const Batch& b = batches[registering[i]];
        // More desks than are drawn: the extra ones share the last desk's place.
        const Area& desk = layout.desks.empty() ? layout.registration
                                                : layout.desks[std::min(i, layout.desks.size() - 1)];
        const ImVec2 centre((desk.min.x + desk.max.x) / 2, (desk.min.y + desk.max.y) / 2);
        tokens.push_back(Token{registering[i], b.serial, b.category, Stage::Desk, kNoRoom, centre, 0});
    }
    for (std::size_t r = 0; r < rooms; ++r) {
        const Area& lane = layout.lanes[r];
        // The lane's ends carry its label and its longest wait; tokens queue between them.
        const float labelW = std::min(lane.width() * 0.3f, 4.0f * step);
        const float waitW = std::min(lane.width() * 0.2f, 3.5f * step);
        placeInGrid(tokens, lanes[r], day,
                    SlotGrid(Area{ImVec2(lane.min.x + labelW, lane.min.y), ImVec2(lane.max.x - waitW, lane.max.y)},
                             step),
                    Stage::Hall, static_cast<std::uint32_t>(r));
        const std::vector<ImVec2>& seats = layout.seats[r];
        std::vector<std::uint64_t> serials;
        for (const std::uint32_t id : atTables[r]) serials.push_back(batches[id].serial);
        const std::vector<int> seatOf = seatMemory.assign(r, serials, static_cast<int>(seats.size()));
        for (std::size_t i = 0; i < atTables[r].size() && !seats.empty(); ++i) {
            const Batch& b = batches[atTables[r][i]];
            tokens.push_back(Token{atTables[r][i], b.serial, b.category, Stage::Table, static_cast<std::uint32_t>(r),
                                   seats[static_cast<std::size_t>(seatOf[i])], 0});
        }
    }
    return tokens;
}

int tokenAt(const std::vector<Token>& tokens, ImVec2 point, float radius) {
    for (int i = static_cast<int>(tokens.size()) - 1; i >= 0; --i) {
        const float dx = tokens[static_cast<std::size_t>(i)].pos.x - point.x;
        const float dy = tokens[static_cast<std::size_t>(i)].pos.y - point.y;
        if (dx * dx + dy * dy <= radius * radius) return i;
    }
    return -1;
}

}  // namespace pujiang::gui
