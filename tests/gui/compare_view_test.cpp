// The compare tab: its background job gives exactly the numbers of an experiment run directly (as
// the CLI runs it), stops when cancelled, reports bad files and bad vary text with their messages,
// and the view draws headless, in both languages, without ever waiting for the job.

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>
#include <unistd.h>

#include "gui/compare_job.h"
#include "gui/compare_view.h"
#include "sim/scenario/scenario_loader.h"
#include "tests/gui/headless_imgui.h"

namespace pujiang::gui {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

const fs::path kDay = PUJIANG_SOURCE_DIR "/scenarios/county-duty-day.toml";
const fs::path kTwoLeaders = PUJIANG_SOURCE_DIR "/scenarios/county-duty-two-leaders.toml";
constexpr int kReplications = 20;
// Enough runs (about ten seconds of work) that the job is surely still going when a test looks.
constexpr int kLongReplications = 20000;

UiStrings projectStrings() { return UiStrings::loadTsv(PUJIANG_SOURCE_DIR "/data/ui_strings.tsv"); }

CompareRequest filesRequest(int replications) {
    CompareRequest request;
    request.files = {kDay, kTwoLeaders};
    request.replications = replications;
    request.seed = 2023;
    return request;
}

// Polls without joining, as the view does; gives up after `limit`.
template <class Condition>
bool waitFor(Condition condition, std::chrono::milliseconds limit = std::chrono::milliseconds(5000)) {
    const auto end = Clock::now() + limit;
    while (!condition()) {
        if (Clock::now() > end) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

// The experiment as the CLI builds it, run on one thread: the reference the job must match.
std::vector<VariantResult> directRun(std::vector<ExperimentVariant> variants, std::uint64_t seed, int replications) {
    Experiment experiment(std::move(variants), seed, replications, "{}");
    ExperimentRunOptions options;
    options.jobs = 1;
    EXPECT_TRUE(experiment.run(options));
    return experiment.fold();
}

void expectSameBits(const std::vector<VariantResult>& expected, const CompareResults& actual) {
    ASSERT_EQ(actual.variants.size(), expected.size());
    for (std::size_t v = 0; v < expected.size(); ++v) {
        const Aggregate& a = actual.variants[v].aggregate;
        const Aggregate& e = expected[v].aggregate;
        EXPECT_EQ(a.replications(), e.replications());
        for (std::size_t m = 0; m < kMetricCount; ++m) {
            const auto metric = static_cast<Metric>(m);
            // Bit for bit: EXPECT_EQ on doubles, not EXPECT_DOUBLE_EQ.
            EXPECT_EQ(a.overall(metric).mean, e.overall(metric).mean) << metricNames()[m] << " of variant " << v;
            EXPECT_EQ(a.overall(metric).ciLow, e.overall(metric).ciLow) << metricNames()[m];
            EXPECT_EQ(actual.variants[v].differences[m].mean(), expected[v].differences[m].mean()) << metricNames()[m];
            EXPECT_EQ(actual.variants[v].differences[m].variance(), expected[v].differences[m].variance());
        }
        ASSERT_EQ(a.queueTimeline().size(), e.queueTimeline().size());
        for (std::size_t i = 0; i < a.queueTimeline().size(); ++i)
            EXPECT_EQ(a.queueTimeline()[i].mean(), e.queueTimeline()[i].mean());
    }
}

class TempFile {
public:
    TempFile(const std::string& name, const std::string& content)
        : m_path(fs::temp_directory_path() / (std::to_string(::getpid()) + "-" + name)) {
        std::ofstream(m_path) << content;
    }
    ~TempFile() { fs::remove(m_path); }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

// [SECTION] The job
TEST(CompareJob, ComparisonEqualsADirectRunBitForBit) {
    CompareJob job;
    EXPECT_EQ(job.state(), CompareState::Idle);
    job.start(filesRequest(kReplications));
    job.wait();
    ASSERT_EQ(job.state(), CompareState::Finished) << job.message();
    EXPECT_EQ(job.progress().done, 2u * kReplications);
    EXPECT_EQ(job.progress().total, 2u * kReplications);
    std::optional<CompareResults> results = job.takeResults();
    ASSERT_TRUE(results);
    EXPECT_FALSE(job.takeResults()) << "handed over once";
    EXPECT_EQ(results->labels, (std::vector<std::string>{"county-duty-day", "county-duty-two-leaders"}));
    EXPECT_EQ(results->seed, 2023u);
    EXPECT_EQ(results->replications, kReplications);

    std::vector<ExperimentVariant> variants(2);
    variants[0].spec = loadScenarioFile(kDay);
    variants[1].spec = loadScenarioFile(kTwoLeaders);
    expectSameBits(directRun(std::move(variants), 2023, kReplications), *results);
    // A second leader's table shortens the mean wait: the paired difference is there and negative.
    EXPECT_LT(results->variants[1].differences[static_cast<std::size_t>(Metric::WaitMean)].mean(), 0.0);
}

TEST(CompareJob, SweepEqualsADirectRunWithTheSameOverrides) {
    CompareRequest request;
    request.mode = CompareMode::Sweep;
    request.files = {kDay};
    request.vary = "rooms[*].tables=1..2";
    request.replications = kReplications;
    request.seed = 7;
    CompareJob job;
    job.start(request);
    job.wait();
    ASSERT_EQ(job.state(), CompareState::Finished) << job.message();
    const std::optional<CompareResults> results = job.takeResults();
    ASSERT_TRUE(results);
    EXPECT_EQ(results->labels, (std::vector<std::string>{"rooms[*].tables=1", "rooms[*].tables=2"}));

    std::vector<ExperimentVariant> variants(2);
    for (int tables = 1; tables <= 2; ++tables)
        variants[static_cast<std::size_t>(tables - 1)].spec =
            loadScenarioFile(kDay, {parseOverride("rooms[*].tables=" + std::to_string(tables), "--vary")});
    expectSameBits(directRun(std::move(variants), 7, kReplications), *results);
}

TEST(CompareJob, CancelStopsEarlyAndSaysCancelled) {
    CompareJob job;
    job.start(filesRequest(kLongReplications));
    ASSERT_TRUE(waitFor([&] { return job.progress().done > 0; }));
    EXPECT_EQ(job.state(), CompareState::Running);
    job.cancel();
    job.wait();
    EXPECT_EQ(job.state(), CompareState::Cancelled);
    EXPECT_LT(job.progress().done, job.progress().total);
    EXPECT_FALSE(job.takeResults());
    EXPECT_TRUE(job.message().empty());

    // The same job runs again after a cancel.
    job.start(filesRequest(2));
    job.wait();
    EXPECT_EQ(job.state(), CompareState::Finished);
}

TEST(CompareJob, DestroyingARunningJobStopsItQuickly) {
    const auto begin = Clock::now();
    {
        CompareJob job;
        job.start(filesRequest(kLongReplications));
        ASSERT_TRUE(waitFor([&] { return job.progress().done > 0; }));
    }
    EXPECT_LT(Clock::now() - begin, std::chrono::seconds(2)) << "the destructor stops the run, then joins";
}

TEST(CompareJob, BadFilesAndBadVaryFailWithTheirMessage) {
    const TempFile bad("compare-bad.toml", "[day]\nopens = \"25:00\"\n");
    struct Case {
        CompareMode mode;
        std::vector<fs::path> files;
        std::string vary;
        std::string expected;  // part of the message
    };
    const Case cases[] = {
        {CompareMode::Files, {kDay, PUJIANG_SOURCE_DIR "/scenarios/missing.toml"}, "", "missing.toml"},
        {CompareMode::Files, {kDay, bad.path()}, "", bad.path().filename().string() + ":2"},
        {CompareMode::Sweep, {kDay}, "rooms[*].tables", "no '='"},
        {CompareMode::Sweep, {kDay}, "rooms[*].tables=4..1", "the range runs backwards"},
        {CompareMode::Sweep, {kDay}, "room[1].tables=1,2", "room[1].tables"},
        {CompareMode::Sweep, {kDay}, "rooms[*].tables=0,1", "rooms[*].tables=0"},
    };
    for (const Case& c : cases) {
        CompareRequest request = filesRequest(kReplications);
        request.mode = c.mode;
        request.files = c.files;
        request.vary = c.vary;
        CompareJob job;
        job.start(request);
        job.wait();
        EXPECT_EQ(job.state(), CompareState::Failed) << c.vary;
        EXPECT_NE(job.message().find(c.expected), std::string::npos) << job.message();
        EXPECT_FALSE(job.takeResults());
    }
}

// [SECTION] The view
class CompareViewTest : public ::testing::Test {
protected:
    CompareViewTest() : view(PUJIANG_SOURCE_DIR "/scenarios") {
        view.setBaseScenario(kDay);
        view.settings().files.push_back(kTwoLeaders);
    }

    // One frame; returns how long the view took to draw.
    Clock::duration frame() {
        Clock::duration took{};
        imgui.frame([&] {
            const auto begin = Clock::now();
            view.draw(text);
            took = Clock::now() - begin;
        });
        return took;
    }

    void bothLanguages(int frames) {
        for (const Language language : {Language::Zh, Language::En}) {
            text.setLanguage(language);
            for (int i = 0; i < frames; ++i) frame();
        }
    }

    testing::HeadlessImGui imgui{ImVec2(1280, 800)};
    UiStrings text = projectStrings();
    CompareView view;
};

TEST_F(CompareViewTest, StartsWithTheOpenScenarioAndItsSeed) {
    ASSERT_EQ(view.settings().files.size(), 2u);
    EXPECT_EQ(view.settings().files.front(), kDay);
    EXPECT_EQ(view.settings().seed, 2023u) << "county-duty-day's run.seed";
    EXPECT_EQ(view.settings().replications, 100);
    EXPECT_TRUE(view.canStart());
    view.settings().files.pop_back();
    EXPECT_FALSE(view.canStart()) << "a comparison needs two files";
    view.settings().mode = CompareMode::Sweep;
    EXPECT_FALSE(view.canStart()) << "a sweep needs a key and values";
    view.settings().key = "rooms[*].tables";
    view.settings().values = "1,2";
    EXPECT_TRUE(view.canStart());
    view.setBaseScenario(kTwoLeaders);
    EXPECT_EQ(view.settings().files, std::vector<fs::path>{kTwoLeaders});
}

TEST_F(CompareViewTest, DrawsWhileRunningAndAfterFinishingInBothLanguages) {
    bothLanguages(2);  // idle
    view.settings().replications = kLongReplications;
    view.start();
    ASSERT_EQ(view.job().state(), CompareState::Running);
    bothLanguages(1);  // probably still loading the scenarios
    ASSERT_TRUE(waitFor([&] { return view.job().progress().done > 0; }));
    bothLanguages(3);  // the progress bar with done / total
    EXPECT_EQ(view.job().state(), CompareState::Running);
    view.cancel();
    ASSERT_TRUE(waitFor([&] { return view.job().state() == CompareState::Cancelled; }));
    bothLanguages(2);
    EXPECT_FALSE(view.results());

    view.settings().replications = kReplications;
    view.start();
    ASSERT_TRUE(waitFor([&] { return view.job().state() == CompareState::Finished; }));
    bothLanguages(3);
    ASSERT_TRUE(view.results());
    EXPECT_EQ(view.results()->variants.size(), 2u);
    EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, 2000) << "table and charts are drawn";
    const std::vector<std::string> glyphs = view.glyphTexts();
    EXPECT_NE(std::find(glyphs.begin(), glyphs.end(), "county-duty-two-leaders"), glyphs.end());
    EXPECT_NE(std::find(glyphs.begin(), glyphs.end(), "平均等候（分钟）"), glyphs.end()) << "the report's metric labels";
}

TEST_F(CompareViewTest, DrawsASweepAndAFailure) {
    view.settings().mode = CompareMode::Sweep;
    view.settings().key = "rooms[*].tables";
    view.settings().values = "1..3";
    view.settings().replications = kReplications;
    view.start();
    ASSERT_TRUE(waitFor([&] { return view.job().state() == CompareState::Finished; }));
    bothLanguages(2);
    ASSERT_TRUE(view.results());
    EXPECT_EQ(view.results()->labels.back(), "rooms[*].tables=3");

    view.settings().values = "3..1";
    view.start();
    EXPECT_FALSE(view.results()) << "a new run clears the old results";
    ASSERT_TRUE(waitFor([&] { return view.job().state() == CompareState::Failed; }));
    bothLanguages(2);
    EXPECT_NE(view.job().message().find("runs backwards"), std::string::npos);
}

TEST_F(CompareViewTest, AFrameWhileRunningReturnsQuickly) {
    view.settings().replications = kLongReplications;
    frame();
    view.start();
    Clock::duration slowest{};
    for (int i = 0; i < 10; ++i) slowest = std::max(slowest, frame());
    // Ten seconds of runs remain: a draw that waited for them would take seconds, not milliseconds.
    EXPECT_LT(slowest, std::chrono::milliseconds(200));
    EXPECT_EQ(view.job().state(), CompareState::Running);
    EXPECT_LT(view.job().progress().done, 2u * kLongReplications);
    view.cancel();
}

}  // namespace
}  // namespace pujiang::gui
