// Text tables of the terminal reports and the metric table they take their columns from.

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <sstream>
#include <string>

#include "sim/core/language.h"
#include "sim/reception/metric_table.h"
#include "sim/report/report_strings.h"
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

// Every report text exists in both languages, and where it is a format string both languages take
// the same arguments (so a switch of language can never throw or drop a figure).
TEST(ReportStrings, EveryTextHasBothLanguagesWithTheSameArguments) {
    const auto placeholders = [](std::string_view text) {
        std::multiset<std::string> found;
        std::size_t automatic = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] != '{') continue;
            const std::size_t end = text.find('}', i);
            const std::string field(text.substr(i + 1, end - i - 1));
            const std::string position = field.substr(0, field.find(':'));
            found.insert(position.empty() ? std::to_string(automatic++) : position);
            i = end;
        }
        return found;
    };
    for (int id = 0; id <= static_cast<int>(ReportLabel::PlanNone); ++id) {
        const std::string_view zh = reportLabel(static_cast<ReportLabel>(id), Language::Zh);
        const std::string_view en = reportLabel(static_cast<ReportLabel>(id), Language::En);
        EXPECT_FALSE(zh.empty()) << id;
        EXPECT_FALSE(en.empty()) << id;
        EXPECT_EQ(placeholders(zh), placeholders(en)) << zh << " / " << en;
    }
    EXPECT_EQ(reportText(ReportLabel::SelectionSelected, Language::Zh, "B = x", 1.5, 14), "  选中：B = x（14 次重复的均值 1.500）");
    EXPECT_EQ(reportText(ReportLabel::SelectionSelected, Language::En, "B = x", 1.5, 14),
              "  selected: B = x (mean 1.500 over 14 replications)");
}

TEST(Language, PhrasesPickTheLanguageAndNamesParse) {
    constexpr Phrase phrase{"接待", "reception"};
    EXPECT_EQ(phrase.in(Language::Zh), "接待");
    EXPECT_EQ(phrase.in(Language::En), "reception");
    EXPECT_EQ(parseLanguage("en"), Language::En);
    EXPECT_THROW(parseLanguage("fr"), std::invalid_argument);
}

}  // namespace
}  // namespace pujiang
