#pragma once
// The HTML report and table exports of an experiment's results, shared by the CLI (`compare
// --html`, `sweep --html`) and the GUI (compare tab, the day in view), so both write the same
// bytes for the same results. The HTML report reads results documents (`run --json`), so each
// variant, and a single day, is first turned into one.

#include <cstdint>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "sim/experiment/experiment.h"
#include "sim/report/report_input.h"
#include "sim/reception/metric_table.h"

namespace pujiang {

// One results document per variant, labelled as the variant. `files` names each variant's
// scenario; when it is shorter (a sweep: one file), the last name stands for the rest.
std::vector<ReportInput> experimentReportInputs(std::span<const ExperimentVariant> variants,
                                                const std::vector<VariantResult>& results,
                                                const std::vector<std::string>& files, std::uint64_t seed,
                                                int replications);
// The page `pujiang compare --html` and `pujiang sweep --html` write.
void writeExperimentHtml(std::ostream& out, std::span<const ExperimentVariant> variants,
                         const std::vector<VariantResult>& results, const std::vector<std::string>& files,
                         std::uint64_t seed, int replications, Language language);

// One day (or the part of it run so far) as the results document of a one-replication run:
// `pujiang run FILE --seed SEED --replications 1 --json` for a day without interventions.
ReportInput dayReportInput(const ScenarioSpec& spec, const std::string& file, std::uint64_t seed,
                           const DayResult& day);

// The compare table, one row per variant: variant letter, label, file, then for each headline
// metric its mean and 95% interval and the paired difference from the first variant with its
// interval and whether it excludes zero (1/0; empty for the first variant). Columns:
//   variant,label,file,NAME,NAME_ci_low,NAME_ci_high,NAME_diff,NAME_diff_ci_low,NAME_diff_ci_high,NAME_significant,...
void writeCompareTableCsv(std::ostream& out, const std::vector<std::string>& labels,
                          const std::vector<std::string>& files, const std::vector<VariantResult>& results);

}  // namespace pujiang
