#pragma once
// The counterfactual debrief of an attempt (docs/training.md, [training.debrief]): the trainee's
// day against the same day with no decisions (the baseline) and under the reference plan, on the
// same random numbers; the same three over many days like it, with paired 95 % intervals; and the
// effect of each of the trainee's actions, found by playing the day without it.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "sim/core/statistics.h"
#include "sim/training/decision_log.h"
#include "sim/training/exercise_plan.h"

namespace pujiang {

// The trainee's attempt carried to any day ([training.debrief]): the logged coordinator actions at
// their clock times; each card the trainee met handled as the trainee first handled it (the same
// disposition, or passed); a card the trainee never met handled as the reference plan would. A
// leader sent to a batch no inject brought has no such batch on other days and is left out.
// `replayed` is the attempt played again (replayAttempt).
Plan planOfAttempt(const Exercise& exercise, const DecisionLog& log, const PlayedDay& replayed);

// The seed of day `index` (1-based) of the debrief's "days like it".
std::uint64_t debriefSeed(std::uint64_t seed, std::uint64_t index);

struct PairedFigure {
    Summary trainee, baseline, reference;  // scores (or an objective's figure) over the days
    Summary traineeMinusBaseline, traineeMinusReference, referenceMinusBaseline;
};

struct ActionEffect {
    std::size_t action = 0;  // index into the attempt plan's actions
    PlannedAction planned;
    double withIt = 0.0, withoutIt = 0.0;  // total score on the attempt's day
    double effect() const { return withIt - withoutIt; }
};

struct Debrief {
    std::uint64_t seed = 0;
    PlayedDay trainee, baseline, reference;  // on the attempt's own day
    int days = 0;
    PairedFigure score;                  // total score over the days
    std::vector<PairedFigure> objectives;  // each objective's figure over the days, in exercise order
    std::vector<ActionEffect> actions;   // ranked by |effect|, largest first
};

// `days` ≥ 2 days like it. Throws when the log does not fit the exercise.
Debrief debriefAttempt(const Exercise& exercise, std::span<const CaseCard> cards, const DecisionLog& log, int days);

}  // namespace pujiang
