#include "sim/training/exercise_plan.h"

#include <algorithm>

#include "sim/training/exercise_session.h"
#include "sim/training/inject_intervention.h"

namespace pujiang {

namespace {

std::optional<Disposition> planned(const Plan& plan, const CaseCard& card) {
    const auto it = std::find_if(plan.decisions.begin(), plan.decisions.end(),
                                 [&card](const PlannedDecision& d) { return d.card == card.id; });
    if (it != plan.decisions.end()) return it->disposition;
    if (std::find(plan.passes.begin(), plan.passes.end(), card.id) != plan.passes.end()) return std::nullopt;
    if (plan.otherwise == DispositionDefault::CardAdvice) return card.acceptable.front();
    return std::nullopt;
}

std::optional<std::uint16_t> categoryIndex(const ScenarioSpec& spec, const std::string& code) {
    for (std::size_t i = 0; i < spec.categories.size(); ++i)
        if (spec.categories[i].code == code) return static_cast<std::uint16_t>(i);
    return std::nullopt;
}



}  // namespace

std::optional<Intervention> interventionOf(const PlannedAction& action, const ExerciseSession& session) {
    Intervention i;
    i.kind = interventionKindOf(action.kind);
    i.room = action.room;
    i.minutes = action.minutes;
    switch (action.kind) {
    case ActionKind::OpenRoom:
    case ActionKind::CloseRoom:
    case ActionKind::ExtendHours:
    case ActionKind::CallHead: break;
    case ActionKind::CallLawyer: i.room = kWholeDay; break;
    case ActionKind::Redirect: {
        const auto category = categoryIndex(session.exercise().spec, action.category);
        if (!category) return std::nullopt;
        i.category = *category;
        break;
    }
    case ActionKind::SendLeader: {
        const std::optional<std::int64_t> batch = session.injectedBatch(action.inject - 1);
        if (!batch) return std::nullopt;
        i.batch = *batch;
        break;
    }
    }
    return i;
}

PlayedDay finishPlayedDay(ExerciseSession& session) {
    PlayedDay played;
    played.score = session.finishAndScore();
    played.result = session.training().day().result();
    played.figures = session.figures();
    played.log = session.log();
    for (const DecisionRecord& d : session.training().decisions()) played.dispositions.push_back(d.effect.chosen);
    for (std::size_t i = 0; i < session.exercise().injects.size(); ++i) played.injectedBatches.push_back(session.injectedBatch(i));
    played.injectsApplied = session.injectsApplied();
    return played;
}

DecisionLog decisionLogOf(const Exercise& exercise, std::uint64_t seed, const PlayedDay& played) {
    DecisionLog log{exercise.id, exercise.spec.name, seed, played.log, played.dispositions, {}};
    for (const CaseJudgement& c : played.figures.cases)
        if (c.decided) log.cards.push_back(c.card->id);
    return log;
}

Plan referencePlan(const Exercise& exercise) {
    return Plan{exercise.reference.actions, exercise.reference.decisions, {}, exercise.reference.otherwise};
}

Plan baselinePlan() { return Plan{}; }

PlayedDay playPlan(const Exercise& exercise, std::span<const CaseCard> cards, std::uint64_t seed, const Plan& plan) {
    ExerciseSession session(exercise, cards, seed);
    int skipped = 0;
    std::size_t next = 0;
    for (;;) {
        // A featured case can begin at any stop, also right after an inject or an action seats it.
        if (const PendingCase* pending = session.pending()) {
            if (const std::optional<Disposition> d = planned(plan, *pending->card))
                session.decide(*d);
            else
                session.pass();
            continue;
        }
        const double until = next < plan.actions.size() ? plan.actions[next].at : std::numeric_limits<double>::infinity();
        const ExerciseSession::Stop stop = session.advance(until);
        if (stop.kind == ExerciseSession::StopKind::End) break;
        if (stop.kind != ExerciseSession::StopKind::Until) continue;
        // Every action due now, in plan order.
        while (next < plan.actions.size() && plan.actions[next].at <= until) {
            const std::optional<Intervention> action = interventionOf(plan.actions[next++], session);
            if (action && !session.whyNot(*action))
                session.act(*action);
            else
                ++skipped;
        }
    }
    PlayedDay played = finishPlayedDay(session);
    played.actionsSkipped = skipped + static_cast<int>(plan.actions.size() - next);
    return played;
}

PlayedDay replayAttempt(const Exercise& exercise, std::span<const CaseCard> cards, std::uint64_t seed,
                        std::span<const Intervention> log, std::span<const Disposition> dispositions) {
    ExerciseSession session(exercise, cards, seed);
    session.replay(log, dispositions);
    return finishPlayedDay(session);
}

}  // namespace pujiang
