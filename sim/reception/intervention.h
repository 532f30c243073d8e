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

// Which day a log was made on: it replays exactly only on the same scenario and seed.
struct InterventionLogOrigin {
    std::string scenario;
    std::uint64_t seed = 0;
};

// The log as text: a comment naming the scenario and seed, a header line, then one line per
// intervention:
//   # scenario=NAME seed=SEED
//   time_min,events_before,kind,room,minutes     (room is 1-based; "all" for the whole day)
std::string formatInterventionLog(const std::vector<Intervention>& log, const InterventionLogOrigin& origin);
// Throws std::runtime_error naming the line and what is allowed. Lines starting with # are comments.
std::vector<Intervention> parseInterventionLog(std::string_view text);
// The origin from the comment line, when the log has one.
std::optional<InterventionLogOrigin> interventionLogOrigin(std::string_view text);

}  // namespace pujiang
