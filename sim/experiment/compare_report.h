#pragma once
// Output of `pujiang compare`: each variant's means with 95% CIs and its paired difference from
// the first variant (common random numbers) with a 95% CI; a difference is significant when its
// interval excludes zero.

#include <ostream>
#include <string>
#include <vector>

#include "sim/experiment/experiment.h"
#include "sim/experiment/run_report.h"

namespace pujiang {

struct CompareInfo {
    const Experiment* experiment = nullptr;
    std::vector<std::string> files;  // one per variant
};

// Schema "pujiang-compare/1": {schema, seed, replications, variants: [{label, file, results}],
// differences: [{variant, against, metrics: {name: {mean, sd, ci95, significant}}}]}.
void writeCompareJson(std::ostream& out, const CompareInfo& info, const std::vector<VariantResult>& results);
// Columns: variant,metric,n,mean,sd,ci_low,ci_high,diff_mean,diff_ci_low,diff_ci_high,significant
void writeCompareCsv(std::ostream& out, const CompareInfo& info, const std::vector<VariantResult>& results);
void writeCompareTable(std::ostream& out, const CompareInfo& info, const std::vector<VariantResult>& results,
                       Language language);

}  // namespace pujiang
