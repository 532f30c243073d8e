// `pujiang sweep FILE --vary KEY=... [--vary ...] [--set KEY=VALUE]`: a full factorial over scenario
// keys, every combination run with the same seeds (common random numbers); with
// `--replications auto --precision p` replications are added in stages until every metric's 95%
// CI half-width is below p times its mean (docs/experiments.md states the procedure).

#include <cmath>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "app/cli_checks.h"
#include "app/command.h"
#include "app/input_files.h"
#include "app/experiment_cli.h"
#include "sim/core/atomic_file.h"
#include "sim/experiment/precision_stages.h"
#include "sim/report/sweep_report.h"
#include "sim/scenario/scenario_loader.h"

namespace pujiang::cli {

namespace {

struct SweepOptions {
    std::string file;
    std::vector<std::string> vary, set;
    double precision = 0.05;
    int maxReplications = 1000;
    ExperimentOptions experiment;
};

}  // namespace

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
    app->add_option("file", options->file, "Scenario file")->required()->check(existingFile());
    app->add_option("--vary", options->vary, "KEY=v1,v2,... or KEY=a..b[:step]; repeat for more keys")->required();
    app->add_option("--set", options->set, "KEY=VALUE applied to every combination");
    app->add_option("--precision", options->precision, "With --replications auto: target relative CI half-width")
        ->check(finiteRange(1e-4, 1.0));
    app->add_option("--max-replications", options->maxReplications, "With --replications auto: the most per variant")
        ->check(CLI::Range(2, 100000));
    addExperimentOptions(app, options->experiment, true);
    Command command;
    command.parser = app;
    command.checkOptions = [options] {
        checkExperimentOptions(options->experiment, {options->file});
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
        const std::vector<VarySpec> vary = parseVaryOptions(options->vary);
        if (sweepVariantCount(vary) > kMaxSweepVariants)
            throw CLI::ValidationError("--vary", fmt::format("more than {} combinations", kMaxSweepVariants));
    };
    command.run = [options] {
        for (const std::string& s : options->set) parseOverride(s, "--set");
        const ScenarioSpec base = loadScenarioFile(options->file);
        const std::vector<VarySpec> vary = parseVaryOptions(options->vary);
        for (const VarySpec& v : vary) parseOverride(v.key + "=" + v.values.front(), "--vary");
        const bool automatic = options->experiment.replications == "auto";
        const int replications = automatic                                   ? kAutoFirstStage
                                 : options->experiment.replications.empty() ? base.run.replications
                                                                            : std::stoi(options->experiment.replications);
        Definition definition = sweepDefinition(options->file, vary, options->set,
                                                options->experiment.seed.value_or(base.run.seed), replications);
        if (automatic) makeAutomatic(definition, options->precision, options->maxReplications);
        Experiment experiment = buildExperimentNow(definition, options->experiment.maxRuns,
                                                   runHoldingFor(definition, !options->experiment.shard.empty()));
        for (;;) {
            switch (executeExperiment(experiment, options->experiment)) {
            case RunOutcome::Interrupted: return 130;
            case RunOutcome::ShardWritten: return 0;
            case RunOutcome::Complete: break;
            }
            if (!automatic) break;
            const int r = experiment.replications();
            std::vector<std::string> labels;
            for (const ExperimentVariant& variant : experiment.variants()) labels.push_back(variant.label);
            const PrecisionStage stage = nextPrecisionStage(experiment.fold(r), labels, r, options->precision);
            const std::vector<std::string>& open = stage.open;
            const int next = std::min(options->maxReplications, stage.replications);
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
