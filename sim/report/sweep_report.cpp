#include "sim/report/sweep_report.h"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sim/report/csv_field.h"
#include "sim/report/metric_format.h"
#include "sim/report/report_strings.h"
#include "sim/report/text_table.h"

namespace pujiang {

namespace {

using Json = nlohmann::ordered_json;

}  // namespace

void writeSweepCsv(std::ostream& out, const SweepInfo& info, const std::vector<VariantResult>& results) {
    const Experiment& e = *info.experiment;
    out << "variant";
    for (const std::string& key : info.varied) out << ',' << csvField(key);
    out << ",metric,n,mean,sd,ci_low,ci_high\n";
    for (std::size_t v = 0; v < results.size(); ++v) {
        const ExperimentVariant& variant = e.variants()[v];
        std::string prefix = std::to_string(v + 1);
        for (const auto& factor : variant.factors) prefix += ',' + csvField(factor.second);
        for (std::size_t m = 0; m < kMetricCount; ++m) {
            const Summary s = results[v].aggregate.overall(static_cast<Metric>(m));
            out << fmt::format("{},{},{},{},{},{},{}\n", prefix, metricNames()[m], s.n, csvNumber(s.mean),
                               csvNumber(s.sd), csvNumber(s.ciLow), csvNumber(s.ciHigh));
        }
    }
}

void writeSweepJson(std::ostream& out, const SweepInfo& info, const std::vector<VariantResult>& results) {
    const Experiment& e = *info.experiment;
    Json doc;
    doc["schema"] = "pujiang-sweep/1";
    doc["file"] = info.file;
    doc["vary"] = info.varied;
    doc["set"] = info.set;
    doc["seed"] = e.seed();
    doc["replications"] = e.replications();
    doc["precision"] = info.precision;
    Json variants = Json::array();
    for (std::size_t v = 0; v < results.size(); ++v) {
        const ExperimentVariant& variant = e.variants()[v];
        Json factors = Json::object();
        for (const auto& [key, value] : variant.factors) factors[key] = value;
        RunInfo run{&variant.spec, info.file, e.seed(), e.replications()};
        variants.push_back(Json{{"label", variant.label},
                                {"factors", factors},
                                {"results", Json::parse(resultsJsonText(run, results[v].aggregate))}});
    }
    doc["variants"] = variants;
    out << doc.dump(2) << '\n';
}

void writeSweepTable(std::ostream& out, const SweepInfo& info, const std::vector<VariantResult>& results,
                     Language language) {
    const Experiment& e = *info.experiment;
    out << reportText(ReportLabel::SweepIntro, language, results.size(), e.replications(), e.seed()) << '\n';
    // One column per brief metric of the metric table; the last row gives, per column, the widest
    // 95 % half-width over the combinations (the intervals themselves are in --json and --csv).
    std::vector<TextTable::Column> columns{{"#"}};
    for (const Metric metric : briefMetrics()) columns.push_back({std::string(metricInfo(metric).column(language))});
    columns.push_back({std::string(reportLabel(ReportLabel::CombinationColumn, language)), TextTable::Align::Left});
    TextTable table(std::move(columns));
    std::vector<double> widest(briefMetrics().size(), 0.0);
    for (std::size_t v = 0; v < results.size(); ++v) {
        std::vector<std::string> cells{std::to_string(v + 1)};
        for (std::size_t c = 0; c < briefMetrics().size(); ++c) {
            const Metric metric = briefMetrics()[c];
            const Summary s = results[v].aggregate.overall(metric);
            cells.push_back(formatMetric(s.mean, metricInfo(metric).format));
            if (hasValue(s.ciLow) && hasValue(s.ciHigh)) widest[c] = std::max(widest[c], s.halfWidth());
        }
        cells.push_back(e.variants()[v].label);
        table.addRow(std::move(cells));
    }
    std::vector<std::string> halfWidths{""};
    for (std::size_t c = 0; c < briefMetrics().size(); ++c)
        halfWidths.push_back("±" + formatMetric(widest[c], metricInfo(briefMetrics()[c]).format));
    halfWidths.push_back(std::string(reportLabel(ReportLabel::HalfWidthRow, language)));
    table.addRow(std::move(halfWidths));
    table.write(out);
}

}  // namespace pujiang
