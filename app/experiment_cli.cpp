#include "app/experiment_cli.h"

#include <csignal>
#include <cstdio>
#include <filesystem>

#include <fmt/format.h>

#include "app/cli_checks.h"
#include "app/command.h"
#include "app/output_files.h"
#include "app/progress.h"
#include "sim/core/atomic_file.h"
#include "sim/report/experiment_report.h"

namespace pujiang::cli {

namespace {

// Ctrl-C asks the running experiment to stop after the runs in hand; a second Ctrl-C kills.
std::atomic<bool> g_stopRequested{false};

extern "C" void onInterrupt(int) {
    if (g_stopRequested.exchange(true)) std::_Exit(130);
}

}  // namespace

Shard parseShard(const std::string& text) {
    Shard shard;
    int index = 0, count = 0;
    char slash = 0;
    int used = 0;
    if (std::sscanf(text.c_str(), "%d%c%d%n", &index, &slash, &count, &used) != 3 || slash != '/' ||
        static_cast<std::size_t>(used) != text.size() || count < 1 || index < 1 || index > count)
        throw CLI::ValidationError("--shard", fmt::format("'{}' is not i/N with 1 <= i <= N", text));
    shard.index = index - 1;
    shard.count = count;
    return shard;
}

VarySpec parseVaryOption(const std::string& text) {
    try {
        return parseVary(text);
    } catch (const std::invalid_argument& e) {
        throw CLI::ValidationError("--vary", e.what());
    }
}

std::vector<VarySpec> parseVaryOptions(const std::vector<std::string>& texts) {
    std::vector<VarySpec> vary;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        vary.push_back(parseVaryOption(texts[i]));
        for (std::size_t j = 0; j < i; ++j)
            if (vary[j].key == vary[i].key)
                throw CLI::ValidationError(
                    "--vary", fmt::format("the key '{}' is given twice ('{}' and '{}'); vary each key once, with all "
                                          "its values in one list",
                                          vary[i].key, texts[j], texts[i]));
    }
    return vary;
}

void addMaxRunsOption(CLI::App* app, std::size_t& maxRuns, const std::string& whenEveryRunIsHeld) {
    app->add_option("--max-runs", maxRuns,
                    fmt::format("Most runs (variants x replications) when every run is held ({}), 3-4 KB each (default {})",
                                whenEveryRunIsHeld, kDefaultMaxRuns))
        ->check(CLI::Range(std::size_t{1}, std::size_t{1'000'000'000}));
}

void addExperimentOptions(CLI::App* app, ExperimentOptions& o, bool allowAutoReplications) {
    app->add_option("--replications,-r", o.replications,
                    allowAutoReplications ? "Replications per variant, or 'auto' (see --precision)"
                                          : "Replications per variant (default: the first scenario's run.replications)");
    app->add_option("--seed", o.seed, "Seed of the random streams (default: the first scenario's run.seed)")->check(seedNumber());
    cli::addJobsOptions(app, o.jobs, "Worker threads (0: all cores); results do not depend on it");
    addMaxRunsOption(app, o.maxRuns, "--select, -r auto, --shard");
    app->add_option("--runs", o.runs, "Run log: every finished run is appended here (needed for --resume and --shard)")->check(outputFileName());
    app->add_flag("--resume", o.resume, "Continue from the run log, without redoing finished runs");
    app->add_option("--shard", o.shard, "Run only shard i of N (i/N); combine the shards' run logs with `pujiang merge`");
    app->add_option("--json", o.output.json, "Write results as JSON")->check(outputFileName());
    app->add_option("--csv", o.output.csv, "Write results as CSV")->check(outputFileName());
    app->add_option("--html", o.output.html, "Write a self-contained HTML report with charts")->check(outputFileName());
    app->add_option("--lang", o.output.lang, "Language of the printed table")->check(CLI::IsMember({"zh", "en"}));
    app->add_flag("--quiet,-q", o.output.quiet, "Print nothing on stdout (files only)");
}

void checkExperimentOptions(const ExperimentOptions& o, const std::vector<std::string>& inputs) {
    std::vector<NamedFile> scenarios;
    for (const std::string& file : inputs) scenarios.push_back({file, "scenario file"});
    checkOutputFiles({{o.output.json, "--json"}, {o.output.csv, "--csv"}, {o.output.html, "--html"}, {o.runs, "--runs"}},
                     scenarios);
    // A run log is read back (--resume, merge): only a regular file can be.
    std::error_code error;
    if (!o.runs.empty() && std::filesystem::exists(o.runs, error) && !std::filesystem::is_regular_file(o.runs, error))
        throw CLI::ValidationError("--runs", fmt::format("'{}' is not a regular file (a device, a pipe or a folder); a run "
                                                         "log is read back by --resume and merge",
                                                         o.runs));
    if (!o.shard.empty()) {
        parseShard(o.shard);
        if (o.runs.empty()) throw CLI::ValidationError("--shard", "needs --runs FILE: the shard's runs are written there");
    }
    if (o.resume && o.runs.empty()) throw CLI::ValidationError("--resume", "needs --runs FILE to resume from");
    if (!o.resume && !o.runs.empty() && std::filesystem::exists(o.runs, error) && std::filesystem::file_size(o.runs, error) > 0)
        throw CLI::ValidationError("--runs", fmt::format("'{}' exists; pass --resume to continue it, or remove it", o.runs));
}

void writeExperimentHtml(const Experiment& experiment, const std::vector<VariantResult>& results,
                         const std::vector<std::string>& files, const OutputOptions& output) {
    if (output.html.empty()) return;
    // The page itself is built in sim/report, where the GUI's compare tab builds the same one.
    writeFileAtomically(output.html, [&](std::ostream& out) {
        pujiang::writeExperimentHtml(out, experiment.variants(), results, files, experiment.seed(),
                                     experiment.replications(), output.language());
    });
}

RunOutcome executeExperiment(Experiment& experiment, const ExperimentOptions& o) {
    // Sequential procedures come back here once a stage: the log stays attached (and locked).
    if (!o.runs.empty() && !experiment.hasLog()) experiment.attachLog(o.runs);
    ExperimentRunOptions run;
    run.jobs = o.jobs.resolved();
    if (!o.shard.empty()) run.shard = parseShard(o.shard);
    Progress progress("pujiang", experiment.missingRuns(run.shard), !o.output.quiet);
    run.progress = [&](std::size_t done, std::size_t) { progress.update(done); };
    g_stopRequested = false;
    run.stop = &g_stopRequested;
    auto previous = std::signal(SIGINT, onInterrupt);
    const bool finished = experiment.run(run);
    std::signal(SIGINT, previous);
    progress.finish();
    if (!finished) {
        std::string log = o.runs;
        std::size_t kept = experiment.finishedRuns();  // an attached log holds every one
        if (log.empty()) {
            // No run log was asked for: keep the finished runs anyway, in a new file here.
            log = "pujiang-interrupted.jsonl";
            for (int n = 2; std::filesystem::exists(log); ++n) log = fmt::format("pujiang-interrupted-{}.jsonl", n);
            kept = experiment.saveLog(log);
        }
        if (kept < experiment.finishedRuns())
            std::fprintf(stderr, "interrupted: %zu of %zu runs finished; %zu of them kept in %s (the others were folded "
                                 "and could not be kept: %s); continue with the same command and --runs %s --resume, "
                                 "which makes the missing ones again\n",
                         experiment.finishedRuns(), experiment.totalRuns(), kept, log.c_str(),
                         experiment.spillProblem().c_str(), log.c_str());
        else
            std::fprintf(stderr, "interrupted: %zu of %zu runs finished and kept in %s; continue with the same command "
                                 "and --runs %s --resume\n",
                         experiment.finishedRuns(), experiment.totalRuns(), log.c_str(), log.c_str());
        return RunOutcome::Interrupted;
    }
    if (run.shard.count > 1) {
        std::fprintf(stderr, "shard %d/%d done: its runs are in %s; combine all shards with `pujiang merge`\n",
                     run.shard.index + 1, run.shard.count, o.runs.c_str());
        return RunOutcome::ShardWritten;
    }
    return RunOutcome::Complete;
}

}  // namespace pujiang::cli
