#include "sim/training/exercise_score.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pujiang {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A share over the featured cases; 1 when there were none (nothing was done wrong).
template <typename Pred>
double shareOf(const std::vector<CaseJudgement>& cases, Pred pred) {
    if (cases.empty()) return 1.0;
    const auto n = std::count_if(cases.begin(), cases.end(), pred);
    return static_cast<double>(n) / static_cast<double>(cases.size());
}

}  // namespace

double objectiveValue(const std::string& metric, const DayResult& day, const TrainingFigures& figures) {
    if (const std::optional<Metric> m = metricFromName(metric)) return day[*m];
    const auto& cases = figures.cases;
    if (metric == "decisions.appropriate_share") return shareOf(cases, [](const CaseJudgement& c) { return c.appropriate; });
    if (metric == "decisions.lawful_share") return shareOf(cases, [](const CaseJudgement& c) { return c.lawful; });
    if (metric == "decisions.in_court_legal_share") {
        std::vector<CaseJudgement> inCourt;
        std::copy_if(cases.begin(), cases.end(), std::back_inserter(inCourt),
                     [](const CaseJudgement& c) { return c.card && c.card->history == CaseHistory::InCourt; });
        return shareOf(inCourt, [](const CaseJudgement& c) { return c.disposition == Disposition::LegalChannel; });
    }
    if (metric == "media.reneged") return figures.mediaReneged;
    if (metric == "cost.spent") return figures.spent;
    return kNaN;
}

ScoreBreakdown scoreDay(const Exercise& exercise, const DayResult& day, const TrainingFigures& figures) {
    ScoreBreakdown s;
    for (const Objective& objective : exercise.objectives) {
        ObjectiveScore o;
        o.objective = &objective;
        o.value = objectiveValue(objective.metric, day, figures);
        if (!std::isnan(o.value)) {
            o.met = objective.atMost ? o.value <= objective.threshold : o.value >= objective.threshold;
            const double past = std::fabs(o.value - objective.threshold);
            o.points = o.met ? objective.weight : objective.weight * std::max(0.0, 1.0 - past / objective.tolerance);
        }
        s.objectivePoints += o.points;
        s.objectiveMax += objective.weight;
        s.objectives.push_back(o);
    }

    const ScoringWeights& w = exercise.scoring;
    s.cases = static_cast<int>(figures.cases.size());
    for (const CaseJudgement& c : figures.cases) {
        s.casesAppropriate += c.appropriate ? 1 : 0;
        s.casesLawful += c.lawful ? 1 : 0;
    }
    s.casePoints = w.casePoints * s.casesAppropriate;
    s.caseMax = w.casePoints * s.cases;
    s.complianceMax = w.compliancePoints;
    s.compliancePoints = s.cases == 0 ? w.compliancePoints : w.compliancePoints * s.casesLawful / s.cases;

    s.spent = figures.spent;
    s.costMax = w.costPoints;
    const double total = exercise.budget.total;
    s.costPoints = total > 0.0 ? w.costPoints * std::clamp(1.0 - figures.spent / total, 0.0, 1.0) : w.costPoints;

    s.total = s.objectivePoints + s.casePoints + s.compliancePoints + s.costPoints;
    s.max = s.objectiveMax + s.caseMax + s.complianceMax + s.costMax;
    return s;
}

}  // namespace pujiang
