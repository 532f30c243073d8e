// `pujiang sweep FILE --vary KEY=... [--vary ...] [--set KEY=VALUE]`: a full factorial over scenario
// keys, every combination run with the same seeds (common random numbers); with
// `--replications auto --precision p` replications are added in stages until every metric's 95%
// CI half-width is below p times its mean (docs/experiments.md states the procedure).

#include <cmath>
#include <filesystem>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "app/command.h"
#include "app/experiment_cli.h"
#include "sim/core/atomic_file.h"
#include "sim/experiment/sweep_report.h"
#include "sim/scenario/scenario_loader.h"

namespace pujiang::cli {

namespace {

constexpr int kAutoFirstStage = 10;
constexpr std::size_t kMaxVariants = 100000;

struct SweepOptions {
    std::string file;
    std::vector<std::string> vary, set;
    double precision = 0.05;
    int maxReplications = 1000;
    ExperimentOptions experiment;
};

// Replications the sequential procedure asks for after looking at the first `r` of every variant:
// for each variant and metric whose interval excludes zero, n* = r (h / (p |mean|))^2, where h is
// the 95% half-width; the next stage is the largest n*, at least r + 1 and at most 2r (and the cap).
// Metrics whose interval contains zero (rare events) are reported but do not drive it.
int replicationsNeeded(const Experiment& experiment, int r, double precision, std::vector<std::string>& open) {
    open.clear();
    double needed = r;
    const std::vector<VariantResult> results = experiment.fold(r);
    for (std::size_t v = 0; v < results.size(); ++v) {
        for (std::size_t m = 0; m < kMetricCount; ++m) {
            const Summary s = results[v].aggregate.overall(static_cast<Metric>(m));
            const double target = precision * std::abs(s.mean);
            if (s.halfWidth() <= target || (s.ciLow <= 0.0 && s.ciHigh >= 0.0)) continue;
            needed = std::max(needed, r * (s.halfWidth() / target) * (s.halfWidth() / target));
            open.push_back(fmt::format("{} ({})", metricNames()[m], experiment.variants()[v].label));
        }
    }
    if (open.empty()) return r;
    return static_cast<int>(std::min<double>(2.0 * r, std::max<double>(r + 1, std::ceil(needed))));
}

}  // namespace

Experiment buildSweepExperiment(const Definition& definition) {
    const std::string file = definition.at("file").get<std::string>();
    std::vector<KeyOverride> fixed;
    for (const auto& item : definition.at("set")) fixed.push_back(parseOverride(item.get<std::string>(), "--set"));
    std::vector<VarySpec> vary;
    std::size_t combinations = 1;
    for (const auto& item : definition.at("vary")) {
        vary.push_back(VarySpec{item.at("key").get<std::string>(), item.at("values").get<std::vector<std::string>>()});
        combinations *= vary.back().values.size();
        if (combinations > kMaxVariants)
            throw CLI::ValidationError("--vary", fmt::format("more than {} combinations", kMaxVariants));
    }
    std::vector<ExperimentVariant> variants;
    std::vector<std::size_t> index(vary.size(), 0);
    for (std::size_t c = 0; c < combinations; ++c) {
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
    const Definition& r = definition.at("replications");
    const int replications = r.is_string() ? kAutoFirstStage : r.get<int>();
    return Experiment(std::move(variants), definition.at("seed").get<std::uint64_t>(), replications, definition.dump());
}

void writeSweepOutputs(const Experiment& experiment, const Definition& definition, const OutputOptions& output) {
    const std::vector<VariantResult> results = experiment.fold();
    SweepInfo info;
    info.experiment = &experiment;
    info.file = definition.at("file").get<std::string>();
    for (const auto& item : definition.at("vary")) info.varied.push_back(item.at("key").get<std::string>());
    info.set = definition.at("set").get<std::vector<std::string>>();
    info.precision = definition.value("precision", 0.0);
    if (!output.json.empty())
        writeFileAtomically(output.json, [&](std::ostream& out) { writeSweepJson(out, info, results); });
    if (!output.csv.empty()) writeFileAtomically(output.csv, [&](std::ostream& out) { writeSweepCsv(out, info, results); });
    writeExperimentHtml(experiment, results, {info.file}, output);
    if (!output.quiet) writeSweepTable(std::cout, info, results, output.language());
}

Command addSweepCommand(CLI::App& parent) {
    auto options = std::make_shared<SweepOptions>();
    CLI::App* app = parent.add_subcommand("sweep", "Run every combination of scenario key values (full factorial)");
    app->add_option("file", options->file, "Scenario file")->required()->check(CLI::ExistingFile);
    app->add_option("--vary", options->vary, "KEY=v1,v2,... or KEY=a..b[:step]; repeat for more keys")->required();
    app->add_option("--set", options->set, "KEY=VALUE applied to every combination");
    app->add_option("--precision", options->precision, "With --replications auto: target relative CI half-width")
        ->check(CLI::Range(1e-4, 1.0));
    app->add_option("--max-replications", options->maxReplications, "With --replications auto: the most per variant")
        ->check(CLI::Range(2, 100000));
    addExperimentOptions(app, options->experiment, true);
    Command command;
    command.parser = app;
    command.checkOptions = [options] {
        checkExperimentOptions(options->experiment);
        const std::string& r = options->experiment.replications;
        if (r == "auto" && !options->experiment.shard.empty())
            throw CLI::ValidationError("--shard", "cannot split --replications auto (stages depend on all runs)");
        if (!r.empty() && r != "auto") {
            std::size_t used = 0;
            int n = 0;
            try {
                n = std::stoi(r, &used);
            } catch (const std::exception&) {
                used = 0;
            }
            if (used != r.size() || n < 1 || n > 100000)
                throw CLI::ValidationError("--replications", "'" + r + "' is not a whole number 1..100000 or 'auto'");
        }
        for (const std::string& v : options->vary) parseVaryOption(v);
    };
    command.run = [options] {
        for (const std::string& s : options->set) parseOverride(s, "--set");
        const ScenarioSpec base = loadScenarioFile(options->file);
        Definition definition;
        definition["command"] = "sweep";
        definition["file"] = std::filesystem::absolute(options->file).lexically_normal().string();
        Definition vary = Definition::array();
        for (const std::string& v : options->vary) {
            const VarySpec spec = parseVaryOption(v);
            parseOverride(spec.key + "=" + spec.values.front(), "--vary");
            vary.push_back(Definition{{"key", spec.key}, {"values", spec.values}});
        }
        definition["vary"] = vary;
        definition["set"] = options->set;
        definition["seed"] = options->experiment.seed.value_or(base.run.seed);
        const bool automatic = options->experiment.replications == "auto";
        if (automatic) {
            definition["replications"] = "auto";
            definition["precision"] = options->precision;
            definition["max_replications"] = options->maxReplications;
        } else {
            definition["replications"] =
                options->experiment.replications.empty() ? base.run.replications : std::stoi(options->experiment.replications);
        }
        Experiment experiment = buildSweepExperiment(definition);
        for (;;) {
            switch (executeExperiment(experiment, options->experiment)) {
            case RunOutcome::Interrupted: return 130;
            case RunOutcome::ShardWritten: return 0;
            case RunOutcome::Complete: break;
            }
            if (!automatic) break;
            std::vector<std::string> open;
            const int r = experiment.replications();
            const int next = std::min(options->maxReplications,
                                      replicationsNeeded(experiment, r, options->precision, open));
            if (open.empty()) break;
            if (next <= r) {
                std::cerr << fmt::format("precision {} not reached after {} replications (the cap) for: {}\n",
                                         options->precision, r, fmt::join(open, ", "));
                break;
            }
            if (!options->experiment.output.quiet)
                std::cerr << fmt::format("stage: {} replications do not reach precision {} for {} metric(s); running {}\n",
                                         r, options->precision, open.size(), next);
            experiment.growReplications(next);
        }
        writeSweepOutputs(experiment, definition, options->experiment.output);
        return 0;
    };
    return command;
}

}  // namespace pujiang::cli
