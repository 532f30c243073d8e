#include "gui/day_session.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>

#include "sim/core/localized_error.h"
#include "sim/core/message_text.h"

namespace pujiang::gui {

DaySession::DaySession(ScenarioSpec spec, std::string sourceFile)
    : m_spec(std::make_shared<const ScenarioSpec>(std::move(spec))), m_sourceFile(std::move(sourceFile)) {
    rebuild(m_spec->run.seed);
    skipQuietStart();
}

void DaySession::skipQuietStart() {
    // The clock starts at 00:00 of the day; at the default pace the first hour and a half would
    // show an empty floor. Start at the opening, or a minute before the first event when that is
    // earlier. Nothing happens in between, so the day is the same day, event for event.
    const double firstEvent = m_day->nextEventTime();
    const double start = std::min(m_spec->day.opens, std::floor(firstEvent - 1e-6));
    if (std::isfinite(start) && start > m_day->now()) m_day->runUntil(start);
}

// Builds the new day beside the old one and swaps only when the replay went through.
void DaySession::rebuild(std::uint64_t seed, const std::vector<Intervention>& log) {
    auto newLog = std::make_unique<EventLog>();
    // Replication 0: the day `pujiang run` reports first for this seed.
    auto newDay = std::make_unique<ReceptionDay>(*m_spec, seed, 0, newLog.get());
    const double firstEvent = newDay->nextEventTime();
    newDay->replay(log);
    m_firstEvent = firstEvent;
    m_log = std::move(newLog);
    m_day = std::move(newDay);
    m_seed = seed;
    m_result.reset();
    ++m_generation;
}

const DayResult& DaySession::result() const {
    if (!m_result || m_resultEvents != m_day->eventsHandled() || m_resultTime != m_day->now()) {
        m_result = m_day->result();
        m_resultEvents = m_day->eventsHandled();
        m_resultTime = m_day->now();
    }
    return *m_result;
}

void DaySession::restart(std::uint64_t seed) {
    rebuild(seed);
    skipQuietStart();
}

void DaySession::replay(const std::vector<Intervention>& log, std::optional<std::uint64_t> seed) {
    rebuild(seed.value_or(m_seed), log);
    skipQuietStart();
}

void DaySession::replayLogText(std::string_view text) {
    const std::vector<Intervention> log = parseInterventionLog(text);
    const std::optional<InterventionLogOrigin> made = interventionLogOrigin(text);
    if (made && made->scenario != m_spec->name)
        throw LocalizedError(bilingual("这份记录是在场景 '{}' 上做的；当前场景是 '{}'",
                                       "the log was made on scenario '{}'; this is '{}'", made->scenario, m_spec->name));
    replay(log, made ? std::optional<std::uint64_t>(made->seed) : std::nullopt);
}

void DaySession::replayLogFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw LocalizedError({"无法读取该文件", "cannot read the file"});
    std::ostringstream content;
    content << in.rdbuf();
    replayLogText(content.str());
}

bool DaySession::step() { return m_day->step(); }

void DaySession::jumpTo(double time) {
    if (time >= m_day->now()) {
        m_day->runUntil(time);
        return;
    }
    std::vector<Intervention> kept;
    for (const Intervention& i : m_day->interventions())
        if (i.time < time) kept.push_back(i);
    rebuild(m_seed, kept);
    m_day->runUntil(time);
}

bool DaySession::advance(double wallSeconds, const Pace& pace, double budgetSeconds) {
    if (!pace.playing || m_day->finished()) return false;
    if (!pace.fastest) {
        const double speed = std::clamp(pace.minutesPerSecond, Pace::kSlowest, Pace::kFastest);
        // A long stall (a dragged window, a slow frame) must not leap hours ahead.
        m_day->runUntil(m_day->now() + speed * std::clamp(wallSeconds, 0.0, 0.25));
        return true;
    }
    using Clock = std::chrono::steady_clock;
    const Clock::time_point deadline =
        Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(budgetSeconds));
    // Checking the clock costs about as much as an event: look every few dozen events.
    while (!m_day->finished()) {
        for (int i = 0; i < 32; ++i)
            if (!m_day->step()) return true;
        if (Clock::now() >= deadline) break;
    }
    return true;
}

void DaySession::apply(const Intervention& intervention) {
    if (m_day->whyNot(intervention)) return;
    m_day->apply(intervention);
}

double DaySession::busiestTime() const {
    ReceptionDay copy(*m_spec, m_seed, 0);
    double busiest = copy.now();
    std::size_t most = 0;
    while (copy.step()) {
        const std::size_t waiting = copy.waitingNow();
        if (waiting > most) {
            most = waiting;
            busiest = copy.now();
        }
    }
    return busiest;
}

}  // namespace pujiang::gui
