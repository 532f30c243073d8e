#include "sim/report/report_strings.h"

#include <array>
#include <cstddef>

namespace pujiang {

namespace {

struct Entry {
    ReportLabel id;
    std::string_view zh;
    std::string_view en;
};

using enum ReportLabel;

// Rows in the order of the enum (checked below), so a lookup is an index.
constexpr std::array kLabels = {
    Entry{Title, "浦江接访推演 · 方案对比报告", "Pujiang reception-day simulation · comparison report"},
    Entry{Subtitle, "领导干部下访接待日的离散事件仿真结果", "Results of discrete-event simulations of leaders' reception days"},
    Entry{VariantsHeading, "参与对比的方案", "Variants compared"},
    Entry{VariantColumn, "方案", "Variant"},
    Entry{ScenarioTitle, "情景", "Scenario"},
    Entry{File, "文件", "File"},
    Entry{Seed, "种子", "Seed"},
    Entry{Replications, "重复次数", "Replications"},
    Entry{IntervalNote, "所有数值均为各次重复（每次为独立的一天）的平均值；方括号和误差线为基于各次重复的 95% 置信区间。",
          "Every number is a mean over replications (each an independent day); brackets and whiskers are 95% "
          "confidence intervals over the replications."},
    Entry{NotAvailable, "—", "—"},
    Entry{HeadlineHeading, "主要指标", "Headline figures"},
    Entry{MetricColumn, "指标", "Metric"},
    Entry{MeansHeading, "各方案均值与置信区间", "Per-variant means with confidence intervals"},
    Entry{MeansNote, "圆点为均值，横线为 95% 置信区间。", "Dots are means, whiskers 95% confidence intervals."},
    Entry{QueueHeading, "全天排队长度", "Queue length over the day"},
    Entry{QueueNote, "实线为各时段平均排队批次，阴影为均值 ± 1 个标准差（各次重复之间）。",
          "Lines are the mean number of batches waiting in each period; shaded bands are mean ± one standard "
          "deviation across replications."},
    Entry{QueueAxis, "排队批次", "batches waiting"},
    Entry{ClockAxis, "时刻", "time of day"},
    Entry{WaitHeading, "等候时间分布", "Wait distribution"},
    Entry{WaitNote, "开始接谈的批次中，等候时间落在各区间的比例；最后一栏包含所有更长的等候。",
          "Share of the batches whose consultation began with a wait in each interval; the last bar holds every "
          "longer wait."},
    Entry{WaitAxis, "等候时间（分钟）", "wait (min)"},
    Entry{ShareAxis, "占比（%）", "share (%)"},
    Entry{OutcomeHeading, "处理结果构成", "Outcome shares"},
    Entry{OutcomeNote, "已接待批次中各处理结果所占比例（均值）。", "Mean share of each outcome among received batches."},
    Entry{BreakdownHeading, "各接待室与各类别", "By room and by category"},
    Entry{BreakdownNote, "均值为各次重复的平均；标有 n 的格子只在有该项数据的 n 次重复上平均（如某类别未到访的日子不计）。",
          "Means over replications; a cell marked n is averaged over the n replications in which it had a value "
          "(e.g. the days on which the category came)."},
    Entry{RoomColumn, "接待室", "Room"},
    Entry{CategoryColumn, "类别", "Category"},
    Entry{NoRows, "（无数据）", "(none)"},
    // Text reports
    Entry{DayReportTitle, "浦江接访推演 · 接待日报告", "Pujiang reception-day simulation · day report"},
    Entry{ScenarioLine, "情景：{}", "Scenario: {}"},
    Entry{DayReportIntro, "重复 {} 次，种子 {}；括号内为 95% 置信区间",
          "{} replications, seed {}; brackets give the 95% confidence interval"},
    Entry{SectionTitle, "【{}】", "[{}]"},
    Entry{VolumeSection, "接待总量", "Volume"},
    Entry{OutcomesSection, "处理结果", "Outcomes"},
    Entry{WaitingSection, "等候与拥挤", "Waiting and crowding"},
    Entry{ResourcesSection, "资源", "Resources"},
    Entry{RoomsHeading, "各接待室", "Rooms"},
    Entry{ClassesHeading, "各优先级", "Priority classes"},
    Entry{CategoriesHeading, "各类别", "Categories"},
    Entry{ClassColumn, "优先级", "class"},
    Entry{CellNNote, "n=：该项有数据的重复次数（天数），均值只在这些天上计算",
          "n=: the replications (days) in which the cell had a value; its mean is over those only"},
    Entry{CompareIntro, "方案比较：{} 个方案，每个重复 {} 次（种子 {}，共同随机数）",
          "Comparison of {} variants, {} replications each (seed {}, common random numbers)"},
    Entry{CompareLegend, "均值 [95% 置信区间]；差值为与 A 的配对差，* 表示显著（区间不含 0）",
          "mean [95% CI]; differences are paired against A, * marks significant (interval excludes 0)"},
    Entry{SelectionHeadingLower, "最优方案（指标 {}，越小越好）", "Best variant (metric {}, lower is better)"},
    Entry{SelectionHeadingHigher, "最优方案（指标 {}，越大越好）", "Best variant (metric {}, higher is better)"},
    Entry{SelectionSelected, "  选中：{0}（{2} 次重复的均值 {1:.3f}）", "  selected: {0} (mean {1:.3f} over {2} replications)"},
    Entry{SelectionSurvivor, "  保留：{0}（{2} 次重复的均值 {1:.3f}）", "  survivor: {0} (mean {1:.3f} over {2} replications)"},
    Entry{SelectionEliminated, "  淘汰：{0}，第 {1} 次重复后劣于 {2}（均值 {3:.3f}）",
          "  eliminated: {0} after {1} replications, worse than {2} (mean {3:.3f})"},
    Entry{SelectionReplications, "  用了 {} 次重复（第一阶段 {} 次，上限 {} 次）；PCS = {:g}，δ = {:g}",
          "  {} replications used (first stage {}, cap {}); PCS = {:g}, δ = {:g}"},
    Entry{SelectionGuaranteeSelected, "  以不低于 PCS 的概率，选中的方案是最优的，或与最优相差不超过 δ（KN 程序，共同随机数）。",
          "  With probability ≥ PCS the selected variant is the best or within δ of the best (KN procedure, common "
          "random numbers)."},
    Entry{SelectionGuaranteeSurvivors,
          "  达到上限仍未分出唯一最优：以不低于 PCS 的概率，最优方案（或与最优相差不超过 δ 的方案）在保留的方案之中"
          "（KN 程序，共同随机数）。",
          "  No single best by the cap: with probability ≥ PCS the best variant, or one within δ of it, is among the "
          "survivors (KN procedure, common random numbers)."},
    Entry{SelectionTableUsesAll, "  （上表用了全部 {} 次重复：最后一个阶段在作出选择后仍跑完。）",
          "  (The table above uses all {} replications run: the last stage runs to its end.)"},
    Entry{SweepIntro, "参数扫描：{} 个组合，每个重复 {} 次（种子 {}，共同随机数）",
          "Sweep: {} combinations, {} replications each (seed {}, common random numbers)"},
    Entry{CombinationColumn, "组合", "combination"},
    Entry{HalfWidthRow, "各列 95% 置信区间半宽的最大值", "largest 95% CI half-width in each column"},
    Entry{PlanTitle, "容量规划", "Capacity plan"},
    Entry{PlanSearch, "搜索方法：假定资源越多目标越容易满足（单调）；对其余参数的每个组合，在第一个 --vary 上二分查找最小可行值。",
          "Search: assuming more of a resource never makes a target harder (monotone), a binary search on the first "
          "--vary for every combination of the others."},
    Entry{PlanIntro, "评估了 {} 个配置（全网格 {} 个），每个重复 {} 次，种子 {}；目标按 {:.0f}% 单侧置信界判断。",
          "Evaluated {} configurations (full grid {}), {} replications each, seed {}; targets judged by one-sided "
          "{:.0f}% confidence bounds."},
    Entry{PlanEvaluated, "评估", "evaluated"},
    Entry{PlanMeets, "满足", "meets"},
    Entry{PlanFails, "不满足", "fails"},
    Entry{PlanCheapest, "最省配置：", "Cheapest configuration meeting every target: "},
    Entry{PlanMean, "均值", "mean"},
    Entry{PlanBound, "置信界", "bound"},
    Entry{PlanRunnerUps, "次优配置：", "Runner-ups:"},
    Entry{PlanQueueingHeading, "各接待室的排队论估计（与仿真对照）：", "Queueing theory beside the simulation, per room:"},
    Entry{PlanQueueingColumns, "  接待室                      模型      席位  到达/时  服务(分)  利用率  P(等候)  理论等候  仿真等候",
          "  room                        model    tables  arr/h  service  util  P(wait)  theory Wq  simulated Wq"},
    Entry{PlanOverloaded, "过载", "overloaded"},
    Entry{PlanNone, "没有配置能满足全部目标（在给定范围内）。", "No configuration in the given ranges meets every target."},
};

constexpr bool inEnumOrder() {
    for (std::size_t i = 0; i < kLabels.size(); ++i)
        if (static_cast<std::size_t>(kLabels[i].id) != i) return false;
    return true;
}
static_assert(inEnumOrder(), "kLabels rows must follow the order of enum ReportLabel");
static_assert(kLabels.size() == static_cast<std::size_t>(PlanNone) + 1, "every ReportLabel needs a row");

}  // namespace

std::string_view reportLabel(ReportLabel id, Language language) {
    const Entry& entry = kLabels[static_cast<std::size_t>(id)];
    return Phrase{entry.zh, entry.en}.in(language);
}

}  // namespace pujiang
