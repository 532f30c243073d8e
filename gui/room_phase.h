#pragma once
// How the floor names a room's phase (ReceptionDay::RoomPhase): one string id per phase, and
// whether the room is seating anybody in it. Shared by the room cards and the room details.

#include "sim/reception/reception_day.h"

namespace pujiang::gui {

inline const char* roomPhaseTextId(ReceptionDay::RoomPhase phase) {
    using P = ReceptionDay::RoomPhase;
    switch (phase) {
    case P::NotYetOpen: return "floor.phase.not_yet_open";
    case P::Open: return "floor.phase.open";
    case P::OnBreak: return "floor.phase.on_break";
    case P::ServingThosePresent: return "floor.phase.serving_present";
    case P::Closed: return "floor.phase.closed";
    case P::ClosedByHand: return "floor.phase.closed_by_hand";
    case P::OpenedByHand: return "floor.phase.opened_by_hand";
    }
    return "floor.phase.closed";
}

// Open to newcomers (green on the floor); after hours for those present (amber); otherwise not seating.
enum class PhaseTone { Open, AfterHours, Shut };

inline PhaseTone roomPhaseTone(ReceptionDay::RoomPhase phase) {
    using P = ReceptionDay::RoomPhase;
    if (phase == P::Open || phase == P::OpenedByHand) return PhaseTone::Open;
    if (phase == P::ServingThosePresent) return PhaseTone::AfterHours;
    return PhaseTone::Shut;
}

}  // namespace pujiang::gui
