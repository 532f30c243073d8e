// `pujiang`: run, validate and document reception-day scenarios from the command line.

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <sstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include "sim/experiment/atomic_file.h"
#include "sim/experiment/golden_summary.h"
#include "sim/experiment/replication_runner.h"
#include "sim/experiment/run_report.h"
#include "sim/experiment/trace_csv.h"
#include "sim/scenario/scenario_loader.h"

namespace {

using namespace pujiang;

constexpr int kExitUsage = 2;

struct RunCommand {
    std::string file;
    std::optional<std::uint64_t> seed;
    std::optional<int> replications;
    int jobs = 0;
    std::string json, csv, trace, lang = "zh";
    bool golden = false, timing = false, quiet = false;
};

// Output folders are checked before any work, so a typo costs nothing.
void checkOutputPath(const std::string& path, const char* flag) {
    if (path.empty()) return;
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty() && !std::filesystem::is_directory(parent))
        throw CLI::ValidationError(flag, fmt::format("folder '{}' does not exist", parent.string()));
}

int run(const RunCommand& command) {
    ScenarioSpec spec = loadScenarioFile(command.file);
    if (command.seed) spec.run.seed = *command.seed;
    if (command.replications) spec.run.replications = *command.replications;
    if (command.golden) spec.run.replications = kGoldenReplications;

    ReplicationOptions options;
    options.seed = spec.run.seed;
    options.replications = spec.run.replications;
    options.jobs = command.jobs;
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
    else if (!command.quiet) writeDayReport(std::cout, info, aggregate, command.lang == "en" ? Language::En : Language::Zh);
    if (command.timing) {
        std::fprintf(stderr, "timing: %d replications in %.3f s = %.1f replications/s, %.3g events/s, jobs %d\n",
                     options.replications, seconds, options.replications / seconds,
                     static_cast<double>(aggregate.events()) / seconds, effectiveJobs(options.jobs));
    }
    return 0;
}

int validate(const std::vector<std::string>& files) {
    int failures = 0;
    for (const std::string& file : files) {
        try {
            const ScenarioSpec spec = loadScenarioFile(file);
            std::cout << file << ": ok (" << spec.rooms.size() << " rooms)\n";
        } catch (const ScenarioError& error) {
            std::cerr << error.what() << '\n';
            ++failures;
        }
    }
    return failures ? kExitUsage : 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"pujiang — 浦江接访推演: discrete-event simulation of leaders' reception days"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "pujiang 0.1.0");

    RunCommand runCommand;
    CLI::App* runApp = app.add_subcommand("run", "Run a scenario and print its day report");
    runApp->add_option("file", runCommand.file, "Scenario file (TOML)")->required()->check(CLI::ExistingFile);
    runApp->add_option("--seed", runCommand.seed, "Seed of the random streams (default: the scenario's run.seed)");
    runApp->add_option("--replications,-r", runCommand.replications, "Independent replications (default: run.replications)")
        ->check(CLI::Range(1, 100000));
    runApp->add_option("--jobs,-j", runCommand.jobs, "Worker threads (0: all cores); results do not depend on it")
        ->check(CLI::Range(0, 1024));
    runApp->add_option("--json", runCommand.json, "Write results as JSON (docs/results-schema.md)");
    runApp->add_option("--csv", runCommand.csv, "Write results as CSV (scope,group,metric,n,mean,sd,ci_low,ci_high)");
    runApp->add_option("--trace", runCommand.trace, "Write every event of replication 0 as CSV");
    runApp->add_option("--lang", runCommand.lang, "Report language")->check(CLI::IsMember({"zh", "en"}));
    runApp->add_flag("--golden", runCommand.golden, "Print the golden summary (fixed replication count) instead");
    runApp->add_flag("--timing", runCommand.timing, "Print wall time and replications per second to stderr");
    runApp->add_flag("--quiet,-q", runCommand.quiet, "No report on stdout (files only)");

    std::vector<std::string> validateFiles;
    CLI::App* validateApp = app.add_subcommand("validate", "Check scenario files without running them");
    validateApp->add_option("files", validateFiles, "Scenario files")->required();

    bool markdown = false;
    CLI::App* keysApp = app.add_subcommand("keys", "List every scenario key: type, default, unit, range, meaning");
    keysApp->add_flag("--markdown", markdown, "Print the Markdown reference (docs/scenario-reference.md)");

    try {
        app.parse(argc, argv);
        checkOutputPath(runCommand.json, "--json");
        checkOutputPath(runCommand.csv, "--csv");
        checkOutputPath(runCommand.trace, "--trace");
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kExitUsage;
    }

    try {
        if (*runApp) return run(runCommand);
        if (*validateApp) return validate(validateFiles);
        if (*keysApp) {
            std::cout << (markdown ? scenarioReferenceMarkdown() : keyTableText());
            return 0;
        }
    } catch (const ScenarioError& error) {
        std::cerr << error.what() << '\n';
        return kExitUsage;
    } catch (const std::exception& error) {
        std::cerr << "pujiang: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
