#include "sim/report/axis_ticks.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace pujiang {

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

std::vector<double> coveringTicks(double low, double high, int intervals) {
    if (low > high) std::swap(low, high);
    return fitAxis(dataRange(low, high, false), TickSteps::Decimal, std::max(intervals, 1) + 1).ticks;
}

}  // namespace pujiang
