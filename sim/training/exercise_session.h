#pragma once
// One attempt at an exercise: the trained day with its injects, the trainee's coordinator actions
// (checked against role, limits and budget, and costed) and case decisions. The GUI and
// `pujiang exercise` drive it alike: advance() runs the day to the next thing the trainee must see
// (a featured case, an inject) and returns; the trainee then decides or acts, and advances again.
// Everything goes through the day's intervention log, so the attempt replays bit for bit.

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sim/training/exercise.h"
#include "sim/training/exercise_score.h"
#include "sim/training/training_day.h"

namespace pujiang {

class ExerciseSession {
public:
    // `exercise` and `cards` must outlive the session.
    ExerciseSession(const Exercise& exercise, std::span<const CaseCard> cards, std::uint64_t seed,
                    TraceSink* trace = nullptr);

    enum class StopKind { Case, Inject, Until, End };
    struct Stop {
        StopKind kind = StopKind::End;
        const Inject* inject = nullptr;  // StopKind::Inject: the inject just applied
    };
    // Runs until a featured case waits for a decision, an inject has just been applied, the clock
    // would pass `until`, or the day is over. Injects timed after the day's last event never come.
    Stop advance(double until = std::numeric_limits<double>::infinity());

    const PendingCase* pending() const { return m_day.pending(); }
    const DecisionRecord& decide(Disposition disposition);
    // Leaves the pending case to the model's outcome draw (the baseline of the debrief).
    void pass() { m_day.pass(); }

    // Why a coordinator action cannot be taken now, as a code: "not_coordinator", "limit_reached",
    // "over_budget", "not_an_action" (a kind the trainee cannot take, e.g. decide or an inject),
    // or the day's own code (ReceptionDay::whyNot).
    std::optional<std::string_view> whyNot(const Intervention& action) const;
    // What the action would cost now, in yuan.
    double costOf(const Intervention& action) const;
    // Takes the action; throws std::logic_error when whyNot says no.
    void act(Intervention action);

    // Plays a recorded attempt from the start: `log` is the day's intervention log (injects,
    // actions and decide lines), `dispositions` the trainee's disposition for each decide line in
    // order. Throws LocalizedError when the log does not fit this exercise, seed and cards.
    void replay(std::span<const Intervention> log, std::span<const Disposition> dispositions);

    bool finished() const { return m_day.day().finished(); }
    double now() const { return m_day.day().now(); }
    double spent() const { return m_spent; }
    int taken(ActionKind kind) const { return m_taken[static_cast<std::size_t>(kind)]; }
    const Exercise& exercise() const { return m_exercise; }
    std::uint64_t seed() const { return m_seed; }
    TrainingDay& training() { return m_day; }
    const TrainingDay& training() const { return m_day; }
    const std::vector<Intervention>& log() const { return m_day.day().interventions(); }
    // Injects applied so far, in order.
    const std::vector<const Inject*>& injectsApplied() const { return m_applied; }
    // The serial of the batch inject `index` (0-based, exercise order) brought, once it came.
    std::optional<std::int64_t> injectedBatch(std::size_t index) const;

    // The figures the score reads, as of now.
    TrainingFigures figures() const;
    // Runs the rest of the day, passing any featured case, and scores it.
    ScoreBreakdown finishAndScore();

private:
    void applyInject(const Inject& inject);
    // What follows an inject's intervention, live or replayed: media windows, the injected batch.
    void afterInject(const Inject& inject);
    void account(const Intervention& action);

    const Exercise& m_exercise;
    std::span<const CaseCard> m_cards;
    std::uint64_t m_seed;
    TrainingDay m_day;
    std::size_t m_nextInject = 0;
    std::vector<const Inject*> m_applied;
    std::vector<std::optional<std::int64_t>> m_injectedBatches;  // by inject index
    double m_spent = 0.0;
    std::array<int, 7> m_taken{};
};

// The featured-case rules of an exercise, as the trained day takes them.
FeaturedCases featuredCasesOf(const Exercise& exercise);

}  // namespace pujiang
