#pragma once
// Every metric of a day, said once: its public name (JSON, CSV, golden files, --metric), its
// label in each language, unit, print format, the range its values can take and whether it is a
// headline figure. The day report, compare and sweep tables, the HTML report and the GUI all
// derive their rows and labels from here.

#include <cmath>
#include <limits>
#include <span>
#include <string_view>

#include "sim/core/language.h"
#include "sim/reception/day_result.h"

namespace pujiang {

enum class MetricFormat {
    Count,    // batches, persons: one decimal
    Share,    // 0..1, printed as a percentage
    Minutes,  // a duration
    Clock,    // a time of day, in minutes after 00:00
    Ratio,    // a dimensionless average, e.g. batches waiting
};

struct MetricInfo {
    std::string_view name;  // public schema name
    std::string_view zh, en;
    std::string_view unit;  // "batches", "persons", "min", "share", "clock", ""
    MetricFormat format;
    double low = 0.0, high = std::numeric_limits<double>::infinity();  // every possible value
    bool headline = false;  // printed by compare, shown first in the HTML report
    // A short header for tables with a column per metric (sweep table); empty: the label.
    std::string_view zhColumn = {}, enColumn = {};
    bool brief = false;  // one of the few columns of a one-line summary (a sweep table row)

    std::string_view label(Language language) const { return Phrase{zh, en}.in(language); }
    std::string_view column(Language language) const {
        const std::string_view shortLabel = Phrase{zhColumn, enColumn}.in(language);
        return shortLabel.empty() ? label(language) : shortLabel;
    }
    constexpr MetricInfo withColumn(std::string_view zhShort, std::string_view enShort, bool inBrief = false) const {
        MetricInfo info = *this;
        info.zhColumn = zhShort;
        info.enColumn = enShort;
        info.brief = inBrief;
        return info;
    }
    double clamp(double x) const { return std::isnan(x) ? x : std::fmin(high, std::fmax(low, x)); }
};

const MetricInfo& metricInfo(Metric metric);
const MetricInfo& metricInfo(CategoryMetric metric);
const MetricInfo& metricInfo(RoomMetric metric);
const MetricInfo& metricInfo(ClassMetric metric);
// The overall metrics marked headline, in table order.
std::span<const Metric> headlineMetrics();
// The overall metrics marked brief (columns of a sweep table), in table order.
std::span<const Metric> briefMetrics();

// A metric's value in one replication when it has no observation (a mean over no batch, a share
// with nothing to divide by). Across replications such cells are left out and n says how many
// replications had a value.
inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();
inline bool hasValue(double x) { return !std::isnan(x); }

}  // namespace pujiang
