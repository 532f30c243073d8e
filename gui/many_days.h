#pragma once
// The floor shows one random day (seed N); a trainee comparing its 73/333/28 with the historical
// 91/324/21 needs to know what many days of the same scenario give. ManyDaysJob runs the
// scenario's replications (the CLI's `pujiang run` days: same seeds, same numbers) on a
// background thread, so the key figures can show the many-day mean and its 95% interval beside
// the day on the floor. Interventions made on the floor are not in those days: the column is the
// scenario as written.

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "sim/experiment/aggregate.h"
#include "sim/reception/scenario_spec.h"

namespace pujiang::gui {

struct ManyDays {
    std::uint64_t seed = 0;
    int replications = 0;
    Aggregate aggregate;
};

// How many: the file's replications, as `pujiang run` would do them; a day scenario at least
// kReplications (a file that names none says 1). A steady-state run (run.horizon) keeps its own
// count: each of its replications is already hundreds of hours long.
int manyDaysReplications(const ScenarioSpec& spec);

class ManyDaysJob {
public:
    static constexpr int kReplications = 100;

    ManyDaysJob() = default;
    ~ManyDaysJob();
    ManyDaysJob(const ManyDaysJob&) = delete;
    ManyDaysJob& operator=(const ManyDaysJob&) = delete;

    // Runs `replications` days of `spec` from `seed`; a run in progress is stopped first and its
    // results dropped.
    void start(const ScenarioSpec& spec, std::uint64_t seed, int replications = kReplications);
    void stop();
    // Blocks until the thread has ended (tests, screenshots); never while drawing.
    void wait();

    bool running() const { return m_running.load(); }
    // Days finished of the run in progress (or the last one).
    std::size_t done() const { return m_done.load(); }
    // The finished run's figures; nothing while running or after a failure.
    std::shared_ptr<const ManyDays> result() const;

private:
    std::thread m_thread;
    std::atomic<bool> m_running{false}, m_stop{false};
    std::atomic<std::size_t> m_done{0};
    mutable std::mutex m_mutex;  // guards m_result
    std::shared_ptr<const ManyDays> m_result;
};

}  // namespace pujiang::gui
