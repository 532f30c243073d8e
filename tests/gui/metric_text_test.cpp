// The compare tab's numbers: by the metric's kind, intervals within the metric's range, no "-0.0",
// and a chart legend that wraps instead of losing entries.

#include <gtest/gtest.h>

#include "gui/chart_geometry.h"
#include "sim/report/metric_text.h"

namespace pujiang::gui {
namespace {

Summary summary(double mean, double low, double high) {
    Summary s;
    s.n = 10;
    s.mean = mean;
    s.ciLow = low;
    s.ciHigh = high;
    return s;
}

TEST(MetricText, EachKindInItsFormat) {
    EXPECT_EQ(metricValueText(0.209, MetricFormat::Share), "20.9%");
    EXPECT_EQ(metricValueText(12.345, MetricFormat::Minutes), "12.3");
    EXPECT_EQ(metricValueText(41.0, MetricFormat::Count), "41.0");
    EXPECT_EQ(metricValueText(0.8512, MetricFormat::Ratio), "0.85");
    EXPECT_EQ(metricValueText(8 * 60 + 30, MetricFormat::Clock), "08:30");
    EXPECT_EQ(metricValueText(kNoValue, MetricFormat::Share), "—");
    EXPECT_EQ(metricValueText(0.021, MetricFormat::Share, true), "+2.1%");
    EXPECT_EQ(metricValueText(-3.24, MetricFormat::Minutes, true), "-3.2");
}

TEST(MetricText, NeverANegativeZero) {
    EXPECT_EQ(metricValueText(-0.0, MetricFormat::Minutes), "0.0");
    EXPECT_EQ(metricValueText(-0.00004, MetricFormat::Minutes, true), "0.0");
    EXPECT_EQ(metricValueText(-0.0000004, MetricFormat::Share, true), "0.0%");
    EXPECT_EQ(metricValueText(0.00004, MetricFormat::Count, true), "0.0");
    // A significant difference whose upper bound rounds to zero.
    const MetricInfo& wait = metricInfo(Metric::WaitMean);
    EXPECT_EQ(differenceText(summary(-0.4, -0.79, -0.0003), wait), "-0.4 [-0.8, -0.0003]");
    // An interval across zero keeps the metric's decimals.
    EXPECT_EQ(differenceText(summary(-0.4, -0.79, 0.0003), wait), "-0.4 [-0.8, 0.0]");
    // A share's bound in percentage points: 0.002 points shows as +0.002%.
    const MetricInfo& share = metricInfo(Metric::WaitedFraction);
    EXPECT_EQ(differenceText(summary(0.05, 0.00002, 0.1), share), "+5.0% [+0.002%, +10.0%]");
}

TEST(MetricText, IntervalsStayWithinTheMetricsRange) {
    const MetricInfo& share = metricInfo(Metric::WaitedFraction);
    ASSERT_EQ(share.format, MetricFormat::Share);
    EXPECT_EQ(estimateText(summary(0.97, 0.93, 1.04), share), "97.0% [93.0%, 100.0%]");
    const MetricInfo& wait = metricInfo(Metric::WaitMean);
    EXPECT_EQ(estimateText(summary(0.5, -0.3, 1.3), wait), "0.5 [0.0, 1.3]");
    // A share's difference can be at most 100 percentage points either way.
    EXPECT_EQ(differenceText(summary(0.9, 0.7, 1.1), share), "+90.0% [+70.0%, +100.0%]");
}

TEST(ChartLegend, FitsBesideTheTitleWhenItCan) {
    const std::vector<float> widths{50, 60};
    const std::vector<LegendSlot> slots = layoutLegend(widths, 100, 400, 6);
    ASSERT_EQ(slots.size(), 2u);
    EXPECT_EQ(slots[0].line, 0);
    EXPECT_EQ(slots[1].line, 0);
    EXPECT_LE(slots[1].x + widths[1], 400);  // right-aligned
    EXPECT_GT(slots[1].x + widths[1], 380);
}

TEST(ChartLegend, ManyEntriesWrapBelowTheTitleAndAllStayInside) {
    const std::vector<float> widths{150, 150, 150, 150, 150};
    const float width = 400;
    const std::vector<LegendSlot> slots = layoutLegend(widths, 120, width, 6);
    ASSERT_EQ(slots.size(), widths.size());
    int lastLine = 0;
    for (std::size_t i = 0; i < slots.size(); ++i) {
        EXPECT_GE(slots[i].line, 1) << "below the title";
        EXPECT_LE(slots[i].x + widths[i], width) << "entry " << i << " inside the chart";
        lastLine = std::max(lastLine, slots[i].line);
    }
    EXPECT_EQ(lastLine, 3) << "two entries a line";
}

}  // namespace
}  // namespace pujiang::gui
