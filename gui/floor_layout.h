#pragma once
// Where things are on the floor view: the areas laid out from the scenario (entrance, registration
// desks, waiting hall with a lane per room, the rooms with their tables) and where each batch on
// site stands. Pure geometry, no drawing, so it is tested without a display.

#include <cstdint>
#include <vector>

#include <imgui.h>

#include "sim/reception/reception_day.h"

namespace pujiang::gui {

struct Area {
    ImVec2 min, max;
    bool contains(ImVec2 p) const { return p.x >= min.x && p.x < max.x && p.y >= min.y && p.y < max.y; }
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
};

struct FloorLayout {
    Area entrance, registration, hall;
    std::vector<Area> desks;   // one per registration desk shown
    std::vector<Area> lanes;   // waiting-hall lane per room
    std::vector<Area> rooms;
    std::vector<std::vector<ImVec2>> seats;  // per room: the centre of each table
    std::vector<float> tableHalf;            // per room: half the side of its table squares
    std::vector<bool> tableMinutes;          // per room: room under its tables for the minutes
    std::vector<float> tableSpacing;         // per room: distance between neighbouring table centres
    ImVec2 door;               // where new batches come in
    float tokenRadius = 5.0f;
    float roomTextHeight = 0.0f;  // the top of each room box holds this much text
    int roomTextLines = 3;        // that many lines: name, state, team (a small card drops the last ones)
};

// The distance between table centres in a room's table area: as large as fits, never so small
// that tables (with the minutes under them) overlap, and small enough that every table gets a
// place of its own whenever the area allows it.
float tableStep(const Area& tableArea, int tables, float tokenRadius, float lineHeight);

// Lays out the floor in the rectangle at `origin` of `size`; `lineHeight` is the text line height.
FloorLayout layoutFloor(const ScenarioSpec& spec, ImVec2 origin, ImVec2 size, float lineHeight);

// Legend items flowed in rows like words: item i starts at `at[i]`; `height` is what the rows take.
struct LegendFlow {
    std::vector<ImVec2> at;
    float height = 0.0f;
};
LegendFlow flowLegend(const std::vector<float>& itemWidths, ImVec2 origin, float width, float lineHeight, float gap);

enum class Stage : std::uint8_t { Entrance, Desk, Hall, Table };

struct Token {
    std::uint32_t id = 0;        // index into ReceptionDay::batches()
    std::uint64_t serial = 0;    // stable identity across frames (ids are reused)
    std::uint16_t category = 0;
    Stage stage = Stage::Entrance;
    std::uint32_t room = kNoRoom;  // Hall and Table
    ImVec2 pos;
    int hidden = 0;  // > 0: this token stands for itself and `hidden` more that do not fit
};

// Which table each batch in a room sits at, kept from frame to frame so a batch stays at its
// table while others come and go (the model does not number tables).
class SeatMemory {
public:
    // Seats of `room` for these batch serials: a batch keeps its seat, a newcomer takes the
    // lowest free one; seats of batches gone are freed.
    std::vector<int> assign(std::size_t room, const std::vector<std::uint64_t>& serials, int seatCount);

private:
    std::vector<std::vector<std::uint64_t>> m_occupant;  // per room, per seat: serial + 1, 0 when free
};

// One token per batch on site (registration onwards, until it leaves), at its place this moment.
std::vector<Token> placeTokens(const ReceptionDay& day, const FloorLayout& layout, SeatMemory& seats);

// The token under `point` (within its radius), or -1; the last drawn wins, as on screen.
int tokenAt(const std::vector<Token>& tokens, ImVec2 point, float radius);

}  // namespace pujiang::gui
