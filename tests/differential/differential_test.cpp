// Differential test of the reception-day model: the real model (ReceptionDay, through
// runReplication) against an independent reference written only from docs/model.md
// (reference_day.cpp). On many generated small days the two must give the same distribution of
// every compared metric; the tests named after rules show that a reference with that one rule
// broken is told apart, so agreement is not a matter of a blunt test.
//
// False alarms: K scenarios x M metrics mean-comparisons, each a Welch t test at level
// kFamilyWiseLevel / (K x M) (Bonferroni), so the chance that any comparison flags by chance
// alone, when both implementations follow the same model, is at most kFamilyWiseLevel = 1 %.
// With K = 80 and M = 22 that is 1760 comparisons, each at level 5.7e-6. Every seed is fixed, so
// the outcome is deterministic.

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "sim/reception/metric_table.h"
#include "tests/differential/implementation_comparison.h"
#include "tests/differential/reference_day.h"
#include "tests/differential/rule_scenarios.h"
#include "tests/differential/scenario_generator.h"

namespace pujiang {
namespace {

constexpr int kScenarios = 80;
constexpr int kReplications = 200;
constexpr double kFamilyWiseLevel = 0.01;
constexpr std::uint64_t kFirstScenarioSeed = 1000;
constexpr std::uint64_t kRunSeed = 20240611;

std::size_t comparisonCount() { return static_cast<std::size_t>(kScenarios) * comparedMetrics().size(); }
double perComparisonLevel() { return kFamilyWiseLevel / static_cast<double>(comparisonCount()); }

std::vector<ScenarioSpec> generatedScenarios() {
    std::vector<ScenarioSpec> specs;
    for (int k = 0; k < kScenarios; ++k) specs.push_back(generateDifferentialScenario(kFirstScenarioSeed + k));
    return specs;
}

TEST(DifferentialScenarios, AreValidScenarios) {
    for (const ScenarioSpec& spec : generatedScenarios()) {
        const std::vector<std::string> problems = scenarioProblems(spec);
        EXPECT_TRUE(problems.empty()) << spec.name << ": " << (problems.empty() ? "" : problems.front());
    }
}

TEST(DifferentialScenarios, AreSmallDaysFromLightToHeavy) {
    for (const ScenarioSpec& spec : generatedScenarios()) {
        const DayResult day = referenceDay(spec, kRunSeed, 0);
        EXPECT_LE(day[Metric::BatchesArrived], 250) << spec.name << ": " << spec.title;
        EXPECT_GE(day[Metric::BatchesArrived], 1) << spec.name << ": " << spec.title;
    }
}

// Every arrival ends received, reneged or unserved, and every reception has one outcome.
TEST(ReferenceDay, AccountsForEveryBatch) {
    for (const ScenarioSpec& spec : generatedScenarios()) {
        for (std::uint64_t rep = 0; rep < 5; ++rep) {
            const DayResult day = referenceDay(spec, kRunSeed, rep);
            EXPECT_EQ(day[Metric::BatchesArrived],
                      day[Metric::BatchesReceived] + day[Metric::Reneged] + day[Metric::UnservedAtClose])
                << spec.name;
            EXPECT_EQ(day[Metric::BatchesReceived], day[Metric::ResolvedOnSpot] + day[Metric::Assigned] +
                                                        day[Metric::Defined] + day[Metric::ReferredLegal])
                << spec.name;
        }
    }
}

TEST(Differential, ModelAndReferenceAgreeOnGeneratedDays) {
    const auto started = std::chrono::steady_clock::now();
    const double level = perComparisonLevel();
    std::cout << fmt::format("{} scenarios x {} metrics = {} comparisons of {} replications each; family-wise "
                             "false-alarm level {} (Bonferroni), so each at {:.3g}\n",
                             kScenarios, comparedMetrics().size(), comparisonCount(), kReplications,
                             kFamilyWiseLevel, level);
    std::size_t notComparable = 0, disagreements = 0;
    for (const ScenarioSpec& spec : generatedScenarios()) {
        const ImplementationComparison comparison = compareWithReference(spec, kRunSeed, kReplications);
        notComparable += comparison.notComparable().size();
        for (const MetricComparison& found : comparison.disagreements(level)) {
            ++disagreements;
            ADD_FAILURE() << spec.name << " [" << spec.title << "]\n  " << describeComparison(found);
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    // Metrics without two values on a side (e.g. lawyer_wait_min where nobody waits for a lawyer)
    // cannot be compared; they are counted here rather than left out silently.
    std::cout << fmt::format("{} disagreements; {} of {} comparisons not possible (fewer than two values on a "
                             "side); {:.1f} s\n",
                             disagreements, notComparable, comparisonCount(), seconds);
}

// ---- the test can fail: a reference with one rule broken is told apart --------------------

// The broken reference must be flagged on the day made for its rule, while the faithful reference
// is not flagged on the same day (else the flag could be a real disagreement, not the broken rule).
void expectDetected(const ScenarioSpec& spec, const ReferenceRules& broken) {
    constexpr int kRuleReplications = 300;
    const double level = perComparisonLevel();
    const ImplementationComparison faithful = compareWithReference(spec, kRunSeed, kRuleReplications);
    for (const MetricComparison& found : faithful.disagreements(level))
        ADD_FAILURE() << "faithful reference flagged: " << describeComparison(found);
    const ImplementationComparison wrong = compareWithReference(spec, kRunSeed, kRuleReplications, broken);
    const std::vector<MetricComparison> flagged = wrong.disagreements(level);
    EXPECT_FALSE(flagged.empty()) << "the broken rule went unnoticed";
    for (const MetricComparison& found : flagged) std::cout << "  detected " << describeComparison(found) << "\n";
}

TEST(DifferentialDetectsBrokenRule, route_fallback) {
    expectDetected(generalRoomFallbackDay(), ReferenceRules{.generalRoomsFirst = true});
}

TEST(DifferentialDetectsBrokenRule, lawyer_max_wait) {
    expectDetected(scarceLawyerDay(), ReferenceRules{.ignoreLawyerMaxWait = true});
}

TEST(DifferentialDetectsBrokenRule, patience_scope) {
    expectDetected(slowRegistrationDay(), ReferenceRules{.patienceFromRegistrationEnd = true});
}

TEST(DifferentialDetectsBrokenRule, queue_priority) {
    expectDetected(longCasesFirstDay(), ReferenceRules{.priorityAsFifo = true});
}

TEST(DifferentialDetectsBrokenRule, room_break) {
    expectDetected(longBreakDay(), ReferenceRules{.seatDuringBreaks = true});
}

TEST(DifferentialDetectsBrokenRule, rebalance_take) {
    expectDetected(rebalancingDay(), ReferenceRules{.neverRebalance = true});
}

}  // namespace
}  // namespace pujiang
