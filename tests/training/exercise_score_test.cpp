// The score formula of docs/training.md, [training.score], on hand-made figures: every part, the
// partial credit of an objective missed, a figure the day cannot give, and the decision log's
// round trip.

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "sim/training/decision_log.h"
#include "sim/training/exercise_score.h"

namespace pujiang {
namespace {

CaseCard card(std::string id, CaseHistory history, std::vector<Disposition> acceptable) {
    CaseCard c;
    c.id = std::move(id);
    c.history = history;
    c.acceptable = std::move(acceptable);
    return c;
}

Objective objective(std::string metric, bool atMost, double threshold, double weight, double tolerance) {
    Objective o;
    o.id = metric;
    o.metric = std::move(metric);
    o.atMost = atMost;
    o.threshold = threshold;
    o.weight = weight;
    o.tolerance = tolerance;
    return o;
}

TEST(ExerciseScore, AddsTheFourPartsAsTheFormulaSays) {
    const CaseCard court = card("LEGAL-01", CaseHistory::InCourt, {Disposition::LegalChannel});
    const CaseCard land = card("LAND-01", CaseHistory::FirstVisit, {Disposition::Assign});
    Exercise exercise;
    exercise.objectives = {objective("wait_min.max", true, 60.0, 20.0, 60.0),       // met
                           objective("wait_min.mean", true, 10.0, 10.0, 10.0),      // missed by 5: half
                           objective("decisions.appropriate_share", false, 1.0, 30.0, 0.5),  // 0.5: 0 points
                           objective("decisions.in_court_legal_share", false, 1.0, 10.0, 1.0)};  // met
    exercise.scoring = {10.0, 20.0, 10.0};
    exercise.budget.total = 1000.0;

    DayResult day;
    day.overall[static_cast<std::size_t>(Metric::WaitMax)] = 45.0;
    day.overall[static_cast<std::size_t>(Metric::WaitMean)] = 15.0;
    TrainingFigures figures;
    figures.spent = 250.0;
    figures.cases = {CaseJudgement{1, &court, true, true, Disposition::LegalChannel, true, true},
                     CaseJudgement{2, &land, true, true, Disposition::OnSpot, false, true}};

    const ScoreBreakdown s = scoreDay(exercise, day, figures);
    ASSERT_EQ(s.objectives.size(), 4u);
    EXPECT_TRUE(s.objectives[0].met);
    EXPECT_DOUBLE_EQ(s.objectives[0].points, 20.0);
    EXPECT_FALSE(s.objectives[1].met);
    EXPECT_DOUBLE_EQ(s.objectives[1].points, 5.0);
    EXPECT_DOUBLE_EQ(s.objectives[2].value, 0.5);
    EXPECT_DOUBLE_EQ(s.objectives[2].points, 0.0);
    EXPECT_DOUBLE_EQ(s.objectives[3].value, 1.0);
    EXPECT_DOUBLE_EQ(s.objectivePoints, 35.0);
    EXPECT_DOUBLE_EQ(s.objectiveMax, 70.0);
    EXPECT_DOUBLE_EQ(s.casePoints, 10.0);
    EXPECT_DOUBLE_EQ(s.caseMax, 20.0);
    EXPECT_DOUBLE_EQ(s.compliancePoints, 20.0);
    EXPECT_DOUBLE_EQ(s.costPoints, 7.5);
    EXPECT_DOUBLE_EQ(s.total, 35.0 + 10.0 + 20.0 + 7.5);
    EXPECT_DOUBLE_EQ(s.max, 70.0 + 20.0 + 20.0 + 10.0);
}

TEST(ExerciseScore, AFigureTheDayCannotGiveEarnsNothing) {
    Exercise exercise;
    exercise.objectives = {objective("no.such.metric", true, 1.0, 10.0, 1.0)};
    const ScoreBreakdown s = scoreDay(exercise, DayResult{}, TrainingFigures{});
    EXPECT_TRUE(std::isnan(s.objectives[0].value));
    EXPECT_FALSE(s.objectives[0].met);
    EXPECT_DOUBLE_EQ(s.objectives[0].points, 0.0);
}

TEST(ExerciseScore, UnlawfulDecisionsCostComplianceAndNoBudgetCostsNothing) {
    const CaseCard court = card("LEGAL-02", CaseHistory::InCourt, {Disposition::LegalChannel});
    Exercise exercise;
    exercise.scoring = {10.0, 20.0, 10.0};
    TrainingFigures figures;
    figures.spent = 5000.0;  // no budget: cost is only reported
    figures.cases = {CaseJudgement{1, &court, true, true, Disposition::OnSpot, false, false},
                     CaseJudgement{2, &court, true, true, Disposition::LegalChannel, true, true},
                     CaseJudgement{3, &court, false, true, Disposition::Assign, false, false},
                     CaseJudgement{4, &court, false, true, Disposition::LegalChannel, true, true}};
    const ScoreBreakdown s = scoreDay(exercise, DayResult{}, figures);
    EXPECT_DOUBLE_EQ(s.compliancePoints, 10.0);
    EXPECT_DOUBLE_EQ(s.casePoints, 20.0);
    EXPECT_DOUBLE_EQ(s.costPoints, 10.0);
    EXPECT_DOUBLE_EQ(objectiveValue("decisions.in_court_legal_share", DayResult{}, figures), 0.5);
    EXPECT_DOUBLE_EQ(objectiveValue("cost.spent", DayResult{}, figures), 5000.0);
}

TEST(DecisionLog, RoundTripsAndRejectsAMismatch) {
    DecisionLog log;
    log.exercise = "calm-duty-day";
    log.scenario = "county-duty-day";
    log.seed = 2023;
    Intervention lawyer{InterventionKind::CallLawyer};
    lawyer.time = 540.25;
    lawyer.eventsBefore = 12;
    Intervention decide{InterventionKind::Decide, 1, 21.5, 7, Outcome::ReferredLegal};
    decide.time = 600.0;
    decide.eventsBefore = 40;
    log.interventions = {lawyer, decide};
    log.dispositions = {Disposition::LegalChannel};
    log.cards = {"LEGAL-01"};
    const std::string text = formatDecisionLog(log);
    EXPECT_NE(text.find("# exercise=calm-duty-day\n"), std::string::npos);
    EXPECT_NE(text.find("# decision=1 batch=7 card=LEGAL-01 disposition=legal_channel"), std::string::npos);
    const DecisionLog back = parseDecisionLog(text);
    EXPECT_EQ(back.exercise, log.exercise);
    EXPECT_EQ(back.scenario, log.scenario);
    EXPECT_EQ(back.seed, log.seed);
    EXPECT_EQ(back.interventions, log.interventions);
    EXPECT_EQ(back.dispositions, log.dispositions);
    EXPECT_EQ(back.cards, log.cards);
    // The plain intervention log reads it too.
    EXPECT_EQ(parseInterventionLog(text), log.interventions);

    std::string missing = text.substr(0, text.find("# decision="));
    EXPECT_THROW(parseDecisionLog(missing), LocalizedError);
    std::string bad = text;
    bad.replace(bad.find("legal_channel"), 13, "legal_chanel");
    EXPECT_THROW(parseDecisionLog(bad), LocalizedError);
}

}  // namespace
}  // namespace pujiang
