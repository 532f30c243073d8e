#pragma once
// Output of `pujiang compare`: each variant's means with 95% CIs and its paired difference from
// the first variant (common random numbers) with a 95% CI; a difference is significant when its
// interval excludes zero. With --select, a section on the best variant (KN procedure).

#include <ostream>
#include <string>
#include <vector>

#include "sim/experiment/experiment.h"
#include "sim/report/run_report.h"
#include "sim/experiment/selection.h"

namespace pujiang {

struct CompareInfo {
    const Experiment* experiment = nullptr;
    std::vector<std::string> files;  // one per variant
    const SelectionReport* selection = nullptr;  // when the best variant was selected
};

// A paired difference is significant when its 95% interval excludes zero (every compare table,
// the CSVs and the GUI mark it the same way).
bool significantDifference(const Summary& difference);

// Schema "pujiang-compare/1": {schema, seed, replications, variants: [{label, file, results}],
// differences: [{variant, against, metrics: {name: {mean, sd, ci95, significant}}}], and with a
// selection: selection: {metric, goal, pcs, indifference, procedure: "KN", first_stage,
// max_replications, replications, selected (label or null), survivors: [label],
// variants: [{label, replications, mean, eliminated_by}]}}.
void writeCompareJson(std::ostream& out, const CompareInfo& info, const std::vector<VariantResult>& results);
// Columns: variant,metric,n,mean,sd,ci_low,ci_high,diff_mean,diff_ci_low,diff_ci_high,significant
void writeCompareCsv(std::ostream& out, const CompareInfo& info, const std::vector<VariantResult>& results);
void writeCompareTable(std::ostream& out, const CompareInfo& info, const std::vector<VariantResult>& results,
                       Language language);

}  // namespace pujiang
