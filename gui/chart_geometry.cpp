#include "gui/chart_geometry.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace pujiang::gui {

namespace {

float lerp(float a, float b, double t) { return a + static_cast<float>(t) * (b - a); }

// Where `v` lies between a and b as a fraction; the middle when a == b.
double fraction(double v, double a, double b) { return a == b ? 0.5 : (v - a) / (b - a); }

ChartRect normalized(ImVec2 a, ImVec2 b) {
    return {ImVec2(std::min(a.x, b.x), std::min(a.y, b.y)), ImVec2(std::max(a.x, b.x), std::max(a.y, b.y))};
}

}  // namespace

// [SECTION] ChartFrame
float ChartFrame::pixelX(double x) const { return lerp(min.x, max.x, fraction(x, x0, x1)); }
float ChartFrame::pixelY(double y) const { return lerp(max.y, min.y, fraction(y, y0, y1)); }
ImVec2 ChartFrame::toPixel(double x, double y) const { return ImVec2(pixelX(x), pixelY(y)); }

double ChartFrame::dataX(float px) const {
    const double t = max.x == min.x ? 0.0 : (double(px) - min.x) / (double(max.x) - min.x);
    return x0 + t * (x1 - x0);
}

double ChartFrame::dataY(float py) const {
    const double t = max.y == min.y ? 0.0 : (double(max.y) - py) / (double(max.y) - min.y);
    return y0 + t * (y1 - y0);
}

bool ChartFrame::contains(ImVec2 p) const { return p.x >= min.x && p.x <= max.x && p.y >= min.y && p.y <= max.y; }

// [SECTION] Categories
ChartFrame categoryFrame(ImVec2 min, ImVec2 max, int count, AxisRange values, BarOrientation orientation) {
    if (orientation == BarOrientation::Vertical) return {min, max, 0, double(count), values.min, values.max};
    return {min, max, values.min, values.max, double(count), 0};
}

ChartRect barRect(const ChartFrame& frame, BarOrientation orientation, int index, double value, float gap) {
    const bool vertical = orientation == BarOrientation::Vertical;
    const double v0 = vertical ? frame.y0 : frame.x0;
    const double v1 = vertical ? frame.y1 : frame.x1;
    const double lo = std::min(v0, v1), hi = std::max(v0, v1);
    const double base = std::clamp(0.0, lo, hi);
    const double end = std::clamp(value, lo, hi);
    const double from = index + gap / 2.0, to = index + 1 - gap / 2.0;
    if (vertical) return normalized(frame.toPixel(from, base), frame.toPixel(to, end));
    return normalized(frame.toPixel(base, from), frame.toPixel(end, to));
}

int categoryAt(const ChartFrame& frame, BarOrientation orientation, int count, ImVec2 mouse) {
    if (count <= 0 || !frame.contains(mouse)) return -1;
    const double c = orientation == BarOrientation::Vertical ? frame.dataX(mouse.x) : frame.dataY(mouse.y);
    const int index = static_cast<int>(std::floor(c));
    // The far edge of the frame belongs to the last category.
    return std::clamp(index, 0, count - 1);
}

// [SECTION] Hit testing on data
int binAt(std::span<const double> edges, double x) {
    const std::size_t n = edges.size();
    if (n < 2 || !(x >= edges.front() && x <= edges.back())) return -1;
    if (x == edges.back()) return static_cast<int>(n - 2);
    return static_cast<int>(std::upper_bound(edges.begin(), edges.end(), x) - edges.begin()) - 1;
}

int pointAt(std::span<const ChartPoint> points, double x, bool steps) {
    if (points.empty() || std::isnan(x)) return -1;
    const auto byX = [](double value, const ChartPoint& p) { return value < p.x; };
    const auto after = std::upper_bound(points.begin(), points.end(), x, byX);
    const int i = static_cast<int>(after - points.begin());  // first point right of x
    // A step's value holds until the next point; after the last one it is unknown (nothing is drawn there).
    if (steps) return x > points.back().x ? -1 : i - 1;
    if (i == 0) return 0;
    if (i == static_cast<int>(points.size())) return i - 1;
    return x - points[i - 1].x <= points[i].x - x ? i - 1 : i;
}

// [SECTION] Drawing helpers
std::vector<ImVec2> seriesPixels(const ChartFrame& frame, std::span<const ChartPoint> points, bool steps) {
    std::vector<ImVec2> pixels;
    pixels.reserve(steps ? points.size() * 2 : points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (steps && i > 0 && points[i].y != points[i - 1].y) pixels.push_back(frame.toPixel(points[i].x, points[i - 1].y));
        pixels.push_back(frame.toPixel(points[i].x, points[i].y));
    }
    return pixels;
}

std::vector<ImVec2> thinToPixelColumns(std::span<const ImVec2> pixels) {
    std::vector<ImVec2> kept;
    for (std::size_t begin = 0; begin < pixels.size();) {
        const float column = std::floor(pixels[begin].x);
        std::size_t end = begin + 1, low = begin, high = begin;
        for (; end < pixels.size() && std::floor(pixels[end].x) == column; ++end) {
            if (pixels[end].y < pixels[low].y) low = end;
            if (pixels[end].y > pixels[high].y) high = end;
        }
        std::array<std::size_t, 4> picks = {begin, low, high, end - 1};
        std::sort(picks.begin(), picks.end());
        const auto last = std::unique(picks.begin(), picks.end());
        for (auto it = picks.begin(); it != last; ++it) kept.push_back(pixels[*it]);
        begin = end;
    }
    return kept;
}

std::vector<LegendSlot> layoutLegend(std::span<const float> entryWidths, float titleWidth, float width, float gap) {
    std::vector<LegendSlot> slots;
    float total = 0;
    for (const float w : entryWidths) total += w + gap;
    const float beside = width - gap - total;  // where the row starts when right-aligned
    if (beside >= titleWidth + 2 * gap) {
        float x = beside;
        for (const float w : entryWidths) {
            slots.push_back({x, 0});
            x += w + gap;
        }
        return slots;
    }
    float x = gap;
    int line = 1;
    for (const float w : entryWidths) {
        if (x > gap && x + w > width) {  // an entry wider than the chart still gets a line of its own
            x = gap;
            ++line;
        }
        slots.push_back({x, line});
        x += w + gap;
    }
    return slots;
}

}  // namespace pujiang::gui
