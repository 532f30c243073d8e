#pragma once
// Mid-day interventions: a trainee or planner steers a running day (open or close a room, call a
// lawyer, extend hours). Each is applied at the day's current moment and recorded with the number
// of events handled before it, so a replay reaches exactly the same state before applying it: the
// clock alone is not enough, because several events can share one instant.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pujiang {

enum class InterventionKind : std::uint8_t { OpenRoom, CloseRoom, CallLawyer, ExtendHours };

inline constexpr std::uint32_t kWholeDay = 0xFFFFFFFFu;

struct Intervention {
    InterventionKind kind = InterventionKind::OpenRoom;
    std::uint32_t room = kWholeDay;  // OpenRoom, CloseRoom: the room; ExtendHours: a room or kWholeDay
    double minutes = 0.0;            // ExtendHours: how much later it closes
    // Filled in when applied:
    double time = 0.0;                // simulated clock
    std::uint64_t eventsBefore = 0;   // events the day had handled
    bool operator==(const Intervention&) const = default;
};

std::string_view interventionKindName(InterventionKind kind);
std::optional<InterventionKind> parseInterventionKind(std::string_view name);

// The log as text: a header line, then one line per intervention:
//   time_min,events_before,kind,room,minutes     (room is 1-based; "all" for the whole day)
std::string formatInterventionLog(const std::vector<Intervention>& log);
// Throws std::runtime_error naming the line and what is allowed.
std::vector<Intervention> parseInterventionLog(std::string_view text);

}  // namespace pujiang
