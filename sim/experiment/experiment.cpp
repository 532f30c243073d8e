#include "sim/experiment/experiment.h"

#include <fstream>
#include <mutex>
#include <stdexcept>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sim/core/atomic_file.h"
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
                       std::string definition, std::size_t maxRuns)
    : m_variants(std::move(variants)), m_seed(seed), m_replications(0), m_definition(std::move(definition)),
      m_maxRuns(maxRuns) {
    if (m_variants.empty()) throw std::invalid_argument("an experiment needs at least one variant");
    growReplications(replications);
}

void Experiment::growReplications(int replications) {
    if (replications <= m_replications) return;
    const std::size_t runs = static_cast<std::size_t>(replications) * m_variants.size();
    if (runs > m_maxRuns)
        throw std::invalid_argument(fmt::format(
            "{} variants x {} replications = {} runs, more than the {} an experiment holds in memory (about {:.1f} GB); "
            "use fewer replications or variants, or raise the limit with --max-runs",
            m_variants.size(), replications, runs, m_maxRuns, static_cast<double>(m_maxRuns) * 3.6e3 / 1e9));
    m_replications = replications;
    m_slots.resize(static_cast<std::size_t>(replications) * m_variants.size());
    std::vector<RunRecord> later = std::move(m_later);
    m_later.clear();
    for (RunRecord& record : later) store(std::move(record));
}

std::size_t Experiment::finishedRuns() const {
    std::size_t n = 0;
    for (const auto& s : m_slots) n += s.has_value();
    return n;
}

const DayResult& Experiment::result(int variant, int replication) const {
    if (variant < 0 || variant >= static_cast<int>(m_variants.size()) || replication < 0 || replication >= m_replications ||
        !m_slots[slot(variant, replication)])
        throw std::logic_error("reading a run that has not finished");
    return *m_slots[slot(variant, replication)];
}

std::size_t Experiment::missingRuns(const Shard& shard) const {
    std::size_t n = 0;
    for (std::size_t s = 0; s < m_slots.size(); ++s) n += !m_slots[s] && shard.owns(s);
    return n;
}

void Experiment::store(RunRecord&& record) {
    if (record.variant < 0 || record.variant >= static_cast<int>(m_variants.size()) || record.replication < 0)
        throw std::runtime_error("run record outside the experiment");
    if (record.replication >= m_replications) {  // kept until a sequential procedure grows that far
        m_later.push_back(std::move(record));
        return;
    }
    m_slots[slot(record.variant, record.replication)] = std::move(record.result);
}

std::size_t Experiment::absorbLog(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot read the run log");
    std::string line;
    std::size_t lineNumber = 0, added = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (line.empty()) continue;
        if (lineNumber == 1) {
            const std::string expected = headerLine(m_definition, m_seed, m_variants.size());
            if (line != expected)
                throw std::runtime_error(path + ": the run log belongs to another experiment (different files, keys, "
                                                "seed or variants); delete it or choose another --runs file");
            continue;
        }
        RunRecord record;
        try {
            record = recordFromJsonLine(line);
        } catch (const std::exception& e) {
            // A run cut off mid-write leaves a last line without its newline: ignore that one only. A
            // whole line that does not parse is an error wherever it is.
            if (in.eof()) break;
            throw std::runtime_error(path + ":" + std::to_string(lineNumber) + ": not a run record: " + e.what());
        }
        // Every index is checked before it is used: a crafted or foreign line must not reach memory.
        const std::string where = path + ":" + std::to_string(lineNumber) + ": ";
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
        const bool isNew = record.replication < m_replications &&
                           !m_slots[slot(record.variant, record.replication)].has_value();
        store(std::move(record));
        added += isNew;
    }
    return added;
}

void Experiment::saveLog(const std::string& path) const {
    // Written like every output: whole or not at all, and a full disk or a locked folder is named
    // as such (the stream alone knew only that the write had failed).
    writeFileAtomically(path, [&](std::ostream& out) {
        out << headerLine(m_definition, m_seed, m_variants.size()) << '\n';
        for (std::size_t s = 0; s < m_slots.size(); ++s) {
            if (!m_slots[s]) continue;
            RunRecord record{static_cast<int>(s % m_variants.size()), static_cast<int>(s / m_variants.size()),
                             *m_slots[s]};
            out << recordToJsonLine(record) << '\n';
        }
    });
}

void Experiment::attachLog(const std::string& path) {
    // Locked before it is read: a second program resuming the same log is refused, not merged in.
    auto log = std::make_shared<RunLogFile>(path);
    if (log->empty())
        log->append(headerLine(m_definition, m_seed, m_variants.size()));
    else
        absorbLog(path);
    m_log = std::move(log);
}

bool Experiment::run(const ExperimentRunOptions& options) {
    std::vector<std::size_t> todo;
    for (std::size_t s = 0; s < m_slots.size(); ++s)
        if (!m_slots[s] && options.shard.owns(s)) todo.push_back(s);
    const std::size_t total = todo.size();
    std::mutex mutex;
    std::size_t next = 0, done = 0;
    std::exception_ptr failure;

    auto worker = [&] {
        for (;;) {
            std::size_t s;
            {
                std::lock_guard lock(mutex);
                if (failure || next >= total || (options.stop && options.stop->load())) return;
                s = todo[next++];
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
            m_slots[s] = std::move(record.result);
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
    return fold(m_replications);
}

std::vector<VariantResult> Experiment::fold(int replications) const {
    std::vector<VariantResult> out;
    for (const ExperimentVariant& v : m_variants) out.push_back(VariantResult{Aggregate(v.spec), std::vector<Tally>(kMetricCount)});
    for (int r = 0; r < replications; ++r) {
        const auto& base = m_slots[slot(0, r)];
        for (std::size_t v = 0; v < m_variants.size(); ++v) {
            const auto& result = m_slots[slot(static_cast<int>(v), r)];
            if (!result || !base) throw std::logic_error("folding a missing run");
            out[v].aggregate.add(*result);
            for (std::size_t m = 0; m < kMetricCount; ++m) {
                const double difference = result->overall[m] - base->overall[m];
                if (hasValue(difference)) out[v].differences[m].add(difference);
            }
        }
    }
    return out;
}

}  // namespace pujiang
