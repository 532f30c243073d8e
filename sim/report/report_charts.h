#pragma once
// The charts of the HTML comparison report, each an <svg> string built from the variants' result
// documents. Variant i is drawn in svg::seriesColour(i) in every chart.

#include <string>
#include <string_view>
#include <vector>

#include "sim/report/report_input.h"
#include "sim/report/run_report.h"

namespace pujiang {

// One row per variant: a dot at the mean of `metricPath` with its 95% CI whisker, on a shared
// axis. `scale` multiplies the values (100 shows a fraction as percent).
std::string meanWithCiChart(const std::vector<ReportInput>& inputs, std::string_view metricPath,
                            std::string_view title, double scale, Language language);

// curves.queue_length: each variant's mean as a line over clock time, mean ± sd as a band.
std::string queueLengthChart(const std::vector<ReportInput>& inputs, Language language);

// curves.wait_histogram: grouped bars, one per variant in each bin; the last bin is "≥ N".
std::string waitHistogramChart(const std::vector<ReportInput>& inputs, Language language);

// One stacked horizontal bar per variant: on the spot, assigned, defined, referred to legal.
std::string outcomeSharesChart(const std::vector<ReportInput>& inputs, Language language);

}  // namespace pujiang
