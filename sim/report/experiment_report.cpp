#include "sim/report/experiment_report.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "sim/report/compare_report.h"
#include "sim/report/csv_field.h"
#include "sim/report/html_report.h"
#include "sim/report/run_report.h"

namespace pujiang {

std::vector<ReportInput> experimentReportInputs(std::span<const ExperimentVariant> variants,
                                                const std::vector<VariantResult>& results,
                                                const std::vector<std::string>& files, std::uint64_t seed,
                                                int replications) {
    std::vector<ReportInput> inputs;
    for (std::size_t v = 0; v < results.size(); ++v) {
        const ExperimentVariant& variant = variants[v];
        const std::string file = files.empty() ? std::string() : files[std::min(v, files.size() - 1)];
        const RunInfo run{&variant.spec, file, seed, replications};
        inputs.push_back(
            ReportInput{variant.label, nlohmann::ordered_json::parse(resultsJsonText(run, results[v].aggregate))});
    }
    return inputs;
}

void writeExperimentHtml(std::ostream& out, std::span<const ExperimentVariant> variants,
                         const std::vector<VariantResult>& results, const std::vector<std::string>& files,
                         std::uint64_t seed, int replications, Language language) {
    writeHtmlReport(out, experimentReportInputs(variants, results, files, seed, replications), language);
}

ReportInput dayReportInput(const ScenarioSpec& spec, const std::string& file, std::uint64_t seed,
                           const DayResult& day) {
    Aggregate aggregate(spec);
    aggregate.add(day);
    const RunInfo run{&spec, file, seed, 1};
    return ReportInput{spec.name, nlohmann::ordered_json::parse(resultsJsonText(run, aggregate))};
}

namespace {

char letter(std::size_t variant) { return static_cast<char>('A' + std::min<std::size_t>(variant, 25)); }

}  // namespace

void writeCompareTableCsv(std::ostream& out, const std::vector<std::string>& labels,
                          const std::vector<std::string>& files, const std::vector<VariantResult>& results) {
    out << "variant,label,file";
    for (const Metric metric : headlineMetrics()) {
        const std::string name(metricInfo(metric).name);
        for (const char* suffix : {"", "_ci_low", "_ci_high", "_diff", "_diff_ci_low", "_diff_ci_high", "_significant"})
            out << ',' << csvField(name + suffix);
    }
    out << '\n';
    for (std::size_t v = 0; v < results.size(); ++v) {
        const std::string file = files.empty() ? std::string() : files[std::min(v, files.size() - 1)];
        out << letter(v) << ',' << csvField(v < labels.size() ? labels[v] : std::string()) << ',' << csvField(file);
        for (const Metric metric : headlineMetrics()) {
            const Summary s = results[v].aggregate.overall(metric);
            out << ',' << csvNumber(s.mean) << ',' << csvNumber(s.ciLow) << ',' << csvNumber(s.ciHigh);
            if (v == 0) {
                out << ",,,,";  // the reference has no difference from itself
                continue;
            }
            const Summary d = results[v].difference(metric);
            out << ',' << csvNumber(d.mean) << ',' << csvNumber(d.ciLow) << ',' << csvNumber(d.ciHigh) << ','
                << (significantDifference(d) ? 1 : 0);
        }
        out << '\n';
    }
}

}  // namespace pujiang
