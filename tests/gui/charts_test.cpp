#include <cmath>
#include <iterator>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <imgui.h>

#include "gui/chart_geometry.h"
#include "gui/charts.h"
#include "gui/live_charts.h"
#include "tests/gui/headless_imgui.h"

namespace pujiang::gui {
namespace {

using testing::HeadlessImGui;
using Ticks = std::vector<double>;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// [SECTION] Tick choice
TEST(NiceTicks, UnitRange) {
    EXPECT_EQ(niceTicks(0, 1, 5), (Ticks{0, 0.5, 1}));
    // 3 × 2/10 is the double nearest 0.6, which 3 × 0.2 is not.
    EXPECT_EQ(niceTicks(0, 1, 6), (Ticks{0, 0.2, 0.4, 0.6, 0.8, 1}));
    EXPECT_EQ(niceTicks(0, 1, 11), (Ticks{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1}));
}

TEST(NiceTicks, CountsUpToFourHundredThirtySeven) {
    EXPECT_EQ(niceTicks(0, 437, 6), (Ticks{0, 100, 200, 300, 400}));
    EXPECT_EQ(niceTicks(0, 437, 10), (Ticks{0, 50, 100, 150, 200, 250, 300, 350, 400}));
    EXPECT_LE(niceTicks(0, 437, 2).size(), 2u);
    // Axes first round their range to the step (fitRange), then both ends carry a tick.
    EXPECT_EQ(niceTicks(0, 500, 2), (Ticks{0, 500}));
}

TEST(NiceTicks, WorkingDayInMinutesUsesDecimalSteps) {
    EXPECT_EQ(niceTicks(480, 1080, 7), (Ticks{500, 600, 700, 800, 900, 1000}));
}

TEST(NiceTicks, ClockTicksFallOnWholeHours) {
    EXPECT_EQ(clockTicks(480, 1080, 7), (Ticks{480, 600, 720, 840, 960, 1080}));
    EXPECT_EQ(clockTicks(480, 1080, 11), (Ticks{480, 540, 600, 660, 720, 780, 840, 900, 960, 1020, 1080}));
    EXPECT_EQ(clockTicks(500, 530, 4), (Ticks{500, 510, 520, 530}));
    EXPECT_EQ(clockTicks(485, 500, 4), (Ticks{485, 490, 495, 500}));
    // Below a minute per tick the clock steps give way to decimal ones.
    EXPECT_EQ(clockTicks(0, 1, 3), (Ticks{0, 0.5, 1}));
}

TEST(NiceTicks, DegenerateAndInvalidRanges) {
    EXPECT_EQ(niceTicks(5, 5, 5), (Ticks{5}));
    EXPECT_EQ(clockTicks(600, 600, 5), (Ticks{600}));
    EXPECT_EQ(niceTicks(1, 0, 5), niceTicks(0, 1, 5));
    EXPECT_TRUE(niceTicks(0, 1, 0).empty());
    EXPECT_TRUE(niceTicks(kNaN, 1, 5).empty());
    EXPECT_TRUE(niceTicks(0, kInf, 5).empty());
    EXPECT_EQ(tickStep(TickSteps::Decimal, 3, 3, 5), 0.0);
}

TEST(NiceTicks, NegativeRangesAndNoNegativeZero) {
    EXPECT_EQ(niceTicks(-3, 7, 6), (Ticks{-2, 0, 2, 4, 6}));
    const Ticks ticks = niceTicks(-1, 1, 3);
    ASSERT_EQ(ticks, (Ticks{-1, 0, 1}));
    EXPECT_FALSE(std::signbit(ticks[1])) << "-0 would print as \"-0\"";
    EXPECT_EQ(niceTicks(0.1, 0.3, 5), (Ticks{0.1, 0.15, 0.2, 0.25, 0.3}));
}

// Over many ranges: never more than asked, inside the range, ascending, evenly spaced on a 1/2/5 step.
TEST(NiceTicks, PropertiesHoldOverManyRanges) {
    const std::vector<std::pair<double, double>> ranges = {
        {0, 1}, {0, 437}, {480, 1080}, {-3.7, 12.2}, {0.001, 0.0031}, {1e6, 1.7e6}, {99, 101}, {-1e-3, 0}, {7, 7.5}};
    for (const auto& [lo, hi] : ranges)
        for (int maxCount = 2; maxCount <= 12; ++maxCount) {
            SCOPED_TRACE(fmt::format("[{}, {}] max {}", lo, hi, maxCount));
            const Ticks ticks = niceTicks(lo, hi, maxCount);
            ASSERT_FALSE(ticks.empty());
            EXPECT_LE(static_cast<int>(ticks.size()), maxCount);
            const double step = tickStep(TickSteps::Decimal, lo, hi, maxCount);
            const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
            EXPECT_TRUE(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 5) < 1e-9)
                << "step " << step;
            for (std::size_t i = 0; i < ticks.size(); ++i) {
                EXPECT_GE(ticks[i], lo - 1e-9 * step);
                EXPECT_LE(ticks[i], hi + 1e-9 * step);
                if (i > 0) {
                    EXPECT_NEAR(ticks[i] - ticks[i - 1], step, 1e-9 * step);
                }
            }
            // The smallest step that fits: the next smaller one (5 -> 2, 2 -> 1, 1 -> 0.5) gives too many.
            const double smaller = std::abs(mantissa - 5) < 1e-9 ? step * 0.4 : step * 0.5;
            const double count = std::floor(hi / smaller + 1e-9) - std::ceil(lo / smaller - 1e-9) + 1;
            EXPECT_GT(count, maxCount) << "step " << smaller << " would also fit";
        }
}

TEST(DataRange, EmptyFlatAndZeroBasedData) {
    const auto range = [](double lo, double hi, bool zero) {
        const AxisRange r = dataRange(lo, hi, zero);
        return std::pair(r.min, r.max);
    };
    EXPECT_EQ(range(kInf, -kInf, true), std::pair(0.0, 1.0)) << "no data";
    EXPECT_EQ(range(kNaN, 3, false), std::pair(0.0, 1.0));
    EXPECT_EQ(range(0, 0, true), std::pair(0.0, 1.0));
    EXPECT_EQ(range(5, 5, false), std::pair(2.5, 7.5));
    EXPECT_EQ(range(3, 437, true), std::pair(0.0, 437.0));
    EXPECT_EQ(range(480, 1080, false), std::pair(480.0, 1080.0));
    EXPECT_EQ(range(-4, -2, true), std::pair(-4.0, 0.0));
}

TEST(FitAxis, RoundsOutwardsAndLabelsBothEnds) {
    const FittedAxis counts = fitAxis(AxisRange{0, 437}, TickSteps::Decimal, 6);
    EXPECT_EQ(counts.ticks, (Ticks{0, 100, 200, 300, 400, 500}));
    EXPECT_EQ(counts.range.min, 0);
    EXPECT_EQ(counts.range.max, 500);
    const FittedAxis day = fitAxis(AxisRange{485, 1075}, TickSteps::Minutes, 7);
    EXPECT_EQ(day.ticks, (Ticks{480, 600, 720, 840, 960, 1080}));
    // A short chart: two ticks. Rounding [0, 38] to 20s would need three (0, 20, 40).
    EXPECT_EQ(fitAxis(AxisRange{0, 38}, TickSteps::Decimal, 2).ticks, (Ticks{0, 50}));
    // Choosing ticks afresh on [0, 5] could give 0, 2, 4: the step must be the rounding step.
    EXPECT_EQ(fitAxis(AxisRange{0, 4.5}, TickSteps::Decimal, 3).ticks, (Ticks{0, 5}));
    EXPECT_EQ(fitAxis(AxisRange{-3, 7}, TickSteps::Decimal, 2).ticks, (Ticks{-10, 0, 10})) << "across zero: three";
    EXPECT_EQ(fitAxis(AxisRange{2, 2}, TickSteps::Decimal, 5).ticks, (Ticks{2}));
}

TEST(FitAxis, PropertiesHoldOverManyRanges) {
    const std::vector<std::pair<double, double>> ranges = {{0, 1},      {0, 38},    {0, 437},   {3, 437},
                                                           {480, 1080}, {-3.7, 12.2}, {0.001, 0.0031}, {99, 101},
                                                           {0, 0.93},   {-1e-3, 0}, {7, 7.5}};
    for (TickSteps steps : {TickSteps::Decimal, TickSteps::Minutes})
        for (const auto& [lo, hi] : ranges)
            for (int maxTicks = 2; maxTicks <= 10; ++maxTicks) {
                SCOPED_TRACE(fmt::format("[{}, {}] max {} {}", lo, hi, maxTicks, steps == TickSteps::Minutes));
                const FittedAxis axis = fitAxis(AxisRange{lo, hi}, steps, maxTicks);
                ASSERT_GE(axis.ticks.size(), 2u);
                EXPECT_LE(static_cast<int>(axis.ticks.size()), std::max(maxTicks, 3));
                if (lo >= 0) {
                    EXPECT_LE(static_cast<int>(axis.ticks.size()), maxTicks);
                }
                EXPECT_EQ(axis.ticks.front(), axis.range.min);
                EXPECT_EQ(axis.ticks.back(), axis.range.max);
                EXPECT_LE(axis.range.min, lo);
                EXPECT_GE(axis.range.max, hi);
            }
}

// [SECTION] Mapping
TEST(ChartFrame, MapsDataToPixelsWithYUpwards) {
    const ChartFrame f{ImVec2(100, 50), ImVec2(500, 250), 0, 10, 0, 100};
    EXPECT_EQ(f.toPixel(0, 0).x, 100);
    EXPECT_EQ(f.toPixel(0, 0).y, 250);
    EXPECT_EQ(f.toPixel(10, 100).x, 500);
    EXPECT_EQ(f.toPixel(10, 100).y, 50);
    EXPECT_EQ(f.toPixel(5, 50).x, 300);
    EXPECT_EQ(f.toPixel(5, 50).y, 150);
    EXPECT_DOUBLE_EQ(f.dataX(300), 5);
    EXPECT_DOUBLE_EQ(f.dataY(150), 50);
    EXPECT_DOUBLE_EQ(f.dataY(f.pixelY(37.5)), 37.5);
    EXPECT_TRUE(f.contains(ImVec2(100, 50)));
    EXPECT_TRUE(f.contains(ImVec2(500, 250)));
    EXPECT_FALSE(f.contains(ImVec2(99, 100)));
    EXPECT_FALSE(f.contains(ImVec2(300, 251)));
}

TEST(ChartFrame, ReversedAndZeroWidthRanges) {
    const ChartFrame rows = categoryFrame(ImVec2(0, 0), ImVec2(400, 200), 4, AxisRange{0, 1}, BarOrientation::Horizontal);
    EXPECT_EQ(rows.pixelY(0), 0) << "category 0 at the top";
    EXPECT_EQ(rows.pixelY(4), 200);
    EXPECT_EQ(rows.pixelX(1), 400);
    const ChartFrame flat{ImVec2(0, 0), ImVec2(100, 100), 3, 3, 0, 1};
    EXPECT_EQ(flat.pixelX(3), 50);
    EXPECT_EQ(flat.pixelX(1e9), 50);
}

// [SECTION] Bar layout and hit testing
TEST(BarLayout, VerticalBarsStandOnZero) {
    const ChartFrame f = categoryFrame(ImVec2(0, 0), ImVec2(400, 200), 4, AxisRange{0, 100}, BarOrientation::Vertical);
    const ChartRect r = barRect(f, BarOrientation::Vertical, 1, 50, 0.2f);
    EXPECT_FLOAT_EQ(r.min.x, 110);
    EXPECT_FLOAT_EQ(r.max.x, 190);
    EXPECT_FLOAT_EQ(r.min.y, 100);
    EXPECT_FLOAT_EQ(r.max.y, 200);
}

TEST(BarLayout, HorizontalBarsAreClampedToTheRange) {
    const ChartFrame f = categoryFrame(ImVec2(0, 0), ImVec2(400, 200), 4, AxisRange{0, 1}, BarOrientation::Horizontal);
    const ChartRect half = barRect(f, BarOrientation::Horizontal, 0, 0.5, 0.2f);
    EXPECT_FLOAT_EQ(half.min.x, 0);
    EXPECT_FLOAT_EQ(half.max.x, 200);
    EXPECT_FLOAT_EQ(half.min.y, 5);
    EXPECT_FLOAT_EQ(half.max.y, 45);
    EXPECT_FLOAT_EQ(barRect(f, BarOrientation::Horizontal, 3, 2.0).max.x, 400);
    const ChartFrame signedFrame =
        categoryFrame(ImVec2(0, 0), ImVec2(400, 200), 2, AxisRange{-1, 1}, BarOrientation::Horizontal);
    const ChartRect negative = barRect(signedFrame, BarOrientation::Horizontal, 0, -0.5);
    EXPECT_FLOAT_EQ(negative.min.x, 100);
    EXPECT_FLOAT_EQ(negative.max.x, 200);
}

TEST(HitTest, CategoryUnderTheMouse) {
    const ChartFrame columns =
        categoryFrame(ImVec2(0, 0), ImVec2(400, 200), 4, AxisRange{0, 1}, BarOrientation::Vertical);
    EXPECT_EQ(categoryAt(columns, BarOrientation::Vertical, 4, ImVec2(150, 199)), 1);
    EXPECT_EQ(categoryAt(columns, BarOrientation::Vertical, 4, ImVec2(0, 10)), 0);
    EXPECT_EQ(categoryAt(columns, BarOrientation::Vertical, 4, ImVec2(400, 10)), 3) << "the far edge is the last slot";
    EXPECT_EQ(categoryAt(columns, BarOrientation::Vertical, 4, ImVec2(401, 10)), -1);
    EXPECT_EQ(categoryAt(columns, BarOrientation::Vertical, 0, ImVec2(100, 10)), -1);
    const ChartFrame rows = categoryFrame(ImVec2(0, 0), ImVec2(400, 200), 4, AxisRange{0, 1}, BarOrientation::Horizontal);
    EXPECT_EQ(categoryAt(rows, BarOrientation::Horizontal, 4, ImVec2(5, 10)), 0);
    EXPECT_EQ(categoryAt(rows, BarOrientation::Horizontal, 4, ImVec2(5, 190)), 3);
    EXPECT_EQ(categoryAt(rows, BarOrientation::Horizontal, 4, ImVec2(5, -1)), -1);
}

TEST(HitTest, HistogramBins) {
    const std::vector<double> edges = {0, 10, 20, 30};
    EXPECT_EQ(binAt(edges, -1), -1);
    EXPECT_EQ(binAt(edges, 0), 0);
    EXPECT_EQ(binAt(edges, 9.99), 0);
    EXPECT_EQ(binAt(edges, 10), 1);
    EXPECT_EQ(binAt(edges, 30), 2) << "the last bin includes its right edge";
    EXPECT_EQ(binAt(edges, 30.1), -1);
    EXPECT_EQ(binAt(edges, kNaN), -1);
    EXPECT_EQ(binAt({}, 0), -1);
}

TEST(HitTest, PointUnderTheMouse) {
    const std::vector<ChartPoint> points = {{0, 1}, {10, 2}, {20, 3}};
    EXPECT_EQ(pointAt(points, 4, false), 0);
    EXPECT_EQ(pointAt(points, 6, false), 1);
    EXPECT_EQ(pointAt(points, 5, false), 0);
    EXPECT_EQ(pointAt(points, -5, false), 0);
    EXPECT_EQ(pointAt(points, 100, false), 2);
    // A step series holds each value until the next point.
    EXPECT_EQ(pointAt(points, -1, true), -1);
    EXPECT_EQ(pointAt(points, 0, true), 0);
    EXPECT_EQ(pointAt(points, 9.9, true), 0);
    EXPECT_EQ(pointAt(points, 10, true), 1);
    EXPECT_EQ(pointAt(points, 20, true), 2);
    EXPECT_EQ(pointAt(points, 20.1, true), -1) << "past the last point the series is not drawn";
    EXPECT_EQ(pointAt({}, 1, false), -1);
}

// [SECTION] Drawing helpers
TEST(SeriesPixels, StepsAddACornerAtEachChange) {
    const ChartFrame f{ImVec2(0, 0), ImVec2(20, 10), 0, 2, 0, 1};
    const std::vector<ChartPoint> points = {{0, 0}, {1, 1}, {2, 1}};
    EXPECT_EQ(seriesPixels(f, points, false).size(), 3u);
    const std::vector<ImVec2> steps = seriesPixels(f, points, true);
    ASSERT_EQ(steps.size(), 4u);
    EXPECT_EQ(steps[1].x, 10);
    EXPECT_EQ(steps[1].y, 10) << "the old value holds up to the new point";
    EXPECT_EQ(steps[2].y, 0);
}

TEST(SeriesPixels, ThinningKeepsExtremesOfEachColumn) {
    std::vector<ImVec2> pixels;
    for (int i = 0; i < 1000; ++i) pixels.push_back(ImVec2(i / 100.0f, i == 537 ? 0.0f : 50.0f + float(i % 7)));
    const std::vector<ImVec2> kept = thinToPixelColumns(pixels);
    EXPECT_LE(kept.size(), 40u);
    bool spike = false;
    for (const ImVec2& p : kept) spike = spike || p.y == 0.0f;
    EXPECT_TRUE(spike) << "a one-point spike must survive";
    EXPECT_EQ(kept.front().x, pixels.front().x);
    EXPECT_EQ(kept.back().x, pixels.back().x);
    for (std::size_t i = 1; i < kept.size(); ++i) EXPECT_LE(kept[i - 1].x, kept[i].x);
}

// [SECTION] Widgets in a headless ImGui frame
std::string hhmm(double minutes) {
    const int m = static_cast<int>(std::lround(minutes));
    return fmt::format("{:02}:{:02}", m / 60, m % 60);
}

// Sample data shaped like a reception day: owned here, shown through spans.
struct Samples {
    std::vector<ChartPoint> queue, waiting;
    std::vector<double> edges = {0, 15, 30, 45, 60, 90, 120};
    std::vector<double> counts = {12, 30, 22, 9, 5, 1};
    std::vector<ChartBar> outcomes = {{"已办结", 41, 0}, {"转办", 17, 0}, {"未办结", 6, IM_COL32(200, 60, 60, 255)}};
    std::vector<ChartBar> rooms = {{"Room 1", 0.82, 0}, {"Room 2", 0.47, 0}, {"Room 3", 0.0, 0}};
    std::vector<ChartInterval> variants = {{"baseline", 38, 33, 44, 0}, {"+1 room", 24, 21, 28, 0}};

    Samples() {
        for (int t = 480; t <= 1080; t += 7) {
            queue.push_back({double(t), double((t * 37) % 23)});
            waiting.push_back({double(t), 10 + 0.05 * (t - 480)});
        }
    }

    LineChartData line() const {
        LineChartData data;
        data.title = "排队人数 / Queue";
        data.series = {{"登记 / registration", queue, 0, true}, {"mean wait", waiting, 0, false}};
        data.x.format = hhmm;
        data.x.steps = TickSteps::Minutes;
        data.marker = 630;
        return data;
    }
    HistogramData histogram() const {
        HistogramData data;
        data.title = "Waiting time";
        data.edges = edges;
        data.counts = counts;
        return data;
    }
    BarChartData outcomeBars() const {
        BarChartData data;
        data.title = "结果";
        data.bars = outcomes;
        data.orientation = BarOrientation::Vertical;
        return data;
    }
    BarChartData utilisation() const {
        BarChartData data;
        data.title = "Utilisation";
        data.bars = rooms;
        data.value.range = AxisRange{0, 1};
        data.value.format = formatPercent;
        return data;
    }
    IntervalChartData intervals() const {
        IntervalChartData data;
        data.title = "Mean wait, 95% CI";
        data.intervals = variants;
        return data;
    }
};

enum class Kind { Line, Histogram, Bars, Utilisation, Intervals };
constexpr Kind kKinds[] = {Kind::Line, Kind::Histogram, Kind::Bars, Kind::Utilisation, Kind::Intervals};

void drawChart(Kind kind, const Samples& s, ImVec2 size) {
    switch (kind) {
        case Kind::Line: lineChart("line", s.line(), size); break;
        case Kind::Histogram: histogram("histogram", s.histogram(), size); break;
        case Kind::Bars: barChart("outcomes", s.outcomeBars(), size); break;
        case Kind::Utilisation: barChart("rooms", s.utilisation(), size); break;
        case Kind::Intervals: intervalChart("variants", s.intervals(), size); break;
    }
}

TEST(ChartWidgets, EveryChartDrawsIntoTheWindowDrawList) {
    HeadlessImGui imgui(ImVec2(900, 1500));
    const Samples samples;
    std::vector<int> vertices;
    std::vector<ImVec2> sizes;
    imgui.frame([&] {
        const ImDrawList* list = ImGui::GetWindowDrawList();
        for (Kind kind : kKinds) {
            const int before = list->VtxBuffer.Size;
            drawChart(kind, samples, ImVec2(0, 260));
            vertices.push_back(list->VtxBuffer.Size - before);
            sizes.push_back(ImVec2(ImGui::GetItemRectSize()));
        }
    });
    ASSERT_EQ(vertices.size(), std::size(kKinds));
    for (std::size_t i = 0; i < vertices.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_GT(vertices[i], 100) << "axes, labels and data all add vertices";
        EXPECT_EQ(sizes[i].y, 260) << "the chart is one item of the requested size";
        EXPECT_GT(sizes[i].x, 800);
    }
    const ImDrawData* drawData = ImGui::GetDrawData();
    ASSERT_NE(drawData, nullptr);
    EXPECT_TRUE(drawData->Valid);
    ASSERT_EQ(drawData->CmdListsCount, 1) << "no tooltip without a mouse";
    EXPECT_GT(drawData->CmdLists[0]->CmdBuffer.Size, 0);
    EXPECT_GT(drawData->TotalVtxCount, 500);
}

TEST(ChartWidgets, HoveringAChartShowsATooltip) {
    const Samples samples;
    for (Kind kind : kKinds) {
        SCOPED_TRACE(static_cast<int>(kind));
        HeadlessImGui imgui;
        ImVec2 min, max;
        const auto ui = [&] {
            drawChart(kind, samples, ImVec2(600, 300));
            min = ImGui::GetItemRectMin();
            max = ImGui::GetItemRectMax();
        };
        imgui.frame(ui);
        EXPECT_EQ(ImGui::GetDrawData()->CmdListsCount, 1);
        // Right of centre: inside the plot whatever the label margins.
        imgui.io().MousePos = ImVec2(min.x + 0.6f * (max.x - min.x), min.y + 0.55f * (max.y - min.y));
        for (int frame = 0; frame < 3; ++frame) imgui.frame(ui);  // a new tooltip is hidden on its first frame
        EXPECT_EQ(ImGui::GetDrawData()->CmdListsCount, 2) << "the tooltip is a window of its own";
    }
}

TEST(ChartWidgets, EmptyTinyAndHugeInputsDrawWithoutAsserting) {
    HeadlessImGui imgui;
    std::vector<ChartPoint> many;
    for (int i = 0; i < 200000; ++i) many.push_back({480 + i * 0.003, double(i % 101)});
    int manyVertices = 0;
    imgui.frame([&] {
        LineChartData data;
        data.series = {{"many", many, 0, true}};
        const int before = ImGui::GetWindowDrawList()->VtxBuffer.Size;
        lineChart("many", data, ImVec2(700, 200));
        manyVertices = ImGui::GetWindowDrawList()->VtxBuffer.Size - before;
        lineChart("empty line", LineChartData{}, ImVec2(300, 150));
        ImGui::SameLine();
        histogram("empty histogram", HistogramData{}, ImVec2(300, 150));
        barChart("empty bars", BarChartData{}, ImVec2(300, 150));
        ImGui::SameLine();
        intervalChart("empty intervals", IntervalChartData{}, ImVec2(300, 150));
        barChart("tiny", BarChartData{}, ImVec2(1, 1));
        // Scrolled out of view: reserves its space, draws nothing.
        const int hidden = ImGui::GetWindowDrawList()->VtxBuffer.Size;
        ImGui::Dummy(ImVec2(10, 1000));
        lineChart("below", data, ImVec2(700, 200));
        EXPECT_EQ(ImGui::GetWindowDrawList()->VtxBuffer.Size, hidden);
    });
    EXPECT_GT(manyVertices, 0);
    // 16-bit indices: one draw list without a vertex offset can address 65536 vertices.
    EXPECT_LT(manyVertices, 30000) << "200000 points are thinned to a few per pixel column";
}

}  // namespace
}  // namespace pujiang::gui

namespace pujiang::gui {
namespace {

TEST(LiveCharts, TheQueueAxisFitsTheDayAndItsOverrun) {
    ScenarioSpec spec;
    spec.day.opens = 8 * 60 + 30;
    spec.day.closes = 17 * 60;
    const CurveLayout layout = curveLayout(spec);
    // An 08:30-17:00 day whose first arrival is at 08:10: 08:00 to 17:00, not 06:00 to 21:00.
    AxisRange range = dayChartRange(layout, spec.day.opens, spec.day.closes, 8 * 60 + 10, 10 * 60, false);
    EXPECT_DOUBLE_EQ(range.min, 8 * 60);
    EXPECT_DOUBLE_EQ(range.max, 17 * 60);
    // Finished at 19:40 after an overrun: the axis reaches 20:00.
    range = dayChartRange(layout, spec.day.opens, spec.day.closes, 8 * 60 + 10, 19 * 60 + 40, true);
    EXPECT_DOUBLE_EQ(range.max, 20 * 60);
    // A day still going at 23:10, past the result's first timeline (closing + 4 h): the axis follows it.
    range = dayChartRange(layout, spec.day.opens, spec.day.closes, 8 * 60 + 10, 23 * 60 + 10, true);
    EXPECT_DOUBLE_EQ(range.max, 23 * 60 + 30);
    // A day without events yet starts at its opening.
    range = dayChartRange(layout, spec.day.opens, spec.day.closes, std::numeric_limits<double>::infinity(), 0, false);
    EXPECT_DOUBLE_EQ(range.min, 8 * 60 + 30);
}

}  // namespace
}  // namespace pujiang::gui
