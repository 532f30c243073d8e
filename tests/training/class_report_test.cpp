// The class report page and the CSV export: ranking order and ties, escaping, the sections'
// figures, trainees with no attempt, and CSV quoting.

#include <gtest/gtest.h>

#include "sim/report/class_report.h"
#include "sim/training/class_summary.h"
#include "tests/training/class_records_fixtures.h"

namespace pujiang {
namespace {

using testing::sampleAttempt;

ClassInfo sampleClass() {
    return {3, "pujiang-2003", 20030918, "2026-12-02T08:00:00Z", "第一期 <b>",
            {{"zhang01", "张伟"}, {"li02", "<script>alert(1)</script>"}, {"wang03", "王小明"}, {"zhao04", "赵, \"小\" 四"}}};
}

// zhang01: 60 then 90; li02: 90 ended earlier than zhang01's 90; wang03: 75; zhao04: none.
std::vector<Attempt> sampleAttempts() {
    std::vector<Attempt> attempts = {sampleAttempt(3, "zhang01", 5, 60), sampleAttempt(3, "zhang01", 40, 90),
                                     sampleAttempt(3, "li02", 10, 90), sampleAttempt(3, "wang03", 20, 75)};
    for (std::size_t i = 0; i < attempts.size(); ++i) attempts[i].id = std::int64_t(i) + 1;
    attempts[3].objectives[1].met = true;
    return attempts;
}

std::size_t at(const std::string& html, std::string_view text) {
    const std::size_t position = html.find(text);
    EXPECT_NE(position, std::string::npos) << "missing: " << text;
    return position;
}

TEST(ClassSummary, RanksBestAttemptsWithTiesByEarlierEnd) {
    const std::vector<Attempt> attempts = sampleAttempts();
    const std::vector<RankedTrainee> ranking = rankTrainees(sampleClass(), attempts);
    ASSERT_EQ(ranking.size(), 3u);
    EXPECT_EQ(ranking[0].trainee.id, "li02");  // 90, ended 09:10
    EXPECT_EQ(ranking[1].trainee.id, "zhang01");  // 90, ended 09:40
    EXPECT_EQ(ranking[1].attempts, 2);
    EXPECT_EQ(ranking[1].best->score, 90);
    EXPECT_EQ(ranking[2].trainee.id, "wang03");
}

TEST(ClassSummary, CountsMissedCardsObjectivesAndHistogram) {
    const std::vector<Attempt> attempts = sampleAttempts();
    const std::vector<MissedCard> missed = mostMissedCards(attempts);
    // LAND-5, LAND-40, LAND-10, LAND-20: one miss each of one decision; WAGE-005 was passed, not missed
    ASSERT_EQ(missed.size(), 4u);
    for (const MissedCard& card : missed) EXPECT_NE(card.cardId, "WAGE-005");
    EXPECT_EQ(missed[0].cardId, "LAND-10");
    EXPECT_EQ(missed[0].missed, 1);
    const std::vector<ObjectiveAttainment> objectives = objectiveAttainment(attempts);
    ASSERT_EQ(objectives.size(), 2u);
    EXPECT_EQ(objectives[0].met, 4);
    EXPECT_EQ(objectives[1].met, 1);
    EXPECT_EQ(objectives[1].attempts, 4);
    const std::vector<int> bins = scoreHistogram(attempts, 10);
    EXPECT_EQ(bins[6], 1);
    EXPECT_EQ(bins[7], 1);
    EXPECT_EQ(bins[9], 2);  // 90 % lies in the last bin, as 100 % would
}

TEST(ClassReport, ShowsRankingInOrderAndNamesTraineesWithNoAttempt) {
    const std::string html = classReportHtml(sampleClass(), sampleAttempts(), Language::En);
    const std::size_t ranking = at(html, "<h2>Ranking");
    const std::size_t li = html.find("<td>li02</td>", ranking);
    const std::size_t zhang = html.find("<td>zhang01</td>", ranking);
    const std::size_t wang = html.find("<td>wang03</td>", ranking);
    EXPECT_LT(li, zhang);
    EXPECT_LT(zhang, wang);
    EXPECT_NE(wang, std::string::npos);
    const std::size_t absent = at(html, "<h2>Trainees with no attempt");
    EXPECT_NE(html.find("<td>zhao04</td>", absent), std::string::npos);
    EXPECT_EQ(html.find("<td>zhao04</td>"), html.find("<td>zhao04</td>", absent)) << "zhao04 was ranked";
    at(html, "<svg");
    at(html, "Most-missed cards");
    at(html, "mean wait at most 30 min");
}

TEST(ClassReport, EscapesStoredTextAndHasNoScriptsOrExternalFiles) {
    const std::string html = classReportHtml(sampleClass(), sampleAttempts(), Language::Zh);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    at(html, "&lt;script&gt;alert(1)&lt;/script&gt;");
    at(html, "第一期 &lt;b&gt;");
    EXPECT_EQ(html.find("src="), std::string::npos);
    EXPECT_EQ(html.find("href="), std::string::npos);
    at(html, "<html lang=\"zh-CN\">");
    at(html, "排名");
    at(html, "平均等候不超过 30 分钟");
}

TEST(ClassReport, EmptyClassSaysNone) {
    const std::string html = classReportHtml(sampleClass(), {}, Language::En);
    EXPECT_EQ(html.find("<svg"), std::string::npos);
    at(html, "<p class=\"none\">None</p>");
}

TEST(ClassExportCsv, QuotesNamesWithCommasAndQuotes) {
    ClassInfo info = sampleClass();
    std::vector<Attempt> attempts = {sampleAttempt(3, "zhao04", 18446744073709551615u, 80)};
    const std::string csv = classExportCsv(info, attempts);
    const std::string header =
        "class,trainee,name,exercise,seed,score,max_score,started,ended,program_version,decisions,waiting,law 依法\n";
    EXPECT_EQ(csv.substr(0, header.size()), header);
    EXPECT_EQ(csv.substr(header.size()),
              "3,zhao04,\"赵, \"\"小\"\" 四\",pujiang-2003-接访,18446744073709551615,80,100,"
              "2026-12-02T09:00:00+08:00,2026-12-02T09:15:00+08:00,0.1.0,40,20,20\n");
}

}  // namespace
}  // namespace pujiang
