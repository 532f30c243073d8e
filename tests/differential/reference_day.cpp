#include "tests/differential/reference_day.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>
#include <tuple>
#include <utility>
#include <vector>

#include <boost/random/exponential_distribution.hpp>
#include <boost/random/uniform_01.hpp>

#include "sim/core/random_stream.h"
#include "sim/reception/metric_table.h"
#include "tests/differential/reference_arrivals.h"

namespace pujiang {

namespace {

using reference::BatchTraits;
using reference::Booking;
using reference::kNever;

// Everything that can happen, with its kernel class ([kernel.order]).
enum class What {
    RegistrationEnd, ConsultationEnd,                                       // class 0
    RoomOpens, BreakStarts, BreakEnds, RoomCloses, DesksOpen, LawyersOpen,  // class 1
    AppointmentArrives, WalkInArrives,                                      // class 2
    PatienceRunsOut, LawyerWaitRunsOut,                                     // class 3
    DayCloses,                                                              // class 4
};

int kernelClass(What what) {
    switch (what) {
        case What::RegistrationEnd:
        case What::ConsultationEnd: return 0;
        case What::AppointmentArrives:
        case What::WalkInArrives: return 2;
        case What::PatienceRunsOut:
        case What::LawyerWaitRunsOut: return 3;
        case What::DayCloses: return 4;
        default: return 1;
    }
}

bool concernsOneBatch(What what) {
    return what == What::RegistrationEnd || what == What::ConsultationEnd || what == What::PatienceRunsOut ||
           what == What::LawyerWaitRunsOut;
}

struct Event {
    double time = 0.0;
    int kernelClass = 0;
    std::uint64_t sequence = 0;
    What what{};
    int subject = 0;          // batch, room or booking index, by `what`
    std::uint64_t token = 0;  // the batch's token when scheduled; a different token now means stale
};

struct RunsLater {
    bool operator()(const Event& a, const Event& b) const {
        return std::tie(a.time, a.kernelClass, a.sequence) > std::tie(b.time, b.kernelClass, b.sequence);
    }
};

enum class Place { RegistrationLine, Registering, RoomLine, WaitingForLawyer, InConsultation, Gone };

struct Batch {
    BatchTraits traits;
    bool isAppointment = false;
    double slotStart = 0.0;
    double arrival = 0.0;
    int serial = 0;
    double patience = kNever;     // drawn at arrival
    double patienceEnd = kNever;
    Place place = Place::RegistrationLine;
    int room = -1;
    std::uint64_t token = 0;      // bumped at every change that voids the batch's pending timers
    double lineEntry = 0.0;       // when it joined its current line
    double waited = 0.0;          // [metric.wait], accumulated piece by piece
    double seatedAt = 0.0;
    bool unmatched = false;
    bool withLawyer = false;
    double consultationStart = 0.0;
};

struct Room {
    std::vector<int> line;  // batch indices in order of joining
    int busyTables = 0;
    double busyTableMinutes = 0.0;
    double busySince = 0.0;  // start of the current period with at least one busy table
    std::vector<std::pair<double, double>> busyPeriods;
};

// Running mean with a count, for metrics that are "no value" over no observations.
struct Mean {
    double sum = 0.0;
    long count = 0;
    void add(double x) {
        sum += x;
        ++count;
    }
    double value() const { return count > 0 ? sum / static_cast<double>(count) : kNoValue; }
};

double lengthOfUnion(std::vector<std::pair<double, double>> intervals) {
    std::sort(intervals.begin(), intervals.end());
    double total = 0.0, coveredTo = -kNever;
    for (const auto& [from, to] : intervals) {
        const double start = std::max(from, coveredTo);
        if (to > start) total += to - start;
        coveredTo = std::max(coveredTo, to);
    }
    return total;
}

// The room's scenario hours with its breaks cut out ([util.room] (a)).
std::vector<std::pair<double, double>> scheduledHours(const RoomSpec& room) {
    std::vector<std::pair<double, double>> pieces;
    double cursor = room.opens;
    std::vector<BreakSpec> breaks = room.breaks;
    std::sort(breaks.begin(), breaks.end(), [](const BreakSpec& a, const BreakSpec& b) { return a.from < b.from; });
    for (const BreakSpec& pause : breaks) {
        const double end = std::min(pause.from, room.closes);
        if (end > cursor) pieces.emplace_back(cursor, end);
        cursor = std::max(cursor, pause.to);
    }
    if (room.closes > cursor) pieces.emplace_back(cursor, room.closes);
    return pieces;
}

class ReferenceSimulation {
public:
    ReferenceSimulation(const ScenarioSpec& spec, std::uint64_t seed, std::uint64_t replication,
                        const ReferenceRules& rules)
        : m_spec(spec),
          m_rules(rules),
          m_rebalance(spec.rebalance && !rules.neverRebalance),
          m_bookingEngine(streamSeed(seed, replication, "reference.bookings")),
          m_walkInEngine(streamSeed(seed, replication, "reference.walk_ins")),
          m_traitEngine(streamSeed(seed, replication, "reference.traits")),
          m_patienceEngine(streamSeed(seed, replication, "reference.patience")),
          m_registrationEngine(streamSeed(seed, replication, "reference.registration")),
          m_consultationEngine(streamSeed(seed, replication, "reference.consultation")),
          m_outcomeEngine(streamSeed(seed, replication, "reference.outcome")),
          m_rooms(spec.rooms.size()),
          m_freeDesks(spec.registration.desks) {}

    DayResult run() {
        scheduleTheDay();
        while (!m_events.empty()) {
            const Event event = m_events.top();
            m_events.pop();
            if (isStale(event)) continue;  // [kernel.stale.discard]: does not move the clock
            m_now = event.time;
            handle(event);
        }
        // [kernel.day_end], [leave.leftovers]: the clock stays at the last handled event.
        sendEveryoneWaitingHome();
        return result();
    }

private:
    // ---- the kernel -------------------------------------------------------------------------

    void schedule(double time, What what, int subject = 0, std::uint64_t token = 0) {
        m_events.push(Event{time, kernelClass(what), m_sequence++, what, subject, token});
    }

    bool isStale(const Event& event) const {
        return concernsOneBatch(event.what) && m_batches[event.subject].token != event.token;
    }

    // [kernel.initial]
    void scheduleTheDay() {
        for (std::size_t r = 0; r < m_spec.rooms.size(); ++r) {
            const RoomSpec& room = m_spec.rooms[r];
            const int index = static_cast<int>(r);
            schedule(room.opens, What::RoomOpens, index);
            for (const BreakSpec& pause : room.breaks) {
                schedule(pause.from, What::BreakStarts, index);
                schedule(pause.to, What::BreakEnds, index);
            }
            if (std::isfinite(room.closes)) schedule(room.closes, What::RoomCloses, index);
        }
        if (m_spec.registration.desks > 0) schedule(m_spec.day.opens, What::DesksOpen);
        if (m_spec.lawyers.count > 0) schedule(m_spec.lawyers.opens, What::LawyersOpen);
        schedule(m_spec.day.closes, What::DayCloses);

        m_bookings = reference::drawBookings(m_spec.appointments, m_bookingEngine, m_noShows);
        for (std::size_t i = 0; i < m_bookings.size(); ++i)
            schedule(m_bookings[i].arrival, What::AppointmentArrives, static_cast<int>(i));
        if (!m_spec.walkIns.profile.empty()) scheduleWalkInAfter(m_spec.walkIns.profile.front().from);
    }

    void scheduleWalkInAfter(double from) {
        const double exposure = boost::random::exponential_distribution<double>(1.0)(m_walkInEngine);
        const double at = reference::walkInTimeAfter(m_spec.walkIns, from, exposure);
        if (at != kNever) schedule(at, What::WalkInArrives);
    }

    void handle(const Event& event) {
        m_lastEventTime = m_now;
        const int subject = event.subject;
        switch (event.what) {
            case What::RegistrationEnd: finishRegistration(subject); break;
            case What::ConsultationEnd: finishConsultation(subject); break;
            case What::RoomOpens:
            case What::BreakEnds: fillRoom(subject); break;
            case What::BreakStarts: break;  // the room simply stops accepting ([room.break])
            case What::RoomCloses: closeRoom(subject); break;
            case What::DesksOpen:
                m_desksOpen = true;
                fillDesks();
                break;
            case What::LawyersOpen: giveFreeLawyersToWaitingBatches(); break;
            case What::AppointmentArrives: {
                const Booking& booking = m_bookings[subject];
                arrive(newBatch(true, booking.slotStart));
                break;
            }
            case What::WalkInArrives:
                scheduleWalkInAfter(m_now);  // [arrive.walkin.chain]
                arrive(newBatch(false, 0.0));
                break;
            case What::PatienceRunsOut: renege(subject); break;
            case What::LawyerWaitRunsOut: endLawyerWait(subject, false); break;
            case What::DayCloses: closeTheDay(); break;
        }
    }

    // ---- arrivals and registration ----------------------------------------------------------

    int newBatch(bool isAppointment, double slotStart) {
        Batch batch;
        batch.isAppointment = isAppointment;
        batch.slotStart = slotStart;
        batch.traits = reference::drawBatchTraits(m_spec, isAppointment, m_traitEngine);
        m_batches.push_back(batch);
        return static_cast<int>(m_batches.size()) - 1;
    }

    // [arrive.handle]
    void arrive(int b) {
        Batch& batch = m_batches[b];
        batch.arrival = m_now;
        batch.serial = m_nextSerial++;
        if (!m_anyArrival) {
            m_anyArrival = true;
            m_windowStart = m_now;
        }
        batch.patience = m_spec.batches.patience.sample(m_patienceEngine);
        batch.patienceEnd = m_now + batch.patience;
        ++m_arrived;
        m_personsArrived += batch.traits.receivedPersons;
        m_peopleArrived += batch.traits.receivedPersons + batch.traits.companions;
        changePeopleOnSite(batch.traits.receivedPersons + batch.traits.companions);
        if (m_dayClosed) {
            turnAway(b);
        } else if (m_spec.registration.desks > 0) {
            if (m_desksOpen && m_freeDesks > 0 && m_registrationLine.empty())
                startRegistration(b);
            else
                joinRegistrationLine(b);
        } else {
            triage(b);
        }
    }

    void joinRegistrationLine(int b) {
        Batch& batch = m_batches[b];
        batch.place = Place::RegistrationLine;
        m_registrationLine.push_back(b);
        startWaitingInLine(b);
    }

    void startRegistration(int b) {
        Batch& batch = m_batches[b];
        batch.place = Place::Registering;
        ++batch.token;
        --m_freeDesks;
        schedule(m_now + m_spec.registration.service.sample(m_registrationEngine), What::RegistrationEnd, b,
                 batch.token);
    }

    // [reg.fill]
    void fillDesks() {
        while (m_desksOpen && m_freeDesks > 0 && !m_registrationLine.empty()) {
            const std::size_t next = nextInLine(m_registrationLine, m_spec.registration.discipline, -1);
            const int b = m_registrationLine[next];
            leaveLine(b);
            startRegistration(b);
        }
    }

    // [reg.finish]
    void finishRegistration(int b) {
        ++m_freeDesks;
        Batch& batch = m_batches[b];
        if (m_rules.patienceFromRegistrationEnd) batch.patienceEnd = m_now + batch.patience;
        triage(b);
        fillDesks();
    }

    // ---- lines and patience -----------------------------------------------------------------

    // [metric.people_on_site_max]: people present, integrated like the number waiting.
    void changePeopleOnSite(int delta) {
        if (m_now > m_peopleSince) {
            m_maxPeopleHeld = std::max(m_maxPeopleHeld, m_peopleOnSite);
            m_peopleSince = m_now;
        }
        m_peopleOnSite += delta;
    }

    void changeWaiting(int delta) {
        if (m_now > m_levelSince) {
            m_queueArea += m_waiting * (m_now - m_levelSince);
            m_maxWaitingHeld = std::max(m_maxWaitingHeld, m_waiting);  // held for a positive time
            m_levelSince = m_now;
        }
        m_waiting += delta;
    }

    // [patience.timer]: common to the registration line and room lines.
    void startWaitingInLine(int b) {
        Batch& batch = m_batches[b];
        ++batch.token;
        batch.lineEntry = m_now;
        changeWaiting(+1);
        if (batch.patienceEnd != kNever)
            schedule(std::max(batch.patienceEnd, m_now), What::PatienceRunsOut, b, batch.token);
    }

    std::vector<int>& lineOf(const Batch& batch) {
        return batch.place == Place::RegistrationLine ? m_registrationLine : m_rooms[batch.room].line;
    }

    void leaveLine(int b) {
        Batch& batch = m_batches[b];
        std::vector<int>& line = lineOf(batch);
        line.erase(std::find(line.begin(), line.end(), b));
        batch.waited += m_now - batch.lineEntry;
        ++batch.token;
        changeWaiting(-1);
    }

    // [patience.renege]
    void renege(int b) {
        leaveLine(b);
        ++m_reneged;
        depart(b);
    }

    // ---- queue disciplines ([queue.*]) ------------------------------------------------------

    double expectedConsultation(const Batch& batch, int room) const {
        return m_spec.rooms[room].consultation.mean() * timeFactors(batch, unmatchedAt(batch, room));
    }

    std::pair<double, double> disciplineKey(const Batch& batch, QueueDiscipline discipline, int room) const {
        const double serial = batch.serial;
        switch (discipline) {
            case QueueDiscipline::AppointmentsFirst:
                if (batch.isAppointment && batch.slotStart <= m_now) return {batch.slotStart - 1e9, serial};
                return {serial, 0.0};
            case QueueDiscipline::PriorityClasses:
                if (m_rules.priorityAsFifo) return {0.0, 0.0};  // equal keys: first in line wins
                return {static_cast<double>(batch.traits.priorityRank), serial};
            case QueueDiscipline::ShortestExpectedFirst:
                if (room < 0) return {batch.traits.complexity, serial};
                return {expectedConsultation(batch, room), serial};
            case QueueDiscipline::Fifo: break;
        }
        return {0.0, 0.0};
    }

    // Position of the next batch; equal keys go to the earlier position ([queue.line]).
    std::size_t nextInLine(const std::vector<int>& line, QueueDiscipline discipline, int room) const {
        std::size_t best = 0;
        for (std::size_t i = 1; i < line.size(); ++i) {
            if (disciplineKey(m_batches[line[i]], discipline, room) < disciplineKey(m_batches[line[best]], discipline, room))
                best = i;
        }
        return best;
    }

    // ---- rooms: coverage, calendar, load ----------------------------------------------------

    bool covers(int room, int category) const {
        for (const std::string& code : m_spec.rooms[room].departments)
            if (code == "*" || code == m_spec.categories[category].code) return true;
        return false;
    }

    bool isGeneral(int room) const {
        return m_spec.rooms[room].general && m_spec.routing == RoutingPolicy::GeneralRoom;
    }

    // [route.terms] no home: no room covers the category or is a general room.
    bool hasNoHome(const Batch& batch) const {
        for (int r = 0; r < roomCount(); ++r)
            if (covers(r, batch.traits.category) || isGeneral(r)) return false;
        return true;
    }

    // A batch with no home treats every room as covering, for routing, waiting and rebalancing.
    bool coversForRouting(const Batch& batch, int room) const {
        return covers(room, batch.traits.category) || hasNoHome(batch);
    }

    bool unmatchedAt(const Batch& batch, int room) const {
        return !covers(room, batch.traits.category) && !isGeneral(room);
    }

    // [route.eligible] (no bound rooms and no top leader's room in the reference).
    bool eligible(int room, const Batch& batch) const {
        return coversForRouting(batch, room) || isGeneral(room) || m_spec.routing == RoutingPolicy::AnyFreeRoom;
    }

    // [room.accepting]
    bool accepts(int room) const {
        const RoomSpec& spec = m_spec.rooms[room];
        if (m_now < spec.opens) return false;
        if (!m_rules.seatDuringBreaks) {
            for (const BreakSpec& pause : spec.breaks)
                if (m_now >= pause.from && m_now < pause.to) return false;
        }
        if (m_now < spec.closes) return true;
        return m_spec.day.closingRule == ClosingRule::ServeAllPresent && spec.closes >= m_spec.day.closes;
    }

    // [route.queue.closed_for_the_day]
    bool closedForTheDay(int room) const { return m_now >= m_spec.rooms[room].closes && !accepts(room); }

    int freeTables(int room) const { return m_spec.rooms[room].tables - m_rooms[room].busyTables; }
    int roomCount() const { return static_cast<int>(m_spec.rooms.size()); }

    // Among accepting rooms with a free table that pass `allowed`: most free tables, then lowest index.
    int roomWithMostFreeTables(const std::function<bool(int)>& allowed) const {
        int best = -1;
        for (int r = 0; r < roomCount(); ++r) {
            if (!allowed(r) || !accepts(r) || freeTables(r) <= 0) continue;
            if (best < 0 || freeTables(r) > freeTables(best)) best = r;
        }
        return best;
    }

    // [route.queue]: least load, then covering over general, then lowest index.
    int roomToQueueAt(const Batch& batch) const {
        std::vector<int> candidates, stillReceiving;
        for (int r = 0; r < roomCount(); ++r) {
            if (!coversForRouting(batch, r) && !isGeneral(r)) continue;
            candidates.push_back(r);
            if (!closedForTheDay(r)) stillReceiving.push_back(r);
        }
        const std::vector<int>& pool = stillReceiving.empty() ? candidates : stillReceiving;
        auto load = [&](int r) { return static_cast<long>(m_rooms[r].line.size()) + m_rooms[r].busyTables; };
        auto preferred = [&](int r) { return m_rules.generalRoomsFirst || coversForRouting(batch, r); };
        int best = -1;
        for (int r : pool) {
            if (best < 0) {
                best = r;
                continue;
            }
            // Loads compared as exact fractions: load(r)/tables(r) against load(best)/tables(best).
            const long lhs = load(r) * m_spec.rooms[best].tables, rhs = load(best) * m_spec.rooms[r].tables;
            if (lhs < rhs || (lhs == rhs && preferred(r) && !preferred(best))) best = r;
        }
        return best;
    }

    // ---- triage and routing ([triage.*], [route.*]) -----------------------------------------

    void triage(int b) {
        if (m_spec.rooms.empty()) {
            turnAway(b);
            return;
        }
        const Batch& batch = m_batches[b];
        int room = roomWithMostFreeTables([&](int r) {
            return coversForRouting(batch, r) || (m_rules.generalRoomsFirst && isGeneral(r));
        });
        if (room < 0 && m_spec.routing == RoutingPolicy::GeneralRoom)
            room = roomWithMostFreeTables([&](int r) { return isGeneral(r); });
        if (room < 0 && m_spec.routing == RoutingPolicy::AnyFreeRoom)
            room = roomWithMostFreeTables([](int) { return true; });
        if (room >= 0) {
            seat(b, room);
            return;
        }
        joinRoomLine(b, roomToQueueAt(batch));
    }

    // [route.join]
    void joinRoomLine(int b, int room) {
        Batch& batch = m_batches[b];
        batch.place = Place::RoomLine;
        batch.room = room;
        m_rooms[room].line.push_back(b);
        startWaitingInLine(b);
        fillRoom(room);
        if (!m_rebalance) return;
        for (int other = 0; other < roomCount() && m_batches[b].place == Place::RoomLine; ++other) {
            if (other == room || freeTables(other) <= 0 || !accepts(other) || !eligible(other, m_batches[b])) continue;
            fillRoom(other);
        }
    }

    // [room.fill]
    void fillRoom(int room) {
        while (freeTables(room) > 0 && accepts(room)) {
            int b = -1;
            std::vector<int>& line = m_rooms[room].line;
            if (!line.empty())
                b = line[nextInLine(line, m_spec.rooms[room].discipline, room)];
            else if (m_rebalance)
                b = batchToTakeFromOtherLines(room);
            if (b < 0) return;
            leaveLine(b);
            seat(b, room);
        }
    }

    // [rebalance.take]: per other line the first eligible batch; of those the earliest to join.
    int batchToTakeFromOtherLines(int room) const {
        int best = -1;
        for (int other = 0; other < roomCount(); ++other) {
            if (other == room) continue;
            for (int b : m_rooms[other].line) {
                if (!eligible(room, m_batches[b])) continue;
                if (best < 0 || m_batches[b].lineEntry < m_batches[best].lineEntry) best = b;
                break;
            }
        }
        return best;
    }

    // ---- seating, lawyers, consultation -----------------------------------------------------

    void occupyTable(int room) {
        Room& state = m_rooms[room];
        if (state.busyTables == 0) state.busySince = m_now;
        ++state.busyTables;
    }

    void freeTable(const Batch& batch) {
        Room& state = m_rooms[batch.room];
        state.busyTableMinutes += m_now - batch.seatedAt;
        if (--state.busyTables == 0) state.busyPeriods.emplace_back(state.busySince, m_now);
    }

    // [lawyer.pool]
    bool poolLawyerCanBeTaken() const {
        const LawyerSpec& lawyers = m_spec.lawyers;
        if (m_busyLawyers >= lawyers.count || m_now < lawyers.opens) return false;
        if (m_now < lawyers.closes) return true;
        return m_spec.day.closingRule == ClosingRule::ServeAllPresent && lawyers.closes >= m_spec.day.closes;
    }

    void releaseLawyer(const Batch& batch) {
        if (!batch.withLawyer) return;
        --m_busyLawyers;
        m_lawyerBusyMinutes += m_now - batch.consultationStart;
    }

    // [room.seat]
    void seat(int b, int room) {
        Batch& batch = m_batches[b];
        batch.room = room;
        batch.seatedAt = m_now;
        batch.unmatched = unmatchedAt(batch, room);
        occupyTable(room);
        const LawyerSpec& lawyers = m_spec.lawyers;
        if (batch.traits.lawRelated && poolLawyerCanBeTaken()) {
            ++m_busyLawyers;  // [lawyer.take]
            batch.withLawyer = true;
            startConsultation(b);
        } else if (batch.traits.lawRelated && lawyers.requiredForLawRelated && lawyers.count > 0 &&
                   lawyers.maxWait > 0.0) {
            // [lawyer.required]: hold the table and wait for a lawyer.
            batch.place = Place::WaitingForLawyer;
            ++batch.token;
            changeWaiting(+1);
            m_lawyerLine.push_back(b);
            if (!m_rules.ignoreLawyerMaxWait && std::isfinite(lawyers.maxWait))
                schedule(m_now + lawyers.maxWait, What::LawyerWaitRunsOut, b, batch.token);
        } else {
            startConsultation(b);
        }
    }

    // A seated batch stops waiting for a lawyer: one joined, or [lawyer.max_wait] ran out.
    void endLawyerWait(int b, bool lawyerJoins) {
        Batch& batch = m_batches[b];
        m_lawyerLine.erase(std::find(m_lawyerLine.begin(), m_lawyerLine.end(), b));
        changeWaiting(-1);
        batch.waited += m_now - batch.seatedAt;
        m_lawyerWait.add(m_now - batch.seatedAt);
        if (lawyerJoins) {
            ++m_busyLawyers;
            batch.withLawyer = true;
        }
        startConsultation(b);
    }

    // [lawyer.reassign]
    void giveFreeLawyersToWaitingBatches() {
        while (!m_lawyerLine.empty() && poolLawyerCanBeTaken()) endLawyerWait(m_lawyerLine.front(), true);
    }

    // Product of the [consult.time] factors other than the room's sample and the lawyer factor.
    double timeFactors(const Batch& batch, bool unmatched) const {
        const ConsultationSpec& c = m_spec.consultation;
        return batch.traits.complexity * (1.0 + c.groupSizeFactor * (batch.traits.receivedPersons - 1)) *
               (unmatched ? c.unmatchedFactor : 1.0);
    }

    // [consult.time]
    void startConsultation(int b) {
        Batch& batch = m_batches[b];
        batch.place = Place::InConsultation;
        batch.consultationStart = m_now;
        ++batch.token;
        m_waits.push_back(batch.waited);
        const double sample = m_spec.rooms[batch.room].consultation.sample(m_consultationEngine);
        const double duration = sample * timeFactors(batch, batch.unmatched) *
                                (batch.withLawyer ? m_spec.consultation.lawyerFactor : 1.0);
        schedule(m_now + duration, What::ConsultationEnd, b, batch.token);
    }

    // [outcome.*]
    Outcome drawOutcome(const Batch& batch) {
        const OutcomeSpec& o = m_spec.outcomes;
        const RoomSpec& room = m_spec.rooms[batch.room];
        const bool law = batch.traits.lawRelated;
        double weights[kOutcomeCount] = {
            o.onSpot * o.onSpotLevel[static_cast<int>(room.leaderLevel)] *
                (batch.traits.prepared ? o.onSpotPrepared : o.onSpotWalkIn) *
                (batch.unmatched ? o.onSpotUnmatched : 1.0) * (batch.traits.longStanding ? o.onSpotLongStanding : 1.0),
            o.assigned,
            o.defined + (law && batch.withLawyer ? o.legalDefinedWithLawyer : 0.0),
            o.referredLegal +
                (law ? (batch.withLawyer ? o.legalReferralWithLawyer : o.legalReferralWithoutLawyer) : 0.0),
        };
        const double total = weights[0] + weights[1] + weights[2] + weights[3];
        const double u = boost::random::uniform_01<double>{}(m_outcomeEngine);
        if (total <= 0.0) return Outcome::Assigned;
        double cumulative = 0.0;
        for (int k = 0; k < 3; ++k) {
            cumulative += weights[k] / total;
            if (u < cumulative) return static_cast<Outcome>(k);
        }
        return Outcome::ReferredLegal;
    }

    // [consult.end], [outcome.release]
    void finishConsultation(int b) {
        Batch& batch = m_batches[b];
        const Outcome outcome = drawOutcome(batch);
        ++m_outcomes[static_cast<int>(outcome)];
        ++m_received;
        m_personsReceived += batch.traits.receivedPersons;
        ++(batch.isAppointment ? m_appointmentsReceived : m_walkInsReceived);
        releaseLawyer(batch);
        freeTable(batch);
        depart(b);
        giveFreeLawyersToWaitingBatches();
        fillRoom(batch.room);
    }

    // ---- closing and leaving ----------------------------------------------------------------

    void closeRoom(int room) {
        if (m_spec.day.closingRule == ClosingRule::StopAtClose) {
            // [close.stop_at_close]: break off everyone seated at this room.
            for (int b = 0; b < static_cast<int>(m_batches.size()); ++b) {
                Batch& batch = m_batches[b];
                if (batch.room != room) continue;
                if (batch.place == Place::InConsultation) {
                    releaseLawyer(batch);
                    freeTable(batch);
                    sendHome(b);
                } else if (batch.place == Place::WaitingForLawyer) {
                    m_lawyerLine.erase(std::find(m_lawyerLine.begin(), m_lawyerLine.end(), b));
                    changeWaiting(-1);
                    batch.waited += m_now - batch.seatedAt;
                    freeTable(batch);
                    sendHome(b);
                }
            }
            giveFreeLawyersToWaitingBatches();
        }
        fillRoom(room);
    }

    // [close.day]
    void closeTheDay() {
        m_dayClosed = true;
        if (m_spec.day.closingRule != ClosingRule::ServeAllPresent) sendEveryoneWaitingHome();
    }

    // Order of [leave.leftovers]: registration line, lawyer waiters, then each room's line.
    void sendEveryoneWaitingHome() {
        while (!m_registrationLine.empty()) {
            const int b = m_registrationLine.front();
            leaveLine(b);
            sendHome(b);
        }
        while (!m_lawyerLine.empty()) {
            const int b = m_lawyerLine.front();
            Batch& batch = m_batches[b];
            m_lawyerLine.erase(m_lawyerLine.begin());
            changeWaiting(-1);
            batch.waited += m_now - batch.seatedAt;
            freeTable(batch);
            sendHome(b);
        }
        for (Room& room : m_rooms) {
            while (!room.line.empty()) {
                const int b = room.line.front();
                leaveLine(b);
                sendHome(b);
            }
        }
    }

    void sendHome(int b) {
        ++m_unserved;
        depart(b);
    }

    void turnAway(int b) { sendHome(b); }

    // [leave.depart]
    void depart(int b) {
        Batch& batch = m_batches[b];
        batch.place = Place::Gone;
        ++batch.token;
        m_lastDeparture = std::max(m_lastDeparture, m_now);
        m_timeInSystem.add(m_now - batch.arrival);
        changePeopleOnSite(-(batch.traits.receivedPersons + batch.traits.companions));
    }

    // ---- the day's result ([metric.*], [util.room], [window.day]) ---------------------------

    DayResult result() {
        changeWaiting(0);  // integrate the number waiting up to the end of the window
        DayResult day;
        day.overall.fill(kNoValue);
        auto set = [&](Metric metric, double value) { day.overall[static_cast<std::size_t>(metric)] = value; };
        const double windowLength = m_lastEventTime - (m_anyArrival ? m_windowStart : 0.0);

        set(Metric::BatchesArrived, m_arrived);
        set(Metric::PersonsArrived, m_personsArrived);
        set(Metric::PeopleArrived, m_peopleArrived);
        set(Metric::BatchesReceived, m_received);
        set(Metric::PersonsReceived, m_personsReceived);
        set(Metric::ResolvedOnSpot, m_outcomes[0]);
        set(Metric::Assigned, m_outcomes[1]);
        set(Metric::Defined, m_outcomes[2]);
        set(Metric::ReferredLegal, m_outcomes[3]);
        set(Metric::Reneged, m_reneged);
        set(Metric::ShareReneged, m_arrived > 0 ? static_cast<double>(m_reneged) / m_arrived : kNoValue);
        set(Metric::UnservedAtClose, m_unserved);
        set(Metric::NoShows, m_noShows);
        set(Metric::WalkInsReceived, m_walkInsReceived);
        set(Metric::AppointmentsReceived, m_appointmentsReceived);
        setWaitStatistics(day);
        set(Metric::LawyerWaitMean, m_lawyerWait.value());
        set(Metric::TimeInSystemMean, m_timeInSystem.value());
        set(Metric::QueueLengthAvg, windowLength > 0.0 ? m_queueArea / windowLength : 0.0);
        set(Metric::MaxQueueLength, m_maxWaitingHeld);
        changePeopleOnSite(0);
        set(Metric::PeopleOnSiteMax, m_maxPeopleHeld);
        set(Metric::LawyerUtilization, lawyerUtilization());
        set(Metric::OvertimeMin, std::max(0.0, m_lastDeparture - m_spec.day.closes));
        set(Metric::LastDeparture, m_lastDeparture);

        double busy = 0.0, available = 0.0;
        for (std::size_t r = 0; r < m_rooms.size(); ++r) {
            std::vector<std::pair<double, double>> hours = scheduledHours(m_spec.rooms[r]);
            hours.insert(hours.end(), m_rooms[r].busyPeriods.begin(), m_rooms[r].busyPeriods.end());
            busy += m_rooms[r].busyTableMinutes;
            available += m_spec.rooms[r].tables * lengthOfUnion(hours);
        }
        set(Metric::RoomUtilization, available > 0.0 ? busy / available : kNoValue);
        return day;
    }

    // [metric.wait], [metric.waited_fraction]; quantiles of type 7.
    void setWaitStatistics(DayResult& day) const {
        auto set = [&](Metric metric, double value) { day.overall[static_cast<std::size_t>(metric)] = value; };
        if (m_waits.empty()) return;  // every wait statistic stays no value
        std::vector<double> sorted = m_waits;
        std::sort(sorted.begin(), sorted.end());
        auto quantile = [&](double p) {
            const double h = (static_cast<double>(sorted.size()) - 1.0) * p;
            const auto below = static_cast<std::size_t>(std::floor(h));
            const std::size_t above = std::min(below + 1, sorted.size() - 1);
            return sorted[below] + (h - std::floor(h)) * (sorted[above] - sorted[below]);
        };
        double sum = 0.0;
        long positive = 0;
        for (double w : sorted) {
            sum += w;
            positive += w > 0.0 ? 1 : 0;
        }
        const auto n = static_cast<double>(sorted.size());
        set(Metric::WaitMean, sum / n);
        set(Metric::WaitP50, quantile(0.5));
        set(Metric::WaitP90, quantile(0.9));
        set(Metric::WaitMax, sorted.back());
        set(Metric::WaitedFraction, static_cast<double>(positive) / n);
    }

    // [util.lawyer], day mode without called-in lawyers.
    double lawyerUtilization() const {
        const LawyerSpec& lawyers = m_spec.lawyers;
        if (lawyers.count <= 0) return kNoValue;
        const double closes = std::isfinite(lawyers.closes) ? lawyers.closes : m_spec.day.closes;
        const double opens = std::max(lawyers.opens, m_anyArrival ? m_windowStart : 0.0);
        const double available =
            lawyers.count * (std::max(0.0, closes - opens) + std::max(0.0, m_lastDeparture - closes));
        return available > 0.0 ? m_lawyerBusyMinutes / available : kNoValue;
    }

    const ScenarioSpec& m_spec;
    const ReferenceRules m_rules;
    const bool m_rebalance;
    RandomEngine m_bookingEngine, m_walkInEngine, m_traitEngine, m_patienceEngine, m_registrationEngine,
        m_consultationEngine, m_outcomeEngine;

    std::priority_queue<Event, std::vector<Event>, RunsLater> m_events;
    std::uint64_t m_sequence = 0;
    double m_now = 0.0;
    double m_lastEventTime = 0.0;

    std::vector<Booking> m_bookings;
    std::vector<Batch> m_batches;
    std::vector<Room> m_rooms;
    std::vector<int> m_registrationLine;
    std::vector<int> m_lawyerLine;  // batches seated and waiting for a lawyer, in order of seating
    int m_freeDesks = 0;
    bool m_desksOpen = false;
    int m_busyLawyers = 0;
    bool m_dayClosed = false;
    int m_nextSerial = 0;

    // Measurement.
    bool m_anyArrival = false;
    double m_windowStart = 0.0;
    int m_waiting = 0;
    double m_levelSince = 0.0;
    double m_queueArea = 0.0;
    int m_maxWaitingHeld = 0;
    long m_arrived = 0, m_received = 0, m_reneged = 0, m_unserved = 0;
    long m_personsArrived = 0, m_peopleArrived = 0, m_personsReceived = 0;
    long m_walkInsReceived = 0, m_appointmentsReceived = 0;
    int m_noShows = 0;
    long m_outcomes[kOutcomeCount] = {0, 0, 0, 0};
    std::vector<double> m_waits;  // at each consultation start
    Mean m_lawyerWait, m_timeInSystem;
    int m_peopleOnSite = 0, m_maxPeopleHeld = 0;
    double m_peopleSince = 0.0;
    double m_lawyerBusyMinutes = 0.0;
    double m_lastDeparture = 0.0;
};

}  // namespace

DayResult referenceDay(const ScenarioSpec& spec, std::uint64_t seed, std::uint64_t replication,
                       const ReferenceRules& rules) {
    return ReferenceSimulation(spec, seed, replication, rules).run();
}

}  // namespace pujiang
