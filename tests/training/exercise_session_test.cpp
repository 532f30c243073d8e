// Exercise sessions and plans on the shipped exercises: a played day's decision log replays to the
// same score and the same log (also when featured cases were passed and injects came), and over
// days like it the reference plan scores above the baseline with a paired 95 % interval above 0.

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <iostream>

#include "sim/training/debrief.h"
#include "sim/training/decision_log.h"
#include "sim/training/exercise_plan.h"
#include "tests/training/shipped_exercises.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;


const std::vector<CaseCard>& cards() { return testing::shippedCards(); }
const std::vector<Exercise>& exercises() { return testing::shippedExercises(); }

TEST(ExerciseSession, EveryPlayedDayReplaysFromItsLogToTheSameScore) {
    for (const Exercise& e : exercises()) {
        for (const Plan& plan : {baselinePlan(), referencePlan(e)}) {
            const PlayedDay live = playPlan(e, cards(), e.seed, plan);
            const DecisionLog log = parseDecisionLog(formatDecisionLog(decisionLogOf(e, e.seed, live)));
            const PlayedDay again = replayAttempt(e, cards(), log.seed, log.interventions, log.dispositions);
            EXPECT_EQ(again.score.total, live.score.total) << e.id;
            EXPECT_EQ(again.log, live.log) << e.id;
            for (std::size_t m = 0; m < live.result.overall.size(); ++m)  // NaN (no value) equals NaN
                EXPECT_TRUE(again.result.overall[m] == live.result.overall[m] ||
                            (std::isnan(again.result.overall[m]) && std::isnan(live.result.overall[m])))
                    << e.id << " metric " << m;
        }
    }
}

TEST(ExerciseSession, InjectsReachTheDayAndFeatureTheirCard) {
    for (const Exercise& e : exercises()) {
        const PlayedDay played = playPlan(e, cards(), e.seed, baselinePlan());
        EXPECT_EQ(played.injectsApplied.size(), e.injects.size()) << e.id;
        for (std::size_t i = 0; i < e.injects.size(); ++i) {
            if (e.injects[i].card.empty()) continue;
            ASSERT_TRUE(played.injectedBatches[i]) << e.id;
            bool featured = false;
            for (const CaseJudgement& c : played.figures.cases)
                featured = featured || (c.batch == *played.injectedBatches[i] && c.card->id == e.injects[i].card);
            EXPECT_TRUE(featured) << e.id << " inject " << i + 1;
        }
    }
}

// Issue 10, part 8: for each shipped exercise the reference plan beats the baseline on its
// objectives over 200 days, paired (the same seeds for both).
TEST(ExerciseSession, TheReferencePlanBeatsTheBaselineOnEveryShippedExercise) {
    for (const Exercise& e : exercises()) {
        std::vector<double> difference;
        for (std::uint64_t d = 1; d <= 200; ++d) {
            const std::uint64_t seed = debriefSeed(e.seed, d);
            const double reference = playPlan(e, cards(), seed, referencePlan(e)).score.objectivePoints;
            const double baseline = playPlan(e, cards(), seed, baselinePlan()).score.objectivePoints;
            difference.push_back(reference - baseline);
        }
        const Summary s = summarize(difference);
        EXPECT_GT(s.ciLow, 0.0) << e.id << ": reference − baseline objective points " << s.mean << " [" << s.ciLow
                                << ", " << s.ciHigh << "]";
        std::cout << e.id << ": reference − baseline objective points " << s.mean << " [" << s.ciLow << ", "
                  << s.ciHigh << "] over 200 days\n";
    }
}

}  // namespace
}  // namespace pujiang
