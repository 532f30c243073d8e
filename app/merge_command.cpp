// `pujiang merge LOG...`: combine the run logs of the shards of one compare or sweep into exactly
// the output a single run would have written.

#include <memory>

#include <fmt/format.h>

#include "app/command.h"
#include "app/input_files.h"
#include "app/output_files.h"
#include "app/experiment_cli.h"

namespace pujiang::cli {

namespace {

struct MergeOptions {
    std::vector<std::string> logs;
    std::size_t maxRuns = kDefaultMaxRuns;
    OutputOptions output;
};

}  // namespace

Command addMergeCommand(CLI::App& parent) {
    auto options = std::make_shared<MergeOptions>();
    CLI::App* app = parent.add_subcommand("merge", "Combine shard run logs (--shard i/N --runs FILE) into one result");
    app->add_option("logs", options->logs, "Run logs of the shards")->required()->check(existingFile());
    app->add_option("--json", options->output.json, "Write results as JSON")->check(outputFileName());
    app->add_option("--csv", options->output.csv, "Write results as CSV")->check(outputFileName());
    app->add_option("--html", options->output.html, "Write a self-contained HTML report with charts")->check(outputFileName());
    app->add_option("--lang", options->output.lang, "Language of the printed table")->check(CLI::IsMember({"zh", "en"}));
    app->add_flag("--quiet,-q", options->output.quiet, "Print nothing on stdout (files only)");
    addMaxRunsOption(app, options->maxRuns, "a selection, -r auto");
    Command command;
    command.parser = app;
    command.checkOptions = [options] {
        std::vector<NamedFile> inputs;
        for (const std::string& log : options->logs) inputs.push_back({log, "run log"});
        checkOutputFiles({{options->output.json, "--json"}, {options->output.csv, "--csv"}, {options->output.html, "--html"}},
                         inputs);
    };
    command.run = [options] {
        const Definition definition = Definition::parse(readRunLogDefinition(options->logs.front()));
        for (const std::string& log : options->logs)
            if (Definition::parse(readRunLogDefinition(log)) != definition)
                throw std::runtime_error(log + ": this run log belongs to another experiment than " + options->logs.front());
        const std::string kind = definition.value("command", "");
        if (kind != "compare" && kind != "sweep") throw std::runtime_error(options->logs.front() + ": unknown experiment '" + kind + "'");
        // The logs are read side by side and, unless the procedure needs every run, folded as
        // they are read.
        Experiment experiment =
            buildExperimentNow(definition, options->maxRuns, runHoldingFor(definition, /*oneShard=*/false));
        experiment.absorbLogs(options->logs);
        if (!experiment.complete())
            throw std::runtime_error(fmt::format("the logs hold {} of {} runs; a shard is missing or unfinished",
                                                 experiment.finishedRuns(), experiment.totalRuns()));
        if (kind == "sweep") {
            writeSweepOutputs(experiment, definition, options->output);
            return 0;
        }
        std::optional<SelectionReport> selection = selectionRequest(definition);
        if (selection) {
            // Replays the procedure over the logged runs: the same stages as the run that wrote them.
            selection->result = *selectBestVariant(experiment, selection->metric, selection->spec, [&](std::size_t) {
                if (!experiment.complete())
                    throw std::runtime_error(fmt::format("the log stops before the selection ended ({} of {} runs); "
                                                         "continue it with `pujiang compare ... --resume`",
                                                         experiment.finishedRuns(), experiment.totalRuns()));
                return true;
            });
        }
        writeCompareOutputs(experiment, definition, options->output, selection ? &*selection : nullptr);
        return 0;
    };
    return command;
}

}  // namespace pujiang::cli
