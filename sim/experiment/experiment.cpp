#include "sim/experiment/experiment.h"

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sim/core/atomic_file.h"
#include "sim/core/system_error_text.h"
#include "sim/experiment/replication_runner.h"
#include "sim/scenario/scenario_limits.h"

namespace pujiang {

namespace {

std::string headerLine(const std::string& definition, std::uint64_t seed, std::size_t variants) {
    nlohmann::ordered_json j;
    j["pujiang_runs"] = 1;
    j["definition"] = nlohmann::ordered_json::parse(definition);
    j["seed"] = seed;
    j["variants"] = variants;
    return j.dump();
}

}  // namespace

std::string readRunLogDefinition(const std::string& path) {
    std::ifstream in(path);
    std::string line;
    if (!in || !std::getline(in, line)) throw std::runtime_error(path + ": cannot read the run log");
    try {
        const auto header = nlohmann::ordered_json::parse(line);
        if (!header.contains("pujiang_runs") || !header.contains("definition")) throw std::runtime_error("no header");
        return header.at("definition").dump();
    } catch (const std::exception&) {
        throw std::runtime_error(path + ":1: not a pujiang run log (its first line must be the run-log header)");
    }
}

Experiment::Experiment(std::vector<ExperimentVariant> variants, std::uint64_t seed, int replications,
                       std::string definition, std::size_t maxRuns, RunHolding holding)
    : m_variants(std::move(variants)), m_seed(seed), m_replications(0), m_definition(std::move(definition)),
      m_maxRuns(maxRuns), m_holding(holding) {
    if (m_variants.empty()) throw std::invalid_argument("an experiment needs at least one variant");
    if (m_holding == RunHolding::UntilFolded) m_running = emptyFold();
    growReplications(replications);
}

void Experiment::growReplications(int replications) {
    if (replications <= m_replications) return;
    const std::size_t runs = static_cast<std::size_t>(replications) * m_variants.size();
    if (m_holding == RunHolding::EveryRun && runs > m_maxRuns)
        throw std::invalid_argument(fmt::format(
            "{} variants x {} replications = {} runs, more than the {} an experiment holds in memory (up to about "
            "{:.1f} GB); use fewer replications or variants, or raise the limit with --max-runs",
            m_variants.size(), replications, runs, m_maxRuns, static_cast<double>(m_maxRuns) * 4e3 / 1e9));
    m_replications = replications;
    std::vector<RunRecord> later = std::move(m_later);
    m_later.clear();
    for (RunRecord& record : later) store(std::move(record));
    foldWhatIsComplete();
}

const DayResult& Experiment::result(int variant, int replication) const {
    if (variant < 0 || variant >= static_cast<int>(m_variants.size()) || replication < 0 || replication >= m_replications)
        throw std::logic_error("reading a run outside the experiment");
    const auto found = m_held.find(slot(variant, replication));
    if (found == m_held.end())
        throw std::logic_error(slot(variant, replication) < m_foldedRuns ? "reading a run that was folded and let go"
                                                                         : "reading a run that has not finished");
    return found->second;
}

std::size_t Experiment::missingRuns(const Shard& shard) const {
    std::size_t n = 0;
    for (std::size_t s = m_foldedRuns; s < totalRuns(); ++s) n += !m_held.contains(s) && shard.owns(s);
    return n;
}

// Keeps a run this program made in the temporary file, when that is where runs are kept. The file
// is a convenience for Ctrl-C, never a reason to stop: when it cannot be written it is dropped
// and the reason kept for the interruption message.
void Experiment::spill(const RunRecord& record) {
    if (m_holding != RunHolding::UntilFolded || m_log || !m_spillProblem.empty()) return;
    try {
        if (!m_spill) m_spill = std::make_unique<RunSpill>();
        m_spill->append(record);
    } catch (const std::exception& e) {
        m_spill.reset();
        m_spillProblem = e.what();
    }
}

void Experiment::store(RunRecord&& record) {
    if (record.variant < 0 || record.variant >= static_cast<int>(m_variants.size()) || record.replication < 0)
        throw std::runtime_error("run record outside the experiment");
    if (record.replication >= m_replications) {  // kept until a sequential procedure grows that far
        m_later.push_back(std::move(record));
        return;
    }
    const std::size_t s = slot(record.variant, record.replication);
    if (s < m_foldedRuns) return;  // folded already (a record logged twice)
    m_held.insert_or_assign(s, std::move(record.result));
    m_peakHeld = std::max(m_peakHeld, m_held.size());
}

// Folds every replication whose runs, and every earlier replication's, have all finished.
void Experiment::foldWhatIsComplete() {
    if (m_holding != RunHolding::UntilFolded) return;
    const std::size_t variants = m_variants.size();
    while (m_foldedRuns < totalRuns()) {
        const auto first = m_held.find(m_foldedRuns);
        if (first == m_held.end()) return;
        auto last = first;
        for (std::size_t v = 1; v < variants; ++v)
            if (++last == m_held.end() || last->first != m_foldedRuns + v) return;
        foldReplication(m_running, static_cast<int>(m_foldedRuns / variants));
        m_held.erase(first, std::next(last));
        m_foldedRuns += variants;
    }
}

// One run log read a record at a time (absorbLogs interleaves several).
class Experiment::LogReader {
public:
    LogReader(std::string path, const std::string& expectedHeader) : m_path(std::move(path)), m_in(m_path) {
        // The system's reason: a merge of very many shards opens them all at once and may meet
        // the limit on open files.
        if (!m_in) throw std::runtime_error(m_path + ": cannot read the run log: " + systemErrorText(errno ? errno : EIO).en);
        std::string line;
        if (std::getline(m_in, line)) {
            m_lineNumber = 1;
            if (line != expectedHeader)
                throw std::runtime_error(m_path + ": the run log belongs to another experiment (different files, keys, "
                                                  "seed or variants); delete it or choose another --runs file");
        }
    }
    const std::string& path() const { return m_path; }
    std::size_t lineNumber() const { return m_lineNumber; }

    // The next record, or nothing at the end of the log.
    std::optional<RunRecord> next() {
        std::string line;
        while (std::getline(m_in, line)) {
            ++m_lineNumber;
            if (line.empty()) continue;
            try {
                return recordFromJsonLine(line);
            } catch (const std::exception& e) {
                // A run cut off mid-write leaves a last line without its newline: ignore that one
                // only. A whole line that does not parse is an error wherever it is.
                if (m_in.eof()) return std::nullopt;
                throw std::runtime_error(m_path + ":" + std::to_string(m_lineNumber) + ": not a run record: " + e.what());
            }
        }
        return std::nullopt;
    }

private:
    std::string m_path;
    std::ifstream m_in;
    std::size_t m_lineNumber = 0;
};

std::size_t Experiment::absorbLog(const std::string& path) { return absorbLogs({path}); }

std::size_t Experiment::absorbLogs(const std::vector<std::string>& paths) {
    const std::string header = headerLine(m_definition, m_seed, m_variants.size());
    std::vector<LogReader> readers;
    readers.reserve(paths.size());
    for (const std::string& path : paths) readers.emplace_back(path, header);
    // One record from each log in turn: shard i of N holds the runs i, i + N, ..., so reading the
    // logs side by side meets the runs roughly in slot order and folding keeps up with reading.
    std::size_t added = 0;
    std::vector<bool> ended(readers.size(), false);
    for (std::size_t open = readers.size(); open > 0;) {
        for (std::size_t i = 0; i < readers.size(); ++i) {
            if (ended[i]) continue;
            std::optional<RunRecord> record = readers[i].next();
            if (!record) {
                ended[i] = true;
                --open;
                continue;
            }
            checkRecord(*record, readers[i].path() + ":" + std::to_string(readers[i].lineNumber()) + ": ");
            const bool isNew = record->replication < m_replications && !finished(slot(record->variant, record->replication));
            store(std::move(*record));
            foldWhatIsComplete();  // as it goes: a long log is folded while it is read, not held whole
            added += isNew;
        }
    }
    return added;
}

// Every index is checked before it is used: a crafted or foreign line must not reach memory.
void Experiment::checkRecord(const RunRecord& record, const std::string& where) const {
    if (record.variant < 0 || record.variant >= static_cast<int>(m_variants.size()))
        throw std::runtime_error(where + "variant " + std::to_string(record.variant) + " is outside 0.." +
                                 std::to_string(m_variants.size() - 1));
    if (record.replication < 0 || record.replication >= kMaxReplications)
        throw std::runtime_error(where + "replication " + std::to_string(record.replication) + " is outside 0.." +
                                 std::to_string(kMaxReplications - 1));
    const ScenarioSpec& spec = m_variants[static_cast<std::size_t>(record.variant)].spec;
    if (record.result.byRoom.size() != spec.rooms.size() || record.result.byCategory.size() != spec.categories.size())
        throw std::runtime_error(where + "the record has " + std::to_string(record.result.byRoom.size()) + " rooms and " +
                                 std::to_string(record.result.byCategory.size()) + " categories; variant " +
                                 std::to_string(record.variant) + " has " + std::to_string(spec.rooms.size()) + " and " +
                                 std::to_string(spec.categories.size()));
}

std::size_t Experiment::saveLog(const std::string& path) const {
    // Written like every output: whole or not at all, and a full disk or a locked folder is named
    // as such (the stream alone knew only that the write had failed).
    std::size_t written = 0;
    writeFileAtomically(path, [&](std::ostream& out) {
        written = 0;
        out << headerLine(m_definition, m_seed, m_variants.size()) << '\n';
        auto put = [&](const RunRecord& record) {
            out << recordToJsonLine(record) << '\n';
            ++written;
        };
        if (m_spill) {  // every run this program made, in the order they finished
            m_spill->forEach(put);
            return;
        }
        for (const auto& [s, result] : m_held)
            put(RunRecord{static_cast<int>(s % m_variants.size()), static_cast<int>(s / m_variants.size()), result});
        for (const RunRecord& record : m_later) put(record);
    });
    return written;
}

void Experiment::attachLog(const std::string& path) {
    // Locked before it is read: a second program resuming the same log is refused, not merged in.
    auto log = std::make_shared<RunLogFile>(path);
    if (log->empty()) {
        log->append(headerLine(m_definition, m_seed, m_variants.size()));
        m_log = std::move(log);
        return;
    }
    // Attached first: the runs read from it are in it, so they need no temporary copy.
    m_log = log;
    try {
        absorbLog(path);
    } catch (...) {
        m_log.reset();
        throw;
    }
}

bool Experiment::run(const ExperimentRunOptions& options) {
    // Runs are taken in slot order (replication-major), so that replications finish roughly in
    // order and an UntilFolded experiment holds only the few around the one being folded.
    if (m_holding == RunHolding::UntilFolded && options.shard.count > 1)
        throw std::logic_error("a shard folds nothing: run it holding every run");
    const std::size_t total = missingRuns(options.shard);
    const std::size_t slots = totalRuns();
    std::mutex mutex;
    std::size_t cursor = m_foldedRuns, done = 0;
    std::exception_ptr failure;

    auto worker = [&] {
        for (;;) {
            std::size_t s;
            {
                std::lock_guard lock(mutex);
                if (failure || (options.stop && options.stop->load())) return;
                while (cursor < slots && (finished(cursor) || !options.shard.owns(cursor))) ++cursor;
                if (cursor >= slots) return;
                s = cursor++;
            }
            const int variant = static_cast<int>(s % m_variants.size());
            const int replication = static_cast<int>(s / m_variants.size());
            RunRecord record{variant, replication, {}};
            try {
                const ExperimentVariant& v = m_variants[static_cast<std::size_t>(variant)];
                record.result = runPlannedReplication(v.spec, m_seed, static_cast<std::uint64_t>(replication),
                                                      v.interventions);
            } catch (...) {
                std::lock_guard lock(mutex);
                if (!failure) failure = std::current_exception();
                return;
            }
            std::lock_guard lock(mutex);
            if (m_log) {
                try {
                    m_log->append(recordToJsonLine(record));
                } catch (...) {
                    if (!failure) failure = std::current_exception();
                    return;
                }
            }
            try {
                spill(record);
                store(std::move(record));
                foldWhatIsComplete();
            } catch (...) {
                if (!failure) failure = std::current_exception();
                return;
            }
            ++done;
            if (options.progress) options.progress(done, total);
        }
    };
    const int jobs = std::max(1, std::min<int>(effectiveJobs(options.jobs), static_cast<int>(std::max<std::size_t>(1, total))));
    std::vector<std::thread> threads;
    for (int j = 0; j < jobs; ++j) threads.emplace_back(worker);
    for (auto& t : threads) t.join();
    if (failure) std::rethrow_exception(failure);
    return done == total;
}

std::vector<VariantResult> Experiment::fold() const {
    if (!complete()) throw std::logic_error("folding an incomplete experiment");
    if (m_holding == RunHolding::UntilFolded) {
        if (m_foldedRuns != totalRuns()) throw std::logic_error("folding an experiment whose fold was cut short");
        return m_running;
    }
    return fold(m_replications);
}

std::vector<VariantResult> Experiment::fold(int replications) const {
    if (m_holding != RunHolding::EveryRun) throw std::logic_error("folding a prefix needs every run held");
    std::vector<VariantResult> out = emptyFold();
    for (int r = 0; r < replications; ++r) foldReplication(out, r);
    return out;
}

std::vector<VariantResult> Experiment::emptyFold() const {
    std::vector<VariantResult> out;
    for (const ExperimentVariant& v : m_variants) out.push_back(VariantResult{Aggregate(v.spec), std::vector<Tally>(kMetricCount)});
    return out;
}

// Adds replication r of every variant, in variant order, with its difference from variant 0.
void Experiment::foldReplication(std::vector<VariantResult>& into, int replication) const {
    const auto base = m_held.find(slot(0, replication));
    if (base == m_held.end()) throw std::logic_error("folding a missing run");
    for (std::size_t v = 0; v < m_variants.size(); ++v) {
        const auto found = m_held.find(slot(static_cast<int>(v), replication));
        if (found == m_held.end()) throw std::logic_error("folding a missing run");
        const DayResult& result = found->second;
        into[v].aggregate.add(result);
        for (std::size_t m = 0; m < kMetricCount; ++m) {
            const double difference = result.overall[m] - base->second.overall[m];
            if (hasValue(difference)) into[v].differences[m].add(difference);
        }
    }
}

}  // namespace pujiang
