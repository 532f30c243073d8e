#pragma once
// A reception day played by a trainee, the receiving leader: some consultations carry a case card
// (featured cases), and the day stops when one begins until the trainee has decided it. The
// decision is applied to the day as a `decide` intervention (sim/reception/intervention.h), so the
// day's own log replays it exactly; this class keeps what the decision meant (card, disposition,
// consequences) for the score and the debrief. No GUI here: the CLI, the tests and the GUI drive it
// alike.

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "sim/reception/reception_day.h"
#include "sim/training/case_card.h"
#include "sim/training/disposition_effects.h"

namespace pujiang {

// Which consultations carry a case card: those of the listed categories (all categories that have
// cards when empty), from a clock time on, up to a number per day.
struct FeaturedCases {
    std::vector<std::string> categories;
    std::vector<std::string> cards;  // only these card ids (empty: every card of the categories)
    double from = 0.0;
    int maxCases = 5;
};

// A featured consultation that has just begun and waits for the trainee.
struct PendingCase {
    std::int64_t batch = -1;  // arrival serial
    std::uint32_t room = 0;
    const CaseCard* card = nullptr;
    double modelMinutes = 0.0;  // the consultation length the model drew
    double time = 0.0;
};

struct DecisionRecord {
    std::int64_t batch = -1;
    std::string cardId;
    double time = 0.0;
    DispositionEffect effect;
};

// Every featured case of the day, decided or passed (left to the model's own outcome draw).
struct FeaturedCaseRecord {
    std::int64_t batch = -1;
    const CaseCard* card = nullptr;
    double time = 0.0;                     // the consultation's start
    std::optional<std::size_t> decision;   // index into decisions(), when decided
    std::optional<Outcome> outcome;        // how the consultation ended, once it has
};

class TrainingDay {
public:
    // `cards` must outlive the day (the pending case points into it), as must `spec`. `trace`
    // receives every record of the day, as ReceptionDay's does.
    TrainingDay(const ScenarioSpec& spec, std::uint64_t seed, std::span<const CaseCard> cards, FeaturedCases featured,
                TraceSink* trace = nullptr);
    ~TrainingDay();
    // The day's trace goes through a watcher that points back here: the object stays put.
    TrainingDay(const TrainingDay&) = delete;
    TrainingDay& operator=(const TrainingDay&) = delete;

    // Handles events until a featured consultation begins (then returns it, and the day stays
    // there until decide()), the clock would pass `until`, or the day ends.
    const PendingCase* runUntilCase(double until = std::numeric_limits<double>::infinity());
    const PendingCase* pending() const { return m_pending ? &*m_pending : nullptr; }
    // Decides the pending case; the day goes on from there with the decision's outcome and length.
    const DecisionRecord& decide(Disposition disposition);
    // Leaves the pending case to the model: its own outcome draw and length stand (the baseline).
    void pass();
    // The batch with this serial carries `card` when its consultation begins, whatever the
    // featured rules say (a case brought by an inject); it does not count against maxCases.
    void feature(std::int64_t serial, const CaseCard& card);

    // Coordinator interventions pass through to the day (whyNot first).
    ReceptionDay& day() { return m_day; }
    const ReceptionDay& day() const { return m_day; }
    const std::vector<DecisionRecord>& decisions() const { return m_decisions; }
    const std::vector<FeaturedCaseRecord>& featuredCases() const { return m_featuredCases; }
    // When each batch that gave up waiting left, in order.
    const std::vector<double>& renegeTimes() const { return m_renegeTimes; }

    // Plays the day again from its start: `log` is the day's intervention log (coordinator
    // interventions and decide lines), `dispositions` the trainee's disposition for each decide
    // line in order. Throws std::runtime_error when the log does not fit this day (another
    // scenario, seed or card set).
    void replay(std::span<const Intervention> log, std::span<const Disposition> dispositions);

private:
    class Watcher;
    void consultationStarted(std::int64_t serial, std::uint32_t room, double time);
    void consultationEnded(std::int64_t serial, std::string_view outcome);
    const CaseCard* cardFor(std::int64_t serial, std::uint16_t category) const;

    const ScenarioSpec& m_spec;
    std::uint64_t m_seed;
    std::span<const CaseCard> m_cards;
    FeaturedCases m_featured;
    std::unique_ptr<Watcher> m_watcher;
    ReceptionDay m_day;
    std::optional<PendingCase> m_pending;
    std::vector<DecisionRecord> m_decisions;
    std::vector<FeaturedCaseRecord> m_featuredCases;
    std::vector<std::pair<std::int64_t, const CaseCard*>> m_forced;
    std::vector<double> m_renegeTimes;
    int m_featuredSoFar = 0;
};

}  // namespace pujiang
