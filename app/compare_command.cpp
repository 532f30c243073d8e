// `pujiang compare A.toml B.toml [...]`: variants run with common random numbers, each with its
// means and its paired difference from the first. With `--select METRIC --indifference δ` it also
// picks the best variant with the KN procedure (sim/experiment/selection.h), adding replications
// in stages until one variant is left or the cap is reached.

#include <algorithm>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "app/command.h"
#include "app/input_files.h"
#include "app/experiment_cli.h"
#include "sim/core/atomic_file.h"
#include "sim/report/compare_report.h"
#include "sim/scenario/scenario_loader.h"

namespace pujiang::cli {

namespace {

constexpr int kSelectionFirstStage = 10;

struct CompareOptions {
    std::vector<std::string> files;
    ExperimentOptions experiment;
    std::string select;
    std::optional<std::string> goal;
    std::optional<double> pcs, indifference;
    std::optional<int> maxReplications;
};

int parseReplications(const std::string& text, int fallback) {
    if (text.empty()) return fallback;
    std::size_t used = 0;
    int value = 0;
    try {
        value = std::stoi(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || value < 1 || value > 100000)
        throw CLI::ValidationError("--replications", "'" + text + "' is not a whole number 1..100000");
    return value;
}

std::string validMetricNames() {
    std::string names;
    for (std::string_view name : metricNames()) names += (names.empty() ? "" : ", ") + std::string(name);
    return names;
}

// --select and its companions; returns the first stage n0 (0 without --select).
int checkSelectOptions(const CompareOptions& o) {
    if (o.select.empty()) {
        if (o.goal) throw CLI::ValidationError("--goal", "needs --select METRIC");
        if (o.pcs) throw CLI::ValidationError("--pcs", "needs --select METRIC");
        if (o.indifference) throw CLI::ValidationError("--indifference", "needs --select METRIC");
        if (o.maxReplications) throw CLI::ValidationError("--max-replications", "needs --select METRIC");
        return 0;
    }
    if (!metricFromName(o.select))
        throw CLI::ValidationError("--select", fmt::format("'{}' is not a metric; valid metrics: {}", o.select,
                                                           validMetricNames()));
    if (!o.indifference)
        throw CLI::ValidationError("--select", fmt::format("needs --indifference DELTA: the smallest difference in {} "
                                                           "worth telling apart, in its unit", o.select));
    if (!(*o.indifference > 0.0))
        throw CLI::ValidationError("--indifference", fmt::format("{} is not a positive number", *o.indifference));
    const double lowest = 1.0 / static_cast<double>(o.files.size());
    if (o.pcs && !(*o.pcs > lowest && *o.pcs < 1.0))
        throw CLI::ValidationError("--pcs", fmt::format("{} is not between 1/{} and 1 (both excluded)", *o.pcs,
                                                        o.files.size()));
    if (!o.experiment.shard.empty())
        throw CLI::ValidationError("--shard", "cannot split --select (its stages depend on all runs)");
    const int firstStage = std::max(kSelectionFirstStage, parseReplications(o.experiment.replications, 1));
    if (o.maxReplications && *o.maxReplications < firstStage)
        throw CLI::ValidationError("--max-replications",
                                   fmt::format("{} is below the first stage of {} replications", *o.maxReplications,
                                               firstStage));
    return firstStage;
}

}  // namespace

void writeCompareOutputs(const Experiment& experiment, const Definition& definition, const OutputOptions& output,
                         const SelectionReport* selection) {
    const std::vector<VariantResult> results = experiment.fold();
    CompareInfo info{&experiment, definition.at("files").get<std::vector<std::string>>(), selection};
    if (!output.json.empty())
        writeFileAtomically(output.json, [&](std::ostream& out) { writeCompareJson(out, info, results); });
    if (!output.csv.empty())
        writeFileAtomically(output.csv, [&](std::ostream& out) { writeCompareCsv(out, info, results); });
    writeExperimentHtml(experiment, results, info.files, output);
    if (!output.quiet) writeCompareTable(std::cout, info, results, output.language());
}

Command addCompareCommand(CLI::App& parent) {
    auto options = std::make_shared<CompareOptions>();
    CLI::App* app = parent.add_subcommand(
        "compare", "Run scenario variants with common random numbers and compare them with the first");
    app->add_option("files", options->files, "Scenario files; the first is the reference")
        ->required()
        ->expected(2, 1000)
        ->check(existingFile());
    addExperimentOptions(app, options->experiment, false);
    app->add_option("--select", options->select,
                    "Select the best variant by this metric (e.g. wait_min.mean) with the KN procedure; "
                    "with --select, --replications is the first stage (at least 10)");
    app->add_option("--goal", options->goal, "With --select: whether the best has the lowest (min) or highest (max) mean")
        ->check(CLI::IsMember({"min", "max"}));
    app->add_option("--pcs", options->pcs, "With --select: probability of correct selection, 1 - alpha (default 0.95)");
    app->add_option("--indifference", options->indifference,
                    "With --select (required): the smallest difference worth telling apart, in the metric's unit");
    app->add_option("--max-replications", options->maxReplications,
                    "With --select: stop at this many replications and report the survivors (default 10000)")
        ->check(CLI::Range(2, 100000));
    Command command;
    command.parser = app;
    command.checkOptions = [options] {
        checkExperimentOptions(options->experiment, options->files);
        parseReplications(options->experiment.replications, 1);
        checkSelectOptions(*options);
    };
    command.run = [options] {
        const ScenarioSpec first = loadScenarioFile(options->files.front());
        Definition definition = compareDefinition(
            options->files, options->experiment.seed.value_or(first.run.seed),
            parseReplications(options->experiment.replications, first.run.replications));
        const int firstStage = checkSelectOptions(*options);
        if (firstStage > 0) {
            // The request is part of the definition, so a run log of a selection is resumed and
            // merged only as that selection (whose later stages depend on the runs).
            definition["replications"] = firstStage;
            definition["select"] = Definition{{"metric", options->select},
                                              {"goal", options->goal.value_or("min")},
                                              {"pcs", options->pcs.value_or(0.95)},
                                              {"indifference", *options->indifference},
                                              {"max_replications", options->maxReplications.value_or(10000)}};
        }
        Experiment experiment = buildExperimentNow(definition, options->experiment.maxRuns,
                                                   runHoldingFor(definition, !options->experiment.shard.empty()));
        std::optional<SelectionReport> selection = selectionRequest(definition);
        if (selection) {
            int previous = 0;
            const bool quiet = options->experiment.output.quiet;
            const std::optional<SelectionResult> result = selectBestVariant(
                experiment, selection->metric, selection->spec, [&](std::size_t survivors) {
                    if (previous > 0 && !quiet)
                        std::cerr << fmt::format("selection: {} variants left after {} replications; running {}\n",
                                                 survivors, previous, experiment.replications());
                    previous = experiment.replications();
                    return executeExperiment(experiment, options->experiment) == RunOutcome::Complete;
                });
            if (!result) return 130;
            selection->result = *result;
        } else {
            switch (executeExperiment(experiment, options->experiment)) {
            case RunOutcome::Interrupted: return 130;
            case RunOutcome::ShardWritten: return 0;
            case RunOutcome::Complete: break;
            }
        }
        writeCompareOutputs(experiment, definition, options->experiment.output, selection ? &*selection : nullptr);
        return 0;
    };
    return command;
}

}  // namespace pujiang::cli
