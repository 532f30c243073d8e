#include "sim/experiment/compare_report.h"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sim/experiment/csv_field.h"

namespace pujiang {

namespace {

using Json = nlohmann::ordered_json;

bool significant(const Summary& d) { return d.n > 1 && (d.ciLow > 0.0 || d.ciHigh < 0.0); }

// Headline metrics of the printed table (files carry all of them).
struct Row {
    Metric metric;
    const char* zh;
    const char* en;
};
constexpr Row kRows[] = {
    {Metric::BatchesReceived, "接待批次", "batches received"},
    {Metric::PersonsReceived, "接待人次", "persons received"},
    {Metric::ShareOnSpot, "当场解决占比", "share on the spot"},
    {Metric::ShareAssigned, "交办占比", "share assigned"},
    {Metric::WaitMean, "平均等候（分钟）", "mean wait (min)"},
    {Metric::WaitP90, "等候 90% 分位", "90th pct wait"},
    {Metric::Reneged, "等候放弃", "gave up"},
    {Metric::UnservedAtClose, "闭馆未接待", "unserved at close"},
    {Metric::QueueLengthAvg, "平均排队批次", "mean batches waiting"},
    {Metric::RoomUtilization, "接待室利用率", "room utilisation"},
    {Metric::OvertimeMin, "超时（分钟）", "overtime (min)"},
};

}  // namespace

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
            const Summary d = summarize(results[v].differences[m]);
            metrics[std::string(metricNames()[m])] = Json{
                {"mean", d.mean}, {"sd", d.sd}, {"ci95", Json::array({d.ciLow, d.ciHigh})}, {"significant", significant(d)}};
        }
        differences.push_back(
            Json{{"variant", e.variants()[v].label}, {"against", e.variants()[0].label}, {"metrics", metrics}});
    }
    doc["differences"] = differences;
    out << doc.dump(2) << '\n';
}

void writeCompareCsv(std::ostream& out, const CompareInfo& info, const std::vector<VariantResult>& results) {
    const Experiment& e = *info.experiment;
    out << "variant,metric,n,mean,sd,ci_low,ci_high,diff_mean,diff_ci_low,diff_ci_high,significant\n";
    for (std::size_t v = 0; v < results.size(); ++v) {
        for (std::size_t m = 0; m < kMetricCount; ++m) {
            const Summary s = results[v].aggregate.overall(static_cast<Metric>(m));
            const Summary d = summarize(results[v].differences[m]);
            out << fmt::format("{},{},{},{:.17g},{:.17g},{:.17g},{:.17g},{:.17g},{:.17g},{:.17g},{}\n",
                               csvField(e.variants()[v].label), metricNames()[m], s.n, s.mean, s.sd, s.ciLow, s.ciHigh,
                               d.mean, d.ciLow, d.ciHigh, v > 0 && significant(d) ? 1 : 0);
        }
    }
}

void writeCompareTable(std::ostream& out, const CompareInfo& info, const std::vector<VariantResult>& results,
                       Language language) {
    const bool zh = language == Language::Zh;
    const Experiment& e = *info.experiment;
    out << (zh ? fmt::format("方案比较：{} 个方案，每个重复 {} 次（种子 {}，共同随机数）\n", results.size(),
                             e.replications(), e.seed())
               : fmt::format("Comparison of {} variants, {} replications each (seed {}, common random numbers)\n",
                             results.size(), e.replications(), e.seed()));
    for (std::size_t v = 0; v < results.size(); ++v)
        out << fmt::format("  {} = {} ({})\n", static_cast<char>('A' + std::min<std::size_t>(v, 25)),
                           e.variants()[v].label, info.files[v]);
    out << (zh ? "均值 [95% 置信区间]；差值为与 A 的配对差，* 表示显著（区间不含 0）\n\n"
               : "mean [95% CI]; differences are paired against A, * marks significant (interval excludes 0)\n\n");
    for (const Row& row : kRows) {
        out << (zh ? row.zh : row.en) << '\n';
        for (std::size_t v = 0; v < results.size(); ++v) {
            const Summary s = results[v].aggregate.overall(row.metric);
            out << fmt::format("  {}  {:>10.3f} [{:.3f}, {:.3f}]", static_cast<char>('A' + std::min<std::size_t>(v, 25)),
                               s.mean, s.ciLow, s.ciHigh);
            if (v > 0) {
                const Summary d = summarize(results[v].differences[static_cast<std::size_t>(row.metric)]);
                out << fmt::format("   Δ {:+.3f} [{:+.3f}, {:+.3f}]{}", d.mean, d.ciLow, d.ciHigh,
                                   significant(d) ? " *" : "");
            }
            out << '\n';
        }
    }
}

}  // namespace pujiang
