#pragma once
// The arithmetic behind the chart widgets (gui/charts.h): value-to-pixel mapping, bar
// layout, hit testing and point thinning. Plain functions on numbers and ImVec2, no ImGui context,
// so all of it is unit tested without a display.

#include <span>
#include <vector>

#include <imgui.h>

#include "sim/report/axis_ticks.h"

namespace pujiang::gui {

struct ChartPoint {
    double x = 0, y = 0;
};

// The axis arithmetic is shared with the HTML report's SVG charts (sim/report/axis_ticks.h).
using pujiang::AxisRange;
using pujiang::clockTicks;
using pujiang::dataRange;
using pujiang::fitAxis;
using pujiang::FittedAxis;
using pujiang::niceTicks;
using pujiang::tickStep;
using pujiang::TickSteps;
using pujiang::ticksFor;

// A plot area in screen pixels and the data range it shows. Screen y grows downwards, data y
// upwards. A reversed range (x0 > x1 or y0 > y1) flips the axis, which is how horizontal bar
// charts put category 0 at the top. A zero-width range maps everything to the middle.
struct ChartFrame {
    ImVec2 min, max;
    double x0 = 0, x1 = 1, y0 = 0, y1 = 1;

    ImVec2 toPixel(double x, double y) const;
    float pixelX(double x) const;
    float pixelY(double y) const;
    double dataX(float px) const;
    double dataY(float py) const;
    bool contains(ImVec2 p) const;
};

// [SECTION] Categories (bars, variants). Category i occupies [i, i + 1] on its axis, less padding.
enum class BarOrientation { Vertical, Horizontal };

// How the frame of a category chart is set up: categories on x (vertical bars) or on y from the
// top (horizontal bars), the value range on the other axis.
ChartFrame categoryFrame(ImVec2 min, ImVec2 max, int count, AxisRange values, BarOrientation orientation);

struct ChartRect {
    ImVec2 min, max;
};

// The bar of category `index` from the value axis' baseline (0, or the range end nearest to 0) to
// `value`, clamped to the visible range. `gap` is the fraction of the slot left empty around a bar.
ChartRect barRect(const ChartFrame& frame, BarOrientation orientation, int index, double value, float gap = 0.2f);

// The category under the mouse, or -1. The whole slot counts, so a zero or tiny bar still has a tooltip.
int categoryAt(const ChartFrame& frame, BarOrientation orientation, int count, ImVec2 mouse);

// [SECTION] Hit testing on data.
// Index of the histogram bin [edges[i], edges[i+1]) containing x (the last bin includes its right
// edge), or -1. `edges` must be ascending.
int binAt(std::span<const double> edges, double x);

// The point a tooltip should show for mouse position x on a series sorted by x, or -1 when empty.
// Lines: the point nearest in x. Steps: the last point at or before x (the value holding at x),
// -1 before the first point and after the last (where the drawn series ends).
int pointAt(std::span<const ChartPoint> points, double x, bool steps);

// [SECTION] Drawing helpers.
// Pixel positions of a series. Steps add a corner before each rise or fall: the value holds until
// the next point.
std::vector<ImVec2> seriesPixels(const ChartFrame& frame, std::span<const ChartPoint> points, bool steps);

// Thins a polyline sorted by x to at most four points per pixel column (first, lowest, highest,
// last: the "M4" rule), which keeps every spike visible while a day of events stays far below
// the 65536 vertices a 16-bit-index draw list can address.
std::vector<ImVec2> thinToPixelColumns(std::span<const ImVec2> pixels);

// Where each legend entry goes: x from the header's left edge and a line (0: the title's line).
struct LegendSlot {
    float x = 0;
    int line = 0;
};
// Entries of these widths (swatch and name) stay on the title's line, right-aligned, when they all
// fit beside it; otherwise they go on the lines below, wrapped at `width`, so no entry is ever
// pushed out of the chart however many variants there are.
std::vector<LegendSlot> layoutLegend(std::span<const float> entryWidths, float titleWidth, float width, float gap);

}  // namespace pujiang::gui
