// The HTML comparison report, built from small simulated runs: self-contained, in the chosen
// language, with escaped labels; and the reading of result files that feed it.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "sim/report/html_report.h"
#include "sim/experiment/replication_runner.h"
#include "sim/report/run_report.h"
#include "sim/reception/spec_builders.h"
#include "tests/support/temp_folder.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

ReportInput simulated(const ScenarioSpec& spec, std::string label) {
    ReplicationOptions options;
    options.seed = 11;
    options.replications = 6;
    options.jobs = 2;
    const Aggregate aggregate = runReplications(spec, options);
    std::ostringstream out;
    writeResultsJson(out, RunInfo{&spec, "in-code", options.seed, options.replications}, aggregate);
    return ReportInput{std::move(label), nlohmann::ordered_json::parse(out.str())};
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

class HtmlReport : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        ScenarioSpec busy = busyDaySpec();
        busy.title = "busy <day> & \"friends\"";
        ScenarioSpec roomier = busyDaySpec();
        roomier.name = "roomier";
        for (RoomSpec& room : roomier.rooms) room.tables += 1;
        s_inputs = new std::vector<ReportInput>{simulated(busy, "busy-day"), simulated(roomier, "more <&> tables")};
    }
    static void TearDownTestSuite() {
        delete s_inputs;
        s_inputs = nullptr;
    }
    static std::string render(Language language) {
        std::ostringstream out;
        writeHtmlReport(out, *s_inputs, language);
        return out.str();
    }
    static std::vector<ReportInput>* s_inputs;
};

std::vector<ReportInput>* HtmlReport::s_inputs = nullptr;

TEST_F(HtmlReport, IsOneSelfContainedPageWithCharts) {
    const std::string html = render(Language::Zh);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_EQ(count(html, "<html"), 1u);
    EXPECT_EQ(count(html, "</html>"), 1u);
    EXPECT_GE(count(html, "<svg"), 4u);
    EXPECT_EQ(count(html, "<svg"), count(html, "</svg>"));
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_EQ(html.find("https://"), std::string::npos);
    // The only URL is the SVG namespace, once per chart.
    EXPECT_EQ(count(html, "http://"), count(html, "xmlns=\"http://www.w3.org/2000/svg\""));
    EXPECT_NE(html.find("Noto Sans CJK SC"), std::string::npos);
}

TEST_F(HtmlReport, ChineseLabelsByDefault) {
    const std::string html = render(Language::Zh);
    EXPECT_NE(html.find("<html lang=\"zh-CN\">"), std::string::npos);
    EXPECT_NE(html.find("当场解决"), std::string::npos);
    EXPECT_NE(html.find("全天排队长度"), std::string::npos);
    EXPECT_NE(html.find("95% 置信区间"), std::string::npos);
    EXPECT_EQ(html.find("on the spot"), std::string::npos);
}

TEST_F(HtmlReport, EnglishLabelsOnRequest) {
    const std::string html = render(Language::En);
    EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(html.find("resolved on the spot"), std::string::npos);
    EXPECT_NE(html.find("Queue length over the day"), std::string::npos);
    EXPECT_NE(html.find("95% confidence intervals"), std::string::npos);
    EXPECT_EQ(html.find("当场解决"), std::string::npos);
}

TEST_F(HtmlReport, EscapesLabelsAndTitles) {
    const std::string html = render(Language::En);
    EXPECT_EQ(html.find("more <&> tables"), std::string::npos);
    EXPECT_NE(html.find("more &lt;&amp;&gt; tables"), std::string::npos);
    EXPECT_EQ(html.find("<day>"), std::string::npos);
    EXPECT_NE(html.find("busy &lt;day&gt; &amp; &quot;friends&quot;"), std::string::npos);
}

TEST_F(HtmlReport, ShowsEveryVariantRoomAndCategory) {
    const std::string html = render(Language::En);
    EXPECT_NE(html.find("top leader"), std::string::npos);
    EXPECT_NE(html.find("room 4"), std::string::npos);
    EXPECT_NE(html.find("<td>LAND</td>"), std::string::npos);
    EXPECT_NE(html.find("≥ "), std::string::npos) << "open-ended last bin of the wait histogram";
    // Headline cells carry a CI under the mean.
    EXPECT_GE(count(html, "<span class=\"ci\">["), 2u * 11u);
}

TEST_F(HtmlReport, SameInputsSameBytes) { EXPECT_EQ(render(Language::Zh), render(Language::Zh)); }

TEST(HtmlReportInputs, MissingPartsShowAsDashes) {
    std::vector<ReportInput> inputs = {{"bare", nlohmann::ordered_json::parse(R"({"schema": "pujiang-run/1"})")}};
    std::ostringstream out;
    writeHtmlReport(out, inputs, Language::Zh);
    const std::string html = out.str();
    EXPECT_GE(count(html, "<svg"), 4u);
    EXPECT_NE(html.find("—"), std::string::npos);
    EXPECT_NE(html.find("（无数据）"), std::string::npos);
}

class ReportFiles : public ::testing::Test {
protected:
    testing::TempFolder m_folder{"report"};
    const fs::path m_dir = m_folder.path();
    fs::path write(const std::string& name, const std::string& text) const {
        std::ofstream(m_dir / name) << text;
        return m_dir / name;
    }
    static std::string errorOf(const fs::path& file) {
        try {
            readReportInput(file);
        } catch (const ReportInputError& error) {
            return error.what();
        }
        return "no error";
    }
};

TEST_F(ReportFiles, ReadsAResultDocument) {
    const ReportInput input = readReportInput(write("ok.json", R"({"schema": "pujiang-run/1", "seed": 5})"));
    EXPECT_EQ(numberField(input, "seed"), "5");
    EXPECT_TRUE(input.label.empty());
}

TEST_F(ReportFiles, MissingFileIsNamed) {
    const std::string message = errorOf(m_dir / "nowhere.json");
    EXPECT_NE(message.find("nowhere.json: no such file"), std::string::npos) << message;
}

TEST_F(ReportFiles, JsonSyntaxErrorGivesTheBytePosition) {
    const std::string message = errorOf(write("broken.json", "{\"schema\": pujiang}"));
    EXPECT_NE(message.find("broken.json: not JSON (byte 12)"), std::string::npos) << message;
}

TEST_F(ReportFiles, OtherSchemasAreRefused) {
    std::string message = errorOf(write("compare.json", R"({"schema": "pujiang-compare/1"})"));
    EXPECT_NE(message.find("compare.json: schema is \"pujiang-compare/1\", expected \"pujiang-run/1\""),
              std::string::npos)
        << message;
    message = errorOf(write("list.json", "[1, 2]"));
    EXPECT_NE(message.find("list.json: not a result file"), std::string::npos) << message;
}

TEST_F(ReportFiles, AbsurdOrInfiniteFiguresAreRefusedWithTheirPlace) {
    // A crafted file with +-1e308 intervals used to put "nan" into the SVG charts.
    std::string message = errorOf(write(
        "huge.json", R"({"schema": "pujiang-run/1", "metrics": {"wait_min": {"mean": 3.5, "ci_high": 1e308}}})"));
    EXPECT_NE(message.find("huge.json: /metrics/wait_min/ci_high = 1e+308 is not a figure a result can hold"),
              std::string::npos)
        << message;
    message = errorOf(write("overflow.json", R"({"schema": "pujiang-run/1", "seed": 1e400})"));
    EXPECT_NE(message.find("overflow.json: not JSON"), std::string::npos) << message;
    EXPECT_EQ(errorOf(write("fine.json", R"({"schema": "pujiang-run/1", "metrics": {"x": {"mean": 999999999999.0}}})")),
              "no error");
}

TEST_F(ReportFiles, AFileLargerThanAnyResultIsRefusedBeforeReading) {
    const fs::path file = m_dir / "big.json";
    fs::resize_file(write("big.json", "{}"), kMaxReportInputBytes + 1);
    const std::string message = errorOf(file);
    EXPECT_NE(message.find("larger than a result file can be (at most 64 MiB)"), std::string::npos) << message;
}

TEST_F(ReportFiles, AReadErrorIsNamedWithTheSystemsReason) {
    // A process's own memory opens but cannot be read from offset 0: the read fails with EIO, and
    // the message must say so rather than "not JSON".
    const std::string message = errorOf("/proc/self/mem");
    EXPECT_EQ(message, "/proc/self/mem: input/output error");
}

TEST(ReportLabels, ScenarioNamesUnlessTheyRepeat) {
    const auto input = [](const char* name) {
        return ReportInput{{}, nlohmann::ordered_json{{"scenario", {{"name", name}}}}};
    };
    std::vector<ReportInput> inputs = {input("a"), input("b"), input("b"), input("")};
    labelReportInputs(inputs, {"x/one.json", "x/two.json", "y/three.json", "y/four.json"});
    EXPECT_EQ(inputs[0].label, "a");
    EXPECT_EQ(inputs[1].label, "two");
    EXPECT_EQ(inputs[2].label, "three");
    EXPECT_EQ(inputs[3].label, "four");

    std::vector<ReportInput> same = {input("b"), input("b")};
    labelReportInputs(same, {"x/run.json", "y/run.json"});
    EXPECT_EQ(same[0].label, "x/run.json");
    EXPECT_EQ(same[1].label, "y/run.json");
}

}  // namespace
}  // namespace pujiang
