// Saving from the GUI: the compare tab's HTML report is, byte for byte, the page `pujiang compare
// --html` writes for the same files, seed and replications; its CSV has a header row and one row
// per variant; the day in view saves as the report and CSV of a one-replication run; and a
// variant "current day with my interventions" runs the day's interventions in every replication.

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <unistd.h>

#include "gui/compare_job.h"
#include "gui/compare_view.h"
#include "gui/day_export_view.h"
#include "gui/result_export.h"
#include "sim/experiment/experiment_definition.h"
#include "sim/experiment/replication_runner.h"
#include "sim/reception/reception_day.h"
#include "sim/report/experiment_report.h"
#include "sim/report/run_report.h"
#include "sim/report/trace_csv.h"
#include "sim/scenario/scenario_loader.h"
#include "tests/gui/headless_imgui.h"

namespace pujiang::gui {
namespace {

namespace fs = std::filesystem;

const fs::path kDay = PUJIANG_SOURCE_DIR "/scenarios/county-duty-day.toml";
const fs::path kTwoLeaders = PUJIANG_SOURCE_DIR "/scenarios/county-duty-two-leaders.toml";
constexpr int kReplications = 12;
constexpr std::uint64_t kSeed = 2023;

UiStrings projectStrings() { return UiStrings::loadTsv(PUJIANG_SOURCE_DIR "/data/ui_strings.tsv"); }

std::string readAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// A folder of its own, removed with everything in it.
class TempFolder {
public:
    TempFolder() : m_path(fs::temp_directory_path() / ("pujiang-export-" + std::to_string(::getpid()))) {
        fs::create_directories(m_path);
    }
    ~TempFolder() { fs::remove_all(m_path); }
    fs::path operator/(const std::string& name) const { return m_path / name; }

private:
    fs::path m_path;
};

CompareResults runJob(CompareRequest request) {
    CompareJob job;
    job.start(std::move(request));
    job.wait();
    EXPECT_EQ(job.state(), CompareState::Finished) << job.message();
    std::optional<CompareResults> results = job.takeResults();
    return results ? std::move(*results) : CompareResults{};
}

CompareRequest filesRequest() {
    CompareRequest request;
    request.files = {kDay, kTwoLeaders};
    request.replications = kReplications;
    request.seed = kSeed;
    request.jobs = 2;
    return request;
}

// [SECTION] Compare results
TEST(CompareExport, HtmlIsThePageTheCliWritesForTheSameComparison) {
    const TempFolder folder;
    const CompareResults results = runJob(filesRequest());
    saveCompareHtml(folder / "gui.html", results, Language::Zh);
    const std::string gui = readAll(folder / "gui.html");
    ASSERT_FALSE(gui.empty());

    // What `pujiang compare` computes and writes, through the same definition and report code.
    Experiment experiment = buildExperimentNow(compareDefinition({kDay.string(), kTwoLeaders.string()}, kSeed, kReplications));
    ExperimentRunOptions options;
    options.jobs = 1;
    ASSERT_TRUE(experiment.run(options));
    std::ostringstream expected;
    writeExperimentHtml(expected, experiment.variants(), experiment.fold(),
                        {fs::absolute(kDay).lexically_normal().string(), fs::absolute(kTwoLeaders).lexically_normal().string()},
                        kSeed, kReplications, Language::Zh);
    EXPECT_EQ(gui, expected.str());

    // And the CLI itself, run as a user would.
    const fs::path cli = PUJIANG_BINARY_DIR "/pujiang";
    ASSERT_TRUE(fs::exists(cli)) << "gui_test depends on the pujiang target";
    const std::string command = cli.string() + " compare " + kDay.string() + " " + kTwoLeaders.string() +
                                " --replications " + std::to_string(kReplications) + " --seed " +
                                std::to_string(kSeed) + " --html " + (folder / "cli.html").string() + " -q";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    EXPECT_EQ(gui, readAll(folder / "cli.html"));
    EXPECT_NE(gui.find("county-duty-two-leaders"), std::string::npos);
}

TEST(CompareExport, CsvHasAHeaderRowAndOneRowPerVariant) {
    const TempFolder folder;
    CompareRequest request = filesRequest();
    request.files.push_back(kDay);  // a third variant, a repeat of A: its differences are all zero
    const CompareResults results = runJob(request);
    saveCompareCsv(folder / "table.csv", results);
    const std::vector<std::string> rows = lines(readAll(folder / "table.csv"));
    ASSERT_EQ(rows.size(), 1u + 3u);
    EXPECT_EQ(rows[0].rfind("variant,label,file,", 0), 0u) << rows[0];
    EXPECT_NE(rows[0].find("wait_min.mean,wait_min.mean_ci_low"), std::string::npos) << rows[0];
    EXPECT_EQ(rows[1].rfind("A,county-duty-day,", 0), 0u) << rows[1];
    EXPECT_EQ(rows[2].rfind("B,county-duty-two-leaders,", 0), 0u) << rows[2];
    const auto columns = [](const std::string& row) { return std::count(row.begin(), row.end(), ','); };
    for (const std::string& row : rows) EXPECT_EQ(columns(row), columns(rows[0])) << row;
}

TEST(CompareExport, TheViewSaysWhereItSavedOrWhyNot) {
    const TempFolder folder;
    const UiStrings text = projectStrings();
    CompareView view(PUJIANG_SOURCE_DIR "/scenarios");
    EXPECT_EQ(view.saveHtml(folder / "x.html", text), text.get("compare.export.nothing"));
    EXPECT_FALSE(fs::exists(folder / "x.html"));
}

// [SECTION] The day in view
TEST(DayExport, HtmlAndCsvAreThoseOfAOneReplicationRun) {
    const TempFolder folder;
    const UiStrings text = projectStrings();
    const ScenarioSpec spec = loadScenarioFile(kDay);
    DaySession session(spec, kDay.string());
    session.jumpTo(24 * 60);  // the whole day
    saveDayReport(session, (folder / "day").string(), text);
    saveDayFigures(session, (folder / "day").string(), text);

    Aggregate aggregate(spec);
    aggregate.add(runReplication(spec, session.seed(), 0));
    std::ostringstream csv;
    writeResultsCsv(csv, RunInfo{&spec, kDay.string(), session.seed(), 1}, aggregate);
    EXPECT_EQ(readAll(folder / "day.csv"), csv.str());
    EXPECT_EQ(lines(csv.str()).front(), "scope,group,metric,n,mean,sd,ci_low,ci_high");

    const std::string html = readAll(folder / "day.html");
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u) << html.substr(0, 40);
    EXPECT_NE(html.find(spec.name), std::string::npos);
}

TEST(DayExport, TheEventLogIsTheCliTraceOfTheSameSeed) {
    const TempFolder folder;
    const UiStrings text = projectStrings();
    const ScenarioSpec spec = loadScenarioFile(kDay);
    DaySession session(spec, kDay.string());
    session.jumpTo(24 * 60);
    const std::string message = saveDayEvents(session, (folder / "day.html").string(), text);
    EXPECT_EQ(message, text.getf("compare.export.saved", (folder / "day-events.csv").string()));

    std::ostringstream trace;
    CsvTraceSink csv(trace, spec);
    ReceptionDay day(spec, session.seed(), 0, &csv);
    day.runToEnd();
    const std::string saved = readAll(folder / "day-events.csv");
    EXPECT_EQ(saved, trace.str());
    EXPECT_GT(lines(saved).size(), 100u);
    EXPECT_EQ(lines(saved).front(), "time_min,clock,kind,batch,room,detail");
}

// [SECTION] The current day as a variant

// What Start sends for the view's planned variants, with the test's file, seed and replications.
CompareRequest requestFromView(const CompareView& view) {
    CompareRequest request;
    request.files = {kDay};
    request.planned = view.settings().planned;
    request.referencePlanned = view.settings().referencePlanned;
    request.replications = kReplications;
    request.seed = kSeed;
    return request;
}
TEST(CurrentDayVariant, AnEmptyLogIsThePlainScenarioAndALogChangesTheNumbers) {
    const UiStrings text = projectStrings();
    DaySession session(loadScenarioFile(kDay), kDay.string());
    CompareView view(PUJIANG_SOURCE_DIR "/scenarios");
    view.setBaseScenario(kDay);
    EXPECT_FALSE(view.canStart());
    view.addCurrentDay(session, text);  // no interventions yet
    session.jumpTo(10 * 60);
    const Intervention lawyer{InterventionKind::CallLawyer};
    ASSERT_FALSE(session.whyNot(lawyer));
    session.apply(lawyer);
    const Intervention close{InterventionKind::CloseRoom, 1};
    ASSERT_FALSE(session.whyNot(close));
    session.apply(close);
    view.addCurrentDay(session, text);
    ASSERT_EQ(view.settings().planned.size(), 2u);
    EXPECT_TRUE(view.canStart()) << "a file and the current day are two variants";
    EXPECT_EQ(view.settings().planned[1].interventions.size(), 2u);
    EXPECT_EQ(view.settings().planned[1].label, text.getf("compare.current_day.label", 2));
    EXPECT_EQ(view.settings().planned[0].label, text.getf("compare.current_day.label", 0));

    const CompareRequest request = requestFromView(view);
    const CompareResults results = runJob(request);
    ASSERT_EQ(results.variants.size(), 3u);
    EXPECT_EQ(results.labels[1], view.settings().planned[0].label);
    EXPECT_EQ(results.files[2], kDay.string());
    const auto wait = static_cast<std::size_t>(Metric::WaitMean);
    EXPECT_EQ(results.variants[1].differences[wait].max(), 0.0) << "no interventions: the scenario itself";
    EXPECT_EQ(results.variants[1].differences[wait].min(), 0.0);
    EXPECT_NE(results.variants[2].differences[wait].mean(), 0.0) << "a lawyer more and a room fewer change the waits";
    // Deterministic: the same request gives the same numbers.
    const CompareResults again = runJob(request);
    EXPECT_EQ(again.variants[2].aggregate.overall(Metric::WaitMean).mean,
              results.variants[2].aggregate.overall(Metric::WaitMean).mean);
}

TEST(CurrentDayVariant, TheCurrentDayCanBeVariantA) {
    const UiStrings text = projectStrings();
    DaySession session(loadScenarioFile(kDay), kDay.string());
    session.jumpTo(10 * 60);
    session.apply(Intervention{InterventionKind::CallLawyer});
    CompareView view(PUJIANG_SOURCE_DIR "/scenarios");
    view.setBaseScenario(kDay);
    view.addCurrentDay(session, text);
    view.addCurrentDay(session, text);
    EXPECT_EQ(view.fileLetter(0), 'A');
    EXPECT_EQ(view.plannedLetter(1), 'C');
    view.setReferencePlanned(1);
    EXPECT_EQ(view.plannedLetter(1), 'A');
    EXPECT_EQ(view.fileLetter(0), 'B');
    EXPECT_EQ(view.plannedLetter(0), 'C');
    view.removePlanned(0);  // the reference moves up with the list
    ASSERT_EQ(view.settings().referencePlanned, std::optional<std::size_t>(0));
    EXPECT_EQ(view.plannedLetter(0), 'A');

    CompareRequest request = requestFromView(view);
    const CompareResults results = runJob(request);
    ASSERT_EQ(results.variants.size(), 2u);
    EXPECT_EQ(results.labels[0], view.settings().planned[0].label);
    EXPECT_EQ(results.definitions[0].interventions.size(), 1u);
    EXPECT_TRUE(results.definitions[1].interventions.empty());
    EXPECT_EQ(results.files, (std::vector<std::string>{kDay.string(), fs::absolute(kDay).lexically_normal().string()}));
    // B (the plain day) is compared with A (the day with a lawyer more): the signs turn round.
    request.referencePlanned.reset();
    const CompareResults plainFirst = runJob(request);
    const auto wait = static_cast<std::size_t>(Metric::WaitMean);
    EXPECT_DOUBLE_EQ(results.variants[1].differences[wait].mean(), -plainFirst.variants[1].differences[wait].mean());
}

TEST(CurrentDayVariant, TheButtonIsDrawnAndAddsTheDay) {
    testing::HeadlessImGui imgui{ImVec2(1280, 800)};
    UiStrings text = projectStrings();
    DaySession session(loadScenarioFile(kDay), kDay.string());
    CompareView view(PUJIANG_SOURCE_DIR "/scenarios");
    view.setBaseScenario(kDay);
    for (const Language language : {Language::Zh, Language::En}) {
        text.setLanguage(language);
        imgui.frame([&] { view.draw(text, &session); });
        imgui.frame([&] { view.draw(text, nullptr); });
    }
    EXPECT_TRUE(view.settings().planned.empty()) << "drawing alone adds nothing";
}

}  // namespace
}  // namespace pujiang::gui
