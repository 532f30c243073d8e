#pragma once
// What `compare` and `sweep` share: replication/seed/jobs flags, run logs (--runs, --resume),
// shards (--shard i/N, then `pujiang merge`), progress on stderr, Ctrl-C, and output flags.
// An experiment is described by a JSON definition (command, files, keys, seed, replications);
// the definition heads the run log, so `merge` can rebuild the experiment from logs alone.

#include <atomic>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/jobs_option.h"
#include "sim/experiment/experiment.h"
#include "sim/experiment/experiment_definition.h"
#include "sim/report/run_report.h"
#include "sim/experiment/selection.h"
#include "sim/experiment/vary_values.h"

namespace pujiang::cli {

using Definition = ExperimentDefinition;

struct OutputOptions {
    std::string json, csv, html, lang = "zh";
    bool quiet = false;
    Language language() const { return lang == "en" ? Language::En : Language::Zh; }
};

struct ExperimentOptions {
    std::optional<std::uint64_t> seed;
    std::string replications;  // a number, or "auto" where the command allows it
    cli::JobsOption jobs;
    std::size_t maxRuns = kDefaultMaxRuns;  // variants x replications held in memory
    std::string runs, shard;
    bool resume = false;
    OutputOptions output;
};

void addExperimentOptions(CLI::App* app, ExperimentOptions& options, bool allowAutoReplications);
// --max-runs, the bound on runs held in memory when every run is held (say when that is).
void addMaxRunsOption(CLI::App* app, std::size_t& maxRuns, const std::string& whenEveryRunIsHeld);
// Checks the flags together; `inputs` are the scenario files the experiment reads (no output may be one).
void checkExperimentOptions(const ExperimentOptions& options, const std::vector<std::string>& inputs);
Shard parseShard(const std::string& text);  // "2/8" -> index 1 of 8; throws CLI::ValidationError
// parseVary with its problem reported as CLI::ValidationError("--vary", ...), as for any bad flag.
VarySpec parseVaryOption(const std::string& text);
// Every --vary of a command; a key given twice is refused, naming both (a doubled key would make
// combinations that contradict themselves, the later value silently winning).
std::vector<VarySpec> parseVaryOptions(const std::vector<std::string>& texts);

enum class RunOutcome { Complete, Interrupted, ShardWritten };
// Attaches the run log (resuming when asked), runs what is missing with a progress display, and
// stops cleanly on Ctrl-C. Messages about interruption and shards go to stderr.
RunOutcome executeExperiment(Experiment& experiment, const ExperimentOptions& options);

// The HTML report of an experiment's variants (when --html is given).
void writeExperimentHtml(const Experiment& experiment, const std::vector<VariantResult>& results,
                         const std::vector<std::string>& files, const OutputOptions& output);

// Writers of each experiment kind, used by the commands and by `merge` (the experiments themselves
// are built from their definition by sim/experiment/experiment_definition.h).
void writeCompareOutputs(const Experiment& experiment, const Definition& definition, const OutputOptions& output,
                         const SelectionReport* selection);
void writeSweepOutputs(const Experiment& experiment, const Definition& definition, const OutputOptions& output);

}  // namespace pujiang::cli
