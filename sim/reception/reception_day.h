#pragma once
// The reception-day model: arrivals (appointments, walk-ins, a renewal stream), registration
// desks, triage and routing, staffed rooms with hours and breaks, the shared lawyer pool,
// impatience, consultation and outcome. It is an EventHandler driven by the kernel; callers
// (CLI replications, GUI pacing, tests) use step / runUntil / runToEnd and read results.

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "sim/core/random_stream.h"
#include "sim/core/simulation.h"
#include "sim/reception/batch.h"
#include "sim/reception/batch_factory.h"
#include "sim/reception/day_result.h"
#include "sim/reception/day_statistics.h"
#include "sim/reception/intervention.h"
#include "sim/reception/outcome_policy.h"
#include "sim/reception/room_set.h"
#include "sim/reception/routing.h"
#include "sim/reception/trace.h"
#include "sim/reception/waiting_line.h"

namespace pujiang {

// Start times of the appointment slots: consecutive slots from the first to the last slot end,
// leaving out those that overlap a no-slot window.
std::vector<double> appointmentSlots(const AppointmentSpec& appointments);

class ReceptionDay final : public EventHandler {
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

    // Where a room is in its day, for live displays (what a card on the floor says).
    enum class RoomPhase {
        NotYetOpen,           // before its opening
        Open,                 // within its hours: seats batches
        OnBreak,              // in a break
        ServingThosePresent,  // past its closing under serve_all_present: seats those on site, until the day is over
        Closed,               // past its closing: seats nobody
        ClosedByHand,         // closed by an intervention
        OpenedByHand,         // opened by an intervention outside its hours
    };

    // Read-only views for live displays.
    struct RoomView {
        int busyTables = 0;
        int tables = 0;
        std::size_t waiting = 0;
        bool accepting = false;
        bool closedByHand = false;
        bool openedByHand = false;
        double closes = 0.0;  // current closing time, after any extension
        RoomPhase phase = RoomPhase::NotYetOpen;
        double awayUntil = 0.0;       // the leader called away (leader_away) until then; OnBreak meanwhile
        bool headCalled = false;      // a department head joined (call_head): covers every category
    };
    RoomView roomView(std::size_t room) const;
    std::size_t waitingAtRegistration() const { return m_registrationLine.size(); }
    std::size_t waitingForLawyer() const { return m_lawyerLine.size(); }
    // Every batch waiting now: to register, for a room, for a lawyer (the level the queue-length
    // statistics integrate).
    std::size_t waitingNow() const;
    int lawyersOnDuty() const { return m_lawyerCount; }
    // Pool lawyers still to come or on duty, not counting those leaving after their consultation
    // (lawyer_absent) nor those called in.
    int poolLawyers() const { return m_poolLawyers; }
    // The share of generated walk-ins that come (walk_in_factor; 1 until one is applied).
    double walkInFactor() const { return m_walkInFactor; }
    // The room a category is redirected to (redirect), kNoRoom when it is routed as usual.
    std::uint32_t redirectedTo(std::size_t category) const { return m_redirect[category]; }
    // Media at the door (media injects): [from, to) in simulated minutes, in the order applied.
    struct MediaWindow {
        double from = 0.0, to = 0.0;
    };
    const std::vector<MediaWindow>& mediaWindows() const { return m_media; }
    int freeLawyers() const { return m_freeLawyers + m_freeCalledLawyers; }
    double dayCloses() const { return m_dayCloses; }
    // Table-minutes the room's teams have spent receiving batches so far (after any warm-up).
    double roomBusyMinutes(std::size_t room) const { return m_stats.roomBusyMinutes(room, m_sim.now()); }
    // The room's utilisation so far, as the day's result counts it at the end.
    double roomUtilizationSoFar(std::size_t room) const { return m_stats.roomUtilization(room, m_sim.now()); }
    std::uint64_t eventsHandled() const { return m_sim.eventsHandled(); }
    // The consultation time batch `id` can expect at `room` (the distribution's mean with every
    // modifier but the lawyer's): the key of shortest_expected_first.
    double expectedConsultationMinutes(std::uint32_t id, std::uint32_t room) const;
    // Batch slots, including free ones (state Free); ids are indices and are reused.
    const std::vector<Batch>& batches() const { return m_batches; }

    // Interventions apply from the current moment. whyNot gives the reason one cannot apply now
    // (a short code such as "room_closed", for the caller to word), or nothing when it can.
    std::optional<std::string_view> whyNot(const Intervention& intervention) const;
    // Applies it (it must pass whyNot) and records it, with the time and event count, in the log.
    void apply(Intervention intervention);
    const std::vector<Intervention>& interventions() const { return m_interventions; }
    // On a fresh day: handles exactly the events each logged intervention saw before it, then
    // applies it; the day is then where the original was after its last intervention. Throws
    // std::runtime_error when an intervention cannot apply (e.g. a log made for another scenario).
    void replay(std::span<const Intervention> log);

    void handle(const Event& event) override;
    bool stale(const Event& event) const override;

private:
    enum EventKind : std::uint32_t {
        kArrival, kNextWalkIn, kNextStreamArrival, kRegistrationOpen, kRegistrationDone, kConsultationDone, kRenege,
        kRoomCalendar, kLawyerCalendar, kDayClose, kWarmupEnd, kLawyerWaitOver, kLeaderBack,
    };
    enum CalendarChange : std::uint32_t { kOpen, kBreakStart, kBreakEnd, kClose };

    struct Room {
        const RoomSpec* spec = nullptr;
        WaitingLine line;
        int freeTables = 0;
        std::vector<char> covers;  // by category index
        double closes = 0.0;       // spec closing time, moved by extensions
        bool closedByHand = false, openedByHand = false;
        double awayUntil = 0.0;    // leader_away: seats nobody before then
        bool headCalled = false;   // call_head: covers every category
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
    // Ends a wait, in a line or at a table for a lawyer: the waiting count drops, the pending
    // patience or lawyer timer goes stale, and the time is added to the batch's wait (returned).
    double stopWaiting(std::uint32_t id);
    // A table of room r starts or stops being occupied (the room's busy-table level follows).
    void takeTable(std::uint32_t r);
    void freeTable(std::uint32_t r);
    // Every change to a room's line goes through these, so that m_roomsWithALine stays true.
    void pushToLine(std::uint32_t room, std::uint32_t id);
    void insertInLine(std::uint32_t room, std::size_t at, std::uint32_t id);
    std::uint32_t takeFromLine(std::uint32_t room, std::size_t at);
    void removeFromLine(std::uint32_t room, std::uint32_t id);
    // Rebuilds m_roomsCovering from the rooms' teams.
    void indexCoverage();
    void fillRoom(std::uint32_t room);
    void seat(std::uint32_t id, std::uint32_t room);
    void startConsultation(std::uint32_t id);
    // The seated batch stops waiting for a lawyer: one is free, or lawyers.max_wait ran out.
    void endLawyerWait(std::uint32_t id);
    void finishConsultation(std::uint32_t id);
    void assignWaitingLawyers();
    void renege(std::uint32_t id);
    void turnAway(std::uint32_t id);  // unserved at close
    void depart(std::uint32_t id);
    void closeDay();
    void sendHomeLeftovers();
    void roomCalendar(std::uint32_t room, CalendarChange change);
    void openRoomByHand(std::uint32_t room);
    void closeRoomByHand(std::uint32_t room);
    void callLawyer();
    void extendHours(std::uint32_t room, double minutes);
    void decide(std::uint32_t id, Outcome outcome, double minutes);
    void injectArrival(const Intervention& i);
    void leaderAway(std::uint32_t room, double minutes);
    void lawyerAbsent();
    void sendToLeader(std::uint32_t id, std::uint32_t room);
    // Whether the next generated walk-in (index `index`) comes, under the walk_in_factor in force.
    bool walkInComes(std::uint64_t index) const;
    // The slot of the batch with arrival serial `serial`, when it waits for a room now.
    std::optional<std::uint32_t> batchWaitingForRoom(std::int64_t serial) const;
    // The slot of the batch with arrival serial `serial`, when it is in consultation now.
    std::optional<std::uint32_t> batchInConsultation(std::int64_t serial) const;
    void moveRoomClose(std::uint32_t room, double closes);
    // Notes whether no ordinary room covers the batch's category (then any may take it).
    void markAnyRoom(Batch& b) const;
    // Queue where the load per table is lowest among the rooms the batch should wait for.
    std::uint32_t leastLoadedRoom(const Batch& b, bool skipClosedByHand) const;
    // A free table at an accepting ordinary room that `admits`: most free tables, then room order.
    template <class Admits>
    std::uint32_t roomWithMostFreeTables(Admits admits) const;

    // Rules.
    bool accepting(const Room& room) const;
    bool calendarAccepting(const Room& room) const;
    // Past its closing time and not receiving any more (a room opened by hand is not).
    bool closedForTheDay(const Room& room) const;
    RoomPhase phaseOf(const Room& room) const;
    bool lawyersAvailable() const;  // the planned pool's hours
    bool lawyerFree() const;        // a pool lawyer on duty, or one called in, is free
    void takeLawyer(Batch& b);      // requires lawyerFree(): the pool first, then those called in
    void returnLawyer(Batch& b);
    bool needsLawyer(const Batch& b) const;
    // The team covers the category: its departments list it, or it is a general room under
    // general_room routing.
    bool covers(std::uint32_t room, const Batch& b) const;
    // Consultation time pays unmatched_factor and the outcome on_spot_unmatched.
    bool unmatched(std::uint32_t room, const Batch& b) const;
    // The rooms a batch should wait for: those that cover its category, or any ordinary room when
    // none does (Batch::anyRoom).
    bool preferred(std::uint32_t room, const Batch& b) const;
    // The rooms that may receive it (adds any room under any_free_room; the top leader's room only
    // for batches selected for it).
    bool eligible(std::uint32_t room, const Batch& b) const;
    bool qualifiesForTopLeader(const Batch& b) const;
    // `room` is kNoRoom at the registration desks.
    DisciplineKey disciplineKey(QueueDiscipline discipline, std::uint32_t id, std::uint32_t room) const;
    // The one consultation-time formula: `base` (a sample of the room's distribution, or its
    // mean for shortest_expected_first) times every modifier.
    double consultationMinutes(double base, const Batch& b, std::uint32_t room, bool withLawyer) const;
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
    Routing m_routing;
    TraceSink* m_trace;
    bool m_horizonMode;
    double m_warmupEnd;
    bool m_dayClosed = false;

    Simulation m_sim;
    BatchFactory m_factory;
    OutcomePolicy m_outcomes;
    RandomStream m_appointmentStream, m_walkInStream, m_arrivalStream;
    std::uint64_t m_batchRoot;
    std::uint64_t m_walkInIndex = 0, m_streamIndex = 0, m_injectIndex = 0, m_nextSerial = 0;
    std::uint64_t m_thinningRoot;  // the "inject.walk_in_thinning" stream's seed
    double m_walkInFactor = 1.0;

    std::vector<Batch> m_batches;
    std::vector<std::uint32_t> m_freeSlots;

    WaitingLine m_registrationLine;
    int m_freeDesks = 0;
    std::vector<Room> m_rooms;
    std::uint32_t m_topRoom = kNoRoom;
    // Indexes over the rooms, kept in step with them, so that routing walks only the rooms that
    // matter: those with a free table, those with a batch in line, and by category the ordinary
    // rooms whose team covers it (covers()).
    RoomSet m_roomsWithFreeTables, m_roomsWithALine;
    std::vector<RoomSet> m_roomsCovering;
    int m_topSelected = 0;
    WaitingLine m_lawyerLine;
    int m_freeLawyers = 0;
    int m_lawyerCount = 0;           // the pool and those called in
    int m_freeCalledLawyers = 0;     // called in by hand: on duty from the call, whatever the pool's hours
    int m_poolLawyers = 0;           // the pool less those absent or leaving
    int m_poolLeaving = 0;           // absent pool lawyers still sitting in: they leave when it ends
    double m_lawyersClose = 0.0;
    double m_dayCloses = 0.0;
    std::vector<Intervention> m_interventions;
    std::vector<std::uint32_t> m_redirect;  // by category: redirect's room, or kNoRoom
    std::vector<MediaWindow> m_media;

    DayStatistics m_stats;
    bool m_windowStarted = false;
};

}  // namespace pujiang
