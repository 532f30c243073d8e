// Folding runs as they finish (RunHolding::UntilFolded): the same bytes as holding every run and
// folding at the end, whatever the thread count; only a few runs held at any time; and after an
// interruption without a run log, every finished run saved, so a resume gives the same results.

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "sim/experiment/experiment.h"
#include "sim/reception/spec_builders.h"

namespace pujiang {
namespace {

constexpr std::uint64_t kSeed = 17;
constexpr int kReplications = 24;

std::vector<ExperimentVariant> threeVariants() {
    std::vector<ExperimentVariant> variants;
    for (int extra = 0; extra < 3; ++extra) {
        ScenarioSpec spec = busyDaySpec();
        spec.rooms.front().tables += extra;
        variants.push_back(ExperimentVariant{"tables +" + std::to_string(extra), spec, {}, {}});
    }
    return variants;
}

// Every figure a fold holds, as bits (so that two folds agree only when they are the same bytes).
std::vector<std::uint64_t> fingerprint(const std::vector<VariantResult>& fold) {
    std::vector<std::uint64_t> bits;
    auto tally = [&](const Tally& t) {
        bits.push_back(t.count());
        bits.push_back(std::bit_cast<std::uint64_t>(t.mean()));
        bits.push_back(std::bit_cast<std::uint64_t>(t.variance()));
        bits.push_back(std::bit_cast<std::uint64_t>(t.min()));
        bits.push_back(std::bit_cast<std::uint64_t>(t.max()));
    };
    auto summary = [&](const Summary& s) {
        bits.push_back(s.n);
        for (double x : {s.mean, s.sd, s.ciLow, s.ciHigh}) bits.push_back(std::bit_cast<std::uint64_t>(x));
    };
    for (const VariantResult& v : fold) {
        const Aggregate& a = v.aggregate;
        bits.push_back(a.replications());
        for (std::size_t m = 0; m < kMetricCount; ++m) tally(a.overallTally(static_cast<Metric>(m)));
        for (std::size_t c = 0; c < a.categoryCount(); ++c)
            for (std::size_t m = 0; m < kCategoryMetricCount; ++m) summary(a.category(c, static_cast<CategoryMetric>(m)));
        for (std::size_t r = 0; r < a.roomCount(); ++r)
            for (std::size_t m = 0; m < kRoomMetricCount; ++m) summary(a.room(r, static_cast<RoomMetric>(m)));
        for (std::size_t k = 0; k < a.classCount(); ++k)
            for (std::size_t m = 0; m < kClassMetricCount; ++m) summary(a.priorityClass(k, static_cast<ClassMetric>(m)));
        const LittleCheck& little = a.little();
        for (double x : {little.windowMinutes, little.queueArea, little.waitSum, little.systemArea, little.sojournSum})
            bits.push_back(std::bit_cast<std::uint64_t>(x));
        bits.push_back(little.arrivals);
        for (const Tally& t : a.queueTimeline()) tally(t);
        for (const Tally& t : a.waitHistogram()) tally(t);
        bits.push_back(a.events());
        for (const Tally& t : v.differences) tally(t);
    }
    return bits;
}

std::vector<VariantResult> runToTheEnd(RunHolding holding, int jobs, std::size_t* mostHeld = nullptr) {
    Experiment experiment(threeVariants(), kSeed, kReplications, "{}", kDefaultMaxRuns, holding);
    ExperimentRunOptions options;
    options.jobs = jobs;
    // Progress is reported under the experiment's lock, where the held runs may be counted.
    if (mostHeld) options.progress = [&](std::size_t, std::size_t) { *mostHeld = std::max(*mostHeld, experiment.heldRuns()); };
    EXPECT_TRUE(experiment.run(options));
    EXPECT_TRUE(experiment.complete());
    return experiment.fold();
}

TEST(RunHolding, FoldingAsRunsFinishGivesTheSameBytesAsFoldingAtTheEnd) {
    const std::vector<std::uint64_t> everyRun = fingerprint(runToTheEnd(RunHolding::EveryRun, 1));
    for (int jobs : {1, 2, 4}) EXPECT_EQ(fingerprint(runToTheEnd(RunHolding::UntilFolded, jobs)), everyRun) << jobs;
}

TEST(RunHolding, OnlyRunsNotYetFoldedAreHeld) {
    std::size_t mostHeld = 0;
    runToTheEnd(RunHolding::UntilFolded, 1, &mostHeld);
    // One thread finishes runs in order: a replication is folded as soon as its last variant ends.
    EXPECT_EQ(mostHeld, 2u);
    std::size_t everyRunHeld = 0;
    runToTheEnd(RunHolding::EveryRun, 1, &everyRunHeld);
    EXPECT_EQ(everyRunHeld, 3u * kReplications);
}

TEST(RunHolding, TheRunBoundAppliesOnlyWhenEveryRunIsHeld) {
    EXPECT_THROW(Experiment(threeVariants(), kSeed, 100, "{}", 299, RunHolding::EveryRun), std::invalid_argument);
    EXPECT_NO_THROW(Experiment(threeVariants(), kSeed, 100, "{}", 299, RunHolding::UntilFolded));
    Experiment folding(threeVariants(), kSeed, 2, "{}", kDefaultMaxRuns, RunHolding::UntilFolded);
    ASSERT_TRUE(folding.run({}));
    EXPECT_THROW(folding.fold(1), std::logic_error);  // prefixes need every run
    EXPECT_THROW(folding.result(0, 0), std::logic_error);
}

std::filesystem::path scratch() {
    const std::filesystem::path dir = std::filesystem::path(::testing::TempDir()) / "run-holding";
    std::filesystem::create_directories(dir);
    return dir;
}

std::vector<std::string> lines(const std::string& file) {
    std::vector<std::string> all;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) all.push_back(line);
    return all;
}

TEST(RunHolding, ALogReadInAnyOrderFoldsToTheSameBytes) {
    const std::string written = (scratch() / "in-order.jsonl").string(), reversed = (scratch() / "reversed.jsonl").string();
    std::filesystem::remove(written);
    {
        Experiment experiment(threeVariants(), kSeed, kReplications, "{}");
        experiment.attachLog(written);
        ASSERT_TRUE(experiment.run({}));
    }
    std::vector<std::string> records = lines(written);
    ASSERT_EQ(records.size(), 1 + 3u * kReplications);
    std::reverse(records.begin() + 1, records.end());
    {
        std::ofstream out(reversed);
        for (const std::string& line : records) out << line << '\n';
    }
    Experiment folding(threeVariants(), kSeed, kReplications, "{}", kDefaultMaxRuns, RunHolding::UntilFolded);
    EXPECT_EQ(folding.absorbLog(reversed), 3u * kReplications);
    EXPECT_EQ(folding.heldRuns(), 0u);
    ASSERT_TRUE(folding.complete());
    EXPECT_EQ(fingerprint(folding.fold()), fingerprint(runToTheEnd(RunHolding::EveryRun, 1)));
    // A record read twice (the same log again) is neither counted nor folded twice.
    EXPECT_EQ(folding.absorbLog(reversed), 0u);
    EXPECT_EQ(fingerprint(folding.fold()), fingerprint(runToTheEnd(RunHolding::EveryRun, 1)));
}

TEST(RunHolding, TheLogsOfShardsAreFoldedWhileTheyAreRead) {
    // Each shard holds every N-th run: read one log after another, all but the last shard would be
    // held until the end; read side by side, replications complete as the logs are read.
    constexpr int kShards = 4;
    std::vector<std::string> logs;
    for (int i = 0; i < kShards; ++i) {
        logs.push_back((scratch() / ("shard-" + std::to_string(i) + ".jsonl")).string());
        std::filesystem::remove(logs.back());
        Experiment shard(threeVariants(), kSeed, kReplications, "{}");
        shard.attachLog(logs.back());
        ExperimentRunOptions options;
        options.jobs = 1;  // runs finish in slot order, as the bound below assumes
        options.shard = Shard{i, kShards};
        ASSERT_TRUE(shard.run(options));
    }
    Experiment sideBySide(threeVariants(), kSeed, kReplications, "{}", kDefaultMaxRuns, RunHolding::UntilFolded);
    EXPECT_EQ(sideBySide.absorbLogs(logs), 3u * kReplications);
    ASSERT_TRUE(sideBySide.complete());
    EXPECT_EQ(fingerprint(sideBySide.fold()), fingerprint(runToTheEnd(RunHolding::EveryRun, 1)));
    EXPECT_LE(sideBySide.peakHeldRuns(), static_cast<std::size_t>(kShards + 3));

    Experiment oneAfterAnother(threeVariants(), kSeed, kReplications, "{}", kDefaultMaxRuns, RunHolding::UntilFolded);
    for (const std::string& log : logs) oneAfterAnother.absorbLog(log);
    EXPECT_EQ(fingerprint(oneAfterAnother.fold()), fingerprint(sideBySide.fold()));
    EXPECT_GT(oneAfterAnother.peakHeldRuns(), static_cast<std::size_t>(3 * kReplications / 2));
}

TEST(RunHolding, ATemporaryFileThatCannotBeMadeNeverStopsTheExperiment) {
    const char* previous = std::getenv("TMPDIR");
    const std::string kept = previous ? previous : "";
    ::setenv("TMPDIR", (scratch() / "no-such-folder").c_str(), 1);
    std::atomic<bool> stop{false};
    Experiment experiment(threeVariants(), kSeed, kReplications, "{}", kDefaultMaxRuns, RunHolding::UntilFolded);
    ExperimentRunOptions options;
    options.jobs = 1;  // so that exactly 10 runs finish
    options.stop = &stop;
    options.progress = [&](std::size_t done, std::size_t) {
        if (done == 10) stop = true;
    };
    EXPECT_FALSE(experiment.run(options));
    if (previous)
        ::setenv("TMPDIR", kept.c_str(), 1);
    else
        ::unsetenv("TMPDIR");
    EXPECT_NE(experiment.spillProblem().find("cannot be created"), std::string::npos) << experiment.spillProblem();
    // Saved after Ctrl-C: only the runs still held (the last replication's first run); the rest were folded.
    const std::string saved = (scratch() / "partial.jsonl").string();
    std::filesystem::remove(saved);
    EXPECT_EQ(experiment.saveLog(saved), 1u);
    EXPECT_EQ(experiment.finishedRuns(), 10u);
    EXPECT_EQ(lines(saved).size(), 2u);
    // The rest of the experiment runs on, and folds to the same bytes.
    ASSERT_TRUE(experiment.run({}));
    EXPECT_EQ(fingerprint(experiment.fold()), fingerprint(runToTheEnd(RunHolding::EveryRun, 1)));
}

TEST(RunHolding, AnInterruptedExperimentWithoutALogSavesEveryFinishedRun) {
    const std::filesystem::path dir = scratch();
    const std::string saved = (dir / "interrupted.jsonl").string();
    std::filesystem::remove(saved);

    std::atomic<bool> stop{false};
    std::size_t finishedAtStop = 0;
    {
        Experiment experiment(threeVariants(), kSeed, kReplications, "{}", kDefaultMaxRuns, RunHolding::UntilFolded);
        ExperimentRunOptions options;
        options.jobs = 2;
        options.stop = &stop;
        options.progress = [&](std::size_t done, std::size_t) {
            if (done == 40) stop = true;
        };
        EXPECT_FALSE(experiment.run(options));
        finishedAtStop = experiment.finishedRuns();
        EXPECT_GE(finishedAtStop, 40u);
        EXPECT_LT(finishedAtStop, 3u * kReplications);
        EXPECT_LT(experiment.heldRuns(), finishedAtStop);  // most were folded and let go
        EXPECT_EQ(experiment.saveLog(saved), finishedAtStop);
    }
    std::size_t lines = 0;
    {
        std::ifstream in(saved);
        for (std::string line; std::getline(in, line);) ++lines;
    }
    EXPECT_EQ(lines, 1 + finishedAtStop) << "the header and every finished run";

    Experiment resumed(threeVariants(), kSeed, kReplications, "{}", kDefaultMaxRuns, RunHolding::UntilFolded);
    resumed.attachLog(saved);
    EXPECT_EQ(resumed.finishedRuns(), finishedAtStop);
    ASSERT_TRUE(resumed.run({}));
    EXPECT_EQ(fingerprint(resumed.fold()), fingerprint(runToTheEnd(RunHolding::EveryRun, 1)));
}

}  // namespace
}  // namespace pujiang
