#pragma once
// A plan plays an exercise without a trainee: coordinator actions at clock times and decisions by
// case card. The reference plan of an exercise and the baseline (no actions, every case left to
// the model's draw) are plans; so is a trainee's attempt carried over to another day (same
// actions at the same times, same disposition for the same card). docs/training.md,
// [training.plan].

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "sim/reception/day_result.h"
#include "sim/training/decision_log.h"
#include "sim/training/exercise.h"
#include "sim/training/exercise_score.h"

namespace pujiang {

class ExerciseSession;

struct Plan {
    std::vector<PlannedAction> actions;  // in time order
    std::vector<PlannedDecision> decisions;
    std::vector<std::string> passes;  // cards left to the model's draw, whatever `otherwise` says
    DispositionDefault otherwise = DispositionDefault::None;
};

Plan referencePlan(const Exercise& exercise);
Plan baselinePlan();

struct PlayedDay {
    ScoreBreakdown score;
    DayResult result;
    TrainingFigures figures;
    std::vector<Intervention> log;          // the day's intervention log
    std::vector<Disposition> dispositions;  // one per decide line of the log
    int actionsSkipped = 0;                 // planned actions the day, role, limits or budget refused
    std::vector<std::optional<std::int64_t>> injectedBatches;  // by inject index: the batch it brought
    std::vector<const Inject*> injectsApplied;
};

// Plays the exercise on `seed` under the plan. An action the session refuses (room already open,
// over budget, ...) is skipped and counted.
PlayedDay playPlan(const Exercise& exercise, std::span<const CaseCard> cards, std::uint64_t seed, const Plan& plan);

// The intervention a planned action is on this session's day, taken now; nullopt when it names
// nothing there (the batch of an inject that has not come).
std::optional<Intervention> interventionOf(const PlannedAction& action, const ExerciseSession& session);

// Runs the rest of the session's day (passing any featured case), scores it and keeps what the
// debrief and the records need.
PlayedDay finishPlayedDay(ExerciseSession& session);

// The decision log of a played day: its intervention log, the disposition and card of each
// decided case.
DecisionLog decisionLogOf(const Exercise& exercise, std::uint64_t seed, const PlayedDay& played);

// Plays a recorded attempt (a decision log) again and scores it.
PlayedDay replayAttempt(const Exercise& exercise, std::span<const CaseCard> cards, std::uint64_t seed,
                        std::span<const Intervention> log, std::span<const Disposition> dispositions);

}  // namespace pujiang
