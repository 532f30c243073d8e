#pragma once
// The definition of an experiment — what `pujiang compare` and `pujiang sweep` run, and what the
// GUI's compare view runs — and the one way to build the experiment from it. A definition is a
// JSON object (command, files or file with vary/set, seed, replications); it heads every run log,
// so `pujiang merge` rebuilds the same experiment from logs alone, and a comparison started in the
// GUI is, variant for variant, the one the CLI would run.

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sim/experiment/experiment.h"
#include "sim/experiment/selection.h"
#include "sim/experiment/vary_values.h"

namespace pujiang {

using ExperimentDefinition = nlohmann::ordered_json;

// The most variants a sweep may have (the product of its --vary value counts).
inline constexpr std::size_t kMaxSweepVariants = 100000;
// The first stage of `--replications auto`, kept in the definition as "auto".
inline constexpr int kAutoFirstStage = 10;

// `compare FILES...`: every file a variant, the first the reference. Files are made absolute.
ExperimentDefinition compareDefinition(const std::vector<std::string>& files, std::uint64_t seed, int replications);
// `sweep FILE --vary ... --set ...`: the full factorial of the vary lists, the first changing slowest.
// `replications` is a number; `sweepDefinitionAuto` records "auto" with its precision and cap.
ExperimentDefinition sweepDefinition(const std::string& file, const std::vector<VarySpec>& vary,
                                     const std::vector<std::string>& set, std::uint64_t seed, int replications);
void makeAutomatic(ExperimentDefinition& sweep, double precision, int maxReplications);

// Number of variants of a sweep over these lists (saturates above kMaxSweepVariants).
std::size_t sweepVariantCount(const std::vector<VarySpec>& vary);

// The experiment a definition describes. Throws what the scenario loader and the override parser
// throw, and std::invalid_argument for a definition of an unknown kind or with too many variants.
// With `stop`, returns nothing once it is set (a long sweep loads one scenario per variant).
std::optional<Experiment> buildExperiment(const ExperimentDefinition& definition,
                                          const std::atomic<bool>* stop = nullptr,
                                          std::size_t maxRuns = kDefaultMaxRuns,
                                          RunHolding holding = RunHolding::EveryRun);
// The same, for callers that never stop it.
Experiment buildExperimentNow(const ExperimentDefinition& definition, std::size_t maxRuns = kDefaultMaxRuns,
                              RunHolding holding = RunHolding::EveryRun);

// What an experiment of this definition keeps of its runs. Every run when its procedure reads
// single runs or prefixes (a selection, automatic replications) or when this program runs one
// shard (which folds nothing); otherwise runs are folded as they finish and memory stays flat.
RunHolding runHoldingFor(const ExperimentDefinition& definition, bool oneShard);

// The metric and procedure settings of `compare --select` (the definition's "select"), or nullopt.
std::optional<SelectionReport> selectionRequest(const ExperimentDefinition& definition);

}  // namespace pujiang
