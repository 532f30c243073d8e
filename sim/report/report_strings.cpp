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
};

constexpr bool inEnumOrder() {
    for (std::size_t i = 0; i < kLabels.size(); ++i)
        if (static_cast<std::size_t>(kLabels[i].id) != i) return false;
    return true;
}
static_assert(inEnumOrder(), "kLabels rows must follow the order of enum ReportLabel");
static_assert(kLabels.size() == static_cast<std::size_t>(NoRows) + 1, "every ReportLabel needs a row");

}  // namespace

std::string_view reportLabel(ReportLabel id, Language language) {
    const Entry& entry = kLabels[static_cast<std::size_t>(id)];
    return language == Language::Zh ? entry.zh : entry.en;
}

}  // namespace pujiang
