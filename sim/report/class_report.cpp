// classReportHtml: the class report page. The figures come from class_summary; this file only
// lays them out, in the language asked for.

#include "sim/report/class_report.h"

#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "sim/report/axis_ticks.h"
#include "sim/report/svg_chart.h"
#include "sim/training/class_summary.h"

namespace pujiang {

namespace {

constexpr std::string_view kStyle = R"(
body { margin: 0; color: #222; font-size: 14px; line-height: 1.5;
       font-family: 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif; }
main { max-width: 900px; margin: 0 auto; padding: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #ddd; }
.meta, .none { color: #555; }
table { border-collapse: collapse; margin: 6px 0; }
th, td { border: 1px solid #ccc; padding: 3px 10px; text-align: left; }
th { background: #f0f0f0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
svg { display: block; max-width: 100%; height: auto; }
@media print { main { padding: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
)";

constexpr int kHistogramBins = 10;

// The page's words, Chinese first.
constexpr Phrase kTitle{"班级成绩报告", "Class report"};
constexpr Phrase kClass{"班级", "Class"};
constexpr Phrase kExercise{"演练", "Exercise"};
constexpr Phrase kSeed{"种子", "Seed"};
constexpr Phrase kCreated{"创建", "Created"};
constexpr Phrase kNote{"备注", "Note"};
constexpr Phrase kRosterSize{"名单人数", "Trainees on the roster"};
constexpr Phrase kAttemptCount{"演练次数", "Attempts"};
constexpr Phrase kRanking{"排名（每名学员的最好成绩；同分时先完成者在前）",
                          "Ranking (each trainee's best attempt; on equal scores the earlier finish ranks first)"};
constexpr Phrase kRank{"名次", "Rank"};
constexpr Phrase kTraineeId{"学员编号", "Trainee"};
constexpr Phrase kName{"姓名", "Name"};
constexpr Phrase kBestScore{"最好成绩", "Best score"};
constexpr Phrase kShareOfMax{"得分率", "Share of maximum"};
constexpr Phrase kEnded{"完成时间", "Ended"};
constexpr Phrase kDistribution{"成绩分布（全部演练，得分率）", "Score distribution (all attempts, share of maximum)"};
constexpr Phrase kShareAxis{"得分率 (%)", "share of maximum (%)"};
constexpr Phrase kCountAxis{"次数", "attempts"};
constexpr Phrase kMissed{"最常处置不当的案例", "Most-missed cards"};
constexpr Phrase kCard{"案例", "Card"};
constexpr Phrase kMissedCount{"处置不当", "Inappropriate"};
constexpr Phrase kDecided{"处置次数", "Decided"};
constexpr Phrase kShare{"占比", "Share"};
constexpr Phrase kObjectives{"目标达成", "Objective attainment"};
constexpr Phrase kObjective{"目标", "Objective"};
constexpr Phrase kMet{"达成", "Met"};
constexpr Phrase kNoAttempt{"尚未演练的学员", "Trainees with no attempt"};
constexpr Phrase kNone{"无", "None"};
constexpr Phrase kColon{"：", ": "};

class Page {
public:
    explicit Page(Language language) : m_language(language) {}

    std::string_view word(const Phrase& phrase) const { return phrase.in(m_language); }
    void raw(std::string_view html) { m_html += html; }
    void text(std::string_view text) { m_html += svg::escapeMarkup(text); }
    void heading(const Phrase& phrase) { m_html += fmt::format("<h2>{}</h2>\n", word(phrase)); }

    void headerRow(std::initializer_list<Phrase> columns) {
        m_html += "<table>\n<tr>";
        for (const Phrase& column : columns) m_html += fmt::format("<th>{}</th>", word(column));
        m_html += "</tr>\n";
    }
    void cell(std::string_view value) { m_html += "<td>" + svg::escapeMarkup(value) + "</td>"; }
    void number(std::string_view value) { m_html += "<td class=\"num\">" + svg::escapeMarkup(value) + "</td>"; }
    void none() { m_html += fmt::format("<p class=\"none\">{}</p>\n", word(kNone)); }

    std::string finish() && { return std::move(m_html); }

private:
    Language m_language;
    std::string m_html;
};

std::string points(double value) { return fmt::format("{:.1f}", value); }
std::string percent(double share) { return fmt::format("{:.0f}%", 100 * share); }
std::string percent(int part, int whole) { return whole > 0 ? percent(double(part) / whole) : std::string("–"); }

void overview(Page& page, const ClassInfo& info, const std::vector<Attempt>& attempts) {
    page.raw(fmt::format("<h1>{} · {} {}</h1>\n<p class=\"meta\">", page.word(kTitle), page.word(kClass), info.id));
    const auto item = [&](const Phrase& label, std::string_view value, bool last = false) {
        page.raw(fmt::format("{}{}", page.word(label), page.word(kColon)));
        page.text(value);
        if (!last) page.raw(" · ");
    };
    item(kExercise, info.exercise);
    item(kSeed, std::to_string(info.seed));
    item(kCreated, info.created);
    if (!info.note.empty()) item(kNote, info.note);
    item(kRosterSize, std::to_string(info.roster.size()));
    item(kAttemptCount, std::to_string(attempts.size()), true);
    page.raw("</p>\n");
}

void ranking(Page& page, const ClassInfo& info, const std::vector<Attempt>& attempts) {
    page.heading(kRanking);
    const std::vector<RankedTrainee> rows = rankTrainees(info, attempts);
    if (rows.empty()) return page.none();
    page.headerRow({kRank, kTraineeId, kName, kBestScore, kShareOfMax, kAttemptCount, kEnded});
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const RankedTrainee& row = rows[i];
        page.raw("<tr>");
        page.number(std::to_string(i + 1));
        page.cell(row.trainee.id);
        page.cell(row.trainee.name);
        page.number(points(row.best->score) + " / " + points(row.best->maxScore));
        page.number(percent(scoreShare(*row.best)));
        page.number(std::to_string(row.attempts));
        page.cell(row.best->ended);
        page.raw("</tr>\n");
    }
    page.raw("</table>\n");
}

std::string histogramSvg(const std::vector<int>& counts, Language language) {
    svg::SvgCanvas canvas(560, 230, kDistribution.in(language));
    const svg::PlotArea area{56, 34, 540, 180};
    const int highest = std::max(1, *std::max_element(counts.begin(), counts.end()));
    const FittedAxis yAxis = fitAxis({0, double(highest)}, TickSteps::Decimal, 5);
    const svg::LinearScale x(0, 100, area.left, area.right);
    const svg::LinearScale y(yAxis.range.min, yAxis.range.max, area.bottom, area.top);
    std::vector<double> wholeTicks;  // counts are whole numbers: no 0.5 gridlines
    std::copy_if(yAxis.ticks.begin(), yAxis.ticks.end(), std::back_inserter(wholeTicks),
                 [](double tick) { return tick == static_cast<int>(tick); });
    svg::drawXAxis(canvas, area, x, svg::labelled(niceTicks(0, 100, 11)), kShareAxis.in(language));
    svg::drawYAxis(canvas, area, y, svg::labelled(wholeTicks), kCountAxis.in(language));
    const double width = 100.0 / static_cast<double>(counts.size());
    for (std::size_t bin = 0; bin < counts.size(); ++bin) {
        const double from = width * static_cast<double>(bin);
        if (counts[bin] > 0) svg::drawBar(canvas, x, y, from + 0.6, from + width - 0.6, counts[bin], svg::seriesColour(0));
    }
    return canvas.str();
}

void distribution(Page& page, const std::vector<Attempt>& attempts, Language language) {
    page.heading(kDistribution);
    if (attempts.empty()) return page.none();
    page.raw(histogramSvg(scoreHistogram(attempts, kHistogramBins), language) + "\n");
}

void missedCards(Page& page, const std::vector<Attempt>& attempts) {
    page.heading(kMissed);
    const std::vector<MissedCard> rows = mostMissedCards(attempts);
    if (rows.empty()) return page.none();
    page.headerRow({kCard, kMissedCount, kDecided, kShare});
    for (const MissedCard& row : rows) {
        page.raw("<tr>");
        page.cell(row.cardId);
        page.number(std::to_string(row.missed));
        page.number(std::to_string(row.decided));
        page.number(percent(row.missed, row.decided));
        page.raw("</tr>\n");
    }
    page.raw("</table>\n");
}

void objectives(Page& page, const std::vector<Attempt>& attempts, Language language) {
    page.heading(kObjectives);
    const std::vector<ObjectiveAttainment> rows = objectiveAttainment(attempts);
    if (rows.empty()) return page.none();
    page.headerRow({kObjective, kMet, kAttemptCount, kShare});
    for (const ObjectiveAttainment& row : rows) {
        page.raw("<tr>");
        page.cell(language == Language::Zh ? row.labelZh : row.labelEn);
        page.number(std::to_string(row.met));
        page.number(std::to_string(row.attempts));
        page.number(percent(row.met, row.attempts));
        page.raw("</tr>\n");
    }
    page.raw("</table>\n");
}

void absent(Page& page, const ClassInfo& info, const std::vector<Attempt>& attempts) {
    page.heading(kNoAttempt);
    const std::vector<Trainee> rows = traineesWithoutAttempt(info, attempts);
    if (rows.empty()) return page.none();
    page.headerRow({kTraineeId, kName});
    for (const Trainee& trainee : rows) {
        page.raw("<tr>");
        page.cell(trainee.id);
        page.cell(trainee.name);
        page.raw("</tr>\n");
    }
    page.raw("</table>\n");
}

}  // namespace

std::string classReportHtml(const ClassInfo& info, const std::vector<Attempt>& attempts, Language language) {
    Page page(language);
    page.raw(fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{} · {} {}</title>\n",
                         language == Language::Zh ? "zh-CN" : "en", page.word(kTitle), page.word(kClass), info.id));
    page.raw(fmt::format("<style>{}</style>\n</head>\n<body>\n<main>\n", kStyle));
    overview(page, info, attempts);
    ranking(page, info, attempts);
    distribution(page, attempts, language);
    missedCards(page, attempts);
    objectives(page, attempts, language);
    absent(page, info, attempts);
    page.raw("</main>\n</body>\n</html>\n");
    return std::move(page).finish();
}

}  // namespace pujiang
