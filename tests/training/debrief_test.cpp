// The counterfactual debrief ([training.debrief]) on the shipped exercises: the attempt carried to
// other days reproduces the attempt on its own day; an attempt that is the reference plan differs
// from it on no day; removing an action is measured against the attempt's own score; and the
// debrief is the same every time it is made.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "sim/training/debrief.h"
#include "sim/training/decision_log.h"
#include "sim/training/exercise_plan.h"
#include "tests/training/shipped_exercises.h"
#include "sim/training/exercise_session.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;


const std::vector<CaseCard>& cards() { return testing::shippedCards(); }
const std::vector<Exercise>& exercises() { return testing::shippedExercises(); }

// An attempt with both decided and passed cases: the card of the day's first featured case is
// decided on the spot (right or wrong) every time it comes, every other card is passed. A plan
// holds one handling per card, so an attempt that handled one card two ways is not carried whole.
PlayedDay partlyDecided(const Exercise& e) {
    ExerciseSession session(e, cards(), e.seed);
    std::string decidedCard;
    while (!session.finished()) {
        if (const PendingCase* pending = session.pending()) {
            if (decidedCard.empty()) decidedCard = pending->card->id;
            if (pending->card->id == decidedCard)
                session.decide(Disposition::OnSpot);
            else
                session.pass();
            continue;
        }
        if (session.advance().kind == ExerciseSession::StopKind::End) break;
    }
    return finishPlayedDay(session);
}

TEST(Debrief, TheAttemptCarriedToItsOwnDayScoresAsTheAttempt) {
    for (const Exercise& e : exercises()) {
        for (const PlayedDay& attempt : {playPlan(e, cards(), e.seed, baselinePlan()),
                                         playPlan(e, cards(), e.seed, referencePlan(e)), partlyDecided(e)}) {
            const DecisionLog log = decisionLogOf(e, e.seed, attempt);
            const PlayedDay carried = playPlan(e, cards(), e.seed, planOfAttempt(e, log, attempt));
            EXPECT_EQ(carried.score.total, attempt.score.total) << e.id;
            ASSERT_EQ(carried.figures.cases.size(), attempt.figures.cases.size()) << e.id;
            for (std::size_t c = 0; c < attempt.figures.cases.size(); ++c) {
                EXPECT_EQ(carried.figures.cases[c].decided, attempt.figures.cases[c].decided) << e.id << " case " << c;
                EXPECT_EQ(carried.figures.cases[c].disposition, attempt.figures.cases[c].disposition) << e.id;
            }
        }
    }
}

TEST(Debrief, CardsTheTraineeNeverMetAreHandledAsTheReferenceWould) {
    const Exercise& e = exercises().front();
    const PlayedDay attempt = partlyDecided(e);
    const Plan plan = planOfAttempt(e, decisionLogOf(e, e.seed, attempt), attempt);
    EXPECT_EQ(plan.otherwise, e.reference.otherwise);
    ASSERT_FALSE(plan.decisions.empty());
    EXPECT_EQ(plan.decisions.front().card, attempt.figures.cases.front().card->id);
    EXPECT_EQ(plan.decisions.front().disposition, Disposition::OnSpot);
    for (const std::string& passed : plan.passes)
        for (const PlannedDecision& d : plan.decisions) EXPECT_NE(passed, d.card);
}

TEST(Debrief, AnAttemptThatIsTheReferencePlanDiffersFromItOnNoDay) {
    std::size_t checked = 0;
    for (const Exercise& e : exercises()) {
        const PlayedDay reference = playPlan(e, cards(), e.seed, referencePlan(e));
        if (reference.actionsSkipped > 0) continue;  // a refused action is not in the log to carry
        ++checked;
        const Debrief debrief = debriefAttempt(e, cards(), decisionLogOf(e, e.seed, reference), 8);
        EXPECT_EQ(debrief.score.traineeMinusReference.mean, 0.0) << e.id;
        EXPECT_EQ(debrief.score.traineeMinusReference.ciLow, 0.0) << e.id;
        EXPECT_EQ(debrief.score.traineeMinusReference.ciHigh, 0.0) << e.id;
        EXPECT_EQ(debrief.trainee.score.total, debrief.reference.score.total) << e.id;
    }
    EXPECT_GE(checked, exercises().size() - 1) << "the shipped reference plans should not be refused";
}

TEST(Debrief, ActionEffectsAreMeasuredFromTheAttemptAndRankedBySize) {
    for (const Exercise& e : exercises()) {
        const PlayedDay reference = playPlan(e, cards(), e.seed, referencePlan(e));
        const Debrief debrief = debriefAttempt(e, cards(), decisionLogOf(e, e.seed, reference), 2);
        for (std::size_t a = 0; a < debrief.actions.size(); ++a) {
            EXPECT_EQ(debrief.actions[a].withIt, debrief.trainee.score.total) << e.id;
            if (a > 0) {
                EXPECT_GE(std::fabs(debrief.actions[a - 1].effect()), std::fabs(debrief.actions[a].effect())) << e.id;
            }
        }
    }
}

TEST(Debrief, IsTheSameEveryTimeAndDaysLikeItHaveTheirOwnSeeds) {
    const Exercise& e = exercises().at(1);
    const DecisionLog log = decisionLogOf(e, e.seed, partlyDecided(e));
    const Debrief first = debriefAttempt(e, cards(), log, 5);
    const Debrief second = debriefAttempt(e, cards(), log, 5);
    EXPECT_EQ(first.score.traineeMinusBaseline.mean, second.score.traineeMinusBaseline.mean);
    EXPECT_EQ(first.score.trainee.mean, second.score.trainee.mean);
    EXPECT_EQ(first.days, 5);
    std::vector<std::uint64_t> seeds = {log.seed};
    for (std::uint64_t d = 1; d <= 50; ++d) seeds.push_back(debriefSeed(log.seed, d));
    std::sort(seeds.begin(), seeds.end());
    EXPECT_EQ(std::adjacent_find(seeds.begin(), seeds.end()), seeds.end()) << "two days share a seed";
}

}  // namespace
}  // namespace pujiang
