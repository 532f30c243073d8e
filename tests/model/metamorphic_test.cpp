// "More of a resource never makes the day worse": on every shipped scenario, one more table (at each
// room in turn), one more registration desk, one more lawyer and one more hour of opening must not
// make the mean wait, mean time in system, overtime or reneging significantly worse. Each variant
// runs the same replications as the scenario (common random numbers), so the comparison is paired
// replication by replication.
//
// Time in system is judged only where nobody gives up: where batches renege, more capacity means
// more of them are received, and a received batch stays longer (its consultation) than one that
// gave up, so the mean time in system of all batches can rightly grow (Erlang A: +1 server raises
// it by about 0.17 min while waits and abandonment fall).
//
// Significance: one-sided paired t intervals with a family-wise false-alarm rate of 1 % over every
// comparison of the run (Bonferroni), so a failure means a real worsening, not bad luck.

#include <gtest/gtest.h>

#include <boost/math/distributions/students_t.hpp>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "sim/core/distribution.h"
#include "sim/core/statistics.h"
#include "sim/experiment/replication_runner.h"
#include "sim/reception/metric_table.h"
#include "sim/scenario/scenario_loader.h"

namespace pujiang {
namespace {

constexpr int kReplications = 400;
constexpr double kFamilyWiseRate = 0.01;

bool nobodyGivesUp(const ScenarioSpec& spec) {
    const Distribution& patience = spec.batches.patience;
    return patience.kind() == DistributionKind::Constant && !std::isfinite(patience.mean());
}

std::vector<Metric> judgedMetrics(const ScenarioSpec& spec) {
    std::vector<Metric> judged = {Metric::WaitMean, Metric::OvertimeMin, Metric::Reneged};
    if (nobodyGivesUp(spec)) judged.push_back(Metric::TimeInSystemMean);
    return judged;
}

struct Change {
    std::string name;
    std::function<void(ScenarioSpec&)> apply;
};

// The day and everything that closes with it stay open one hour longer (as the GUI's "extend the
// day" does).
void openOneHourLonger(ScenarioSpec& spec) {
    const double oldClose = spec.day.closes;
    spec.day.closes += 60.0;
    for (RoomSpec& room : spec.rooms)
        if (std::isfinite(room.closes) && room.closes >= oldClose) room.closes += 60.0;
    if (std::isfinite(spec.lawyers.closes) && spec.lawyers.closes >= oldClose) spec.lawyers.closes += 60.0;
}

// The resources a planner adds. A desk is added only where there are desks (0 desks means no
// registration stage at all: adding one adds a stage, not capacity); a lawyer only where there are
// lawyers (0 lawyers means law-related batches never wait for one: the first lawyer changes the
// procedure, not only the capacity; see docs/model.md [lawyer.required]).
std::vector<Change> changesFor(const ScenarioSpec& spec) {
    std::vector<Change> changes;
    for (std::size_t r = 0; r < spec.rooms.size(); ++r)
        changes.push_back({fmt::format("+1 table at room {} ({})", r + 1, spec.rooms[r].name),
                           [r](ScenarioSpec& s) { ++s.rooms[r].tables; }});
    if (spec.registration.desks > 0)
        changes.push_back({"+1 registration desk", [](ScenarioSpec& s) { ++s.registration.desks; }});
    if (spec.lawyers.count > 0) changes.push_back({"+1 lawyer", [](ScenarioSpec& s) { ++s.lawyers.count; }});
    if (spec.run.horizon <= 0.0) changes.push_back({"+1 hour of opening", openOneHourLonger});
    return changes;
}

std::vector<std::filesystem::path> shippedScenarios() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(PUJIANG_SOURCE_DIR "/scenarios"))
        if (entry.path().extension() == ".toml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<DayResult> runAll(const ScenarioSpec& spec) {
    std::vector<DayResult> results;
    for (int rep = 0; rep < kReplications; ++rep)
        results.push_back(runReplication(spec, spec.run.seed, static_cast<std::uint64_t>(rep)));
    return results;
}

// Every comparison of the whole family (all shipped scenarios), for the Bonferroni correction:
// each scenario is its own test so that ctest can run them side by side.
std::size_t comparisonsInTheFamily() {
    std::size_t comparisons = 0;
    for (const auto& file : shippedScenarios()) {
        const ScenarioSpec spec = loadScenarioFile(file);
        comparisons += changesFor(spec).size() * judgedMetrics(spec).size();
    }
    return comparisons;
}

std::string testName(const ::testing::TestParamInfo<std::filesystem::path>& info) {
    std::string name = std::filesystem::relative(info.param, PUJIANG_SOURCE_DIR "/scenarios").replace_extension().string();
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return name;
}

class Metamorphic : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(Metamorphic, MoreOfAResourceNeverMakesTheDaySignificantlyWorse) {
    const std::size_t comparisons = comparisonsInTheFamily();
    const ScenarioSpec spec = loadScenarioFile(GetParam());
    const std::string scenario = testName({GetParam(), 0});
    // One-sided: worse means a larger value of every judged metric.
    const double quantile = boost::math::quantile(
        boost::math::students_t_distribution<double>(kReplications - 1), 1.0 - kFamilyWiseRate / comparisons);
    std::cout << fmt::format("{} comparisons in all, {} replications each, one-sided t quantile {:.3f} "
                             "(family-wise false-alarm rate {})\n",
                             comparisons, kReplications, quantile, kFamilyWiseRate);
    const std::vector<DayResult> base = runAll(spec);
    for (const Change& change : changesFor(spec)) {
        ScenarioSpec variant = spec;
        change.apply(variant);
        const std::vector<DayResult> more = runAll(variant);
        for (const Metric metric : judgedMetrics(spec)) {
            Tally difference;
            for (int rep = 0; rep < kReplications; ++rep) {
                const double d = more[rep][metric] - base[rep][metric];
                if (hasValue(d)) difference.add(d);
            }
            const double n = static_cast<double>(difference.count());
            const double lower =
                n > 1 ? difference.mean() - quantile * difference.sd() / std::sqrt(n) : difference.mean();
            std::cout << fmt::format("  {:<28} {:<40} {:<20} Δ {:+9.3f}  lower {:+9.3f}\n", scenario, change.name,
                                     metricInfo(metric).name, difference.mean(), lower);
            EXPECT_LE(lower, 0.0) << scenario << ": " << change.name << " makes " << metricInfo(metric).name
                                  << " worse by " << difference.mean() << " on average";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(ShippedScenarios, Metamorphic, ::testing::ValuesIn(shippedScenarios()), testName);

}  // namespace
}  // namespace pujiang
