#include "sim/report/metric_text.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "sim/report/metric_format.h"

namespace pujiang {

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

namespace {

// Decimals of a value of the format as written (a share in percent).
int decimalsOf(MetricFormat format) { return format == MetricFormat::Ratio ? 2 : 1; }

std::string valueText(double value, MetricFormat format, bool sign, int decimals) {
    if (!hasValue(value)) return kNoValueText;
    switch (format) {
    case MetricFormat::Share: return fixed(100.0 * value, decimals, sign) + "%";
    case MetricFormat::Count:
    case MetricFormat::Minutes:
    case MetricFormat::Ratio: return fixed(value, decimals, sign);
    case MetricFormat::Clock: return sign ? fixed(value, decimals, true) : formatClock(value);
    }
    return kNoValueText;
}

// A bound of an interval that excludes 0 is never written as 0: it gets up to three more decimals
// until its sign shows, so a starred difference never reads "[-0.8, 0.0]".
std::string boundText(double bound, MetricFormat format, bool excludesZero) {
    int decimals = decimalsOf(format);
    if (excludesZero && hasValue(bound) && bound != 0.0) {
        const double shown = format == MetricFormat::Share ? 100.0 * bound : bound;
        while (decimals < decimalsOf(format) + 3 && std::round(shown * std::pow(10.0, decimals)) == 0.0) ++decimals;
    }
    return valueText(bound, format, true, decimals);
}

}  // namespace

std::string metricValueText(double value, MetricFormat format, bool sign) {
    return valueText(value, format, sign, decimalsOf(format));
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
    const bool excludesZero = difference.n > 1 && (low > 0.0 || high < 0.0);
    return fmt::format("{} [{}, {}]", metricValueText(difference.mean, format, true),
                       boundText(low, format, excludesZero), boundText(high, format, excludesZero));
}

}  // namespace pujiang
