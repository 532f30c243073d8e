#pragma once
// The counterfactual debrief of an attempt plays the day again under three plans on a couple of
// hundred days like it: seconds of work. DebriefJob does it on a background thread so the window
// keeps drawing (a wait state with the time so far); the debrief view polls it once per frame and
// never waits. Only scripted screenshots call wait().

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <thread>

#include "sim/core/language.h"
#include "sim/training/debrief.h"
#include "sim/training/decision_log.h"

namespace pujiang::gui {

// The exercises and case cards the training screens show. Sessions and debriefs point into it, so
// it is shared and never changed once loaded.
struct TrainingCatalog {
    std::vector<CaseCard> cards;
    std::vector<Exercise> exercises;
};

enum class DebriefState { Idle, Running, Done, Failed };

class DebriefJob {
public:
    DebriefJob() = default;
    // debriefAttempt cannot be interrupted: a run in progress is waited for.
    ~DebriefJob() { wait(); }
    DebriefJob(const DebriefJob&) = delete;
    DebriefJob& operator=(const DebriefJob&) = delete;

    // Debriefs `log` on `days` days like it (>= 2); a finished result is dropped first.
    void start(std::shared_ptr<const TrainingCatalog> catalog, std::size_t exercise, DecisionLog log, int days);
    void wait();

    DebriefState state() const { return m_state.load(); }
    // The finished debrief; nothing unless state() is Done.
    std::shared_ptr<const Debrief> result() const;
    // Why it failed, in both languages.
    OwnedPhrase error() const;
    double secondsRunning() const;
    int days() const { return m_days; }

private:
    std::thread m_thread;
    std::atomic<DebriefState> m_state{DebriefState::Idle};
    mutable std::mutex m_mutex;  // guards m_result and m_error
    std::shared_ptr<const Debrief> m_result;
    OwnedPhrase m_error;
    std::chrono::steady_clock::time_point m_started;
    int m_days = 0;
};

}  // namespace pujiang::gui
