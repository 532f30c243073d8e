#pragma once
// Typed description of one reception day (or one steady-state experiment), as the model sees it.
// Only sim/scenario reads files; it fills these structs. Every field has a default, so a spec
// built in code (tests, benchmarks) names only what it changes. Times are minutes; clock times
// are minutes after midnight of the reception day.
// Specs compare field by field (==), so the scenario editor's round trip (load, save, load) can be
// checked for equality.

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "sim/core/distribution.h"

namespace pujiang {

inline constexpr double kNoLimit = std::numeric_limits<double>::infinity();

enum class LeaderLevel { Province, City, County, Township };
inline constexpr int kLeaderLevelCount = 4;

enum class QueueDiscipline { Fifo, AppointmentsFirst, PriorityClasses, ShortestExpectedFirst };

// What triage does when no room whose team covers the batch's category has a free table.
enum class RoutingPolicy {
    WaitForMatch,  // queue at a matching room
    AnyFreeRoom,   // take any free table now (team may not cover the category), else queue at a match
    GeneralRoom,   // rooms marked general take a batch when no covering room has a free table, and match every category
};

enum class ClosingRule {
    FinishCurrent,    // at closing, finish the batch in hand; those still waiting are unserved
    ServeAllPresent,  // keep receiving everyone who arrived before closing (overtime recorded)
    StopAtClose,      // break off at closing: batches in hand and waiting are unserved
};

enum class Outcome { OnSpot, Assigned, Defined, ReferredLegal };
inline constexpr int kOutcomeCount = 4;

struct CategorySpec {
    std::string code;   // e.g. "LAND"
    std::string nameZh, nameEn;
    double share = 1.0;              // relative weight in the mix
    double lawRelatedProbability = 0.0;
    double collectiveProne = 0.0;    // extra probability that the batch comes as a collective visit
    bool policyScope = false;        // province-wide policy issue (agenda of the top leader's room)

    bool operator==(const CategorySpec&) const = default;
};

struct BatchSpec {
    // Persons received per batch (rounded, at least 1; capped by maxReceived, the representative rule).
    Distribution groupSize = Distribution::constant(1.0);
    int maxReceived = 5;
    // Size of a collective visit's group (it replaces groupSize for collective batches).
    Distribution collectiveGroupSize = Distribution::constant(5.0);
    // Companions who come on site but are not received.
    Distribution companions = Distribution::constant(0.0);
    double repeatProbability = 0.0;
    double longStandingProbability = 0.0;  // 积案
    double urgentProbability = 0.0;
    // Multiplies consultation time; mean 1 keeps the room's consultation mean.
    Distribution complexity = Distribution::constant(1.0);
    double longStandingComplexity = 1.0;   // extra factor for long-standing cases
    Distribution patience = Distribution::constant(kNoLimit);  // infinite: nobody gives up

    bool operator==(const BatchSpec&) const = default;
};

struct BreakSpec {
    double from = 0.0, to = 0.0;

    bool operator==(const BreakSpec&) const = default;
};

struct AppointmentSpec {
    int count = 0;                 // pre-registered batches
    double noShowProbability = 0.0;
    double firstSlot = 8 * 60.0;   // clock time of the first slot
    double slotLength = 60.0;
    int perSlot = 0;               // 0: spread evenly over the slots between firstSlot and lastSlotEnd
    double lastSlotEnd = 17 * 60.0;
    std::vector<BreakSpec> noSlots;  // windows with no appointments (e.g. lunch)
    // Arrival relative to the slot start (may be negative: early).
    Distribution offset = Distribution::constant(0.0);
    bool bindRoom = false;         // the slot names a room, chosen at registration time
    double preparedProbability = 0.0;  // 访前调查 done for this batch

    bool operator==(const AppointmentSpec&) const = default;
};

struct RatePoint {
    double from = 0.0;     // clock time
    double perHour = 0.0;  // batches per hour until the next point (or closing)

    bool operator==(const RatePoint&) const = default;
};

struct WalkInSpec {
    std::vector<RatePoint> profile;  // empty: no walk-ins
    double until = 17 * 60.0;        // no walk-ins arrive after this clock time

    bool operator==(const WalkInSpec&) const = default;
};

// A renewal stream over a long horizon for steady-state experiments (e.g. Poisson: exponential gaps).
struct StreamSpec {
    bool enabled = false;
    Distribution interarrival = Distribution::exponential(1.0);
    // Optional fixed share of arrivals in each priority class (by class index), for Cobham-type runs.
    std::vector<double> classShares;

    bool operator==(const StreamSpec&) const = default;
};

struct RegistrationSpec {
    int desks = 0;  // 0: no registration stage, batches go straight to triage
    Distribution service = Distribution::constant(3.0);
    QueueDiscipline discipline = QueueDiscipline::Fifo;

    bool operator==(const RegistrationSpec&) const = default;
};

struct LawyerSpec {
    int count = 0;
    double opens = 0.0, closes = kNoLimit;
    bool requiredForLawRelated = true;  // a law-related batch waits for a lawyer when the pool is not empty
    // The longest a seated law-related batch waits for a lawyer before the consultation goes on
    // without one (kNoLimit: until one is free).
    double maxWait = 10.0;

    bool operator==(const LawyerSpec&) const = default;
};

struct TopLeaderSelection {
    std::vector<std::string> categories;  // empty: none qualifies by category alone
    bool policyScope = true;              // batches in policy-scope categories qualify
    int minGroupSize = 0;                 // batches at least this large qualify (0: size does not qualify)
    bool collective = true;               // collective visits qualify
    double probability = 1.0;             // a qualifying batch is sent with this probability
    int maxBatches = 1 << 30;             // the room's daily cap

    bool operator==(const TopLeaderSelection&) const = default;
};

struct RoomSpec {
    std::string name;
    int tables = 1;  // parallel consultations (each a panel of the team)
    LeaderLevel leaderLevel = LeaderLevel::County;
    std::vector<std::string> departments;  // category codes the team covers
    bool general = false;                  // covers everything under the general-room policy
    bool topLeader = false;
    TopLeaderSelection selection;          // only for the top leader's room
    double opens = 0.0, closes = kNoLimit;
    std::vector<BreakSpec> breaks;
    QueueDiscipline discipline = QueueDiscipline::Fifo;
    Distribution consultation = Distribution::lognormal(25.0, 12.5);

    bool operator==(const RoomSpec&) const = default;
};

struct ConsultationSpec {
    double groupSizeFactor = 0.0;    // +this share of time per received person beyond the first
    double unmatchedFactor = 1.5;    // time factor when the team does not cover the category
    double lawyerFactor = 1.0;       // time factor when a lawyer sits in

    bool operator==(const ConsultationSpec&) const = default;
};

struct OutcomeSpec {
    // Base weights of the four outcomes (normalised after modifiers).
    double onSpot = 0.209, assigned = 0.743, defined = 0.048, referredLegal = 0.0;
    double onSpotLevel[kLeaderLevelCount] = {1.0, 1.0, 1.0, 1.0};
    double onSpotPrepared = 1.0;   // pre-registered and investigated before the visit
    double onSpotWalkIn = 1.0;     // walk-ins and unprepared batches
    double onSpotUnmatched = 1.0;  // team does not cover the category
    double onSpotTopLeader = 1.0;
    double onSpotLongStanding = 1.0;
    // Law-related batches: weights added to "referred to the legal channel" and "defined".
    double legalReferralWithLawyer = 0.0, legalDefinedWithLawyer = 0.0;
    double legalReferralWithoutLawyer = 0.0;

    bool operator==(const OutcomeSpec&) const = default;
};

struct PriorityOrder {
    // Class names from highest to lowest; known classes: urgent, collective, appointment,
    // long_standing, repeat, law_related, class0..class9 (stream class shares), category:CODE, other.
    std::vector<std::string> classes = {"urgent", "collective", "other"};

    bool operator==(const PriorityOrder&) const = default;
};

struct DaySpec {
    double opens = 8 * 60.0;     // first arrivals may come before; service starts here
    double closes = 17.5 * 60.0; // reception day ends (rooms may close earlier)
    ClosingRule closingRule = ClosingRule::ServeAllPresent;

    bool operator==(const DaySpec&) const = default;
};

struct RunSpec {
    double horizon = 0.0;  // 0: run the day until it empties; > 0: stop the clock here
    double warmup = 0.0;   // statistics of this initial period are discarded
    std::uint64_t seed = 1;
    int replications = 1;

    bool operator==(const RunSpec&) const = default;
};

struct ScenarioSpec {
    std::string name;
    std::string title;
    std::string description;  // one line for the GUI's welcome screen and the file browser
    DaySpec day;
    RunSpec run;
    std::vector<CategorySpec> categories;
    BatchSpec batches;
    AppointmentSpec appointments;
    WalkInSpec walkIns;
    StreamSpec stream;
    RegistrationSpec registration;
    RoutingPolicy routing = RoutingPolicy::WaitForMatch;
    bool rebalance = true;  // an idle room takes a batch waiting for another room it can serve
    PriorityOrder priority;
    LawyerSpec lawyers;
    std::vector<RoomSpec> rooms;
    ConsultationSpec consultation;
    OutcomeSpec outcomes;

    bool operator==(const ScenarioSpec&) const = default;
};

// The default category set with its assumed mix (printed in docs/scenario-reference.md).
std::vector<CategorySpec> defaultCategories();

const char* leaderLevelName(LeaderLevel level);
const char* disciplineName(QueueDiscipline discipline);
const char* routingName(RoutingPolicy policy);
const char* closingRuleName(ClosingRule rule);
const char* outcomeName(Outcome outcome);

}  // namespace pujiang
