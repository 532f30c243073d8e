#pragma once
// Mid-day interventions: a trainee or planner steers a running day (open or close a room, call a
// lawyer, extend hours, decide how a consultation ends). Each is applied at the day's current moment and recorded with the number
// of events handled before it, so a replay reaches exactly the same state before applying it: the
// clock alone is not enough, because several events can share one instant.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/reception/scenario_spec.h"

namespace pujiang {

// Decide: the receiving leader's decision on a batch in consultation (training mode) replaces the
// model's outcome draw for it and fixes how long its consultation takes.
enum class InterventionKind : std::uint8_t { OpenRoom, CloseRoom, CallLawyer, ExtendHours, Decide };

inline constexpr std::uint32_t kWholeDay = 0xFFFFFFFFu;

struct Intervention {
    InterventionKind kind = InterventionKind::OpenRoom;
    std::uint32_t room = kWholeDay;  // OpenRoom, CloseRoom: the room; ExtendHours: a room or kWholeDay
    double minutes = 0.0;            // ExtendHours: how much later it closes; Decide: the whole
                                     // consultation's length, from its start
    std::int64_t batch = -1;         // Decide: the batch's serial (arrival order)
    Outcome outcome = Outcome::OnSpot;  // Decide: how the consultation ends
    // Filled in when applied:
    double time = 0.0;                // simulated clock
    std::uint64_t eventsBefore = 0;   // events the day had handled
    bool operator==(const Intervention&) const = default;
};

std::string_view interventionKindName(InterventionKind kind);
std::optional<InterventionKind> parseInterventionKind(std::string_view name);
std::optional<Outcome> parseOutcome(std::string_view name);

// Which day a log was made on: it replays exactly only on the same scenario and seed.
struct InterventionLogOrigin {
    std::string scenario;
    std::uint64_t seed = 0;
};

// The log as text: a comment naming the scenario and seed, a header line, then one line per
// intervention:
//   # scenario=NAME seed=SEED
//   time_min,events_before,kind,room,minutes,batch,outcome
// room is 1-based ("all" for the whole day); batch and outcome are those of a decide line and empty
// on the others. Logs written before decisions existed (the first five columns) still parse.
std::string formatInterventionLog(const std::vector<Intervention>& log, const InterventionLogOrigin& origin);
// Throws std::runtime_error naming the line and what is allowed. Lines starting with # are comments.
std::vector<Intervention> parseInterventionLog(std::string_view text);
// The origin from the comment line, when the log has one.
std::optional<InterventionLogOrigin> interventionLogOrigin(std::string_view text);

}  // namespace pujiang
