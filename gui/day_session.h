#pragma once
// One reception day as the GUI runs it: the scenario, the day (the same ReceptionDay and seed the
// CLI uses for its first replication), its event log and interventions, and the time controls
// that pace it. No ImGui or SFML here, so every control is tested without a display.

#include <chrono>
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
    const EventLog& log() const { return m_log; }
    const std::vector<Intervention>& interventions() const { return m_day->interventions(); }

    // Results so far, recomputed only when the day has moved.
    const DayResult& result() const;

    // Starts the day again with this seed; interventions are dropped.
    void restart(std::uint64_t seed);
    // Starts again with the same seed and replays the given interventions (e.g. a saved log).
    void replay(const std::vector<Intervention>& log);
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

private:
    void rebuild(std::uint64_t seed);

    std::shared_ptr<const ScenarioSpec> m_spec;  // the day refers to it: it must not move
    std::string m_sourceFile;
    std::uint64_t m_seed = 1;
    EventLog m_log;
    std::unique_ptr<ReceptionDay> m_day;
    mutable std::optional<DayResult> m_result;
    mutable std::uint64_t m_resultEvents = 0;
    mutable double m_resultTime = -1.0;
};

}  // namespace pujiang::gui
