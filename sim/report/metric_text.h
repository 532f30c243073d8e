#pragma once
// How compare results (the CLI's table and the GUI's compare tab) write a metric's estimate and a
// paired difference: by the metric's kind (shares as percentages, minutes and counts with one
// decimal, clock times as HH:MM), with the interval limited to what the metric can be, and never
// a "-0.0".

#include <string>

#include "sim/core/statistics.h"
#include "sim/reception/metric_table.h"

namespace pujiang {

// `value` in the metric's format; with `sign`, a leading + on positive values. A value that rounds
// to zero is written "0.0" (no sign, never "-0.0"). Shares: percent of the whole ("20.9%"); in a
// difference, percentage points with the same suffix.
std::string metricValueText(double value, MetricFormat format, bool sign = false);

// "mean [low, high]" with the interval clamped to [metric.low, metric.high] (display only: a t
// interval is symmetric and can reach past a bound every observation respects).
std::string estimateText(const Summary& estimate, const MetricInfo& metric);
// "+mean [low, high]" of a difference from the reference, clamped to +-(high - low); a clock
// metric's difference is in minutes. When the interval excludes 0 (a significant difference), a
// bound that would round to 0 gets up to three more decimals: "-0.4 [-0.8, -0.0003]".
std::string differenceText(const Summary& difference, const MetricInfo& metric);

// The interval as shown: clamped to the metric's range.
Summary clampedToRange(Summary estimate, const MetricInfo& metric);

}  // namespace pujiang
