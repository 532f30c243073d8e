#include "sim/training/score_report.h"

#include <cmath>

#include <fmt/format.h>

#include "sim/reception/metric_table.h"

namespace pujiang {

namespace {

// A figure as its metric prints it: shares in %, the rest with one decimal.
std::string figureText(const std::string& metric, double value) {
    if (std::isnan(value)) return "—";
    const bool share = metric.ends_with("share") ||
                       (metricFromName(metric) && metricInfo(*metricFromName(metric)).format == MetricFormat::Share);
    return share ? fmt::format("{:.0f}%", 100.0 * value) : fmt::format("{:.1f}", value);
}

// NaN has no JSON form: null.
nlohmann::json number(double value) { return std::isnan(value) ? nlohmann::json() : nlohmann::json(value); }

}  // namespace

std::string scoreText(const Exercise& exercise, const ScoreBreakdown& s, const TrainingFigures& figures,
                      Language language) {
    const bool zh = language == Language::Zh;
    std::string out = fmt::format("{}  {:.1f} / {:.1f}  ({:.0f}%)\n", zh ? "总分" : "Score", s.total, s.max, s.percent());
    out += fmt::format("\n{}  {:.1f} / {:.1f}\n", zh ? "【目标】" : "[Objectives]", s.objectivePoints, s.objectiveMax);
    for (const ObjectiveScore& o : s.objectives) {
        const Objective& obj = *o.objective;
        out += fmt::format("  {} {}  {} {} {}  → {:.1f} / {:.1f}\n", o.met ? "✓" : "✗", obj.label.in(language),
                           figureText(obj.metric, o.value), obj.atMost ? "≤" : "≥",
                           figureText(obj.metric, obj.threshold), o.points, obj.weight);
    }
    out += fmt::format("\n{}  {:.1f} / {:.1f}  ({} {} / {})\n", zh ? "【案例处理】" : "[Case decisions]", s.casePoints,
                       s.caseMax, zh ? "处理得当" : "appropriate", s.casesAppropriate, s.cases);
    for (const CaseJudgement& c : figures.cases) {
        out += fmt::format("  {} {} {}  {}{}\n", c.appropriate ? "✓" : "✗", c.card->id, c.card->title.in(language),
                           dispositionLabel(c.disposition).in(language),
                           c.decided ? "" : (zh ? "（未决定，按模型抽样）" : " (not decided: the model's draw)"));
    }
    out += fmt::format("\n{}  {:.1f} / {:.1f}  ({} {} / {})\n", zh ? "【依法处理】" : "[Lawful handling]",
                       s.compliancePoints, s.complianceMax, zh ? "合法" : "lawful", s.casesLawful, s.cases);
    out += fmt::format("{}  {:.1f} / {:.1f}  ({} {:.0f} {}{})\n", zh ? "【费用】" : "[Cost]", s.costPoints, s.costMax,
                       zh ? "花费" : "spent", s.spent, zh ? "元" : "yuan",
                       exercise.budget.total > 0.0
                           ? fmt::format(fmt::runtime(zh ? "，预算 {:.0f} 元" : " of a {:.0f} yuan budget"), exercise.budget.total)
                           : "");
    return out;
}

nlohmann::json scoreJson(const Exercise& exercise, std::uint64_t seed, const ScoreBreakdown& s,
                         const TrainingFigures& figures) {
    nlohmann::json objectives = nlohmann::json::array();
    for (const ObjectiveScore& o : s.objectives)
        objectives.push_back({{"id", o.objective->id},
                              {"metric", o.objective->metric},
                              {"value", number(o.value)},
                              {"threshold", o.objective->threshold},
                              {"at_most", o.objective->atMost},
                              {"met", o.met},
                              {"points", o.points},
                              {"max_points", o.objective->weight}});
    nlohmann::json cases = nlohmann::json::array();
    for (const CaseJudgement& c : figures.cases)
        cases.push_back({{"batch", c.batch},
                         {"card", c.card->id},
                         {"decided", c.decided},
                         {"disposition", dispositionName(c.disposition)},
                         {"appropriate", c.appropriate},
                         {"lawful", c.lawful}});
    return {{"exercise", exercise.id},
            {"seed", seed},
            {"score", s.total},
            {"max_score", s.max},
            {"parts",
             {{"objectives", {{"points", s.objectivePoints}, {"max_points", s.objectiveMax}}},
              {"cases", {{"points", s.casePoints}, {"max_points", s.caseMax}}},
              {"compliance", {{"points", s.compliancePoints}, {"max_points", s.complianceMax}}},
              {"cost", {{"points", s.costPoints}, {"max_points", s.costMax}}}}},
            {"objectives", objectives},
            {"cases", cases},
            {"spent_yuan", s.spent},
            {"media_reneged", figures.mediaReneged}};
}

}  // namespace pujiang
