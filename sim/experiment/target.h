#pragma once
// A planning target such as "wait_min.p90 <= 60": a metric, a comparison and a value, judged with
// a stated confidence over replications.
//   <=, <  : the one-sided upper confidence bound of the mean is below the value
//   >=, >  : the one-sided lower confidence bound is above it
//   ==     : every replication has exactly that value (e.g. "unserved_at_close == 0")

#include <string>

#include "sim/core/statistics.h"
#include "sim/reception/day_result.h"

namespace pujiang {

struct Target {
    enum class Op { Le, Lt, Ge, Gt, Eq };
    std::string text;
    Metric metric = Metric::WaitMean;
    Op op = Op::Le;
    double value = 0.0;
};

// Throws std::invalid_argument with a message saying what is wrong and what is allowed.
Target parseTarget(const std::string& text);

struct TargetCheck {
    bool met = false;
    double mean = 0.0;
    double bound = 0.0;  // the confidence bound compared with the value (the mean for ==)
};

TargetCheck checkTarget(const Target& target, const Tally& values, double confidence);

}  // namespace pujiang
