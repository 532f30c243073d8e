#include "gui/chart_geometry.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace pujiang::gui {

namespace {

// A tick step as a fraction, so k × step can be computed as k × num / den: 3 × 1/10 rounds to the
// double nearest 0.3, while 3 × 0.1 does not. den is 1 or a power of ten.
struct Step {
    double num = 0, den = 1;
    double value() const { return num / den; }
    bool valid() const { return num > 0; }
};

// Slack for a bound that is a multiple of the step up to rounding (0.3 / 0.1 = 2.9999999999999996).
constexpr double kSlack = 1e-9;
// More multiples than any axis shows: the candidate step is too small, don't count them one by one.
constexpr double kTooMany = 1e6;

double firstMultiple(double min, Step step) { return std::ceil(min * step.den / step.num - kSlack); }
double lastMultiple(double max, Step step) { return std::floor(max * step.den / step.num + kSlack); }
// The multiples bounding [min, max] from outside: where a fitted axis starts and ends.
double multipleBelow(double min, Step step) { return std::floor(min * step.den / step.num + kSlack); }
double multipleAbove(double max, Step step) { return std::ceil(max * step.den / step.num - kSlack); }

// How many ticks `step` puts inside [min, max], or on [min, max] widened to multiples of the step.
double multiplesIn(double min, double max, Step step, bool widened) {
    if ((max - min) / step.value() > kTooMany) return kTooMany;
    if (widened) return multipleAbove(max, step) - multipleBelow(min, step) + 1;
    return std::max(0.0, lastMultiple(max, step) - firstMultiple(min, step) + 1);
}

Step decimalStep(int mantissa, int exponent) {
    return exponent >= 0 ? Step{mantissa * std::pow(10.0, exponent), 1} : Step{double(mantissa), std::pow(10.0, -exponent)};
}

// The smallest step of the family for which `fits` holds, trying candidates in increasing order.
// min < max, both finite, maxCount >= 1.
template <class Fits>
Step firstFitting(TickSteps steps, double min, double max, int maxCount, Fits fits) {
    // Below one minute per tick, or beyond a day per tick, clock steps have nothing to offer.
    static constexpr std::array<double, 14> kMinutes = {1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440};
    if (steps == TickSteps::Minutes && (max - min) / maxCount >= 1.0)
        for (double minutes : kMinutes)
            if (fits(Step{minutes, 1})) return Step{minutes, 1};
    // Start one decade below the rough step, so the first candidate that fits is the smallest.
    // Four decades above the rough step one multiple at most lies inside the range: every
    // caller's condition holds by then.
    const int start = static_cast<int>(std::floor(std::log10((max - min) / maxCount))) - 1;
    for (int exponent = start; exponent <= start + 5; ++exponent)
        for (int mantissa : {1, 2, 5})
            if (fits(decimalStep(mantissa, exponent))) return decimalStep(mantissa, exponent);
    return {};
}

bool usable(double min, double max, int maxCount) { return std::isfinite(min) && std::isfinite(max) && maxCount >= 1; }

Step chooseStep(TickSteps steps, double min, double max, int maxCount) {
    if (!usable(min, max, maxCount) || min == max) return {};
    if (min > max) std::swap(min, max);
    return firstFitting(steps, min, max, maxCount,
                        [&](Step step) { return multiplesIn(min, max, step, false) <= maxCount; });
}

// Multiples k × step for k in [first, last], computed without accumulating rounding errors.
std::vector<double> multiples(double first, double last, Step step) {
    std::vector<double> values;
    for (double k = first; k <= last; ++k) values.push_back(k * step.num / step.den + 0.0);  // + 0.0: no -0
    return values;
}

float lerp(float a, float b, double t) { return a + static_cast<float>(t) * (b - a); }

// Where `v` lies between a and b as a fraction; the middle when a == b.
double fraction(double v, double a, double b) { return a == b ? 0.5 : (v - a) / (b - a); }

ChartRect normalized(ImVec2 a, ImVec2 b) {
    return {ImVec2(std::min(a.x, b.x), std::min(a.y, b.y)), ImVec2(std::max(a.x, b.x), std::max(a.y, b.y))};
}

}  // namespace

std::vector<double> ticksFor(TickSteps steps, double min, double max, int maxCount) {
    if (!usable(min, max, maxCount)) return {};
    if (min == max) return {min};
    if (min > max) std::swap(min, max);
    const Step step = chooseStep(steps, min, max, maxCount);
    if (!step.valid()) return {};
    return multiples(firstMultiple(min, step), lastMultiple(max, step), step);
}

std::vector<double> niceTicks(double min, double max, int maxCount) {
    return ticksFor(TickSteps::Decimal, min, max, maxCount);
}

std::vector<double> clockTicks(double minMinutes, double maxMinutes, int maxCount) {
    return ticksFor(TickSteps::Minutes, minMinutes, maxMinutes, maxCount);
}

double tickStep(TickSteps steps, double min, double max, int maxCount) {
    return chooseStep(steps, min, max, maxCount).value();
}

AxisRange dataRange(double lo, double hi, bool includeZero) {
    if (!std::isfinite(lo) || !std::isfinite(hi) || lo > hi) return {0, 1};
    if (includeZero) {
        lo = std::min(lo, 0.0);
        hi = std::max(hi, 0.0);
    }
    if (lo == hi) {
        if (lo == 0) return {0, 1};
        const double pad = std::abs(lo) / 2;
        return {lo - pad, hi + pad};
    }
    return {lo, hi};
}

FittedAxis fitAxis(AxisRange range, TickSteps steps, int maxTicks) {
    const double lo = std::min(range.min, range.max), hi = std::max(range.min, range.max);
    if (!usable(lo, hi, maxTicks) || lo == hi) return {range, ticksFor(steps, lo, hi, maxTicks)};
    // Rounding outwards can add a multiple at each end, so the step is chosen on the widened
    // range: the same step then serves range and ticks. (Choosing ticks afresh on the widened
    // range could pick a smaller step that skips an end: [0, 5] labelled 0, 2, 4.)
    const auto fitsIn = [&](int count) {
        return [&, count](Step step) { return multiplesIn(lo, hi, step, true) <= count; };
    };
    Step step = firstFitting(steps, lo, hi, maxTicks, fitsIn(maxTicks));
    // Across zero every step shows at least -step, 0 and step.
    if (!step.valid()) step = firstFitting(steps, lo, hi, maxTicks, fitsIn(std::max(maxTicks, 3)));
    if (!step.valid()) return {range, ticksFor(steps, lo, hi, maxTicks)};
    const std::vector<double> ticks = multiples(multipleBelow(lo, step), multipleAbove(hi, step), step);
    return {{ticks.front(), ticks.back()}, ticks};
}

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

}  // namespace pujiang::gui
