#pragma once
// The reception floor: entrance, registration desks, waiting hall with a lane per room, and the
// rooms with their tables; every batch on site is a token coloured by its category that moves
// between them. A legend under the floor explains the colours and marks. Hovering a token or a
// room shows its details; clicking a token follows it, clicking a room selects it.

#include <cstdint>
#include <map>
#include <optional>

#include "gui/day_session.h"
#include "gui/many_days.h"
#include "gui/floor_layout.h"
#include "gui/ui_strings.h"

namespace pujiang::gui {

struct FloorViewState {
    SeatMemory seats;
    std::map<std::uint64_t, ImVec2> shown;  // where each token is drawn, by serial (for motion)
    std::optional<std::uint64_t> followed;  // serial of the batch being followed
    std::optional<std::size_t> selectedRoom;  // the room clicked last: outlined, its details shown
    bool followedLeft = false;              // it has left the floor
    double lastClock = -1.0;                // the day's clock at the last frame
    std::uint64_t generation = 0;           // the session's day these belong to
    std::uint64_t seed = 0;
};

// Draws into the current window's remaining region; `dt` is the real time since the last frame.
void drawFloorView(const DaySession& session, FloorViewState& state, const UiStrings& text, float dt);

// The selected room's details (or a hint how to select one).
void drawSelectedRoom(const DaySession& session, FloorViewState& state, const UiStrings& text);

// Key figures of the day so far.
// The day so far; with `manyDays`, a column of the scenario's many-day means and 95% intervals
// beside it (while they run: `manyDaysDone` of them so far).
void drawKeyFigures(const DaySession& session, const UiStrings& text, const ManyDays* manyDays = nullptr,
                    std::size_t manyDaysDone = 0);

// The followed batch's details (or a hint how to follow one).
void drawFollowPanel(const DaySession& session, FloorViewState& state, const UiStrings& text);

}  // namespace pujiang::gui
