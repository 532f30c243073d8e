#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "sim/report/axis_ticks.h"
#include "sim/report/svg_chart.h"

namespace pujiang::svg {
namespace {

void expectTicks(const std::vector<double>& actual, const std::vector<double>& expected) {
    ASSERT_EQ(actual.size(), expected.size()) << ::testing::PrintToString(actual);
    for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_DOUBLE_EQ(actual[i], expected[i]) << "tick " << i;
}

TEST(CoveringTicks, RoundStepsCoverTheRange) {
    expectTicks(pujiang::coveringTicks(0, 97, 5), {0, 20, 40, 60, 80, 100});
    expectTicks(pujiang::coveringTicks(0, 1, 5), {0, 0.2, 0.4, 0.6, 0.8, 1});
    expectTicks(pujiang::coveringTicks(3, 47, 5), {0, 10, 20, 30, 40, 50});
    expectTicks(pujiang::coveringTicks(0, 1234, 5), {0, 500, 1000, 1500});
}

TEST(CoveringTicks, TinyRanges) {
    expectTicks(pujiang::coveringTicks(0.001, 0.0013, 5), {0.001, 0.0011, 0.0012, 0.0013});
    const std::vector<double> ticks = pujiang::coveringTicks(1e-9, 5e-9, 5);
    EXPECT_LE(ticks.front(), 1e-9);
    EXPECT_GE(ticks.back(), 5e-9);
    EXPECT_GE(ticks.size(), 3u);
}

TEST(CoveringTicks, NegativeRanges) {
    expectTicks(pujiang::coveringTicks(-37, 12, 5), {-40, -20, 0, 20});
    expectTicks(pujiang::coveringTicks(-37, 12, 6), {-40, -30, -20, -10, 0, 10, 20});
    expectTicks(pujiang::coveringTicks(-1, -0.2, 5), {-1, -0.8, -0.6, -0.4, -0.2});
    for (const double t : pujiang::coveringTicks(-5, 5, 5)) EXPECT_FALSE(std::signbit(t) && t == 0) << "no negative zero";
}

TEST(CoveringTicks, EmptyOrBrokenRangesAreWidened) {
    expectTicks(pujiang::coveringTicks(0, 0, 5), {0, 0.2, 0.4, 0.6, 0.8, 1});
    const std::vector<double> flat = pujiang::coveringTicks(50, 50, 5);
    EXPECT_LT(flat.front(), 50);
    EXPECT_GT(flat.back(), 50);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    expectTicks(pujiang::coveringTicks(nan, 3, 5), {0, 0.2, 0.4, 0.6, 0.8, 1});
    expectTicks(pujiang::coveringTicks(97, 0, 5), {0, 20, 40, 60, 80, 100});
}

TEST(ClockTicks, WholeHoursOverADay) {
    expectTicks(clockTicks(390, 1020, 12), {420, 480, 540, 600, 660, 720, 780, 840, 900, 960, 1020});
    expectTicks(clockTicks(480, 600, 6), {480, 510, 540, 570, 600});
}

TEST(TickLabel, DecimalsFollowTheStep) {
    EXPECT_EQ(tickLabel(20, 20), "20");
    EXPECT_EQ(tickLabel(0.4, 0.2), "0.4");
    EXPECT_EQ(tickLabel(0.0006, 0.0001), "0.0006");
    EXPECT_EQ(tickLabel(-40, 10), "-40");
    EXPECT_EQ(tickLabel(-1e-17, 0.1), "0.0");
}

TEST(Markup, EscapesTheFiveSpecialCharacters) {
    EXPECT_EQ(escapeMarkup("a<b & \"c\" > 'd'"), "a&lt;b &amp; &quot;c&quot; &gt; &#39;d&#39;");
    EXPECT_EQ(escapeMarkup("当场解决"), "当场解决");
}

TEST(TextWidth, CjkCharactersAreWiderThanLatin) {
    EXPECT_DOUBLE_EQ(textWidth("", 12), 0);
    EXPECT_GT(textWidth("当场解决", 12), textWidth("abcd", 12));
    EXPECT_DOUBLE_EQ(textWidth("当场", 10), 20);
}

TEST(TextWidth, FitTextShortensWholeCharacters) {
    EXPECT_EQ(fitText("short", 12, 200), "short");
    const std::string cut = fitText("省领导下访接访日预约律师陪访", 12, 60);
    EXPECT_TRUE(cut.ends_with("…"));
    EXPECT_LE(textWidth(cut, 12), 60);
    EXPECT_EQ(cut.rfind("省领导", 0), 0u);
}

TEST(LinearScale, MapsDomainOntoPixels) {
    const LinearScale y(0, 100, 300, 20);
    EXPECT_DOUBLE_EQ(y(0), 300);
    EXPECT_DOUBLE_EQ(y(100), 20);
    EXPECT_DOUBLE_EQ(y(50), 160);
    EXPECT_DOUBLE_EQ(LinearScale(5, 5, 0, 10)(5), 5);
}

TEST(SvgCanvas, ProducesOneSvgElementWithEscapedText) {
    SvgCanvas canvas(200, 100, "a & b");
    canvas.text({10, 20}, "<x>", {}, "tip \"q\"");
    canvas.line({0, 0}, {10, 10}, "#000000");
    const std::string svg = canvas.str();
    EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
    EXPECT_TRUE(svg.ends_with("</svg>"));
    EXPECT_NE(svg.find("viewBox=\"0 0 200 100\""), std::string::npos);
    EXPECT_NE(svg.find("<title>a &amp; b</title>"), std::string::npos);
    EXPECT_NE(svg.find("&lt;x&gt;</text>"), std::string::npos);
    EXPECT_NE(svg.find("tip &quot;q&quot;"), std::string::npos);
    EXPECT_NE(svg.find("Noto Sans CJK SC"), std::string::npos);
}

TEST(ChartPrimitives, NaNBreaksALineIntoPieces) {
    SvgCanvas canvas(100, 100, "t");
    const LinearScale x(0, 10, 0, 100), y(0, 10, 100, 0);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    drawLine(canvas, x, y, {0, 1, 2, 3, 4, 5}, {1, 2, nan, 3, 4, 5}, "#000000");
    const std::string svg = canvas.str();
    std::size_t lines = 0;
    for (std::size_t at = svg.find("<polyline"); at != std::string::npos; at = svg.find("<polyline", at + 1)) ++lines;
    EXPECT_EQ(lines, 2u);
}

TEST(ChartPrimitives, LegendWrapsWhenTooWide) {
    const std::vector<LegendEntry> entries = {{"first variant", "#000000"}, {"second variant", "#000000"},
                                              {"third variant", "#000000"}};
    EXPECT_DOUBLE_EQ(legendHeight(entries, 1000), 20);
    EXPECT_DOUBLE_EQ(legendHeight(entries, 150), 60);
    EXPECT_DOUBLE_EQ(legendHeight({}, 150), 0);
}

TEST(Palette, DistinctColoursThenCycles) {
    EXPECT_NE(seriesColour(0), seriesColour(1));
    EXPECT_EQ(seriesColour(0), seriesColour(7));
}

}  // namespace
}  // namespace pujiang::svg
