#pragma once
// The reception-day model: arrivals (appointments, walk-ins, a renewal stream), registration
// desks, triage and routing, staffed rooms with hours and breaks, the shared lawyer pool,
// impatience, consultation and outcome. It is an EventHandler driven by the kernel; callers
// (CLI replications, GUI pacing, tests) use step / runUntil / runToEnd and read results.

#include <cstdint>
#include <memory>
#include <vector>

#include <fmt/format.h>

#include "sim/core/random_stream.h"
#include "sim/core/simulation.h"
#include "sim/reception/batch.h"
#include "sim/reception/batch_factory.h"
#include "sim/reception/day_result.h"
#include "sim/reception/day_statistics.h"
#include "sim/reception/outcome_policy.h"
#include "sim/reception/trace.h"
#include "sim/reception/waiting_line.h"

namespace pujiang {

// Start times of the appointment slots: consecutive slots from the first to the last slot end,
// leaving out those that overlap a no-slot window.
std::vector<double> appointmentSlots(const AppointmentSpec& appointments);

class ReceptionDay : public EventHandler {
public:
    // The spec must outlive the day. `trace` may be null.
    ReceptionDay(const ScenarioSpec& spec, std::uint64_t seed, std::uint64_t replication, TraceSink* trace = nullptr);

    bool step();
    void runUntil(double time);
    void runToEnd();
    bool finished() const;
    double now() const { return m_sim.now(); }
    double nextEventTime() const { return m_sim.peek(); }

    // Results as of now (call after runToEnd for a whole day).
    DayResult result() const;

    // Read-only views for live displays.
    struct RoomView {
        int busyTables = 0;
        int tables = 0;
        std::size_t waiting = 0;
        bool accepting = false;
    };
    RoomView roomView(std::size_t room) const;
    std::size_t waitingAtRegistration() const { return m_registrationLine.size(); }
    const std::vector<Batch>& batches() const { return m_batches; }

    void handle(const Event& event) override;

private:
    enum EventKind : std::uint32_t {
        kArrival, kNextWalkIn, kNextStreamArrival, kRegistrationOpen, kRegistrationDone, kConsultationDone, kRenege,
        kRoomCalendar, kLawyerCalendar, kDayClose, kWarmupEnd,
    };
    enum CalendarChange : std::uint32_t { kOpen, kBreakStart, kBreakEnd, kClose };

    struct Room {
        const RoomSpec* spec = nullptr;
        WaitingLine line;
        int freeTables = 0;
        std::vector<char> covers;  // by category index
    };

    // Arrivals.
    void planAppointments();
    void scheduleNextWalkIn(double from);
    void scheduleNextStreamArrival();
    std::uint32_t allocate(const Batch& batch);
    void release(std::uint32_t id);
    void arrive(std::uint32_t id);

    // Flow.
    void enterRegistration(std::uint32_t id);
    bool desksOpen() const;
    void fillDesks();
    void startRegistration(std::uint32_t id);
    void finishRegistration(std::uint32_t id);
    void triage(std::uint32_t id);
    void joinLine(std::uint32_t id, std::uint32_t room);
    void startWaiting(std::uint32_t id);
    void leaveWaiting(std::uint32_t id);
    void fillRoom(std::uint32_t room);
    void seat(std::uint32_t id, std::uint32_t room);
    void startConsultation(std::uint32_t id);
    void finishConsultation(std::uint32_t id);
    void assignWaitingLawyers();
    void renege(std::uint32_t id);
    void turnAway(std::uint32_t id);  // unserved at close
    void depart(std::uint32_t id);
    void closeDay();
    void sendHomeLeftovers();
    void roomCalendar(std::uint32_t room, CalendarChange change);

    // Rules.
    bool accepting(const Room& room) const;
    bool lawyersAvailable() const;
    bool needsLawyer(const Batch& b) const;
    // The rooms a batch should wait for: its category's rooms (and general rooms under that policy).
    bool preferredWithoutFallback(std::uint32_t room, const Batch& b) const;
    bool preferred(std::uint32_t room, const Batch& b) const;
    // The rooms that may receive it (adds any room under any_free_room; the top leader's room only
    // for batches selected for it).
    bool eligible(std::uint32_t room, const Batch& b) const;
    bool qualifiesForTopLeader(const Batch& b) const;
    DisciplineKey disciplineKey(QueueDiscipline discipline, std::uint32_t id, const Room* room) const;
    double expectedConsultation(const Batch& b, const Room& room) const;
    bool measuring() const { return m_sim.now() >= m_warmupEnd; }
    void changeWaiting(double delta);
    // Formats the detail only when someone listens: tracing must cost nothing in batch runs.
    template <class... Args>
    void trace(TraceKind kind, std::int64_t batch, std::int64_t room, fmt::format_string<Args...> detail = "",
               Args&&... args) {
        if (!m_trace) return;
        const std::string text = fmt::format(detail, std::forward<Args>(args)...);
        m_trace->record(TraceRecord{m_sim.now(), kind, batch, room, text});
    }

    const ScenarioSpec& m_spec;
    TraceSink* m_trace;
    bool m_horizonMode;
    double m_warmupEnd;
    bool m_dayClosed = false;

    Simulation m_sim;
    BatchFactory m_factory;
    OutcomePolicy m_outcomes;
    RandomStream m_appointmentStream, m_walkInStream, m_arrivalStream;
    std::uint64_t m_batchRoot;
    std::uint64_t m_walkInIndex = 0, m_streamIndex = 0, m_nextSerial = 0;

    std::vector<Batch> m_batches;
    std::vector<std::uint32_t> m_freeSlots;

    WaitingLine m_registrationLine;
    int m_freeDesks = 0;
    std::vector<Room> m_rooms;
    std::uint32_t m_topRoom = kNoRoom;
    int m_topSelected = 0;
    WaitingLine m_lawyerLine;
    int m_freeLawyers = 0;
    TimeWeighted m_lawyersBusy;

    DayStatistics m_stats;
    bool m_windowStarted = false;
};

}  // namespace pujiang
