#pragma once
// One reception day as the GUI runs it: the scenario, the day (the same ReceptionDay and seed the
// CLI uses for its first replication), its event log and interventions, and the time controls
// that pace it. No ImGui or SFML here, so every control is tested without a display.

#include <chrono>
#include <filesystem>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "gui/event_log.h"
#include "sim/reception/day_result.h"
#include "sim/reception/reception_day.h"

namespace pujiang::gui {

struct Pace {
    bool playing = false;
    bool fastest = false;           // as fast as possible: run for most of each frame
    double minutesPerSecond = 5.0;  // simulated minutes per real second otherwise
    static constexpr double kSlowest = 1.0, kFastest = 600.0;
};

class DaySession {
public:
    DaySession(ScenarioSpec spec, std::string sourceFile);

    const ScenarioSpec& spec() const { return *m_spec; }
    const std::string& sourceFile() const { return m_sourceFile; }
    const ReceptionDay& day() const { return *m_day; }
    std::uint64_t seed() const { return m_seed; }
    const EventLog& log() const { return *m_log; }
    // Bumped whenever the day starts again (restart, replay, jump back): views drop what they
    // remember of the old day.
    std::uint64_t generation() const { return m_generation; }
    // The scenario and seed a saved intervention log records.
    InterventionLogOrigin origin() const { return {m_spec->name, m_seed}; }
    const std::vector<Intervention>& interventions() const { return m_day->interventions(); }

    // Results so far, recomputed only when the day has moved.
    const DayResult& result() const;

    // A new day's clock starts at the opening, or a minute before the first event when that is
    // earlier: the empty night before is skipped (nothing happens in it).
    // Starts the day again with this seed; interventions are dropped.
    void restart(std::uint64_t seed);
    // Starts again (with the same seed, or `seed`) and replays the interventions; when the log
    // does not fit the day it throws std::runtime_error and the current day is kept.
    void replay(const std::vector<Intervention>& log, std::optional<std::uint64_t> seed = std::nullopt);
    // A saved log: refused when it names another scenario; replayed with the seed it names.
    void replayLogText(std::string_view text);
    // The same for a log file; an unreadable file throws std::runtime_error saying so.
    void replayLogFile(const std::filesystem::path& file);
    bool step();
    // Forward: runs to `time`. Backward: starts again with the same seed, replays the
    // interventions made before `time` and runs to it; later interventions are dropped.
    void jumpTo(double time);
    // Advances by the pace for `wallSeconds` of real time; in fastest mode handles events until
    // `budgetSeconds` of real time are spent. Returns whether the day moved.
    bool advance(double wallSeconds, const Pace& pace, double budgetSeconds = 0.012);

    std::optional<std::string_view> whyNot(const Intervention& intervention) const {
        return m_day->whyNot(intervention);
    }
    void apply(const Intervention& intervention);

    // The clock time of the busiest moment of this day (most batches waiting), found by running a
    // copy of it to the end; for benchmarks and demonstrations.
    double busiestTime() const;
    // When the day's first event happens (an arrival, a room opening): where its charts begin.
    double firstEventTime() const { return m_firstEvent; }

private:
    void rebuild(std::uint64_t seed, const std::vector<Intervention>& log = {});
    // Moves a fresh day's clock over the empty hours before its opening (or its first event).
    void skipQuietStart();

    std::shared_ptr<const ScenarioSpec> m_spec;  // the day refers to it: it must not move
    std::string m_sourceFile;
    std::uint64_t m_seed = 1;
    std::uint64_t m_generation = 0;
    double m_firstEvent = 0.0;
    std::unique_ptr<EventLog> m_log;  // the day records into it: both live on the heap, so a
    std::unique_ptr<ReceptionDay> m_day;  // session can move without leaving the day a dangling sink
    mutable std::optional<DayResult> m_result;
    mutable std::uint64_t m_resultEvents = 0;
    mutable double m_resultTime = -1.0;
};

}  // namespace pujiang::gui
