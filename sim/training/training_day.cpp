#include "sim/training/training_day.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "sim/core/random_stream.h"

namespace pujiang {

// Sees every trace record first: a consultation's start may make it a pending case.
class TrainingDay::Watcher : public TraceSink {
public:
    Watcher(TrainingDay& owner, TraceSink* next) : m_owner(owner), m_next(next) {}
    void record(const TraceRecord& r) override {
        if (m_next) m_next->record(r);
        if (r.kind == TraceKind::ConsultationStart && r.room >= 0)
            m_owner.consultationStarted(r.batch, static_cast<std::uint32_t>(r.room), r.time);
        else if (r.kind == TraceKind::ConsultationEnd)
            m_owner.consultationEnded(r.batch, r.detail);
        else if (r.kind == TraceKind::Renege)
            m_owner.m_renegeTimes.push_back(r.time);
    }

private:
    TrainingDay& m_owner;
    TraceSink* m_next;
};

TrainingDay::TrainingDay(const ScenarioSpec& spec, std::uint64_t seed, std::span<const CaseCard> cards,
                         FeaturedCases featured, TraceSink* trace)
    : m_spec(spec),
      m_seed(seed),
      m_cards(cards),
      m_featured(std::move(featured)),
      m_watcher(std::make_unique<Watcher>(*this, trace)),
      m_day(spec, seed, 0, m_watcher.get()) {}

TrainingDay::~TrainingDay() = default;

// The card of a featured batch: one of its category's cards, chosen by the batch's serial from a
// stream of its own, so the same day always shows the same cards.
const CaseCard* TrainingDay::cardFor(std::int64_t serial, std::uint16_t category) const {
    if (category >= m_spec.categories.size()) return nullptr;
    const std::string& code = m_spec.categories[category].code;
    const auto& wanted = m_featured.categories;
    if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), code) == wanted.end()) return nullptr;
    const auto& only = m_featured.cards;
    std::vector<const CaseCard*> candidates;
    for (const CaseCard& card : m_cards)
        if (card.category == code && (only.empty() || std::find(only.begin(), only.end(), card.id) != only.end()))
            candidates.push_back(&card);
    if (candidates.empty()) return nullptr;
    const std::uint64_t pick = mixSeeds(streamSeed(m_seed, 0, "case-cards"), static_cast<std::uint64_t>(serial));
    return candidates[pick % candidates.size()];
}

void TrainingDay::consultationStarted(std::int64_t serial, std::uint32_t room, double time) {
    if (m_pending) return;
    const auto forced = std::find_if(m_forced.begin(), m_forced.end(), [serial](const auto& f) { return f.first == serial; });
    if (forced == m_forced.end() && (m_featuredSoFar >= m_featured.maxCases || time < m_featured.from)) return;
    for (const Batch& b : m_day.batches()) {
        if (b.state != BatchState::InConsultation || static_cast<std::int64_t>(b.serial) != serial) continue;
        const CaseCard* card = forced != m_forced.end() ? forced->second : cardFor(serial, b.category);
        if (!card) return;
        if (forced == m_forced.end()) ++m_featuredSoFar;
        m_pending = PendingCase{serial, room, card, b.consultationMinutes, time};
        m_featuredCases.push_back(FeaturedCaseRecord{serial, card, time, std::nullopt, std::nullopt});
        return;
    }
}

void TrainingDay::consultationEnded(std::int64_t serial, std::string_view outcome) {
    for (FeaturedCaseRecord& record : m_featuredCases)
        if (record.batch == serial) record.outcome = parseOutcome(outcome);
}

void TrainingDay::feature(std::int64_t serial, const CaseCard& card) { m_forced.emplace_back(serial, &card); }

void TrainingDay::pass() {
    if (!m_pending) throw std::logic_error("no case is waiting for a decision");
    m_pending.reset();
}

const PendingCase* TrainingDay::runUntilCase(double until) {
    while (!m_pending && !m_day.finished() && m_day.nextEventTime() <= until) m_day.step();
    return pending();
}

const DecisionRecord& TrainingDay::decide(Disposition disposition) {
    if (!m_pending) throw std::logic_error("no case is waiting for a decision");
    const PendingCase pending = *m_pending;
    DecisionRecord record{pending.batch, pending.card->id, m_day.now(),
                          dispositionEffect(*pending.card, disposition, pending.modelMinutes)};
    Intervention decision;
    decision.kind = InterventionKind::Decide;
    decision.room = pending.room;
    decision.batch = pending.batch;
    decision.outcome = record.effect.outcome;
    // Decided at once, so never into the past: the consultation began at this very moment.
    decision.minutes = record.effect.minutes;
    if (const std::optional<std::string_view> why = m_day.whyNot(decision))
        throw std::logic_error(fmt::format("the pending case cannot be decided: {}", *why));
    m_day.apply(decision);
    m_pending.reset();
    m_decisions.push_back(std::move(record));
    m_featuredCases.back().decision = m_decisions.size() - 1;
    return m_decisions.back();
}

void TrainingDay::replay(std::span<const Intervention> log, std::span<const Disposition> dispositions) {
    std::size_t next = 0;
    for (const Intervention& step : log) {
        if (step.kind != InterventionKind::Decide) {
            // A coordinator's intervention: handled by the day's own replay, one entry at a time.
            m_day.replay(std::span<const Intervention>(&step, 1));
            continue;
        }
        while (!m_pending && m_day.eventsHandled() < step.eventsBefore && m_day.step()) {
        }
        if (!m_pending || m_pending->batch != step.batch || m_day.eventsHandled() != step.eventsBefore ||
            next >= dispositions.size())
            throw std::runtime_error(fmt::format(
                "decision {} of the log (batch {} after {} events) does not fit this day: was it made with another "
                "scenario, seed or set of case cards?",
                next + 1, step.batch + 1, step.eventsBefore));
        const DecisionRecord& made = decide(dispositions[next]);
        if (made.effect.outcome != step.outcome || made.effect.minutes != step.minutes)
            throw std::runtime_error(fmt::format("decision {} of the log gives another outcome or length than logged",
                                                 next + 1));
        ++next;
    }
}

}  // namespace pujiang
