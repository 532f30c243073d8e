#pragma once
// Mid-day interventions: a trainee or planner steers a running day (open or close a room, call a
// lawyer, extend hours, decide how a consultation ends), an exercise injects events (a batch
// arrives, a leader is called away, rain thins the walk-ins, a lawyer is absent, the media come),
// and a coordinator redirects work (sends a batch to a leader, redirects a category, calls a
// department head). Each is applied at the day's current moment and recorded with the number
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
// The injects and coordinator kinds are docs/model.md's [intervene.arrive] … [intervene.call_head].
enum class InterventionKind : std::uint8_t {
    OpenRoom, CloseRoom, CallLawyer, ExtendHours, Decide,
    Arrive, LeaderAway, WalkInFactor, LawyerAbsent, Media, SendLeader, Redirect, CallHead,
};

inline constexpr std::uint32_t kWholeDay = 0xFFFFFFFFu;

struct Intervention {
    InterventionKind kind = InterventionKind::OpenRoom;
    std::uint32_t room = kWholeDay;  // OpenRoom, CloseRoom, LeaderAway, SendLeader, CallHead: the room;
                                     // ExtendHours: a room or kWholeDay; Redirect: the room, or
                                     // kWholeDay to cancel the category's redirection
    double minutes = 0.0;            // ExtendHours: how much later it closes; Decide: the whole
                                     // consultation's length, from its start; LeaderAway, Media: how long
    std::int64_t batch = -1;         // Decide, SendLeader: the batch's serial (arrival order)
    Outcome outcome = Outcome::OnSpot;  // Decide: how the consultation ends
    std::uint16_t category = 0;      // Arrive, Redirect: index into the scenario's categories
    std::uint32_t persons = 0;       // Arrive: persons in the group, on site
    bool collective = false, urgent = false, longStanding = false;  // Arrive: the batch's flags
    double factor = 1.0;             // WalkInFactor: share of generated walk-ins that come, in (0, 1]
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
//   time_min,events_before,kind,room,minutes,batch,outcome,category,persons,flags,factor
// room is 1-based ("all" for the whole day; "none" on a redirect that cancels); batch is that of a
// decide or send_leader line, outcome that of a decide line; category (0-based index) that of an
// arrive or redirect line; persons and flags (collective, urgent, long_standing joined by '+',
// empty for none) those of an arrive line; factor that of a walk_in_factor line. Unused fields are
// empty. Logs written before decisions (the first five columns) or before injects (the first
// seven) still parse.
std::string formatInterventionLog(const std::vector<Intervention>& log, const InterventionLogOrigin& origin);
// Throws std::runtime_error naming the line and what is allowed. Lines starting with # are comments.
std::vector<Intervention> parseInterventionLog(std::string_view text);
// The origin from the comment line, when the log has one.
std::optional<InterventionLogOrigin> interventionLogOrigin(std::string_view text);

}  // namespace pujiang
