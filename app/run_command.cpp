// `pujiang run FILE`: replications of one scenario, the day report, JSON / CSV / trace files.

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>

#include <unistd.h>

#include "app/cli_checks.h"
#include "app/command.h"
#include "app/input_files.h"
#include "app/jobs_option.h"
#include "app/output_files.h"
#include "sim/core/atomic_file.h"
#include "sim/report/golden_summary.h"
#include "sim/experiment/replication_runner.h"
#include "sim/report/run_report.h"
#include "sim/report/trace_csv.h"
#include "sim/scenario/scenario_loader.h"

namespace pujiang::cli {

namespace {

struct RunOptions {
    std::string file;
    std::optional<std::uint64_t> seed;
    std::optional<int> replications;
    cli::JobsOption jobs;
    std::string json, csv, trace, lang = "zh";
    std::vector<std::string> set;
    bool golden = false, timing = false, quiet = false, perReplication = false;
};

int run(const RunOptions& command) {
    std::vector<KeyOverride> overrides;
    for (const std::string& s : command.set) overrides.push_back(parseOverride(s, "--set"));
    ScenarioSpec spec = loadScenarioFile(command.file, overrides);
    if (command.seed) spec.run.seed = *command.seed;
    if (command.replications) spec.run.replications = *command.replications;
    if (command.golden) spec.run.replications = kGoldenReplications;

    ReplicationOptions options;
    options.seed = spec.run.seed;
    options.replications = spec.run.replications;
    options.jobs = command.jobs.resolved();
    options.keepReplications = command.perReplication;
    const bool showProgress = !command.quiet && ::isatty(STDERR_FILENO) && options.replications > 1;
    if (showProgress) {
        options.progress = [](int done, int total) {
            std::fprintf(stderr, "\r%d/%d", done, total);
            if (done == total) std::fprintf(stderr, "\r%*s\r", 24, "");
        };
    }
    const auto started = std::chrono::steady_clock::now();
    const Aggregate aggregate = runReplications(spec, options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    RunInfo info{&spec, command.file, spec.run.seed, spec.run.replications};
    if (!command.json.empty())
        writeFileAtomically(command.json, [&](std::ostream& out) { writeResultsJson(out, info, aggregate); });
    if (!command.csv.empty())
        writeFileAtomically(command.csv, [&](std::ostream& out) { writeResultsCsv(out, info, aggregate); });
    if (!command.trace.empty()) {
        writeFileAtomically(command.trace, [&](std::ostream& out) {
            CsvTraceSink sink(out, spec);
            runReplication(spec, spec.run.seed, 0, &sink);
        });
    }
    if (command.golden) writeGoldenSummary(std::cout, spec, aggregate);
    else if (!command.quiet)
        writeDayReport(std::cout, info, aggregate, command.lang == "en" ? Language::En : Language::Zh);
    if (command.timing) {
        std::fprintf(stderr, "timing: %d replications in %.3f s = %.1f replications/s, %.3g events/s, jobs %d\n",
                     options.replications, seconds, options.replications / seconds,
                     static_cast<double>(aggregate.events()) / seconds, effectiveJobs(options.jobs));
    }
    return 0;
}

}  // namespace

Command addRunCommand(CLI::App& parent) {
    auto options = std::make_shared<RunOptions>();
    CLI::App* app = parent.add_subcommand("run", "Run a scenario and print its day report");
    app->add_option("file", options->file, "Scenario file (TOML)")->required()->check(existingFile());
    app->add_option("--seed", options->seed, "Seed of the random streams (default: the scenario's run.seed)")->check(seedNumber());
    app->add_option("--replications,-r", options->replications, "Independent replications (default: run.replications)")
        ->check(CLI::Range(1, 100000));
    cli::addJobsOptions(app, options->jobs, "Worker threads (0: all cores); results do not depend on it");
    app->add_option("--set", options->set,
                    "KEY=VALUE overriding the scenario, as sweep --set (e.g. rooms[2].tables=3); repeatable");
    app->add_option("--json", options->json, "Write results as JSON (docs/results-schema.md)")->check(outputFileName());
    app->add_flag("--per-replication", options->perReplication,
                  "Add every replication's own values to the JSON (per_replication)");
    app->add_option("--csv", options->csv, "Write results as CSV (scope,group,metric,n,mean,sd,ci_low,ci_high)")->check(outputFileName());
    app->add_option("--trace", options->trace, "Write every event of replication 0 as CSV")->check(outputFileName());
    app->add_option("--lang", options->lang, "Report language")->check(CLI::IsMember({"zh", "en"}));
    app->add_flag("--golden", options->golden, "Print the golden summary (fixed replication count) instead");
    app->add_flag("--timing", options->timing, "Print wall time and replications per second to stderr");
    app->add_flag("--quiet,-q", options->quiet, "No report on stdout (files only)");
    Command command;
    command.parser = app;
    command.checkOptions = [options] {
        checkOutputFiles({{options->json, "--json"}, {options->csv, "--csv"}, {options->trace, "--trace"}},
                         {{options->file, "scenario file"}});
        for (const std::string& s : options->set) parseOverride(s, "--set");
        if (options->perReplication && options->json.empty())
            throw CLI::ValidationError("--per-replication", "writes into the JSON: give --json FILE too");
    };
    command.run = [options] { return run(*options); };
    return command;
}

}  // namespace pujiang::cli
