#pragma once
// Immediate-mode chart widgets drawn with ImDrawList (ImPlot is not available to this build). Each
// call reserves one ImGui item of the given size, draws into the current window's draw list and,
// while the mouse is over the plot, shows a tooltip with the value under it. Every visible text
// (title, series names, bar labels, tick labels through the formatters) comes from the caller, so
// the charts work in either UI language. The geometry lives in gui/chart_geometry.h.
//
// Data is passed by span: the caller keeps the values alive for the duration of the call, nothing
// is copied or retained between frames.

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "gui/chart_geometry.h"

namespace pujiang::gui {

// Turns an axis value into text, e.g. minutes after midnight into "HH:MM" or 0.42 into "42%".
using TickFormatter = std::function<std::string(double)>;

// Up to four significant digits, no trailing zeros: 0.25, 437, 1.235e+04. The default formatter.
std::string formatNumber(double value);
// A fraction as a whole percentage: 0.42 -> "42%".
std::string formatPercent(double fraction);

// The colour of series/bar `index` when the caller gives none (a colour-blind-safe ten-colour cycle).
ImU32 chartColor(int index);

struct ChartAxis {
    TickFormatter format;               // tick and tooltip text; empty: formatNumber
    TickSteps steps = TickSteps::Decimal;
    std::optional<AxisRange> range;     // the range shown; empty: fitted to the data
    bool includeZero = false;           // when fitted: stretch the range to include 0
};

// A fitted axis that starts at zero: the default for counts, lengths and waiting times.
inline ChartAxis zeroBasedAxis() {
    ChartAxis axis;
    axis.includeZero = true;
    return axis;
}

// [SECTION] Line chart
struct LineSeries {
    std::string_view name;                // legend and tooltip
    std::span<const ChartPoint> points;   // sorted by x
    ImU32 color = 0;                      // 0: chartColor(index of the series)
    bool steps = false;                   // the value holds until the next point (queue lengths, counts)
};

struct LineChartData {
    std::string_view title;
    std::vector<LineSeries> series;       // a legend is shown when there is more than one
    ChartAxis x;                          // e.g. format = formatClock, steps = TickSteps::Minutes
    ChartAxis y = zeroBasedAxis();
    std::optional<double> marker;         // a vertical line at this x, e.g. the current time
};

// [SECTION] Histogram
struct HistogramData {
    std::string_view title;
    std::span<const double> edges;        // ascending bin edges, one more than counts
    std::span<const double> counts;       // height of each bin (a count or a density)
    ChartAxis x;                          // fitted range: [edges.front(), edges.back()]
    ChartAxis y = zeroBasedAxis();
    ImU32 color = 0;                      // 0: chartColor(0)
};

// [SECTION] Bar chart
struct ChartBar {
    std::string_view label;
    double value = 0;
    ImU32 color = 0;                      // 0: chartColor(index of the bar)
};

struct BarChartData {
    std::string_view title;
    std::span<const ChartBar> bars;
    BarOrientation orientation = BarOrientation::Horizontal;
    ChartAxis value = zeroBasedAxis();    // for a utilisation: range {0, 1} and format = formatPercent
};

// [SECTION] Interval chart: one row per variant, its mean and a confidence-interval whisker.
struct ChartInterval {
    std::string_view label;
    double mean = 0, low = 0, high = 0;
    ImU32 color = 0;                      // 0: chartColor(index of the row)
};

struct IntervalChartData {
    std::string_view title;
    std::span<const ChartInterval> intervals;
    ChartAxis value;                      // fitted to [min low, max high]
};

// `id` must be unique in the current ID scope (as for any ImGui widget). `size` follows ImGui's
// convention: x <= 0 means the available width plus x; y == 0 a default height of 12 text lines,
// y < 0 the available height plus y.
void lineChart(const char* id, const LineChartData& data, ImVec2 size = ImVec2(0, 0));
void histogram(const char* id, const HistogramData& data, ImVec2 size = ImVec2(0, 0));
void barChart(const char* id, const BarChartData& data, ImVec2 size = ImVec2(0, 0));
void intervalChart(const char* id, const IntervalChartData& data, ImVec2 size = ImVec2(0, 0));

}  // namespace pujiang::gui
