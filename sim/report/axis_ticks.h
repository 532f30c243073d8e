#pragma once
// Axis ticks and ranges for every chart of the project: the GUI's ImGui charts (gui/charts.h) and
// the HTML report's SVG charts (sim/report/report_charts.h) choose their steps here, so the same
// data gets the same axis in both. Plain arithmetic on numbers.

#include <vector>

namespace pujiang {

struct AxisRange {
    double min = 0, max = 1;
};

// Which steps an axis may use. Decimal: 1, 2 or 5 × 10^k. Minutes: values are minutes (after
// midnight or durations) and ticks fall on clock-friendly steps (5, 10, 15, 30 min, 1 h, 2 h, ...),
// so an HH:MM axis reads 08:00 10:00 12:00 instead of 08:20 10:00 11:40.
enum class TickSteps { Decimal, Minutes };

// Tick values inside [min, max] (either order), at most `maxCount` of them, on the smallest step of
// the family that fits. min == max gives that one value; a non-finite bound or maxCount < 1 gives
// none. Values are k × step computed without accumulation, so 0.1-steps print as 0.3, not 0.30000004.
std::vector<double> niceTicks(double min, double max, int maxCount);
std::vector<double> clockTicks(double minMinutes, double maxMinutes, int maxCount);
std::vector<double> ticksFor(TickSteps steps, double min, double max, int maxCount);

// The step niceTicks/clockTicks would use; 0 when they would return no ticks.
double tickStep(TickSteps steps, double min, double max, int maxCount);

// The range data spanning [lo, hi] needs: grown to include zero if asked, opened up when lo == hi
// (a flat series still gets a visible axis). No data (lo > hi or non-finite) gives [0, 1].
AxisRange dataRange(double lo, double hi, bool includeZero);

// A value axis fitted to `range`: the range rounded outwards to multiples of a step and the ticks
// on that same step, so both ends carry a labelled gridline. At most maxTicks ticks, except that a
// range strictly across zero may need three (-step, 0, step).
struct FittedAxis {
    AxisRange range;
    std::vector<double> ticks;
};
FittedAxis fitAxis(AxisRange range, TickSteps steps, int maxTicks);

// Ticks from at or below `low` to at or above `high`, about `intervals` apart or fewer: the ticks of
// fitAxis on the data's range (dataRange without zero; either order; non-finite gives [0, 1]).
std::vector<double> coveringTicks(double low, double high, int intervals);

}  // namespace pujiang
