#include "gui/metric_text.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "sim/report/metric_format.h"

namespace pujiang::gui {

namespace {

// Rounds first, so a tiny negative value that prints as zero loses its sign too.
std::string fixed(double value, int decimals, bool sign) {
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0) rounded = 0.0;  // turns -0.0 into +0.0
    if (sign && rounded > 0.0) return fmt::format("+{:.{}f}", rounded, decimals);
    return fmt::format("{:.{}f}", rounded, decimals);
}

}  // namespace

std::string metricValueText(double value, MetricFormat format, bool sign) {
    if (!hasValue(value)) return kNoValueText;
    switch (format) {
    case MetricFormat::Share: return fixed(100.0 * value, 1, sign) + "%";
    case MetricFormat::Count:
    case MetricFormat::Minutes: return fixed(value, 1, sign);
    case MetricFormat::Ratio: return fixed(value, 2, sign);
    case MetricFormat::Clock: return sign ? fixed(value, 1, true) : formatClock(value);
    }
    return kNoValueText;
}

Summary clampedToRange(Summary s, const MetricInfo& metric) {
    s.ciLow = metric.clamp(s.ciLow);
    s.ciHigh = metric.clamp(s.ciHigh);
    return s;
}

std::string estimateText(const Summary& estimate, const MetricInfo& metric) {
    const Summary s = clampedToRange(estimate, metric);
    if (!hasValue(s.mean)) return kNoValueText;
    return fmt::format("{} [{}, {}]", metricValueText(s.mean, metric.format), metricValueText(s.ciLow, metric.format),
                       metricValueText(s.ciHigh, metric.format));
}

std::string differenceText(const Summary& difference, const MetricInfo& metric) {
    if (!hasValue(difference.mean)) return kNoValueText;
    const double span = metric.high - metric.low;
    const double low = std::isnan(difference.ciLow) ? difference.ciLow : std::max(-span, difference.ciLow);
    const double high = std::isnan(difference.ciHigh) ? difference.ciHigh : std::min(span, difference.ciHigh);
    // A clock's difference is a duration: minutes, not a time of day.
    const MetricFormat format = metric.format == MetricFormat::Clock ? MetricFormat::Minutes : metric.format;
    return fmt::format("{} [{}, {}]", metricValueText(difference.mean, format, true), metricValueText(low, format, true),
                       metricValueText(high, format, true));
}

}  // namespace pujiang::gui
