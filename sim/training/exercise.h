#pragma once
// An exercise: a reception day set up for training (exercises/*.toml, format in
// docs/exercise-reference.md). It names the day (a scenario and a seed), the trainee's role, the
// briefing, the objectives the day is scored on, the budget and what each intervention costs, the
// injects that happen to the trainee, which consultations carry case cards, and the exercise
// author's reference plan for the debrief. Plain data: the loader fills it, the session plays it.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/core/language.h"
#include "sim/reception/intervention.h"
#include "sim/scenario/diagnostics.h"
#include "sim/training/case_card.h"

namespace pujiang {

enum class TraineeRole : std::uint8_t {
    Coordinator,  // staffs the day within a budget and intervenes while it runs
    Leader,       // the receiving leader: disposes of featured cases at the table
};

enum class SeedPolicy : std::uint8_t {
    Fixed,  // every attempt plays the exercise's seed: a class compares on the same day
    Drawn,  // attempt k plays mix(seed, k): each attempt a new day, still reproducible
};

// What happens to the trainee, at a clock time (docs/training.md, [training.inject]).
enum class InjectKind : std::uint8_t {
    CollectiveVisit,  // N people on one matter arrive; at most five representatives are received
    UrgentCase,       // a batch that must be seen before the others
    RepeatCase,       // a long-standing matter brought again by a repeat petitioner
    LeaderAway,       // a room's leader is called away for a while
    Rain,             // walk-ins thin out by a factor from now on
    LawyerAbsent,     // one lawyer of the planned pool does not come
    Media,            // reporters at the door for a while: whoever gives up waiting then is seen leaving
};

// What the coordinator (or the reference plan) can do; each maps to one intervention kind.
enum class ActionKind : std::uint8_t { OpenRoom, CloseRoom, CallLawyer, ExtendHours, SendLeader, Redirect, CallHead };

std::string_view roleName(TraineeRole role);
Phrase roleLabel(TraineeRole role);
std::string_view seedPolicyName(SeedPolicy policy);
std::string_view injectKindName(InjectKind kind);
Phrase injectKindLabel(InjectKind kind);
std::string_view actionKindName(ActionKind kind);
Phrase actionKindLabel(ActionKind kind);
std::vector<std::string> roleNames();
std::vector<std::string> seedPolicyNames();
std::vector<std::string> injectKindNames();
std::vector<std::string> actionKindNames();
// The intervention an action is carried out as.
InterventionKind interventionKindOf(ActionKind kind);
std::optional<ActionKind> actionKindOf(InterventionKind kind);

struct Briefing {
    OwnedPhrase situation, role, resources, success;
};

// An objective reads one figure of the trained day: a day metric ("wait_min.max", the names of
// docs/results-schema.md) or a figure of the decisions ("decisions.appropriate_share").
struct Objective {
    std::string id;
    std::string metric;
    bool atMost = true;  // met when value <= threshold; otherwise when value >= threshold
    double threshold = 0.0;
    double weight = 1.0;     // points when met
    double tolerance = 0.0;  // partial credit falls to 0 this far past the threshold (> 0)
    OwnedPhrase label;       // what the trainee reads
};

struct Inject {
    double at = 0.0;  // clock minutes
    InjectKind kind = InjectKind::Media;
    std::string category;          // CollectiveVisit, UrgentCase, RepeatCase: a category code
    int persons = 1;               // CollectiveVisit: people who come
    std::uint32_t room = 0;        // LeaderAway: 0-based room
    double minutes = 0.0;          // LeaderAway, Media: how long
    double factor = 1.0;           // Rain: share of walk-ins that still come
    std::string card;              // a case card the injected batch carries (empty: none)
    OwnedPhrase message;           // the pop-up the trainee reads
    SourcePosition source;
};

// A coordinator's action in a plan: at a clock time.
struct PlannedAction {
    double at = 0.0;
    ActionKind kind = ActionKind::CallLawyer;
    std::uint32_t room = kWholeDay;  // 0-based; kWholeDay for the whole day (ExtendHours)
    double minutes = 0.0;            // ExtendHours
    std::string category;            // Redirect
    int inject = 0;                  // SendLeader: 1-based number of the inject whose batch is sent
};

struct PlannedDecision {
    std::string card;
    Disposition disposition = Disposition::OnSpot;
};

// How the cases nobody listed are decided in a plan.
enum class DispositionDefault : std::uint8_t {
    None,        // not decided: the model's own outcome draw stands (the baseline)
    CardAdvice,  // the card's first acceptable disposition
};

struct ReferencePlan {
    std::vector<PlannedAction> actions;
    std::vector<PlannedDecision> decisions;
    DispositionDefault otherwise = DispositionDefault::CardAdvice;
};

struct CostTable {
    double openRoom = 0.0, closeRoom = 0.0, callLawyer = 0.0, overtimeHour = 0.0;
    double sendLeader = 0.0, redirect = 0.0, callHead = 0.0;
    double of(ActionKind kind) const;
};

// How many times an action may be taken; nullopt: no limit.
struct ActionLimits {
    std::optional<int> openRoom, closeRoom, callLawyer, extendHours, sendLeader, redirect, callHead;
    std::optional<int> of(ActionKind kind) const;
};

struct Budget {
    double total = 0.0;  // yuan; 0: no budget (costs are still counted)
    CostTable costs;
    ActionLimits limits;
};

struct FeaturedSpec {
    std::vector<std::string> categories;  // empty: every category with cards
    std::vector<std::string> cards;       // empty: every card of those categories
    double from = 0.0;
    int maxCases = 5;
};

struct ScoringWeights {
    double casePoints = 10.0;        // per featured case decided appropriately
    double compliancePoints = 20.0;  // all of it when every decision was lawful
    double costPoints = 10.0;        // all of it when nothing was spent
};

struct Exercise {
    std::string id;  // the file's stem
    OwnedPhrase title;
    std::filesystem::path scenario;  // resolved against the exercise file's folder
    ScenarioSpec spec;               // the scenario, loaded and checked with the exercise
    std::uint64_t seed = 0;
    SeedPolicy seedPolicy = SeedPolicy::Fixed;
    std::vector<TraineeRole> roles;
    int difficulty = 1;
    double durationMinutes = 30.0;  // how long a session takes, in real minutes
    double decisionSeconds = 0.0;   // time to decide a case in the GUI; 0: no limit
    Briefing briefing;
    std::vector<Objective> objectives;
    Budget budget;
    std::vector<Inject> injects;  // in time order
    FeaturedSpec featured;
    ReferencePlan reference;
    ScoringWeights scoring;
    std::filesystem::path file;

    bool hasRole(TraineeRole role) const;
    // The seed of attempt `attempt` (1-based) under the seed policy.
    std::uint64_t seedFor(std::uint64_t attempt) const;
};

// Reads and checks one exercise file, its scenario and the case cards its ids name (`cards`, the
// loaded data/cases/). Every problem is collected and thrown as one ScenarioError with
// file:line:column, the key and what is allowed.
Exercise loadExerciseFile(const std::filesystem::path& file, std::span<const CaseCard> cards);
// True when the file has an [exercise] table header on a line of its own: how `pujiang validate`
// tells an exercise from a scenario.
bool isExerciseFile(const std::filesystem::path& file);
// Every *.toml of a folder, in name order; all problems of all files at once.
std::vector<Exercise> loadExercises(const std::filesystem::path& folder, std::span<const CaseCard> cards);

}  // namespace pujiang
