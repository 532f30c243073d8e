#include "sim/report/sweep_report.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sim/report/csv_field.h"

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
    const bool zh = language == Language::Zh;
    const Experiment& e = *info.experiment;
    out << (zh ? fmt::format("参数扫描：{} 个组合，每个重复 {} 次（种子 {}，共同随机数）\n", results.size(),
                             e.replications(), e.seed())
               : fmt::format("Sweep: {} combinations, {} replications each (seed {}, common random numbers)\n",
                             results.size(), e.replications(), e.seed()));
    out << (zh ? "  #  接待批次  平均等候 [95% CI]       等候P90  利用率  超时  未接待  组合\n"
               : "  #  received  mean wait [95% CI]      p90 wait  util  overtime  unserved  combination\n");
    for (std::size_t v = 0; v < results.size(); ++v) {
        const Aggregate& a = results[v].aggregate;
        const Summary wait = a.overall(Metric::WaitMean);
        out << fmt::format("{:>3}  {:>8.1f}  {:>6.1f} [{:>6.1f}, {:>6.1f}]  {:>7.1f}  {:>5.0f}%  {:>5.1f}  {:>6.1f}  {}\n", v + 1,
                           a.overall(Metric::BatchesReceived).mean, wait.mean, wait.ciLow, wait.ciHigh,
                           a.overall(Metric::WaitP90).mean, 100.0 * a.overall(Metric::RoomUtilization).mean,
                           a.overall(Metric::OvertimeMin).mean, a.overall(Metric::UnservedAtClose).mean,
                           e.variants()[v].label);
    }
}

}  // namespace pujiang
