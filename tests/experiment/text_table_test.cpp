// Text tables of the terminal reports and the metric table they take their columns from.

#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>

#include "sim/reception/metric_table.h"
#include "sim/report/text_table.h"

namespace pujiang {
namespace {

TEST(TextTable, CountsChineseCharactersAsTwoColumns) {
    EXPECT_EQ(displayWidth("abc"), 3u);
    EXPECT_EQ(displayWidth("接待"), 4u);
    EXPECT_EQ(displayWidth("±1.4"), 4u);  // a two-byte character takes one column
    EXPECT_EQ(padLeft("接待", 6), "  接待");
    EXPECT_EQ(padRight("接待", 6), "接待  ");
}

TEST(TextTable, AlignsColumnsOnTheWidestCellInEitherLanguage) {
    TextTable table({{"名称", TextTable::Align::Left}, {"接待批次"}, {"note", TextTable::Align::Left}});
    table.addRow({"县领导接待席", "6.7", "a"});
    table.addRow({"LAND", "12.0", "b"});
    std::ostringstream out;
    table.write(out);
    EXPECT_EQ(out.str(),
              "  名称          接待批次  note\n"
              "  县领导接待席       6.7  a\n"
              "  LAND              12.0  b\n");
}

TEST(MetricTable, HeadlineAndBriefMetricsHaveShortColumnLabelsInBothLanguages) {
    ASSERT_FALSE(headlineMetrics().empty());
    ASSERT_FALSE(briefMetrics().empty());
    std::set<std::string_view> zh, en;
    for (const Metric metric : headlineMetrics()) {
        const MetricInfo& info = metricInfo(metric);
        EXPECT_FALSE(info.zhColumn.empty()) << info.name;
        EXPECT_FALSE(info.enColumn.empty()) << info.name;
        EXPECT_LE(displayWidth(info.column(Language::Zh)), 10u) << info.name;
        EXPECT_LE(displayWidth(info.column(Language::En)), 10u) << info.name;
        EXPECT_TRUE(zh.insert(info.column(Language::Zh)).second) << info.name;
        EXPECT_TRUE(en.insert(info.column(Language::En)).second) << info.name;
    }
    for (const Metric metric : briefMetrics()) EXPECT_TRUE(metricInfo(metric).headline) << metricInfo(metric).name;
}

TEST(MetricTable, AColumnWithoutAShortLabelUsesTheLabel) {
    const MetricInfo& info = metricInfo(Metric::NoShows);
    EXPECT_TRUE(info.zhColumn.empty());
    EXPECT_EQ(info.column(Language::En), info.label(Language::En));
}

}  // namespace
}  // namespace pujiang
