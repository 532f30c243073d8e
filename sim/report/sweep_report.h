#pragma once
// Output of `pujiang sweep`: per variant (one combination of the varied keys) its means and 95%
// CIs. The CSV is tidy: one row per (variant, metric), one column per varied key.

#include <ostream>
#include <string>
#include <vector>

#include "sim/experiment/experiment.h"
#include "sim/report/run_report.h"

namespace pujiang {

struct SweepInfo {
    const Experiment* experiment = nullptr;
    std::string file;
    std::vector<std::string> varied;  // keys, in --vary order
    std::vector<std::string> set;     // KEY=VALUE given with --set
    double precision = 0.0;           // 0: fixed replications
};

// Columns: variant,<one column per varied key>,metric,n,mean,sd,ci_low,ci_high
void writeSweepCsv(std::ostream& out, const SweepInfo& info, const std::vector<VariantResult>& results);
// Schema "pujiang-sweep/1": {schema, file, vary, set, seed, replications, precision,
// variants: [{label, factors: {key: value}, results}]}.
void writeSweepJson(std::ostream& out, const SweepInfo& info, const std::vector<VariantResult>& results);
void writeSweepTable(std::ostream& out, const SweepInfo& info, const std::vector<VariantResult>& results,
                     Language language);

}  // namespace pujiang
