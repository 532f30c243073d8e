#pragma once
// The score of a trained day: a transparent breakdown in four parts (objectives, case decisions,
// lawful handling, cost), each with its points and its maximum. docs/training.md, "Score", gives
// the formula ([training.score]); this is that formula and nothing else.

#include <optional>
#include <string>
#include <vector>

#include "sim/reception/day_result.h"
#include "sim/training/exercise.h"

namespace pujiang {

// How one featured case was handled: decided by the trainee, or passed and judged by the outcome
// the model drew for it.
struct CaseJudgement {
    std::int64_t batch = -1;
    const CaseCard* card = nullptr;
    bool decided = false;
    bool ended = false;  // the consultation ended before the day did
    Disposition disposition = Disposition::OnSpot;  // chosen, or the one the drawn outcome stands for
    bool appropriate = false;
    bool lawful = true;
};

// The figures of the day beyond DayResult that objectives and the score read.
struct TrainingFigures {
    std::vector<CaseJudgement> cases;
    double spent = 0.0;         // yuan
    int mediaReneged = 0;       // batches that gave up waiting while media were at the door
};

struct ObjectiveScore {
    const Objective* objective = nullptr;
    double value = 0.0;  // NaN when the day gives no value (e.g. a mean over no batch)
    bool met = false;
    double points = 0.0;
};

struct ScoreBreakdown {
    std::vector<ObjectiveScore> objectives;
    double objectivePoints = 0.0, objectiveMax = 0.0;
    double casePoints = 0.0, caseMax = 0.0;
    double compliancePoints = 0.0, complianceMax = 0.0;
    double costPoints = 0.0, costMax = 0.0;
    double total = 0.0, max = 0.0;
    int casesAppropriate = 0, casesLawful = 0, cases = 0;
    double spent = 0.0;

    double percent() const { return max > 0.0 ? 100.0 * total / max : 0.0; }
};

// An objective's figure: a day metric, or one of trainingMetricNames(). NaN when there is none.
double objectiveValue(const std::string& metric, const DayResult& day, const TrainingFigures& figures);

ScoreBreakdown scoreDay(const Exercise& exercise, const DayResult& day, const TrainingFigures& figures);

}  // namespace pujiang
