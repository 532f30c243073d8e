#pragma once
// How a metric's value is written in text reports (day report, compare and sweep tables). A
// value that does not exist (kNoValue: no observation in any replication) is written as "—".

#include <string>

#include "sim/reception/metric_table.h"

namespace pujiang {

// "HH:MM", or "Nd HH:MM" past midnight.
std::string formatClock(double minutes);
// In the metric's format: counts and minutes with one decimal, shares as percentages.
std::string formatMetric(double value, MetricFormat format);
// One day's value (the GUI's figures of the day so far): counts are whole numbers, the rest as
// formatMetric.
std::string formatDayValue(double value, MetricFormat format);
// A plain number with `decimals` decimals and an optional sign.
std::string formatNumber(double value, int decimals, bool sign = false);

inline constexpr const char* kNoValueText = "—";

}  // namespace pujiang
