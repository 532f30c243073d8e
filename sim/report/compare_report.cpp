#include "sim/report/compare_report.h"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sim/report/csv_field.h"
#include "sim/report/metric_format.h"
#include "sim/report/metric_text.h"
#include "sim/report/report_strings.h"
#include "sim/report/summary_json.h"

namespace pujiang {

namespace {

using Json = nlohmann::ordered_json;

char letter(std::size_t variant) { return static_cast<char>('A' + std::min<std::size_t>(variant, 25)); }

const char* goalName(Goal goal) { return goal == Goal::Maximize ? "max" : "min"; }

Json selectionJson(const Experiment& e, const SelectionReport& s) {
    const SelectionResult& r = s.result;
    Json survivors = Json::array();
    for (std::size_t v : r.survivors) survivors.push_back(e.variants()[v].label);
    Json variants = Json::array();
    for (std::size_t v = 0; v < r.variants.size(); ++v) {
        const SelectionStatus& status = r.variants[v];
        variants.push_back(Json{{"label", e.variants()[v].label},
                                {"replications", status.replications},
                                {"mean", status.mean},
                                {"eliminated_by", status.eliminatedBy ? Json(e.variants()[*status.eliminatedBy].label)
                                                                      : Json(nullptr)}});
    }
    return Json{{"metric", metricNames()[static_cast<std::size_t>(s.metric)]},
                {"goal", goalName(s.spec.goal)},
                {"pcs", s.spec.pcs},
                {"indifference", s.spec.indifference},
                {"procedure", "KN"},
                {"first_stage", r.firstStage},
                {"max_replications", s.spec.maxReplications},
                {"h2", r.constants.hSquared},
                {"replications", r.replications},
                {"selected", r.selected() ? Json(e.variants()[r.survivors.front()].label) : Json(nullptr)},
                {"survivors", survivors},
                {"variants", variants}};
}

void writeSelectionSection(std::ostream& out, const Experiment& e, const SelectionReport& s, Language language) {
    const SelectionResult& r = s.result;
    const std::string_view metric = metricNames()[static_cast<std::size_t>(s.metric)];
    const auto name = [&](std::size_t v) { return fmt::format("{} = {}", letter(v), e.variants()[v].label); };
    const auto line = [&](ReportLabel id, auto&&... args) { out << reportText(id, language, args...) << '\n'; };
    out << '\n';
    line(s.spec.goal == Goal::Minimize ? ReportLabel::SelectionHeadingLower : ReportLabel::SelectionHeadingHigher, metric);
    for (std::size_t v : r.survivors) {
        const SelectionStatus& status = r.variants[v];
        line(r.selected() ? ReportLabel::SelectionSelected : ReportLabel::SelectionSurvivor, name(v), status.mean,
             status.replications);
    }
    for (std::size_t v = 0; v < r.variants.size(); ++v) {
        const SelectionStatus& status = r.variants[v];
        if (!status.eliminatedBy) continue;
        line(ReportLabel::SelectionEliminated, name(v), status.replications, letter(*status.eliminatedBy), status.mean);
    }
    line(ReportLabel::SelectionReplications, r.replications, r.firstStage, s.spec.maxReplications, s.spec.pcs,
         s.spec.indifference);
    line(r.selected() ? ReportLabel::SelectionGuaranteeSelected : ReportLabel::SelectionGuaranteeSurvivors);
    if (e.replications() != r.replications) line(ReportLabel::SelectionTableUsesAll, e.replications());
}

}  // namespace

bool significantDifference(const Summary& d) { return d.n > 1 && (d.ciLow > 0.0 || d.ciHigh < 0.0); }

void writeCompareJson(std::ostream& out, const CompareInfo& info, const std::vector<VariantResult>& results) {
    const Experiment& e = *info.experiment;
    Json doc;
    doc["schema"] = "pujiang-compare/1";
    doc["seed"] = e.seed();
    doc["replications"] = e.replications();
    Json variants = Json::array();
    for (std::size_t v = 0; v < results.size(); ++v) {
        const ExperimentVariant& variant = e.variants()[v];
        RunInfo run{&variant.spec, info.files[v], e.seed(), e.replications()};
        variants.push_back(Json{{"label", variant.label},
                                {"file", info.files[v]},
                                {"results", Json::parse(resultsJsonText(run, results[v].aggregate))}});
    }
    doc["variants"] = variants;
    Json differences = Json::array();
    for (std::size_t v = 1; v < results.size(); ++v) {
        Json metrics = Json::object();
        for (std::size_t m = 0; m < kMetricCount; ++m) {
            const Summary d = results[v].difference(static_cast<Metric>(m));
            Json cell = summaryJson(d);
            cell["significant"] = significantDifference(d);
            metrics[std::string(metricNames()[m])] = cell;
        }
        differences.push_back(
            Json{{"variant", e.variants()[v].label}, {"against", e.variants()[0].label}, {"metrics", metrics}});
    }
    doc["differences"] = differences;
    if (info.selection) doc["selection"] = selectionJson(e, *info.selection);
    out << doc.dump(2) << '\n';
}

void writeCompareCsv(std::ostream& out, const CompareInfo& info, const std::vector<VariantResult>& results) {
    const Experiment& e = *info.experiment;
    out << "variant,metric,n,mean,sd,ci_low,ci_high,diff_n,diff_mean,diff_ci_low,diff_ci_high,significant\n";
    for (std::size_t v = 0; v < results.size(); ++v) {
        for (std::size_t m = 0; m < kMetricCount; ++m) {
            const Summary s = results[v].aggregate.overall(static_cast<Metric>(m));
            const Summary d = results[v].difference(static_cast<Metric>(m));
            out << fmt::format("{},{},{},{},{},{},{},{},{},{},{},{}\n", csvField(e.variants()[v].label),
                               metricNames()[m], s.n, csvNumber(s.mean), csvNumber(s.sd), csvNumber(s.ciLow),
                               csvNumber(s.ciHigh), d.n, csvNumber(d.mean), csvNumber(d.ciLow), csvNumber(d.ciHigh),
                               v > 0 && significantDifference(d) ? 1 : 0);
        }
    }
}

void writeCompareTable(std::ostream& out, const CompareInfo& info, const std::vector<VariantResult>& results,
                       Language language) {
    const Experiment& e = *info.experiment;
    out << reportText(ReportLabel::CompareIntro, language, results.size(), e.replications(), e.seed()) << '\n';
    for (std::size_t v = 0; v < results.size(); ++v)
        out << fmt::format("  {} = {} ({})\n", letter(v),
                           e.variants()[v].label, info.files[v]);
    out << reportLabel(ReportLabel::CompareLegend, language) << "\n\n";
    // The headline metrics of the metric table (the files carry all of them).
    for (const Metric metric : headlineMetrics()) {
        out << metricInfo(metric).label(language) << '\n';
        for (std::size_t v = 0; v < results.size(); ++v) {
            const MetricInfo& info = metricInfo(metric);
            out << fmt::format("  {}  {:>26}", letter(v), estimateText(results[v].aggregate.overall(metric), info));
            if (v > 0) {
                const Summary d = results[v].difference(metric);
                out << fmt::format("   Δ {}{}", differenceText(d, info), significantDifference(d) ? " *" : "");
            }
            out << '\n';
        }
    }
    if (info.selection) writeSelectionSection(out, e, *info.selection, language);
}

}  // namespace pujiang
