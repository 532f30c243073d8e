#pragma once
// Several variants of a scenario, each run for the same replications with the same seeds: common
// random numbers, so differences between variants are paired replication by replication.
// Runs can be split into shards, logged to a file as they finish, resumed from that log and
// merged; folding always happens in (replication, variant) order, so the results are the same
// bytes however the runs were produced.

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sim/experiment/aggregate.h"
#include "sim/experiment/day_result_io.h"
#include "sim/experiment/run_log_file.h"
#include "sim/experiment/run_spill.h"
#include "sim/reception/intervention.h"

namespace pujiang {

inline constexpr std::size_t kDefaultMaxRuns = 1'000'000;

// What an experiment keeps of its finished runs.
enum class RunHolding {
    // Every run, until the experiment is destroyed: sequential procedures fold prefixes and read
    // single runs. Bounded by maxRuns.
    EveryRun,
    // Only runs not folded yet: replication r is folded (in variant order) as soon as it and every
    // earlier replication have finished, so memory stays flat however many runs there are. Without
    // a run log, finished runs also go to a temporary file (RunSpill), from which saveLog writes
    // them after an interruption. The folded results are the same bytes as with EveryRun.
    UntilFolded,
};

struct ExperimentVariant {
    std::string label;
    ScenarioSpec spec;
    std::vector<std::pair<std::string, std::string>> factors;  // key = value settings that define it (sweeps)
    // Interventions applied by their clock time in every replication (a planner's "my day with
    // these steps"; see runPlannedReplication). Empty: the plain scenario.
    std::vector<Intervention> interventions;
};

struct Shard {
    int index = 0;  // 0-based
    int count = 1;
    bool owns(std::size_t run) const { return static_cast<int>(run % static_cast<std::size_t>(count)) == index; }
};

struct ExperimentRunOptions {
    int jobs = 0;
    Shard shard;
    std::function<void(std::size_t done, std::size_t total)> progress;
    const std::atomic<bool>* stop = nullptr;  // set (e.g. by Ctrl-C): finish the runs in hand, start no more
};

struct VariantResult {
    Aggregate aggregate;
    // Per overall metric: this variant minus variant 0, over the replications where both have a value.
    std::vector<Tally> differences;
    Summary difference(Metric metric) const {
        return summarizeDifference(differences[static_cast<std::size_t>(metric)], metricInfo(metric));
    }
};

// The definition (JSON text) at the head of a run log.
std::string readRunLogDefinition(const std::string& path);

class Experiment {
public:
    // `definition` is a JSON object that says what is being run (command, files, keys, seed); it heads
    // the run log, so that logs of another experiment are refused and `pujiang merge` can rebuild
    // this experiment from its shards' logs. UntilFolded cannot run a shard (which folds nothing).
    // Holding every run (RunHolding::EveryRun), variants x replications is bounded: `maxRuns`
    // (default kDefaultMaxRuns, 3-4 KB a run for the shipped scenarios, docs/experiments.md); the
    // constructor and growReplications throw std::invalid_argument beyond it, saying how to raise it.
    Experiment(std::vector<ExperimentVariant> variants, std::uint64_t seed, int replications, std::string definition,
               std::size_t maxRuns = kDefaultMaxRuns, RunHolding holding = RunHolding::EveryRun);

    const std::vector<ExperimentVariant>& variants() const { return m_variants; }
    int replications() const { return m_replications; }
    std::uint64_t seed() const { return m_seed; }
    // More replications keep the ones already run (sequential procedures).
    void growReplications(int replications);

    // Appends every finished run to `path` (creating it with a header line) and, first, takes the
    // runs already in it (folding them as they are read, with UntilFolded). Throws std::runtime_error when the log belongs to another experiment or
    // another program is writing it (run_log_file.h: locked, one write per record, checked).
    void attachLog(const std::string& path);
    // Writes a new run log holding every finished run (after an interruption without --runs) and
    // returns how many it holds: fewer than finishedRuns() only when runs were folded and the
    // temporary file that kept them failed (spillProblem() says why). Throws LocalizedError naming
    // the file and the system's reason when it cannot be written.
    std::size_t saveLog(const std::string& path) const;
    // Why the temporary file of finished runs (RunHolding::UntilFolded without a log) was given
    // up, or empty.
    const std::string& spillProblem() const { return m_spillProblem; }
    // Reads run records (e.g. shard logs) without attaching; returns how many were new.
    std::size_t absorbLog(const std::string& path);
    // The same for several logs, read side by side (a record from each in turn), so that the logs
    // of N shards are folded as they are read instead of held until the last shard.
    std::size_t absorbLogs(const std::vector<std::string>& paths);

    // Runs every missing run this shard owns. Returns false when stopped early. A run log that
    // cannot be written stops it: the error is thrown, with every record written before intact.
    bool run(const ExperimentRunOptions& options);

    std::size_t totalRuns() const { return static_cast<std::size_t>(m_replications) * m_variants.size(); }
    std::size_t finishedRuns() const { return m_foldedRuns + m_held.size(); }
    std::size_t missingRuns(const Shard& shard) const;
    bool complete() const { return finishedRuns() == totalRuns(); }
    bool hasLog() const { return m_log != nullptr; }
    // Finished runs held in memory now (with UntilFolded, those not folded yet).
    std::size_t heldRuns() const { return m_held.size(); }
    // The most finished runs held in memory at once so far.
    std::size_t peakHeldRuns() const { return m_peakHeld; }
    // One finished run; throws std::logic_error when it has not run (yet) or has been folded.
    const DayResult& result(int variant, int replication) const;
    // Folds the results in order; requires complete().
    std::vector<VariantResult> fold() const;
    // Folds replications 0..n-1 only (sequential procedures look at prefixes); needs EveryRun.
    std::vector<VariantResult> fold(int replications) const;

private:
    std::size_t slot(int variant, int replication) const {
        return static_cast<std::size_t>(replication) * m_variants.size() + static_cast<std::size_t>(variant);
    }
    bool finished(std::size_t slot) const { return slot < m_foldedRuns || m_held.contains(slot); }
    std::vector<VariantResult> emptyFold() const;
    void foldReplication(std::vector<VariantResult>& into, int replication) const;
    class LogReader;
    void checkRecord(const RunRecord& record, const std::string& where) const;
    void spill(const RunRecord& record);
    void store(RunRecord&& record);
    void foldWhatIsComplete();

    std::vector<ExperimentVariant> m_variants;
    std::uint64_t m_seed;
    int m_replications;
    std::string m_definition;
    std::size_t m_maxRuns;
    RunHolding m_holding;
    std::map<std::size_t, DayResult> m_held;  // finished runs by slot(variant, replication), not folded
    std::size_t m_peakHeld = 0;
    std::size_t m_foldedRuns = 0;             // UntilFolded: slots below this are folded into m_running
    std::vector<VariantResult> m_running;     // UntilFolded: the fold of the first m_foldedRuns slots
    std::unique_ptr<RunSpill> m_spill;        // UntilFolded without a run log: every run made here
    std::string m_spillProblem;               // why m_spill was given up
    std::vector<RunRecord> m_later;           // logged runs beyond the current replications
    std::shared_ptr<RunLogFile> m_log;        // open and locked from attachLog on
};

}  // namespace pujiang
