#include "gui/many_days.h"

#include <algorithm>

#include "sim/experiment/experiment.h"

namespace pujiang::gui {

int manyDaysReplications(const ScenarioSpec& spec) {
    if (spec.run.horizon > 0.0) return std::max(spec.run.replications, 1);
    return std::max(spec.run.replications, ManyDaysJob::kReplications);
}

ManyDaysJob::~ManyDaysJob() {
    stop();
    wait();
}

void ManyDaysJob::start(const ScenarioSpec& spec, std::uint64_t seed, int replications) {
    stop();
    wait();
    {
        std::lock_guard lock(m_mutex);
        m_result.reset();
    }
    m_stop = false;
    m_done = 0;
    m_running = true;
    m_thread = std::thread([this, spec, seed, replications] {
        try {
            Experiment experiment({ExperimentVariant{spec.name, spec, {}, {}}}, seed, replications, "{}");
            ExperimentRunOptions options;
            // One thread fewer than the machine has: the window and its renderer keep one.
            options.jobs = std::max(1, static_cast<int>(std::thread::hardware_concurrency()) - 1);
            options.progress = [this](std::size_t done, std::size_t) { m_done = done; };
            options.stop = &m_stop;
            if (experiment.run(options)) {
                auto days = std::make_shared<ManyDays>(ManyDays{seed, replications, experiment.fold().front().aggregate});
                std::lock_guard lock(m_mutex);
                m_result = std::move(days);
            }
        } catch (const std::exception&) {
            // A spec the floor runs also runs here; should it not, the column stays empty.
        }
        m_running = false;
    });
}

void ManyDaysJob::stop() { m_stop = true; }

void ManyDaysJob::wait() {
    if (m_thread.joinable()) m_thread.join();
}

std::shared_ptr<const ManyDays> ManyDaysJob::result() const {
    std::lock_guard lock(m_mutex);
    return m_result;
}

}  // namespace pujiang::gui
