#include "sim/reception/reception_day.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include <boost/random/exponential_distribution.hpp>
#include <boost/random/uniform_01.hpp>
#include <fmt/format.h>

#include "sim/core/localized_error.h"
#include "sim/core/message_text.h"
#include "sim/reception/batch_random.h"
#include "sim/reception/queue_discipline.h"
#include "sim/reception/walk_in_profile.h"

namespace pujiang {

namespace {

// Same-time ordering: a finished consultation frees its table before calendar changes and new
// arrivals are looked at; reneging is checked after service could have started; the day closes last.
constexpr std::int32_t kPriorityRelease = 0;
constexpr std::int32_t kPriorityCalendar = 1;
constexpr std::int32_t kPriorityArrival = 2;
constexpr std::int32_t kPriorityRenege = 3;
constexpr std::int32_t kPriorityClose = 4;

constexpr std::uint32_t kSourceAppointment = 0, kSourceWalkIn = 1, kSourceStream = 2, kSourceInject = 3;

double uniform01(BatchEngine& engine) { return boost::random::uniform_01<double>()(engine); }

}  // namespace

// [SECTION] Construction and driving

ReceptionDay::ReceptionDay(const ScenarioSpec& spec, std::uint64_t seed, std::uint64_t replication, TraceSink* trace)
    : m_spec(spec),
      m_routing(spec.routing),
      m_trace(trace),
      m_horizonMode(spec.run.horizon > 0.0),
      m_warmupEnd(spec.run.warmup),
      m_factory(spec),
      m_outcomes(spec.outcomes),
      m_appointmentStream(seed, replication, "arrivals.appointments"),
      m_walkInStream(seed, replication, "arrivals.walk_ins"),
      m_arrivalStream(seed, replication, "arrivals.stream"),
      m_batchRoot(batchRoot(seed, replication)),
      m_thinningRoot(streamSeed(seed, replication, "inject.walk_in_thinning")),
      m_freeDesks(spec.registration.desks),
      m_freeLawyers(spec.lawyers.count),
      m_lawyerCount(spec.lawyers.count),
      m_poolLawyers(spec.lawyers.count),
      m_lawyersClose(spec.lawyers.closes),
      m_dayCloses(spec.day.closes),
      m_redirect(spec.categories.size(), kNoRoom),
      m_stats(spec, m_horizonMode) {
    m_rooms.resize(spec.rooms.size());
    for (std::size_t r = 0; r < spec.rooms.size(); ++r) {
        const RoomSpec& rs = spec.rooms[r];
        Room& room = m_rooms[r];
        room.spec = &rs;
        room.line = WaitingLine(rs.discipline);
        room.freeTables = rs.tables;
        room.closes = rs.closes;
        room.covers.assign(spec.categories.size(), 0);
        for (const std::string& code : rs.departments) {
            for (std::size_t c = 0; c < spec.categories.size(); ++c)
                if (code == "*" || spec.categories[c].code == code) room.covers[c] = 1;
        }
        if (rs.topLeader && m_topRoom == kNoRoom) m_topRoom = static_cast<std::uint32_t>(r);
        if (!m_horizonMode) {
            m_sim.schedule(rs.opens, kRoomCalendar, static_cast<std::uint32_t>(r), kOpen, kPriorityCalendar);
            for (const BreakSpec& b : rs.breaks) {
                m_sim.schedule(b.from, kRoomCalendar, static_cast<std::uint32_t>(r), kBreakStart, kPriorityCalendar);
                m_sim.schedule(b.to, kRoomCalendar, static_cast<std::uint32_t>(r), kBreakEnd, kPriorityCalendar);
            }
            if (std::isfinite(rs.closes))
                m_sim.schedule(rs.closes, kRoomCalendar, static_cast<std::uint32_t>(r), kClose, kPriorityCalendar);
        }
    }
    m_roomsWithFreeTables = RoomSet(m_rooms.size());
    m_roomsWithALine = RoomSet(m_rooms.size());
    for (std::uint32_t r = 0; r < m_rooms.size(); ++r) m_roomsWithFreeTables.assign(r, m_rooms[r].freeTables > 0);
    indexCoverage();
    m_registrationLine = WaitingLine(spec.registration.discipline);
    if (!m_horizonMode) {
        if (spec.registration.desks > 0) m_sim.schedule(spec.day.opens, kRegistrationOpen, 0, 0, kPriorityCalendar);
        if (spec.lawyers.count > 0) {
            m_sim.schedule(spec.lawyers.opens, kLawyerCalendar, 0, kOpen, kPriorityCalendar);
        }
        m_sim.schedule(spec.day.closes, kDayClose, 0, 0, kPriorityClose);
    } else if (m_warmupEnd > 0.0) {
        m_sim.schedule(m_warmupEnd, kWarmupEnd, 0, 0, kPriorityClose);
    }
    planAppointments();
    if (!spec.walkIns.profile.empty()) scheduleNextWalkIn(spec.walkIns.profile.front().from);
    if (spec.stream.enabled) scheduleNextStreamArrival();
}

bool ReceptionDay::step() {
    if (m_horizonMode && m_sim.peek() > m_spec.run.horizon) return false;
    const bool stepped = m_sim.step(*this);
    if (m_sim.idle() && !m_horizonMode) sendHomeLeftovers();
    return stepped;
}

void ReceptionDay::runUntil(double time) {
    if (m_horizonMode) {
        m_sim.runUntil(std::min(time, m_spec.run.horizon), *this);
        return;
    }
    // Event by event, as step() and runToEnd() go: a day that runs out of events sends its
    // leftovers home, and its clock stays at the last event, so the result is the same however
    // the day was paced.
    while (!m_sim.idle() && m_sim.peek() <= time) step();
    if (!m_sim.idle()) m_sim.advanceTo(time);
}

void ReceptionDay::runToEnd() {
    if (m_horizonMode) {
        m_sim.runUntil(m_spec.run.horizon, *this);
    } else {
        m_sim.runAll(*this);
        sendHomeLeftovers();
    }
}

bool ReceptionDay::finished() const {
    return m_sim.idle() || (m_horizonMode && m_sim.peek() > m_spec.run.horizon);
}

void ReceptionDay::handle(const Event& e) {
    switch (e.kind) {
    case kArrival: arrive(e.subject); break;
    case kNextWalkIn: {
        // A walk-in kept away (walk_in_factor) still uses up its index: the others keep their keys.
        const std::uint64_t index = m_walkInIndex++;
        if (walkInComes(index)) {
            Batch b = m_factory.make(batchKey(m_batchRoot, kSourceWalkIn, index), ArrivalSource::WalkIn);
            b.arrivalTime = e.time;
            arrive(allocate(b));
        } else {
            trace(TraceKind::NoShow, -1, -1, "walk-in {}", index);
        }
        scheduleNextWalkIn(e.time);
        break;
    }
    case kNextStreamArrival: {
        Batch b = m_factory.make(batchKey(m_batchRoot, kSourceStream, m_streamIndex++), ArrivalSource::Stream);
        b.arrivalTime = e.time;
        arrive(allocate(b));
        scheduleNextStreamArrival();
        break;
    }
    case kRegistrationOpen:
        trace(TraceKind::RoomOpen, -1, -1, "registration");
        fillDesks();
        break;
    case kRegistrationDone: finishRegistration(e.subject); break;
    case kConsultationDone: finishConsultation(e.subject); break;
    case kRenege: renege(e.subject); break;
    case kLawyerWaitOver: endLawyerWait(e.subject); break;
    case kRoomCalendar: roomCalendar(e.subject, static_cast<CalendarChange>(e.token)); break;
    case kLawyerCalendar:
        if (e.token == kOpen) {
            trace(TraceKind::RoomOpen, -1, -1, "lawyers");
            assignWaitingLawyers();
        }
        break;
    case kDayClose: closeDay(); break;
    case kLeaderBack:
        trace(TraceKind::RoomBreak, -1, e.subject, "end");
        fillRoom(e.subject);
        break;
    case kWarmupEnd:
        m_stats.startWindow(e.time);
        trace(TraceKind::WarmupEnd, -1, -1);
        break;
    default: throw std::logic_error(fmt::format("reception day: unknown event kind {}", e.kind));
    }
}

bool ReceptionDay::stale(const Event& e) const {
    switch (e.kind) {
    // A batch's timers carry the generation they were set in; any change of state since voids them.
    case kRegistrationDone:
    case kConsultationDone:
    case kRenege:
    case kLawyerWaitOver: return m_batches[e.subject].generation != e.token;
    // A closing time that an extension moved later: the current closing time decides.
    case kRoomCalendar: return e.token == kClose && e.time != m_rooms[e.subject].closes;
    case kDayClose: return e.time != m_dayCloses;
    // A later leader_away that moved the return.
    case kLeaderBack: return e.time != m_rooms[e.subject].awayUntil;
    default: return false;
    }
}

// [SECTION] Arrivals

std::uint32_t ReceptionDay::allocate(const Batch& batch) {
    std::uint32_t id;
    if (!m_freeSlots.empty()) {
        id = m_freeSlots.back();
        m_freeSlots.pop_back();
        const std::uint32_t generation = m_batches[id].generation + 1;
        m_batches[id] = batch;
        m_batches[id].generation = generation;
    } else {
        id = static_cast<std::uint32_t>(m_batches.size());
        m_batches.push_back(batch);
    }
    return id;
}

void ReceptionDay::release(std::uint32_t id) {
    Batch& b = m_batches[id];
    b.state = BatchState::Free;
    ++b.generation;
    m_freeSlots.push_back(id);
}

std::vector<double> appointmentSlots(const AppointmentSpec& a) {
    std::vector<double> starts;
    if (!(a.slotLength > 0.0)) return starts;
    for (double t = a.firstSlot; t + a.slotLength <= a.lastSlotEnd + 1e-9; t += a.slotLength) {
        bool blocked = false;
        for (const BreakSpec& b : a.noSlots) blocked = blocked || (t < b.to && t + a.slotLength > b.from);
        if (!blocked) starts.push_back(t);
    }
    if (starts.empty() && a.noSlots.empty()) starts.push_back(a.firstSlot);  // window shorter than one slot
    return starts;
}

void ReceptionDay::planAppointments() {
    const AppointmentSpec& a = m_spec.appointments;
    if (a.count <= 0) return;
    const std::vector<double> slotStarts = appointmentSlots(a);
    const int slots = static_cast<int>(slotStarts.size());
    if (slots == 0) return;
    // Bound rooms are filled evenly: each slot's bookings go to the least-booked matching room.
    // Slots fill in booking order, so one slot's counts are kept at a time.
    std::vector<int> booked(m_rooms.size(), 0);
    int currentSlot = 0;
    for (int i = 0; i < a.count; ++i) {
        const int slot = a.perSlot > 0 ? std::min(slots - 1, i / a.perSlot)
                                       : static_cast<int>(static_cast<long long>(i) * slots / a.count);
        if (slot != currentSlot) {
            std::fill(booked.begin(), booked.end(), 0);
            currentSlot = slot;
        }
        // Draw both numbers for every booking so the no-show share does not shift the offsets.
        const bool noShow = m_appointmentStream.bernoulli(a.noShowProbability);
        const double offset = a.offset.sample(m_appointmentStream.engine());
        Batch b = m_factory.make(batchKey(m_batchRoot, kSourceAppointment, static_cast<std::uint64_t>(i)),
                                 ArrivalSource::Appointment);
        b.state = BatchState::Expected;
        b.appointmentTime = slotStarts[static_cast<std::size_t>(slot)];
        b.arrivalTime = std::max(0.0, b.appointmentTime + offset);
        if (a.bindRoom && !m_rooms.empty()) {
            std::uint32_t best = kNoRoom;
            for (std::uint32_t r = 0; r < m_rooms.size(); ++r) {
                if (r == m_topRoom || !m_rooms[r].covers[b.category]) continue;
                if (best == kNoRoom || booked[r] < booked[best]) best = r;
            }
            if (best != kNoRoom) {
                b.boundRoom = best;
                ++booked[best];
            }
        }
        const std::uint32_t id = allocate(b);
        if (noShow) {
            m_stats.noShow();
            trace(TraceKind::NoShow, -1, -1, "appointment {}", i);
            release(id);
            continue;
        }
        m_sim.schedule(m_batches[id].arrivalTime, kArrival, id, 0, kPriorityArrival);
    }
}

void ReceptionDay::scheduleNextWalkIn(double from) {
    const double exp1 = boost::random::exponential_distribution<double>(1.0)(m_walkInStream.engine());
    const double t = nextArrivalTime(m_spec.walkIns, from, exp1);
    if (std::isfinite(t)) m_sim.schedule(t, kNextWalkIn, 0, 0, kPriorityArrival);
}

void ReceptionDay::scheduleNextStreamArrival() {
    const double t = m_sim.now() + m_spec.stream.interarrival.sample(m_arrivalStream.engine());
    if (!m_horizonMode || t <= m_spec.run.horizon) m_sim.schedule(t, kNextStreamArrival, 0, 0, kPriorityArrival);
}

void ReceptionDay::arrive(std::uint32_t id) {
    const double t = m_sim.now();
    if (!m_windowStarted && !m_horizonMode) {
        // The day's window starts with its first arrival, so that the area under the queue
        // curve and the sum of waits cover exactly the same batches (Little's law, exactly).
        m_windowStarted = true;
        m_stats.startWindow(t);
    }
    Batch& b = m_batches[id];
    b.serial = m_nextSerial++;
    b.arrivalTime = t;
    b.measured = measuring();
    b.waitedSoFar = 0.0;
    const double patience = m_spec.batches.patience.kind() == DistributionKind::Constant
                                ? m_spec.batches.patience.mean()
                                : [&] {
                                      BatchEngine engine = batchEngine(b.key, BatchPurpose::Patience);
                                      return m_spec.batches.patience.sample(engine);
                                  }();
    b.patienceEnd = t + patience;
    m_stats.presentChanged(t, +1.0, b.groupSize + b.companions);
    m_stats.arrival(b);
    trace(TraceKind::Arrive, static_cast<std::int64_t>(b.serial), -1, "{} group={} companions={} class={}{}",
          m_spec.categories[b.category].code, b.groupSize, b.companions,
          b.priorityClass < m_spec.priority.classes.size() ? std::string_view(m_spec.priority.classes[b.priorityClass])
                                                           : std::string_view("unclassified"),
          b.source == ArrivalSource::Appointment ? " appointment" : b.injected ? " inject" : "");
    if (m_dayClosed && !m_horizonMode) {
        turnAway(id);
        return;
    }
    if (m_spec.registration.desks > 0) enterRegistration(id);
    else triage(id);
}

// [SECTION] Registration and triage

void ReceptionDay::enterRegistration(std::uint32_t id) {
    Batch& b = m_batches[id];
    if (m_freeDesks > 0 && desksOpen() && m_registrationLine.empty()) {
        b.queueEntryTime = m_sim.now();
        startRegistration(id);
        return;
    }
    b.state = BatchState::WaitingRegistration;
    b.queueEntryTime = m_sim.now();
    m_registrationLine.push(id);
    startWaiting(id);
}

void ReceptionDay::startRegistration(std::uint32_t id) {
    Batch& b = m_batches[id];
    b.state = BatchState::Registering;
    ++b.generation;
    --m_freeDesks;
    BatchEngine engine = batchEngine(b.key, BatchPurpose::Registration);
    const double duration = m_spec.registration.service.sample(engine);
    trace(TraceKind::RegistrationStart, static_cast<std::int64_t>(b.serial), -1);
    m_sim.schedule(m_sim.now() + duration, kRegistrationDone, id, b.generation, kPriorityRelease);
}

void ReceptionDay::finishRegistration(std::uint32_t id) {
    ++m_freeDesks;
    trace(TraceKind::RegistrationEnd, static_cast<std::int64_t>(m_batches[id].serial), -1);
    triage(id);
    fillDesks();
}

bool ReceptionDay::desksOpen() const { return m_horizonMode || m_sim.now() >= m_spec.day.opens; }

void ReceptionDay::fillDesks() {
    while (m_freeDesks > 0 && desksOpen() && !m_registrationLine.empty()) {
        auto next = m_registrationLine.next([&](std::uint32_t other) {
            return disciplineKey(m_spec.registration.discipline, other, kNoRoom);
        });
        const std::uint32_t other = m_registrationLine.takeAt(*next);
        stopWaiting(other);
        startRegistration(other);
    }
}

bool ReceptionDay::qualifiesForTopLeader(const Batch& b) const {
    const TopLeaderSelection& s = m_rooms[m_topRoom].spec->selection;
    const CategorySpec& category = m_spec.categories[b.category];
    bool qualifies = false;
    for (const std::string& code : s.categories) qualifies = qualifies || code == category.code;
    if (s.policyScope && category.policyScope) qualifies = true;
    if (s.minGroupSize > 0 && b.groupSize >= s.minGroupSize) qualifies = true;
    if (s.collective && b.collective) qualifies = true;
    return qualifies;
}

void ReceptionDay::triage(std::uint32_t id) {
    Batch& b = m_batches[id];
    if (m_rooms.empty()) {
        turnAway(id);
        return;
    }
    if (b.boundRoom != kNoRoom) {
        joinLine(id, b.boundRoom);
        return;
    }
    // A top leader's room closed by hand selects nobody: its batches go to ordinary rooms.
    if (m_topRoom != kNoRoom && !m_rooms[m_topRoom].closedByHand) {
        const TopLeaderSelection& s = m_rooms[m_topRoom].spec->selection;
        BatchEngine engine = batchEngine(b.key, BatchPurpose::Triage);
        const double u = uniform01(engine);
        if (m_topSelected < s.maxBatches && qualifiesForTopLeader(b) && u < s.probability) {
            ++m_topSelected;
            b.topSelected = true;
            joinLine(id, m_topRoom);
            return;
        }
    }
    markAnyRoom(b);
    const bool hasOrdinaryRoom = m_rooms.size() > (m_topRoom == kNoRoom ? 0u : 1u);
    if (!hasOrdinaryRoom) {
        b.topSelected = true;  // the top leader's room is the only room
        joinLine(id, m_topRoom);
        return;
    }
    // A redirected category goes to its room while that room may still receive it.
    if (const std::uint32_t redirected = m_redirect[b.category];
        redirected != kNoRoom && !m_rooms[redirected].closedByHand && !closedForTheDay(m_rooms[redirected])) {
        joinLine(id, redirected);
        return;
    }
    // A free table now: at a room whose team covers the category; failing that, at a general room
    // (general_room routing) or at any room (any_free_room); failing that, queue.
    std::uint32_t target =
        roomWithMostFreeTables([&](std::uint32_t r) { return b.anyRoom || m_rooms[r].covers[b.category]; });
    if (target == kNoRoom)
        target = roomWithMostFreeTables([&](std::uint32_t r) { return m_routing.takesAtAFreeTable(*m_rooms[r].spec); });
    if (target == kNoRoom) target = leastLoadedRoom(b, true);
    // Every room it should wait for was closed by hand: wait at one anyway, for it may reopen.
    if (target == kNoRoom) target = leastLoadedRoom(b, false);
    joinLine(id, target);
}

void ReceptionDay::markAnyRoom(Batch& b) const { b.anyRoom = m_roomsCovering[b.category].empty(); }

void ReceptionDay::indexCoverage() {
    m_roomsCovering.assign(m_spec.categories.size(), RoomSet(m_rooms.size()));
    for (std::uint32_t r = 0; r < m_rooms.size(); ++r) {
        if (r == m_topRoom) continue;
        const bool general = m_routing.isGeneral(*m_rooms[r].spec);
        for (std::size_t c = 0; c < m_spec.categories.size(); ++c) {
            if (!m_rooms[r].covers[c] && !general) continue;
            m_roomsCovering[c].assign(r, true);
        }
    }
}

template <class Admits>
std::uint32_t ReceptionDay::roomWithMostFreeTables(Admits admits) const {
    std::uint32_t best = kNoRoom;
    for (std::uint32_t r = m_roomsWithFreeTables.next(0); r != RoomSet::kNone; r = m_roomsWithFreeTables.next(r + 1)) {
        if (r == m_topRoom || !accepting(m_rooms[r]) || !admits(r)) continue;
        if (best == kNoRoom || m_rooms[r].freeTables > m_rooms[best].freeTables) best = r;
    }
    return best;
}

// Rooms that have closed for the day are passed over while another will still receive. Ties go to
// a room whose departments list the category (a general room is the fallback), then to the lower
// room number.
std::uint32_t ReceptionDay::leastLoadedRoom(const Batch& b, bool skipClosedByHand) const {
    // The rooms it should wait for (preferred()): those covering its category, or every one.
    const RoomSet* covering = b.anyRoom ? nullptr : &m_roomsCovering[b.category];
    const auto nextRoom = [&](std::uint32_t from) {
        if (covering) return covering->next(from);
        return from < m_rooms.size() ? from : RoomSet::kNone;
    };
    for (const bool skipClosedForTheDay : {true, false}) {
        std::uint32_t target = kNoRoom;
        double bestLoad = 0.0;
        for (std::uint32_t r = nextRoom(0); r != RoomSet::kNone; r = nextRoom(r + 1)) {
            const Room& room = m_rooms[r];
            if (r == m_topRoom || (skipClosedByHand && room.closedByHand)) continue;
            if (skipClosedForTheDay && closedForTheDay(room)) continue;
            const double load =
                (static_cast<double>(room.line.size()) + room.spec->tables - room.freeTables) / room.spec->tables;
            const bool better = target == kNoRoom || load < bestLoad ||
                                (load == bestLoad && room.covers[b.category] && !m_rooms[target].covers[b.category]);
            if (better) {
                target = r;
                bestLoad = load;
            }
        }
        if (target != kNoRoom) return target;
    }
    return kNoRoom;
}

void ReceptionDay::joinLine(std::uint32_t id, std::uint32_t room) {
    Batch& b = m_batches[id];
    b.targetRoom = room;
    b.state = BatchState::WaitingRoom;
    b.queueEntryTime = m_sim.now();
    pushToLine(room, id);
    startWaiting(id);
    trace(TraceKind::Queue, static_cast<std::int64_t>(b.serial), room);
    fillRoom(room);
    // An idle room elsewhere may take it at once (it is eligible there and rebalancing is on).
    if (b.state == BatchState::WaitingRoom && m_spec.rebalance) {
        for (std::uint32_t r = m_roomsWithFreeTables.next(0); r != RoomSet::kNone && b.state == BatchState::WaitingRoom;
             r = m_roomsWithFreeTables.next(r + 1))
            if (r != room && accepting(m_rooms[r]) && eligible(r, b)) fillRoom(r);
    }
}

void ReceptionDay::startWaiting(std::uint32_t id) {
    Batch& b = m_batches[id];
    ++b.generation;
    changeWaiting(+1.0);
    if (std::isfinite(b.patienceEnd))
        m_sim.schedule(std::max(b.patienceEnd, m_sim.now()), kRenege, id, b.generation, kPriorityRenege);
}

double ReceptionDay::stopWaiting(std::uint32_t id) {
    Batch& b = m_batches[id];
    ++b.generation;  // the pending patience or lawyer timer is now stale
    changeWaiting(-1.0);
    const double waited = m_sim.now() - b.queueEntryTime;
    b.waitedSoFar += waited;
    return waited;
}

void ReceptionDay::takeTable(std::uint32_t r) {
    m_roomsWithFreeTables.assign(r, --m_rooms[r].freeTables > 0);
    m_stats.tablesBusyChanged(r, m_sim.now(), +1.0);
}

void ReceptionDay::freeTable(std::uint32_t r) {
    m_roomsWithFreeTables.assign(r, ++m_rooms[r].freeTables > 0);
    m_stats.tablesBusyChanged(r, m_sim.now(), -1.0);
}

void ReceptionDay::pushToLine(std::uint32_t room, std::uint32_t id) {
    m_rooms[room].line.push(id);
    m_roomsWithALine.assign(room, true);
}

void ReceptionDay::insertInLine(std::uint32_t room, std::size_t at, std::uint32_t id) {
    m_rooms[room].line.insertAt(at, id);
    m_roomsWithALine.assign(room, true);
}

std::uint32_t ReceptionDay::takeFromLine(std::uint32_t room, std::size_t at) {
    const std::uint32_t id = m_rooms[room].line.takeAt(at);
    m_roomsWithALine.assign(room, !m_rooms[room].line.empty());
    return id;
}

void ReceptionDay::removeFromLine(std::uint32_t room, std::uint32_t id) {
    m_rooms[room].line.remove(id);
    m_roomsWithALine.assign(room, !m_rooms[room].line.empty());
}

// [SECTION] Rooms and consultation

bool ReceptionDay::accepting(const Room& room) const {
    if (room.closedByHand || m_sim.now() < room.awayUntil) return false;
    return room.openedByHand || calendarAccepting(room);
}

bool ReceptionDay::closedForTheDay(const Room& room) const {
    return !m_horizonMode && !room.openedByHand && m_sim.now() >= room.closes && !calendarAccepting(room);
}

bool ReceptionDay::calendarAccepting(const Room& room) const {
    if (m_horizonMode) return true;
    const double t = m_sim.now();
    const RoomSpec& rs = *room.spec;
    if (t < rs.opens) return false;
    for (const BreakSpec& b : rs.breaks)
        if (t >= b.from && t < b.to) return false;
    if (t >= room.closes) return m_spec.day.closingRule == ClosingRule::ServeAllPresent && room.closes >= m_dayCloses;
    return true;
}

bool ReceptionDay::lawyersAvailable() const {
    if (m_horizonMode) return true;
    const double t = m_sim.now();
    if (t < m_spec.lawyers.opens) return false;
    if (t >= m_lawyersClose)
        return m_spec.day.closingRule == ClosingRule::ServeAllPresent && m_lawyersClose >= m_dayCloses;
    return true;
}

bool ReceptionDay::lawyerFree() const { return (m_freeLawyers > 0 && lawyersAvailable()) || m_freeCalledLawyers > 0; }

void ReceptionDay::takeLawyer(Batch& b) {
    b.calledLawyer = !(m_freeLawyers > 0 && lawyersAvailable());
    --(b.calledLawyer ? m_freeCalledLawyers : m_freeLawyers);
    b.withLawyer = true;
    m_stats.lawyersBusyChanged(m_sim.now(), +1.0);
}

void ReceptionDay::returnLawyer(Batch& b) {
    if (b.calledLawyer) {
        ++m_freeCalledLawyers;
    } else if (m_poolLeaving > 0) {
        // An absent pool lawyer who was sitting in leaves now (lawyer_absent).
        --m_poolLeaving;
        m_stats.lawyerLeft(m_sim.now());
    } else {
        ++m_freeLawyers;
    }
    m_stats.lawyersBusyChanged(m_sim.now(), -1.0);
}

bool ReceptionDay::needsLawyer(const Batch& b) const {
    return b.lawRelated && m_lawyerCount > 0 && m_spec.lawyers.requiredForLawRelated;
}

bool ReceptionDay::covers(std::uint32_t room, const Batch& b) const {
    return m_rooms[room].covers[b.category] || m_routing.isGeneral(*m_rooms[room].spec);
}

bool ReceptionDay::unmatched(std::uint32_t room, const Batch& b) const { return !covers(room, b) && !b.topSelected; }

bool ReceptionDay::preferred(std::uint32_t room, const Batch& b) const { return b.anyRoom || covers(room, b); }

bool ReceptionDay::eligible(std::uint32_t room, const Batch& b) const {
    if (b.boundRoom != kNoRoom) return room == b.boundRoom;
    if (b.topSelected || room == m_topRoom) return b.topSelected && room == m_topRoom;
    return preferred(room, b) || m_routing.everyRoomEligible();
}

double ReceptionDay::expectedConsultationMinutes(std::uint32_t id, std::uint32_t room) const {
    return consultationMinutes(m_rooms[room].spec->consultation.mean(), m_batches[id], room, false);
}

double ReceptionDay::consultationMinutes(double base, const Batch& b, std::uint32_t room, bool withLawyer) const {
    double minutes = base * b.complexity * (1.0 + m_spec.consultation.groupSizeFactor * (b.groupSize - 1));
    if (unmatched(room, b)) minutes *= m_spec.consultation.unmatchedFactor;
    if (withLawyer) minutes *= m_spec.consultation.lawyerFactor;
    return minutes;
}

DisciplineKey ReceptionDay::disciplineKey(QueueDiscipline discipline, std::uint32_t id, std::uint32_t room) const {
    const Batch& b = m_batches[id];
    switch (discipline) {
    case QueueDiscipline::Fifo: return fifoKey(b);
    case QueueDiscipline::AppointmentsFirst: return appointmentsFirstKey(b, m_sim.now());
    case QueueDiscipline::PriorityClasses: return priorityClassKey(b);
    case QueueDiscipline::ShortestExpectedFirst:
        // The expected time at this room; whether a lawyer will sit in is not known yet.
        return shortestExpectedKey(b, room == kNoRoom ? b.complexity : expectedConsultationMinutes(id, room));
    }
    throw std::logic_error("unknown queue discipline");
}

void ReceptionDay::fillRoom(std::uint32_t r) {
    Room& room = m_rooms[r];
    while (room.freeTables > 0 && accepting(room)) {
        auto key = [&](std::uint32_t id) { return disciplineKey(room.line.discipline(), id, r); };
        std::uint32_t chosen = kNoRoom;
        if (!room.line.empty() && m_batches[room.line.ids().front()].sent) {
            chosen = takeFromLine(r, 0);  // sent by the coordinator: before the discipline's choice
        } else if (auto next = room.line.next(key)) {
            chosen = takeFromLine(r, *next);
        } else if (m_spec.rebalance && r != m_topRoom) {
            // Idle with an empty line: take the longest-waiting batch it can serve from another room.
            std::uint32_t fromRoom = kNoRoom;
            std::size_t fromIndex = 0;
            double earliest = 0.0;
            for (std::uint32_t other = m_roomsWithALine.next(0); other != RoomSet::kNone;
                 other = m_roomsWithALine.next(other + 1)) {
                if (other == r) continue;
                const auto& ids = m_rooms[other].line.ids();
                for (std::size_t i = 0; i < ids.size(); ++i) {
                    const Batch& candidate = m_batches[ids[i]];
                    if (!eligible(r, candidate)) continue;
                    const double entered = candidate.queueEntryTime;
                    if (fromRoom == kNoRoom || entered < earliest) {
                        fromRoom = other;
                        fromIndex = i;
                        earliest = entered;
                    }
                    break;  // lines keep arrival order: the first eligible one waited longest
                }
            }
            if (fromRoom != kNoRoom) chosen = takeFromLine(fromRoom, fromIndex);
        }
        if (chosen == kNoRoom) break;
        seat(chosen, r);
    }
}

void ReceptionDay::seat(std::uint32_t id, std::uint32_t r) {
    Batch& b = m_batches[id];
    stopWaiting(id);
    b.targetRoom = r;
    b.unmatched = unmatched(r, b);
    takeTable(r);
    if (lawyerFree()) {
        // Required or not, a free lawyer sits in on a law-related consultation.
        if (b.lawRelated) takeLawyer(b);
    } else if (needsLawyer(b) && m_spec.lawyers.maxWait > 0.0) {
        // The team holds the table and sends for a lawyer, for at most lawyers.max_wait. The
        // batch is seated, so it no longer gives up.
        b.state = BatchState::WaitingLawyer;
        ++b.generation;
        b.queueEntryTime = m_sim.now();
        m_lawyerLine.push(id);
        changeWaiting(+1.0);
        if (std::isfinite(m_spec.lawyers.maxWait))
            m_sim.schedule(m_sim.now() + m_spec.lawyers.maxWait, kLawyerWaitOver, id, b.generation, kPriorityRenege);
        trace(TraceKind::LawyerWait, static_cast<std::int64_t>(b.serial), r);
        return;
    }
    startConsultation(id);
}

void ReceptionDay::assignWaitingLawyers() {
    while (!m_lawyerLine.empty() && lawyerFree()) {
        const std::uint32_t id = m_lawyerLine.takeAt(0);
        takeLawyer(m_batches[id]);
        endLawyerWait(id);
    }
}

void ReceptionDay::endLawyerWait(std::uint32_t id) {
    Batch& b = m_batches[id];
    if (!b.withLawyer) {
        // lawyers.max_wait ran out: the consultation goes on without a lawyer.
        m_lawyerLine.remove(id);
        trace(TraceKind::LawyerWait, static_cast<std::int64_t>(b.serial), b.targetRoom, "no lawyer");
    }
    m_stats.lawyerWaited(b, stopWaiting(id));
    startConsultation(id);
}

void ReceptionDay::startConsultation(std::uint32_t id) {
    Batch& b = m_batches[id];
    Room& room = m_rooms[b.targetRoom];
    b.state = BatchState::InConsultation;
    ++b.generation;
    b.serviceStart = m_sim.now();
    BatchEngine engine = batchEngine(b.key, BatchPurpose::Consultation);
    const double minutes =
        consultationMinutes(room.spec->consultation.sample(engine), b, b.targetRoom, b.withLawyer);
    b.consultationMinutes = minutes;
    m_stats.consultationStarted(b, b.targetRoom);
    trace(TraceKind::ConsultationStart, static_cast<std::int64_t>(b.serial), b.targetRoom, "wait={:.1f}min{}",
          b.waitedSoFar, b.unmatched ? " unmatched" : "");
    m_sim.schedule(m_sim.now() + minutes, kConsultationDone, id, b.generation, kPriorityRelease);
}

void ReceptionDay::finishConsultation(std::uint32_t id) {
    Batch& b = m_batches[id];
    if (b.state != BatchState::InConsultation) return;  // broken off at closing
    const std::uint32_t r = b.targetRoom;
    Room& room = m_rooms[r];
    ConsultationContext context;
    context.level = room.spec->leaderLevel;
    context.topLeader = room.spec->topLeader;
    context.matched = !b.unmatched;
    context.withLawyer = b.withLawyer;
    // A decision replaces the draw; the draw is the batch's own, so skipping it moves no other number.
    BatchEngine engine = batchEngine(b.key, BatchPurpose::Outcome);
    const Outcome outcome = b.decided ? b.decidedOutcome : m_outcomes.draw(b, context, uniform01(engine));
    m_stats.consultationEnded(b, r, outcome, m_sim.now());
    trace(TraceKind::ConsultationEnd, static_cast<std::int64_t>(b.serial), r, "{}", outcomeName(outcome));
    if (b.withLawyer) returnLawyer(b);
    freeTable(r);
    depart(id);
    assignWaitingLawyers();
    fillRoom(r);
}

// [SECTION] Leaving: giving up, closing, departure

void ReceptionDay::renege(std::uint32_t id) {
    Batch& b = m_batches[id];
    if (b.state == BatchState::WaitingRegistration) m_registrationLine.remove(id);
    else if (b.state == BatchState::WaitingRoom) removeFromLine(b.targetRoom, id);
    else return;
    stopWaiting(id);
    m_stats.reneged(b);
    trace(TraceKind::Renege, static_cast<std::int64_t>(b.serial), -1, "after {:.1f}min", b.waitedSoFar);
    depart(id);
}

void ReceptionDay::turnAway(std::uint32_t id) {
    Batch& b = m_batches[id];
    m_stats.unserved(b);
    trace(TraceKind::Unserved, static_cast<std::int64_t>(b.serial), -1);
    depart(id);
}

void ReceptionDay::depart(std::uint32_t id) {
    Batch& b = m_batches[id];
    const double t = m_sim.now();
    m_stats.departed(b, t);
    m_stats.presentChanged(t, -1.0, -(b.groupSize + b.companions));
    release(id);
}

void ReceptionDay::closeDay() {
    m_dayClosed = true;
    trace(TraceKind::DayClose, -1, -1, "{}", closingRuleName(m_spec.day.closingRule));
    if (m_spec.day.closingRule == ClosingRule::ServeAllPresent) return;
    sendHomeLeftovers();
}

// Everyone still waiting goes home unserved (at closing, or when nothing can happen any more,
// e.g. a line at a room that closed early with no other room allowed to take it).
void ReceptionDay::sendHomeLeftovers() {
    auto flush = [&](WaitingLine& line) {
        while (!line.empty()) {
            const std::uint32_t id = line.takeAt(0);
            stopWaiting(id);
            if (m_batches[id].state == BatchState::WaitingLawyer) freeTable(m_batches[id].targetRoom);
            turnAway(id);
        }
    };
    flush(m_registrationLine);
    flush(m_lawyerLine);
    for (std::uint32_t r = 0; r < m_rooms.size(); ++r) {
        flush(m_rooms[r].line);
        m_roomsWithALine.assign(r, false);
    }
}

void ReceptionDay::roomCalendar(std::uint32_t r, CalendarChange change) {
    Room& room = m_rooms[r];
    switch (change) {
    case kOpen:
        trace(TraceKind::RoomOpen, -1, r);
        fillRoom(r);
        break;
    case kBreakStart: trace(TraceKind::RoomBreak, -1, r, "start"); break;
    case kBreakEnd:
        trace(TraceKind::RoomBreak, -1, r, "end");
        fillRoom(r);
        break;
    case kClose:
        trace(TraceKind::RoomClose, -1, r);
        // A room opened by hand keeps receiving until it is closed by hand.
        if (m_spec.day.closingRule == ClosingRule::StopAtClose && !room.openedByHand) {
            for (std::uint32_t id = 0; id < m_batches.size(); ++id) {
                Batch& b = m_batches[id];
                if (b.targetRoom != r) continue;
                if (b.state == BatchState::WaitingLawyer) {
                    // Seated but not yet begun: broken off like the rest.
                    m_lawyerLine.remove(id);
                    stopWaiting(id);
                } else if (b.state == BatchState::InConsultation) {
                    if (b.withLawyer) returnLawyer(b);
                    m_stats.roomStopped(r, m_sim.now());
                } else {
                    continue;
                }
                freeTable(r);
                turnAway(id);  // its consultation-end or lawyer timer is now stale
            }
            assignWaitingLawyers();  // lawyers freed here go to batches waiting elsewhere
        }
        fillRoom(r);  // still accepting (serve all present, opened by hand): its line goes on
        break;
    }
}

// [SECTION] Interventions

std::optional<std::string_view> ReceptionDay::whyNot(const Intervention& i) const {
    if (finished() || (m_dayClosed && m_spec.day.closingRule != ClosingRule::ServeAllPresent)) return "day_over";
    bool forRoom = false;  // the intervention names a room, which must exist
    switch (i.kind) {
    case InterventionKind::OpenRoom:
    case InterventionKind::CloseRoom:
    case InterventionKind::LeaderAway:
    case InterventionKind::SendLeader:
    case InterventionKind::CallHead: forRoom = true; break;
    case InterventionKind::ExtendHours:
    case InterventionKind::Redirect: forRoom = i.room != kWholeDay; break;
    default: break;
    }
    if (forRoom && i.room >= m_rooms.size()) return "no_room";
    switch (i.kind) {
    case InterventionKind::OpenRoom:
        if (accepting(m_rooms[i.room])) return "already_open";
        break;
    case InterventionKind::CloseRoom:
        if (!accepting(m_rooms[i.room])) return "already_closed";
        break;
    case InterventionKind::CallLawyer: break;
    case InterventionKind::ExtendHours:
        if (m_horizonMode) return "no_hours";
        if (!(i.minutes > 0.0) || !std::isfinite(i.minutes)) return "no_minutes";
        if (i.room == kWholeDay && m_dayClosed) return "day_over";
        if (i.room != kWholeDay && !std::isfinite(m_rooms[i.room].closes)) return "no_closing_time";
        break;
    case InterventionKind::Decide: {
        const std::optional<std::uint32_t> id = batchInConsultation(i.batch);
        if (!id) return "not_in_consultation";
        const Batch& b = m_batches[*id];
        if (b.decided) return "already_decided";
        // The consultation cannot end before now.
        if (!std::isfinite(i.minutes) || !(b.serviceStart + i.minutes >= m_sim.now())) return "no_minutes";
        break;
    }
    case InterventionKind::Arrive:
        if (m_dayClosed && !m_horizonMode) return "day_over";  // nobody may come any more
        if (i.category >= m_spec.categories.size()) return "no_category";
        if (i.persons == 0 || i.persons > 65535) return "no_persons";
        break;
    case InterventionKind::LeaderAway:
    case InterventionKind::Media:
        if (!(i.minutes > 0.0) || !std::isfinite(i.minutes)) return "no_minutes";
        break;
    case InterventionKind::WalkInFactor:
        if (!(i.factor > 0.0 && i.factor <= 1.0)) return "no_factor";
        break;
    case InterventionKind::LawyerAbsent:
        if (m_poolLawyers <= 0) return "no_lawyer";
        break;
    case InterventionKind::SendLeader:
        if (!batchWaitingForRoom(i.batch)) return "not_waiting";
        break;
    case InterventionKind::Redirect:
        if (i.category >= m_spec.categories.size()) return "no_category";
        if (i.room != kWholeDay && i.room == m_topRoom) return "top_leader_room";
        break;
    case InterventionKind::CallHead: break;
    }
    return std::nullopt;
}

std::optional<std::uint32_t> ReceptionDay::batchWaitingForRoom(std::int64_t serial) const {
    for (std::uint32_t id = 0; id < m_batches.size(); ++id) {
        const Batch& b = m_batches[id];
        if (b.state == BatchState::WaitingRoom && static_cast<std::int64_t>(b.serial) == serial) return id;
    }
    return std::nullopt;
}

std::optional<std::uint32_t> ReceptionDay::batchInConsultation(std::int64_t serial) const {
    for (std::uint32_t id = 0; id < m_batches.size(); ++id) {
        const Batch& b = m_batches[id];
        if (b.state == BatchState::InConsultation && static_cast<std::int64_t>(b.serial) == serial) return id;
    }
    return std::nullopt;
}

void ReceptionDay::apply(Intervention i) {
    i.time = m_sim.now();
    i.eventsBefore = m_sim.eventsHandled();
    m_interventions.push_back(i);
    const std::int64_t room = i.room == kWholeDay ? -1 : static_cast<std::int64_t>(i.room);
    const std::string_view name = interventionKindName(i.kind);
    switch (i.kind) {
    case InterventionKind::Decide:
        trace(TraceKind::Intervention, i.batch, room, "{} {} {}", name, outcomeName(i.outcome), i.minutes);
        break;
    case InterventionKind::Arrive:
        trace(TraceKind::Intervention, -1, room, "{} {} {}{}{}{}", name, m_spec.categories[i.category].code,
              i.persons, i.collective ? " collective" : "", i.urgent ? " urgent" : "",
              i.longStanding ? " long_standing" : "");
        break;
    case InterventionKind::WalkInFactor: trace(TraceKind::Intervention, -1, room, "{} {}", name, i.factor); break;
    case InterventionKind::SendLeader: trace(TraceKind::Intervention, i.batch, room, "{}", name); break;
    case InterventionKind::Redirect:
        trace(TraceKind::Intervention, -1, room, "{} {}", name, m_spec.categories[i.category].code);
        break;
    case InterventionKind::LawyerAbsent:
    case InterventionKind::CallHead: trace(TraceKind::Intervention, -1, room, "{}", name); break;
    default: trace(TraceKind::Intervention, -1, room, "{} {}", name, i.minutes); break;
    }
    switch (i.kind) {
    case InterventionKind::OpenRoom: openRoomByHand(i.room); break;
    case InterventionKind::CloseRoom: closeRoomByHand(i.room); break;
    case InterventionKind::CallLawyer: callLawyer(); break;
    case InterventionKind::ExtendHours: extendHours(i.room, i.minutes); break;
    case InterventionKind::Decide: decide(*batchInConsultation(i.batch), i.outcome, i.minutes); break;
    case InterventionKind::Arrive: injectArrival(i); break;
    case InterventionKind::LeaderAway: leaderAway(i.room, i.minutes); break;
    case InterventionKind::WalkInFactor: m_walkInFactor = i.factor; break;
    case InterventionKind::LawyerAbsent: lawyerAbsent(); break;
    case InterventionKind::Media: m_media.push_back({i.time, i.time + i.minutes}); break;
    case InterventionKind::SendLeader: sendToLeader(*batchWaitingForRoom(i.batch), i.room); break;
    case InterventionKind::Redirect: m_redirect[i.category] = i.room == kWholeDay ? kNoRoom : i.room; break;
    case InterventionKind::CallHead:
        // A head of every department: the room covers every category (matched, and routed to).
        m_rooms[i.room].headCalled = true;
        std::fill(m_rooms[i.room].covers.begin(), m_rooms[i.room].covers.end(), 1);
        indexCoverage();
        fillRoom(i.room);
        break;
    }
    m_sim.discardStale(*this);  // e.g. a closing time just moved: the next event must be a real one
}

void ReceptionDay::replay(std::span<const Intervention> log) {
    for (const Intervention& i : log) {
        while (m_sim.eventsHandled() < i.eventsBefore && step()) {
        }
        // The logged moment must lie between the event before it and the event after it.
        if (m_sim.eventsHandled() != i.eventsBefore || !(i.time >= m_sim.now()) || i.time > m_sim.peek())
            throw LocalizedError(bilingual(
                "记录中的第 {} 项干预（{}，{:.2f} 分钟，之前 {} 个事件）与这一天对不上：{} 个事件之后是 {:.2f} "
                "分钟；这份记录是不是用别的场景或种子做的？",
                "intervention {} of the log ({} at {:.2f} min after {} events) does not fit this day: after {} "
                "events it is {:.2f} min; was the log made with another scenario or seed?",
                &i - log.data() + 1, interventionKindName(i.kind), i.time, i.eventsBefore, m_sim.eventsHandled(),
                m_sim.now()));
        m_sim.advanceTo(i.time);
        // A log from another scenario or a hand-edited one may not fit this day: say so, never
        // index out of range.
        if (const std::optional<std::string_view> why = whyNot(i))
            throw LocalizedError(bilingual("记录中的第 {} 项干预（{}，{:.2f} 分钟）无法执行：{}",
                                           "intervention {} of the log ({} at {:.2f} min) cannot apply: {}",
                                           &i - log.data() + 1, interventionKindName(i.kind), i.time, *why));
        apply(i);
    }
}

// The decision fixes the outcome and the consultation's length: its end moves to start + minutes
// (the pending end goes stale).
void ReceptionDay::decide(std::uint32_t id, Outcome outcome, double minutes) {
    Batch& b = m_batches[id];
    b.decided = true;
    b.decidedOutcome = outcome;
    b.consultationMinutes = minutes;
    ++b.generation;
    m_sim.schedule(b.serviceStart + minutes, kConsultationDone, id, b.generation, kPriorityRelease);
}

// [intervene.arrive] A walk-in with the inject's attributes, keyed by its own source so that no other
// batch's draws move.
void ReceptionDay::injectArrival(const Intervention& i) {
    const BatchFactory::Inject inject{i.category, i.persons, i.collective, i.urgent, i.longStanding};
    Batch b = m_factory.makeInjected(batchKey(m_batchRoot, kSourceInject, m_injectIndex++), inject);
    b.injected = true;
    b.arrivalTime = m_sim.now();
    arrive(allocate(b));
}

// [intervene.leader_away] Like a break taken by hand: the room seats nobody until the leader is
// back, then is filled. A second call while away can only make the absence longer.
void ReceptionDay::leaderAway(std::uint32_t r, double minutes) {
    Room& room = m_rooms[r];
    const double back = m_sim.now() + minutes;
    if (back <= room.awayUntil) return;
    room.awayUntil = back;
    trace(TraceKind::RoomBreak, -1, r, "start");
    m_sim.schedule(back, kLeaderBack, r, 0, kPriorityCalendar);
}

bool ReceptionDay::walkInComes(std::uint64_t index) const {
    if (m_walkInFactor >= 1.0) return true;
    // One uniform per walk-in index from the thinning stream: whether walk-in k comes depends only on
    // k and the factor, not on when the factor was set.
    SmallEngine engine(static_cast<std::uint32_t>(mixSeeds(m_thinningRoot, index)));
    return boost::random::uniform_01<double>()(engine) < m_walkInFactor;
}

// [intervene.lawyer_absent] A free pool lawyer leaves at once; if every pool lawyer is busy, the first
// to finish leaves then. With nobody left on duty, those waiting at a table for a lawyer begin
// without one.
void ReceptionDay::lawyerAbsent() {
    --m_poolLawyers;
    --m_lawyerCount;
    if (m_freeLawyers > 0) {
        --m_freeLawyers;
        m_stats.lawyerLeft(m_sim.now());
    } else {
        ++m_poolLeaving;
    }
    if (m_lawyerCount > 0) return;
    while (!m_lawyerLine.empty()) endLawyerWait(m_lawyerLine.takeAt(0));
}

// [intervene.send_leader] The batch leaves its line and goes to room r's, after the batches sent there
// before it and ahead of everyone else; it is bound to r (no other room takes it, closing r by hand
// leaves it there), and r seats it next.
void ReceptionDay::sendToLeader(std::uint32_t id, std::uint32_t r) {
    Batch& b = m_batches[id];
    removeFromLine(b.targetRoom, id);
    stopWaiting(id);
    if (r == m_topRoom) {
        b.topSelected = true;  // received by the top leader, not counted against the selection cap
    } else if (b.topSelected) {
        b.topSelected = false;
        markAnyRoom(b);
    }
    b.boundRoom = r;
    b.sent = true;
    b.targetRoom = r;
    b.state = BatchState::WaitingRoom;
    b.queueEntryTime = m_sim.now();
    WaitingLine& line = m_rooms[r].line;
    std::size_t at = 0;
    while (at < line.size() && m_batches[line.ids()[at]].sent) ++at;
    insertInLine(r, at, id);
    startWaiting(id);
    trace(TraceKind::Queue, static_cast<std::int64_t>(b.serial), r);
    fillRoom(r);
}

void ReceptionDay::openRoomByHand(std::uint32_t r) {
    Room& room = m_rooms[r];
    room.closedByHand = false;
    room.openedByHand = !calendarAccepting(room);
    fillRoom(r);
}

// The team finishes the batches at its tables; those waiting for it go to the least loaded room
// they may wait for. Bound appointments stay, in case it reopens; the top leader's selected
// batches go back to ordinary routing.
void ReceptionDay::closeRoomByHand(std::uint32_t r) {
    Room& room = m_rooms[r];
    room.closedByHand = true;
    room.openedByHand = false;
    const std::vector<std::uint32_t> waiting(room.line.ids().begin(), room.line.ids().end());
    for (const std::uint32_t id : waiting) {
        Batch& b = m_batches[id];
        // Moving one batch can let another room take a later one from this line.
        if (b.state != BatchState::WaitingRoom || b.targetRoom != r || b.boundRoom == r) continue;
        const bool wasTopSelected = b.topSelected;
        if (wasTopSelected) {
            b.topSelected = false;
            markAnyRoom(b);
        }
        const std::uint32_t target = leastLoadedRoom(b, true);
        if (target == kNoRoom) {
            b.topSelected = wasTopSelected;
            continue;
        }
        const auto& ids = room.line.ids();
        const auto at = std::find(ids.begin(), ids.end(), id);
        if (at == ids.end()) continue;
        takeFromLine(r, static_cast<std::size_t>(at - ids.begin()));
        stopWaiting(id);
        joinLine(id, target);
    }
}

void ReceptionDay::callLawyer() {
    ++m_lawyerCount;
    ++m_freeCalledLawyers;
    m_stats.lawyerCalled(m_sim.now());
    assignWaitingLawyers();
}

// The whole day: the day, every room closing at or after it, and the lawyers move together.
// One room: from its closing time, or from now if it has closed already.
void ReceptionDay::extendHours(std::uint32_t r, double minutes) {
    if (r != kWholeDay) {
        moveRoomClose(r, std::max(m_rooms[r].closes, m_sim.now()) + minutes);
        fillRoom(r);
        return;
    }
    const double oldClose = m_dayCloses;
    m_dayCloses += minutes;
    m_sim.schedule(m_dayCloses, kDayClose, 0, 0, kPriorityClose);
    for (std::uint32_t room = 0; room < m_rooms.size(); ++room)
        if (std::isfinite(m_rooms[room].closes) && m_rooms[room].closes >= oldClose)
            moveRoomClose(room, m_rooms[room].closes + minutes);
    if (std::isfinite(m_lawyersClose) && m_lawyersClose >= oldClose) m_lawyersClose += minutes;
}

void ReceptionDay::moveRoomClose(std::uint32_t r, double closes) {
    m_rooms[r].closes = closes;
    m_sim.schedule(closes, kRoomCalendar, r, kClose, kPriorityCalendar);
}

// [SECTION] Statistics

void ReceptionDay::changeWaiting(double delta) { m_stats.waitingChanged(m_sim.now(), delta); }


std::size_t ReceptionDay::waitingNow() const {
    std::size_t waiting = m_registrationLine.size() + m_lawyerLine.size();
    for (const Room& room : m_rooms) waiting += room.line.size();
    return waiting;
}

ReceptionDay::RoomView ReceptionDay::roomView(std::size_t r) const {
    const Room& room = m_rooms[r];
    return RoomView{room.spec->tables - room.freeTables,
                    room.spec->tables,
                    room.line.size(),
                    accepting(room),
                    room.closedByHand,
                    room.openedByHand,
                    room.closes,
                    phaseOf(room),
                    room.awayUntil,
                    room.headCalled};
}

ReceptionDay::RoomPhase ReceptionDay::phaseOf(const Room& room) const {
    if (room.closedByHand) return RoomPhase::ClosedByHand;
    // The leader called away: like a break, while the room would otherwise seat batches.
    if (m_sim.now() < room.awayUntil && (room.openedByHand || calendarAccepting(room))) return RoomPhase::OnBreak;
    const bool calendar = calendarAccepting(room);
    if (room.openedByHand && !calendar) return RoomPhase::OpenedByHand;
    if (m_horizonMode) return RoomPhase::Open;
    const double t = m_sim.now();
    if (t < room.spec->opens) return RoomPhase::NotYetOpen;
    // After hours a room may still seat those on site (serve_all_present), until the day is over.
    if (t >= room.closes) return calendar && !finished() ? RoomPhase::ServingThosePresent : RoomPhase::Closed;
    return calendar ? RoomPhase::Open : RoomPhase::OnBreak;
}

DayResult ReceptionDay::result() const {
    // So far: a run over a horizon that is still going ends its averages now, not at the horizon.
    const double end = m_horizonMode ? std::min(m_sim.now(), m_spec.run.horizon) : m_sim.now();
    return m_stats.result(end, m_sim.eventsHandled());
}

}  // namespace pujiang
