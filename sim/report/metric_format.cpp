#include "sim/report/metric_format.h"

#include <cmath>

#include <fmt/format.h>

namespace pujiang {

std::string formatClock(double minutes) {
    if (!std::isfinite(minutes)) return "--:--";
    const long total = std::lround(minutes);
    const long days = total / (24 * 60);
    const long rest = total % (24 * 60);
    if (days > 0) return fmt::format("{}d {:02}:{:02}", days, rest / 60, rest % 60);
    return fmt::format("{:02}:{:02}", rest / 60, rest % 60);
}

std::string formatMetric(double x, MetricFormat format) {
    if (!hasValue(x)) return kNoValueText;
    switch (format) {
    case MetricFormat::Count: return fmt::format("{:.1f}", x);
    case MetricFormat::Share: return fmt::format("{:.1f}%", 100.0 * x);
    case MetricFormat::Minutes: return fmt::format("{:.1f}", x);
    case MetricFormat::Clock: return formatClock(x);
    case MetricFormat::Ratio: return fmt::format("{:.2f}", x);
    }
    return kNoValueText;
}

std::string formatDayValue(double x, MetricFormat format) {
    if (format == MetricFormat::Count && hasValue(x)) return fmt::format("{:.0f}", x);
    return formatMetric(x, format);
}

std::string formatNumber(double x, int decimals, bool sign) {
    if (!hasValue(x)) return kNoValueText;
    return sign ? fmt::format("{:+.{}f}", x, decimals) : fmt::format("{:.{}f}", x, decimals);
}

}  // namespace pujiang
