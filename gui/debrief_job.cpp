#include "gui/debrief_job.h"

#include "sim/core/localized_error.h"

namespace pujiang::gui {

void DebriefJob::start(std::shared_ptr<const TrainingCatalog> catalog, std::size_t exercise, DecisionLog log, int days) {
    wait();
    {
        std::lock_guard lock(m_mutex);
        m_result.reset();
        m_error = {};
    }
    m_days = days;
    m_started = std::chrono::steady_clock::now();
    m_state = DebriefState::Running;
    m_thread = std::thread([this, catalog = std::move(catalog), exercise, log = std::move(log), days] {
        try {
            // The catalog travels with the thread: the debrief's cases point into its cards.
            auto debrief = std::make_shared<Debrief>(
                debriefAttempt(catalog->exercises.at(exercise), catalog->cards, log, days));
            std::lock_guard lock(m_mutex);
            m_result = std::move(debrief);
            m_state = DebriefState::Done;
        } catch (const std::exception& failure) {
            std::lock_guard lock(m_mutex);
            m_error = errorText(failure);
            m_state = DebriefState::Failed;
        }
    });
}

void DebriefJob::wait() {
    if (m_thread.joinable()) m_thread.join();
}

std::shared_ptr<const Debrief> DebriefJob::result() const {
    std::lock_guard lock(m_mutex);
    return m_result;
}

OwnedPhrase DebriefJob::error() const {
    std::lock_guard lock(m_mutex);
    return m_error;
}

double DebriefJob::secondsRunning() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
}

}  // namespace pujiang::gui
