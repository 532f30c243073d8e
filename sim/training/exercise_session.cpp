#include "sim/training/exercise_session.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "sim/core/message_text.h"
#include "sim/training/inject_intervention.h"

namespace pujiang {

FeaturedCases featuredCasesOf(const Exercise& exercise) {
    const FeaturedSpec& f = exercise.featured;
    return FeaturedCases{f.categories, f.cards, f.from, f.maxCases};
}

ExerciseSession::ExerciseSession(const Exercise& exercise, std::span<const CaseCard> cards, std::uint64_t seed,
                                 TraceSink* trace)
    : m_exercise(exercise), m_cards(cards), m_seed(seed), m_day(exercise.spec, seed, cards, featuredCasesOf(exercise), trace),
      m_injectedBatches(exercise.injects.size()) {}

ExerciseSession::Stop ExerciseSession::advance(double until) {
    if (pending()) throw std::logic_error("a featured case waits for a decision");
    const auto& injects = m_exercise.injects;
    for (;;) {
        const bool injectDue = m_nextInject < injects.size() && injects[m_nextInject].at <= until;
        const double target = injectDue ? injects[m_nextInject].at : until;
        if (m_day.runUntilCase(target)) return {StopKind::Case};
        if (finished()) return {StopKind::End};
        if (!injectDue) {
            if (std::isfinite(until)) m_day.day().runUntil(until);
            return {StopKind::Until};
        }
        // No event is left at or before the inject's time: the clock moves to it exactly.
        m_day.day().runUntil(target);
        const Inject& inject = injects[m_nextInject++];
        if (m_day.day().whyNot(injectIntervention(inject, m_exercise.spec))) continue;  // e.g. no lawyer left
        applyInject(inject);
        return {StopKind::Inject, &inject};
    }
}

void ExerciseSession::applyInject(const Inject& inject) {
    m_day.day().apply(injectIntervention(inject, m_exercise.spec));
    afterInject(inject);
}

void ExerciseSession::afterInject(const Inject& inject) {
    m_applied.push_back(&inject);
    const bool arrival = inject.kind == InjectKind::CollectiveVisit || inject.kind == InjectKind::UrgentCase ||
                         inject.kind == InjectKind::RepeatCase;
    if (!arrival) return;
    const std::optional<std::int64_t> serial = lastArrivalSerial(m_day.day());
    m_injectedBatches[static_cast<std::size_t>(&inject - m_exercise.injects.data())] = serial;
    if (!inject.card.empty() && serial)
        if (const CaseCard* card = findCard(m_cards, inject.card)) m_day.feature(*serial, *card);
}

std::optional<std::int64_t> ExerciseSession::injectedBatch(std::size_t index) const {
    return index < m_injectedBatches.size() ? m_injectedBatches[index] : std::nullopt;
}

const DecisionRecord& ExerciseSession::decide(Disposition disposition) { return m_day.decide(disposition); }

double ExerciseSession::costOf(const Intervention& action) const {
    const std::optional<ActionKind> kind = actionKindOf(action.kind);
    if (!kind) return 0.0;
    const double unit = m_exercise.budget.costs.of(*kind);
    if (*kind != ActionKind::ExtendHours) return unit;
    // Overtime is paid per room kept open: a whole-day extension pays for every room open now.
    std::size_t rooms = 1;
    if (action.room == kWholeDay) {
        rooms = 0;
        for (std::size_t r = 0; r < m_exercise.spec.rooms.size(); ++r) rooms += m_day.day().roomView(r).accepting ? 1 : 0;
    }
    return unit * action.minutes / 60.0 * static_cast<double>(rooms);
}

std::optional<std::string_view> ExerciseSession::whyNot(const Intervention& action) const {
    const std::optional<ActionKind> kind = actionKindOf(action.kind);
    if (!kind) return "not_an_action";
    if (!m_exercise.hasRole(TraineeRole::Coordinator)) return "not_coordinator";
    if (const std::optional<int> limit = m_exercise.budget.limits.of(*kind); limit && taken(*kind) >= *limit)
        return "limit_reached";
    if (m_exercise.budget.total > 0.0 && m_spent + costOf(action) > m_exercise.budget.total + 1e-9) return "over_budget";
    return m_day.day().whyNot(action);
}

void ExerciseSession::account(const Intervention& action) {
    const std::optional<ActionKind> kind = actionKindOf(action.kind);
    if (!kind) return;
    m_spent += costOf(action);
    ++m_taken[static_cast<std::size_t>(*kind)];
}

void ExerciseSession::act(Intervention action) {
    if (const std::optional<std::string_view> why = whyNot(action))
        throw std::logic_error(fmt::format("the action cannot be taken: {}", *why));
    account(action);
    m_day.day().apply(action);
}

void ExerciseSession::replay(std::span<const Intervention> log, std::span<const Disposition> dispositions) {
    std::size_t decision = 0;
    // A featured case no line of the log decides was passed (left to the model's draw).
    std::vector<std::int64_t> decided;
    for (const Intervention& entry : log)
        if (entry.kind == InterventionKind::Decide) decided.push_back(entry.batch);
    const auto passUndecided = [&] {
        if (pending() && std::find(decided.begin(), decided.end(), pending()->batch) == decided.end()) pass();
    };
    for (std::size_t n = 0; n < log.size(); ++n) {
        const Intervention& entry = log[n];
        ReceptionDay& day = m_day.day();
        for (passUndecided(); !pending() && day.eventsHandled() < entry.eventsBefore && day.step(); passUndecided()) {
        }
        const auto misfit = [&] {
            return LocalizedError(bilingual("记录中的第 {} 项（{}，之前 {} 个事件）与这次练习对不上：是不是用别的练习、种子或案例卡做的？",
                                            "entry {} of the log ({} after {} events) does not fit this exercise: was it "
                                            "made with another exercise, seed or set of case cards?",
                                            n + 1, interventionKindName(entry.kind), entry.eventsBefore));
        };
        if (entry.kind == InterventionKind::Decide) {
            if (!pending() || pending()->batch != entry.batch || day.eventsHandled() != entry.eventsBefore ||
                decision >= dispositions.size())
                throw misfit();
            const DecisionRecord& made = decide(dispositions[decision++]);
            if (made.effect.outcome != entry.outcome || made.effect.minutes != entry.minutes) throw misfit();
            continue;
        }
        if (pending() || day.eventsHandled() != entry.eventsBefore) throw misfit();
        if (isInjectKind(entry.kind)) {
            // The next inject of the exercise, at the logged moment.
            const auto& injects = m_exercise.injects;
            while (m_nextInject < injects.size() &&
                   injectIntervention(injects[m_nextInject], m_exercise.spec).kind != entry.kind)
                ++m_nextInject;
            if (m_nextInject == injects.size()) throw misfit();
            day.replay(std::span<const Intervention>(&entry, 1));
            afterInject(injects[m_nextInject++]);
            continue;
        }
        if (whyNot(entry)) throw misfit();
        account(entry);
        day.replay(std::span<const Intervention>(&entry, 1));
    }
    if (decision != dispositions.size()) throw LocalizedError(bilingual("记录中的处理方式比决定多", "the log has more dispositions than decisions"));
}

TrainingFigures ExerciseSession::figures() const {
    TrainingFigures f;
    f.spent = m_spent;
    for (const FeaturedCaseRecord& record : m_day.featuredCases()) {
        CaseJudgement c;
        c.batch = record.batch;
        c.card = record.card;
        c.decided = record.decision.has_value();
        c.ended = record.outcome.has_value();
        if (c.decided) {
            const DispositionEffect& e = m_day.decisions()[*record.decision].effect;
            c.disposition = e.chosen;
            c.appropriate = e.appropriate;
            c.lawful = e.lawful;
        } else if (record.outcome) {
            c.disposition = dispositionOf(*record.outcome);
            c.appropriate = record.card->accepts(c.disposition);
            c.lawful = lawfulDisposition(*record.card, c.disposition);
        }
        f.cases.push_back(c);
    }
    for (const double t : m_day.renegeTimes())
        for (const ReceptionDay::MediaWindow& w : m_day.day().mediaWindows())
            if (t >= w.from && t < w.to) {
                ++f.mediaReneged;
                break;
            }
    return f;
}

ScoreBreakdown ExerciseSession::finishAndScore() {
    for (;;) {
        if (pending()) pass();
        else if (advance().kind == StopKind::End) break;
    }
    return scoreDay(m_exercise, m_day.day().result(), figures());
}

}  // namespace pujiang
