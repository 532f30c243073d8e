#pragma once
// The routing policy (triage.routing) as the three questions the day asks of it
// (docs/model.md, section 9). Everything else about routing — covering rooms, the top leader's
// room, loads and ties — is the same under every policy and stays in ReceptionDay.

#include "sim/reception/scenario_spec.h"

namespace pujiang {

class Routing {
public:
    explicit Routing(RoutingPolicy policy) : m_policy(policy) {}

    RoutingPolicy policy() const { return m_policy; }
    // [route.terms] A general room: `general = true` under general_room; covers every category
    // (counts as matching) and may be waited for.
    bool isGeneral(const RoomSpec& room) const { return m_policy == RoutingPolicy::GeneralRoom && room.general; }
    // [route.fallback], [route.any_free_room], [route.wait_for_match]: whether an ordinary room with
    // a free table may take a batch when no covering room has one.
    bool takesAtAFreeTable(const RoomSpec& room) const {
        switch (m_policy) {
        case RoutingPolicy::WaitForMatch: return false;
        case RoutingPolicy::GeneralRoom: return room.general;
        case RoutingPolicy::AnyFreeRoom: return true;
        }
        return false;
    }
    // [route.eligible]: whether any ordinary room may seat any batch (not bound, not selected).
    bool everyRoomEligible() const { return m_policy == RoutingPolicy::AnyFreeRoom; }

private:
    RoutingPolicy m_policy;
};

}  // namespace pujiang
