#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "sim/core/event_queue.h"
#include "sim/core/simulation.h"
#include "sim/core/random_stream.h"

namespace pujiang {
namespace {

TEST(EventQueue, PopsInTimeOrder) {
    EventQueue q;
    for (double t : {5.0, 1.0, 3.0, 2.0, 4.0}) q.push(Event{.time = t});
    std::vector<double> times;
    while (!q.empty()) times.push_back(q.pop().time);
    EXPECT_EQ(times, (std::vector<double>{1, 2, 3, 4, 5}));
}

TEST(EventQueue, EqualTimesPopByPriorityThenInsertionOrder) {
    EventQueue q;
    std::uint64_t seq = 0;
    q.push(Event{.time = 1.0, .sequence = seq++, .kind = 10, .priority = 2});
    q.push(Event{.time = 1.0, .sequence = seq++, .kind = 11, .priority = 1});
    q.push(Event{.time = 1.0, .sequence = seq++, .kind = 12, .priority = 2});
    q.push(Event{.time = 1.0, .sequence = seq++, .kind = 13, .priority = 1});
    q.push(Event{.time = 0.5, .sequence = seq++, .kind = 14, .priority = 9});
    std::vector<std::uint32_t> kinds;
    while (!q.empty()) kinds.push_back(q.pop().kind);
    EXPECT_EQ(kinds, (std::vector<std::uint32_t>{14, 11, 13, 10, 12}));
}

TEST(EventQueue, MatchesSortedOrderOnRandomInput) {
    EventQueue q;
    RandomStream rng(7, 0, "test");
    std::vector<Event> all;
    for (std::uint64_t i = 0; i < 5000; ++i) {
        // Coarse times force many ties.
        const double time = std::floor(rng.uniform() * 50.0);
        const Event e{.time = time, .sequence = i, .priority = static_cast<std::int32_t>(rng.uniform() * 3)};
        all.push_back(e);
        q.push(e);
        if (i % 3 == 0) {  // interleave pops with pushes, as a simulation does
            Event popped = q.pop();
            auto it = std::min_element(all.begin(), all.end(), runsBefore);
            EXPECT_EQ(popped.sequence, it->sequence);
            all.erase(it);
        }
    }
    std::sort(all.begin(), all.end(), runsBefore);
    for (const Event& expected : all) EXPECT_EQ(q.pop().sequence, expected.sequence);
    EXPECT_TRUE(q.empty());
}

class Recorder : public EventHandler {
public:
    explicit Recorder(Simulation& sim) : m_sim(sim) {}
    void handle(const Event& e) override {
        log.push_back({m_sim.now(), e.kind});
        if (e.kind == 1 && e.subject < 3) m_sim.schedule(m_sim.now() + 1.0, 1, e.subject + 1);
    }
    std::vector<std::pair<double, std::uint32_t>> log;

private:
    Simulation& m_sim;
};

// [kernel.horizon_end]: an event exactly at the bound is handled; the clock ends at the bound.
TEST(Simulation, RunUntilStopsAtTheBoundAndAdvancesTheClock) {
    Simulation sim;
    Recorder recorder(sim);
    sim.schedule(0.5, 1, 0);
    sim.schedule(10.0, 2);
    sim.runUntil(2.5, recorder);
    ASSERT_EQ(recorder.log.size(), 3u);  // 0.5, 1.5, 2.5
    EXPECT_DOUBLE_EQ(sim.now(), 2.5);
    EXPECT_DOUBLE_EQ(sim.peek(), 3.5);
    while (sim.step(recorder)) {
    }
    EXPECT_EQ(recorder.log.back().second, 2u);
    EXPECT_DOUBLE_EQ(sim.now(), 10.0);
    EXPECT_EQ(sim.eventsHandled(), 5u);
}

// A handler whose kind-3 events go stale once a kind-1 event has run at or after their time - 1.
class Staler : public Recorder {
public:
    using Recorder::Recorder;
    bool stale(const Event& e) const override { return e.kind == 3 && !log.empty() && log.back().first >= e.time - 1.0; }
};

// runAll is the batch loop: the same events, clock and count as stepping until step() says false,
// stale events dropped alike (they are neither handled nor counted).
TEST(Simulation, RunAllHandlesWhatSteppingHandles) {
    const auto load = [](Simulation& sim) {
        sim.schedule(0.5, 1, 0);
        for (double t : {1.0, 2.2, 3.0, 9.0}) sim.schedule(t, 3);
        sim.schedule(10.0, 2);
    };
    Simulation stepped, ran;
    Staler a(stepped), b(ran);
    load(stepped);
    load(ran);
    while (stepped.step(a)) {
    }
    ran.runAll(b);
    EXPECT_EQ(a.log, b.log);
    EXPECT_EQ(stepped.eventsHandled(), ran.eventsHandled());
    EXPECT_DOUBLE_EQ(stepped.now(), ran.now());
    EXPECT_TRUE(ran.idle());
    // Handled: 0.5, 1.5, 2.5, 3.5 (kind 1), 9.0 (kind 3), 10.0 (kind 2); the kind-3 events at 1.0,
    // 2.2 and 3.0 went stale after the kind-1 events at 0.5, 1.5 and 2.5.
    EXPECT_EQ(ran.eventsHandled(), 6u);
}

// [kernel.past]
TEST(Simulation, RefusesToScheduleInThePast) {
    Simulation sim;
    Recorder recorder(sim);
    sim.schedule(5.0, 9);
    sim.step(recorder);
    EXPECT_THROW(sim.schedule(4.0, 1), std::logic_error);
}

}  // namespace
}  // namespace pujiang
