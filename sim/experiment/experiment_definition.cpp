#include "sim/experiment/experiment_definition.h"

#include <filesystem>
#include <stdexcept>
#include <utility>

#include <fmt/format.h>

#include "sim/scenario/scenario_loader.h"

namespace pujiang {

namespace {

std::string absoluteName(const std::string& file) {
    return std::filesystem::absolute(file).lexically_normal().string();
}

bool stopped(const std::atomic<bool>* stop) { return stop && stop->load(); }

// Variants are labelled by scenario name; a name seen before gets " (2)", " (3)", ...
std::optional<std::vector<ExperimentVariant>> compareVariants(const ExperimentDefinition& definition,
                                                              const std::atomic<bool>* stop) {
    std::vector<ExperimentVariant> variants;
    for (const auto& file : definition.at("files")) {
        if (stopped(stop)) return std::nullopt;
        ExperimentVariant v;
        v.spec = loadScenarioFile(file.get<std::string>());
        v.label = v.spec.name;
        int copies = 0;
        for (const ExperimentVariant& other : variants) copies += other.spec.name == v.spec.name;
        if (copies > 0) v.label += " (" + std::to_string(copies + 1) + ")";
        variants.push_back(std::move(v));
    }
    return variants;
}

std::optional<std::vector<ExperimentVariant>> sweepVariants(const ExperimentDefinition& definition,
                                                            const std::atomic<bool>* stop) {
    const std::string file = definition.at("file").get<std::string>();
    std::vector<KeyOverride> fixed;
    for (const auto& item : definition.at("set")) fixed.push_back(parseOverride(item.get<std::string>(), "--set"));
    std::vector<VarySpec> vary;
    for (const auto& item : definition.at("vary"))
        vary.push_back(VarySpec{item.at("key").get<std::string>(), item.at("values").get<std::vector<std::string>>()});
    const std::size_t combinations = sweepVariantCount(vary);
    if (combinations > kMaxSweepVariants)
        throw std::invalid_argument(fmt::format("--vary: more than {} combinations", kMaxSweepVariants));
    std::vector<ExperimentVariant> variants;
    std::vector<std::size_t> index(vary.size(), 0);
    for (std::size_t c = 0; c < combinations; ++c) {
        if (stopped(stop)) return std::nullopt;
        // The first --vary changes slowest.
        std::size_t rest = c;
        for (std::size_t k = vary.size(); k-- > 0;) {
            index[k] = rest % vary[k].values.size();
            rest /= vary[k].values.size();
        }
        ExperimentVariant variant;
        std::vector<KeyOverride> overrides = fixed;
        for (std::size_t k = 0; k < vary.size(); ++k) {
            const std::string& value = vary[k].values[index[k]];
            overrides.push_back(parseOverride(vary[k].key + "=" + value, "--vary"));
            variant.factors.emplace_back(vary[k].key, value);
            variant.label += (k ? " " : "") + vary[k].key + "=" + value;
        }
        variant.spec = loadScenarioFile(file, overrides);
        if (variant.label.empty()) variant.label = variant.spec.name;
        variants.push_back(std::move(variant));
    }
    return variants;
}

}  // namespace

ExperimentDefinition compareDefinition(const std::vector<std::string>& files, std::uint64_t seed, int replications) {
    ExperimentDefinition definition;
    definition["command"] = "compare";
    ExperimentDefinition list = ExperimentDefinition::array();
    for (const std::string& f : files) list.push_back(absoluteName(f));
    definition["files"] = list;
    definition["seed"] = seed;
    definition["replications"] = replications;
    return definition;
}

ExperimentDefinition sweepDefinition(const std::string& file, const std::vector<VarySpec>& vary,
                                     const std::vector<std::string>& set, std::uint64_t seed, int replications) {
    ExperimentDefinition definition;
    definition["command"] = "sweep";
    definition["file"] = absoluteName(file);
    ExperimentDefinition lists = ExperimentDefinition::array();
    for (const VarySpec& v : vary) lists.push_back(ExperimentDefinition{{"key", v.key}, {"values", v.values}});
    definition["vary"] = lists;
    definition["set"] = set;
    definition["seed"] = seed;
    definition["replications"] = replications;
    return definition;
}

void makeAutomatic(ExperimentDefinition& sweep, double precision, int maxReplications) {
    sweep["replications"] = "auto";
    sweep["precision"] = precision;
    sweep["max_replications"] = maxReplications;
}

std::size_t sweepVariantCount(const std::vector<VarySpec>& vary) {
    std::size_t combinations = 1;
    for (const VarySpec& v : vary) {
        combinations *= v.values.size();
        if (combinations > kMaxSweepVariants) return kMaxSweepVariants + 1;
    }
    return combinations;
}

std::optional<Experiment> buildExperiment(const ExperimentDefinition& definition, const std::atomic<bool>* stop,
                                          std::size_t maxRuns, RunHolding holding) {
    const std::string kind = definition.value("command", "");
    std::optional<std::vector<ExperimentVariant>> variants;
    if (kind == "compare") {
        variants = compareVariants(definition, stop);
    } else if (kind == "sweep") {
        variants = sweepVariants(definition, stop);
    } else {
        throw std::invalid_argument("unknown experiment '" + kind + "' (allowed: compare, sweep)");
    }
    if (!variants) return std::nullopt;
    const ExperimentDefinition& r = definition.at("replications");
    const int replications = r.is_string() ? kAutoFirstStage : r.get<int>();
    return Experiment(std::move(*variants), definition.at("seed").get<std::uint64_t>(), replications,
                      definition.dump(), maxRuns, holding);
}

Experiment buildExperimentNow(const ExperimentDefinition& definition, std::size_t maxRuns, RunHolding holding) {
    return std::move(*buildExperiment(definition, nullptr, maxRuns, holding));
}

RunHolding runHoldingFor(const ExperimentDefinition& definition, bool oneShard) {
    const bool readsSingleRuns = definition.contains("select") || definition.at("replications").is_string();
    return readsSingleRuns || oneShard ? RunHolding::EveryRun : RunHolding::UntilFolded;
}

std::optional<SelectionReport> selectionRequest(const ExperimentDefinition& definition) {
    if (!definition.contains("select")) return std::nullopt;
    const ExperimentDefinition& s = definition.at("select");
    SelectionReport report;
    const std::string metric = s.at("metric").get<std::string>();
    const std::optional<Metric> found = metricFromName(metric);
    if (!found) throw std::runtime_error("unknown metric '" + metric + "' in the experiment definition");
    report.metric = *found;
    report.spec.goal = s.at("goal").get<std::string>() == "max" ? Goal::Maximize : Goal::Minimize;
    report.spec.pcs = s.at("pcs").get<double>();
    report.spec.indifference = s.at("indifference").get<double>();
    report.spec.firstStage = definition.at("replications").get<int>();
    report.spec.maxReplications = s.at("max_replications").get<int>();
    return report;
}

}  // namespace pujiang
