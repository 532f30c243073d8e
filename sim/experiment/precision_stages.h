#pragma once
// The sequential procedure behind `--replications auto --precision p` (docs/experiments.md): after
// r replications of every variant, how many the next stage needs so that every overall metric's
// 95 % half-width is at most p times its mean.

#include <string>
#include <vector>

#include "sim/experiment/experiment.h"

namespace pujiang {

struct PrecisionStage {
    int replications = 0;            // what the next stage asks for (== r when nothing is open)
    std::vector<std::string> open;   // "metric (variant)" still short of the precision
};

// For each variant and metric with a value in at least two replications and an interval that
// excludes zero: n* = r (h / (p |mean|))^2. The next stage is the largest n*, at least r + 1 and at
// most 2r. A metric with no value (e.g. a lawyer wait in a day without lawyers), or with one value
// only, and a metric whose interval contains zero (rare events) do not drive it.
PrecisionStage nextPrecisionStage(const std::vector<VariantResult>& results, const std::vector<std::string>& labels,
                                  int r, double precision);

}  // namespace pujiang
