#pragma once
// The kernel: a clock and the future event set, with step / runUntil / peek.
// It decides which event is next; when that happens in wall time is the caller's business
// (the CLI runs flat out, the GUI paces the same calls).

#include <limits>

#include "sim/core/event_queue.h"

namespace pujiang {

class EventHandler {
public:
    virtual ~EventHandler() = default;
    virtual void handle(const Event& event) = 0;
    // An event the model has overtaken (a timer of a batch that is no longer waiting, a closing
    // time that was moved). The kernel drops it without moving the clock or counting it, so a
    // stale event can never lengthen the day.
    virtual bool stale(const Event&) const { return false; }
};

class Simulation {
public:
    static constexpr double kNever = std::numeric_limits<double>::infinity();

    double now() const { return m_now; }
    std::uint64_t eventsHandled() const { return m_handled; }
    bool idle() const { return m_events.empty(); }
    // Time of the next event, or kNever.
    double peek() const { return m_events.empty() ? kNever : m_events.top().time; }

    // The hot path (schedule, step, discardStale) is defined here so that it inlines into the
    // model's handlers and event loop.
    void schedule(double time, std::uint32_t kind, std::uint32_t subject = 0, std::uint32_t token = 0,
                  std::int32_t priority = 0) {
        // Scheduling into the past (or at NaN) would silently reorder causality; always a model bug.
        if (!(time >= m_now)) throwScheduledInThePast();
        m_events.push(Event{.time = time, .sequence = m_nextSequence++, .kind = kind, .subject = subject,
                            .token = token, .priority = priority});
    }

    // Handles the next event that is not stale; false when there is none.
    bool step(EventHandler& handler) {
        discardStale(handler);
        if (m_events.empty()) return false;
        handleNext(handler);
        return true;
    }
    // Handles every event; the same as calling step() until it returns false, with one stale check
    // per event instead of two.
    void runAll(EventHandler& handler) {
        discardStale(handler);
        while (!m_events.empty()) handleNext(handler);
    }
    // Drops stale events at the front, so that peek() and idle() speak of real events. step and
    // runUntil do this themselves; call it after changing the model between steps.
    void discardStale(const EventHandler& handler) {
        while (!m_events.empty() && handler.stale(m_events.top())) m_events.pop();
    }
    // Handles every event with time <= until, then sets the clock to `until` (if finite).
    void runUntil(double until, EventHandler& handler) {
        discardStale(handler);
        while (!m_events.empty() && m_events.top().time <= until) handleNext(handler);
        if (until < kNever && until > m_now) m_now = until;
    }
    // Moves the clock forward to `time` without handling anything; only up to the next event, so
    // no event is ever skipped.
    void advanceTo(double time);

    void reset();

private:
    [[noreturn]] static void throwScheduledInThePast();
    // The front event is not stale: handle it, then drop what it made stale at the front.
    void handleNext(EventHandler& handler) {
        const Event event = m_events.pop();
        m_now = event.time;
        ++m_handled;
        handler.handle(event);
        discardStale(handler);
    }

    EventQueue m_events;
    double m_now = 0.0;
    std::uint64_t m_nextSequence = 0;
    std::uint64_t m_handled = 0;
};

}  // namespace pujiang
