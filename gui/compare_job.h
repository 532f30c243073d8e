#pragma once
// A comparison of scenario files or a sweep of one key, run on a background thread so the window
// stays usable. It builds the same experiment as `pujiang compare` (every file a variant, the first
// the reference) or `pujiang sweep` (one file, KEY=values), with common random numbers, so for the
// same files, seed and replications its numbers are the CLI's, bit for bit. No ImGui here: the
// compare view polls it once per frame and never waits for it.

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "sim/core/language.h"
#include "sim/experiment/experiment.h"

namespace pujiang::gui {

enum class CompareMode { Files, Sweep };

// A variant that is not a scenario file: the day open in the app with the interventions made in
// it, applied by their clock time in every replication (ExperimentVariant::interventions). The
// CLI has no such variant: a comparison holding one is the GUI's own.
struct PlannedVariant {
    std::string label;
    ScenarioSpec spec;
    std::string file;  // the scenario file the day came from (named in the report)
    std::vector<Intervention> interventions;
};

struct CompareRequest {
    CompareMode mode = CompareMode::Files;
    // Files: every variant, the first is the reference. Sweep: the one scenario (only the first is used).
    std::vector<std::filesystem::path> files;
    std::string vary;  // Sweep: KEY=values as for --vary, e.g. "rooms[*].tables=1..4"
    std::vector<PlannedVariant> planned;  // after the files' (or the sweep's) variants
    // A planned variant that is the reference instead (variant A, the others' differences are from
    // it): "did my interventions help?" reads as the plain day's difference from the trainee's.
    std::optional<std::size_t> referencePlanned;
    int replications = 100;
    std::uint64_t seed = 1;
    int jobs = 0;  // worker threads; 0: one per hardware thread but one, left to the window
};

// The experiment the CLI would build for `request`: the same variants (labels included), seed and
// replications, followed by the planned variants (the reference planned variant, if any, moved
// first). Throws what the scenario loader or the vary parser throws (their messages name the
// file or the text at fault). With `stop`, returns nothing once it is set: a long sweep loads one
// scenario per value.
std::optional<Experiment> makeCompareExperiment(const CompareRequest& request,
                                                const std::atomic<bool>* stop = nullptr);

// Each variant's scenario file as the report names it (absolute; a sweep's one file for each of
// its variants; a planned variant's source file), for an experiment of `variants` variants.
std::vector<std::string> compareVariantFiles(const CompareRequest& request, std::size_t variants);

struct CompareResults {
    CompareMode mode = CompareMode::Files;
    std::uint64_t seed = 0;
    int replications = 0;
    std::vector<std::string> labels;      // per variant, as the CLI labels them
    std::vector<std::string> files;       // per variant, its scenario file (for the report)
    std::vector<ExperimentVariant> definitions;  // per variant, what ran (for the report)
    std::vector<VariantResult> variants;  // Experiment::fold(): aggregates and paired differences from variant 0
};

enum class CompareState { Idle, Running, Finished, Cancelled, Failed };

struct CompareProgress {
    std::size_t done = 0;
    std::size_t total = 0;  // 0 while the scenarios are still being loaded
};

class CompareJob {
public:
    CompareJob() = default;
    // Asks a run in progress to stop and joins its thread: the runs in hand finish first.
    ~CompareJob();
    CompareJob(const CompareJob&) = delete;
    CompareJob& operator=(const CompareJob&) = delete;

    // Runs `request` on a new thread. A run still in progress is cancelled and joined first.
    void start(CompareRequest request);
    // Asks the run to stop after the runs in hand; returns at once. The state becomes Cancelled
    // when the thread notices.
    void cancel();
    // Blocks until the thread has ended (tests, shutdown). Never call it while drawing.
    void wait();

    CompareState state() const { return m_state.load(); }
    CompareProgress progress() const { return {m_done.load(), m_total.load()}; }
    // Why the run failed: the loader's or the vary parser's message (in either language; other
    // failures have one text); empty otherwise.
    std::string message(Language language = Language::En) const;
    // The results once the state is Finished, handed over once; later calls give nothing.
    std::optional<CompareResults> takeResults();

private:
    void run(const CompareRequest& request);

    std::thread m_thread;
    std::atomic<CompareState> m_state{CompareState::Idle};
    std::atomic<std::size_t> m_done{0}, m_total{0};
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;  // guards the two below, written by the thread once at its end
    OwnedPhrase m_message;
    std::optional<CompareResults> m_results;
};

}  // namespace pujiang::gui
