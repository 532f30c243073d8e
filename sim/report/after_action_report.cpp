#include "sim/report/after_action_report.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "sim/core/message_text.h"
#include "sim/report/metric_format.h"
#include "sim/report/svg_chart.h"
#include "sim/training/inject_intervention.h"

namespace pujiang {

namespace {

using svg::escapeMarkup;

constexpr std::string_view kStyle = R"(body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222;line-height:1.5}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.6em 0;width:100%}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums}.ok{color:#1a7f37}.bad{color:#b42318}
.muted{color:#666}.card{border:1px solid #ccc;border-radius:4px;padding:.5em .8em;margin:.6em 0;page-break-inside:avoid}
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}})";

// One phrase in the report's language.
struct Words {
    Language language;
    std::string operator()(std::string_view zh, std::string_view en) const {
        return std::string(language == Language::Zh ? zh : en);
    }
};

std::string number(double value, int decimals = 1) {
    if (!std::isfinite(value)) return "—";
    std::string text = fmt::format("{:.{}f}", value, decimals);
    return text == "-0.0" || text == "-0" ? text.substr(1) : text;
}

std::string figure(const Objective& objective, double value) {
    if (std::isnan(value)) return "—";
    return objective.metric.ends_with("share") || objective.metric.starts_with("share_") ||
                   objective.metric.ends_with("_utilization") || objective.metric == "waited_fraction"
               ? fmt::format("{:.0f}%", 100.0 * value)
               : number(value);
}

std::string interval(const Summary& s) {
    return fmt::format("{} [{}, {}]", number(s.mean), number(s.ciLow), number(s.ciHigh));
}

std::string interval(const Objective& objective, const Summary& s) {
    return fmt::format("{} [{}, {}]", figure(objective, s.mean), figure(objective, s.ciLow), figure(objective, s.ciHigh));
}

std::string mark(bool good) { return good ? "<span class=\"ok\">✓</span>" : "<span class=\"bad\">✗</span>"; }

// What the trainee did and what happened, in time order.
std::string timeline(const Exercise& exercise, const Debrief& debrief, const Words& w) {
    struct Row {
        double time;
        std::string what;
    };
    std::vector<Row> rows;
    const Language language = w.language;
    std::size_t inject = 0, decision = 0;
    const auto& cases = debrief.trainee.figures.cases;
    std::vector<const CaseJudgement*> decided;
    for (const CaseJudgement& c : cases)
        if (c.decided) decided.push_back(&c);
    for (const Intervention& i : debrief.trainee.log) {
        if (isInjectKind(i.kind) && inject < debrief.trainee.injectsApplied.size()) {
            const Inject& in = *debrief.trainee.injectsApplied[inject++];
            rows.push_back({i.time, fmt::format("<b>{}</b> {}", escapeMarkup(injectKindLabel(in.kind).in(language)),
                                                escapeMarkup(in.message.in(language)))});
        } else if (i.kind == InterventionKind::Decide && decision < decided.size()) {
            const CaseJudgement& c = *decided[decision++];
            rows.push_back({i.time, fmt::format("{} {} · {}: {} {}", w("决定", "Decision"), escapeMarkup(c.card->id),
                                                escapeMarkup(c.card->title.in(language)),
                                                escapeMarkup(dispositionLabel(c.disposition).in(language)), mark(c.appropriate))});
        } else if (const auto kind = actionKindOf(i.kind)) {
            const std::string room = i.room == kWholeDay ? "" : fmt::format(" {} {}", w("接待室", "room"), i.room + 1);
            rows.push_back({i.time, fmt::format("{}{}", escapeMarkup(actionKindLabel(*kind).in(language)), room)});
        }
    }
    std::string out = fmt::format("<table><tr><th>{}</th><th>{}</th></tr>\n", w("时刻", "Time"), w("事件", "Event"));
    for (const Row& r : rows) out += fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", formatClock(r.time), r.what);
    if (rows.empty()) out += fmt::format("<tr><td colspan=\"2\" class=\"muted\">{}</td></tr>\n", w("无", "Nothing"));
    (void)exercise;
    return out + "</table>\n";
}

std::string objectivesTable(const Exercise& exercise, const Debrief& debrief, const Words& w) {
    std::string out = fmt::format(
        "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
        w("目标", "Objective"), w("要求", "Threshold"), w("你的一天", "Your day"), w("得分", "Points"),
        w("不作决定", "No decisions"), w("参考方案", "Reference plan"), w("同类日子（95% 区间）", "Days like it (95% CI)"));
    const auto& mine = debrief.trainee.score.objectives;
    for (std::size_t o = 0; o < exercise.objectives.size(); ++o) {
        const Objective& obj = exercise.objectives[o];
        out += fmt::format(
            "<tr><td>{} {}</td><td>{} {}</td><td class=\"n\">{}</td><td class=\"n\">{} / {}</td><td class=\"n\">{}</td>"
            "<td class=\"n\">{}</td><td class=\"n\">{}</td></tr>\n",
            mark(mine[o].met), escapeMarkup(obj.label.in(w.language)), obj.atMost ? "≤" : "≥", figure(obj, obj.threshold),
            figure(obj, mine[o].value), number(mine[o].points), number(obj.weight),
            figure(obj, debrief.baseline.score.objectives[o].value), figure(obj, debrief.reference.score.objectives[o].value),
            o < debrief.objectives.size() ? interval(obj, debrief.objectives[o].trainee) : "—");
    }
    return out + "</table>\n";
}

std::string breakdownTable(const Debrief& debrief, const Words& w) {
    struct Part {
        std::string name;
        double ScoreBreakdown::*points;
        double ScoreBreakdown::*max;
    };
    const Part parts[] = {{w("目标", "Objectives"), &ScoreBreakdown::objectivePoints, &ScoreBreakdown::objectiveMax},
                          {w("案例处理", "Case decisions"), &ScoreBreakdown::casePoints, &ScoreBreakdown::caseMax},
                          {w("依法处理", "Lawful handling"), &ScoreBreakdown::compliancePoints, &ScoreBreakdown::complianceMax},
                          {w("费用", "Cost"), &ScoreBreakdown::costPoints, &ScoreBreakdown::costMax},
                          {w("总分", "Total"), &ScoreBreakdown::total, &ScoreBreakdown::max}};
    std::string out = fmt::format("<table><tr><th></th><th>{}</th><th>{}</th><th>{}</th></tr>\n", w("你的一天", "Your day"),
                                  w("不作决定", "No decisions"), w("参考方案", "Reference plan"));
    const ScoreBreakdown* days[] = {&debrief.trainee.score, &debrief.baseline.score, &debrief.reference.score};
    for (const Part& p : parts) {
        out += fmt::format("<tr><td>{}</td>", p.name);
        for (const ScoreBreakdown* s : days) out += fmt::format("<td class=\"n\">{} / {}</td>", number(s->*p.points), number(s->*p.max));
        out += "</tr>\n";
    }
    return out + "</table>\n";
}

// Mean score with its 95 % interval for the three ways of playing, over days like it.
std::string scoreChart(const Debrief& debrief, const Words& w) {
    const PairedFigure& f = debrief.score;
    const Summary* rows[] = {&f.trainee, &f.baseline, &f.reference};
    const std::string names[] = {w("你的做法", "Your way"), w("不作决定", "No decisions"), w("参考方案", "Reference plan")};
    double low = 0.0, high = 1.0;
    for (const Summary* s : rows) high = std::max(high, s->ciHigh);
    high *= 1.05;
    const double width = 640, rowHeight = 34, left = 130, top = 14;
    svg::SvgCanvas canvas(width, top + 3 * rowHeight + 40, w("同类日子的总分", "Total score on days like it"));
    const svg::LinearScale x(low, high, left, width - 20);
    const svg::PlotArea area{left, top, width - 20, top + 3 * rowHeight};
    std::vector<double> ticks;
    const double step = high > 100 ? 20 : high > 40 ? 10 : 5;
    for (double t = 0; t <= high; t += step) ticks.push_back(t);
    svg::drawXAxis(canvas, area, x, svg::labelled(ticks), w("总分", "score"));
    for (int r = 0; r < 3; ++r) {
        const double y = top + rowHeight * (r + 0.5);
        canvas.text({left - 8, y + 4}, names[r], {12, svg::Anchor::End});
        svg::drawDotWhisker(canvas, x, y, rows[r]->mean, rows[r]->ciLow, rows[r]->ciHigh, svg::seriesColour(r));
    }
    return canvas.str();
}

std::string counterfactualTable(const Debrief& debrief, const Words& w) {
    const PairedFigure& f = debrief.score;
    std::string out = fmt::format("<table><tr><th></th><th>{}</th></tr>\n", w("平均总分 [95% 区间]", "Mean score [95% CI]"));
    const std::pair<std::string, const Summary*> rows[] = {
        {w("你的做法", "Your way"), &f.trainee},
        {w("不作决定", "No decisions"), &f.baseline},
        {w("参考方案", "Reference plan"), &f.reference},
        {w("你的做法 − 不作决定（配对）", "Your way − no decisions (paired)"), &f.traineeMinusBaseline},
        {w("你的做法 − 参考方案（配对）", "Your way − reference plan (paired)"), &f.traineeMinusReference},
        {w("参考方案 − 不作决定（配对）", "Reference plan − no decisions (paired)"), &f.referenceMinusBaseline}};
    for (const auto& [name, s] : rows) out += fmt::format("<tr><td>{}</td><td class=\"n\">{}</td></tr>\n", name, interval(*s));
    return out + "</table>\n";
}

std::string actionsTable(const Debrief& debrief, const Words& w) {
    if (debrief.actions.empty()) return fmt::format("<p class=\"muted\">{}</p>\n", w("你没有采取调度措施。", "You took no coordinator action."));
    std::string out = fmt::format("<table><tr><th>{}</th><th>{}</th><th>{}</th></tr>\n", w("时刻", "Time"),
                                  w("措施", "Action"), w("去掉它，总分变化", "Score change without it"));
    for (const ActionEffect& a : debrief.actions) {
        const std::string room = a.planned.room == kWholeDay ? "" : fmt::format(" {} {}", w("接待室", "room"), a.planned.room + 1);
        out += fmt::format("<tr><td>{}</td><td>{}{}</td><td class=\"n\">{}</td></tr>\n", formatClock(a.planned.at),
                           escapeMarkup(actionKindLabel(a.planned.kind).in(w.language)), room, number(-a.effect()));
    }
    return out + "</table>\n";
}

std::string caseFeedback(const Debrief& debrief, const Words& w) {
    const Language language = w.language;
    std::string out;
    for (const CaseJudgement& c : debrief.trainee.figures.cases) {
        const CaseCard& card = *c.card;
        std::string acceptable;
        for (Disposition d : card.acceptable)
            acceptable += (acceptable.empty() ? "" : w("、", ", ")) + std::string(dispositionLabel(d).in(language));
        out += fmt::format("<div class=\"card\"><b>{} {} · {}</b><br>{}: {}{} · {}: {}<br>{}: {}<br>{}: {}\n", mark(c.appropriate),
                           escapeMarkup(card.id), escapeMarkup(card.title.in(language)), w("你的处理", "Your disposition"),
                           escapeMarkup(dispositionLabel(c.disposition).in(language)),
                           c.decided ? "" : w("（未决定，按模型抽样）", " (not decided: the model's draw)"),
                           w("恰当的处理", "Acceptable"), escapeMarkup(acceptable), w("规则", "Rule"),
                           escapeMarkup(card.rule.in(language)), w("理由", "Why"), escapeMarkup(card.why.in(language)));
        if (!c.appropriate)
            out += fmt::format("<br>{}: {}", w("常见错误的后果", "What the common mistake leads to"),
                               escapeMarkup(card.wrongConsequence.in(language)));
        if (!c.lawful) out += fmt::format("<br><span class=\"bad\">{}</span>", w("这一处理不合法。", "This handling was not lawful."));
        out += "</div>\n";
    }
    if (out.empty()) out = fmt::format("<p class=\"muted\">{}</p>\n", w("今天没有带案例卡的来访。", "No case card came up today."));
    return out;
}

}  // namespace

std::vector<ImprovementPoint> improvementPoints(const Exercise& exercise, const Debrief& debrief) {
    std::vector<ImprovementPoint> points;
    const ScoreBreakdown& s = debrief.trainee.score;
    for (std::size_t o = 0; o < s.objectives.size(); ++o) {
        const ObjectiveScore& mine = s.objectives[o];
        const Objective& obj = exercise.objectives[o];
        const double lost = obj.weight - mine.points;
        if (lost <= 1e-9) continue;
        const double ref = debrief.reference.score.objectives[o].value;
        points.push_back({lost, bilingual("目标“{}”：你的一天是 {}，要求 {} {}；参考方案同一天做到 {}。失分 {}。",
                                          "Objective \"{}\": your day reached {} against {} {}; the reference plan "
                                          "reached {} on the same day. {} points lost.",
                                          obj.label, figure(obj, mine.value), obj.atMost ? "≤" : "≥",
                                          figure(obj, obj.threshold), figure(obj, ref), number(lost))});
    }
    for (const CaseJudgement& c : debrief.trainee.figures.cases) {
        if (c.appropriate) continue;
        points.push_back({exercise.scoring.casePoints,
                          bilingual("案例 {}（{}）：选择了“{}”。{}", "Case {} ({}): you chose \"{}\". {}", c.card->id,
                                    c.card->title, dispositionLabel(c.disposition), c.card->rule)});
    }
    const double unlawful = s.complianceMax - s.compliancePoints;
    if (unlawful > 1e-9)
        points.push_back({unlawful, bilingual("依法处理：{} 个案例中有 {} 个处理不合法（诉访分离，检举控告须经调查）。失分 {}。",
                                              "Lawful handling: {1} of {0} cases were handled unlawfully (matters before "
                                              "a court go to the legal channel; accusations need an investigation). {2} "
                                              "points lost.",
                                              s.cases, s.cases - s.casesLawful, number(unlawful))});
    const double cost = s.costMax - s.costPoints;
    if (cost > 1e-9)
        points.push_back({cost, bilingual("费用：花了 {} 元。每项措施都看一看去掉它总分怎么变，省下不起作用的。失分 {}。",
                                          "Cost: {} yuan spent. See what each action was worth when taken away, and "
                                          "save the ones that did not help. {} points lost.",
                                          number(s.spent, 0), number(cost))});
    std::stable_sort(points.begin(), points.end(),
                     [](const ImprovementPoint& a, const ImprovementPoint& b) { return a.pointsLost > b.pointsLost; });
    return points;
}

std::string afterActionReportHtml(const Exercise& exercise, const Debrief& debrief, Language language) {
    const Words w{language};
    const ScoreBreakdown& s = debrief.trainee.score;
    std::string html = fmt::format(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{} · {}</title>\n<style>\n{}\n</style>\n"
        "</head>\n<body>\n",
        language == Language::Zh ? "zh-CN" : "en", w("讲评报告", "After-action report"),
        escapeMarkup(exercise.title.in(language)), kStyle);
    html += fmt::format("<h1>{}</h1>\n<p>{} · {} {} · {} <b>{} / {}</b> ({:.0f}%)</p>\n", escapeMarkup(exercise.title.in(language)),
                        w("讲评报告", "After-action report"), w("种子", "seed"), debrief.seed, w("总分", "score"),
                        number(s.total), number(s.max), s.percent());

    const std::vector<ImprovementPoint> improvements = improvementPoints(exercise, debrief);
    html += fmt::format("<h2>{}</h2>\n<ol>\n", w("三点改进", "Three points to improve"));
    for (std::size_t i = 0; i < improvements.size() && i < 3; ++i)
        html += fmt::format("<li>{}</li>\n", escapeMarkup(improvements[i].text.in(language)));
    if (improvements.empty()) html += fmt::format("<li>{}</li>\n", w("满分：没有失分。", "Full marks: nothing was lost."));
    html += "</ol>\n";

    html += fmt::format("<h2>{}</h2>\n", w("时间线", "Timeline")) + timeline(exercise, debrief, w);
    html += fmt::format("<h2>{}</h2>\n", w("目标", "Objectives")) + objectivesTable(exercise, debrief, w);
    html += fmt::format("<h2>{}</h2>\n<p class=\"muted\">{}</p>\n", w("得分构成", "Score breakdown"),
                        w("三列是同一天、同一组随机数：你的一天、不作任何决定的一天、按参考方案的一天。",
                          "All three columns are the same day on the same random numbers: yours, the day with no "
                          "decisions, and the day under the reference plan."));
    html += breakdownTable(debrief, w);
    html += fmt::format("<h2>{}</h2>\n<p class=\"muted\">{}</p>\n", w("在同类的日子里", "On days like it"),
                        fmt::format(fmt::runtime(w("同一场景换 {} 组随机数，你的做法（同样的措施；你遇到的案例卡照你的处理，没遇到的照参考方案）、不作决定和参考方案各演一遍；差值为配对比较。",
                                                   "The same scenario on {} other sets of random numbers, played your way "
                                                   "(the same actions; the cards you met handled as you did, the others "
                                                   "as the reference plan would), with no decisions and under the "
                                                   "reference plan; differences are paired.")),
                                    debrief.days));
    html += scoreChart(debrief, w) + counterfactualTable(debrief, w);
    html += fmt::format("<h2>{}</h2>\n", w("哪些措施起了作用", "Which actions mattered")) + actionsTable(debrief, w);
    html += fmt::format("<h2>{}</h2>\n", w("逐案讲评", "Case by case")) + caseFeedback(debrief, w);
    html += "</body>\n</html>\n";
    return html;
}

}  // namespace pujiang
