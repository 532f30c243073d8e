#include "sim/training/debrief.h"

#include <algorithm>
#include <cmath>

#include "sim/core/random_stream.h"

namespace pujiang {

namespace {

// The paired summaries of three series of one figure over the same days.
PairedFigure paired(const std::vector<double>& trainee, const std::vector<double>& baseline,
                    const std::vector<double>& reference) {
    std::vector<double> tb, tr, rb;
    for (std::size_t d = 0; d < trainee.size(); ++d) {
        tb.push_back(trainee[d] - baseline[d]);
        tr.push_back(trainee[d] - reference[d]);
        rb.push_back(reference[d] - baseline[d]);
    }
    return {summarize(trainee), summarize(baseline), summarize(reference), summarize(tb), summarize(tr), summarize(rb)};
}

}  // namespace

std::uint64_t debriefSeed(std::uint64_t seed, std::uint64_t index) {
    return mixSeeds(streamSeed(seed, 0, "debrief-days"), index);
}

Plan planOfAttempt(const Exercise& exercise, const DecisionLog& log, const PlayedDay& replayed) {
    Plan plan;
    // Each card the trainee met keeps the trainee's first handling of it: decided or passed.
    const auto met = [&plan](const std::string& card) {
        return std::any_of(plan.decisions.begin(), plan.decisions.end(), [&](const PlannedDecision& d) { return d.card == card; }) ||
               std::find(plan.passes.begin(), plan.passes.end(), card) != plan.passes.end();
    };
    for (const CaseJudgement& c : replayed.figures.cases) {
        if (met(c.card->id)) continue;
        if (c.decided)
            plan.decisions.push_back({c.card->id, c.disposition});
        else
            plan.passes.push_back(c.card->id);
    }
    // A card the trainee never met is handled as the reference plan would: the comparison over
    // days like it then measures the trainee's own choices, not the cards their day did not bring.
    for (const PlannedDecision& d : exercise.reference.decisions)
        if (!met(d.card)) plan.decisions.push_back(d);
    plan.otherwise = exercise.reference.otherwise;

    for (const Intervention& i : log.interventions) {
        const std::optional<ActionKind> kind = actionKindOf(i.kind);
        if (!kind) continue;  // a decide line (above) or an inject: the exercise brings it on every day
        PlannedAction action;
        action.at = i.time;
        action.kind = *kind;
        action.room = i.room;
        action.minutes = i.minutes;
        if (*kind == ActionKind::Redirect && i.category < exercise.spec.categories.size())
            action.category = exercise.spec.categories[i.category].code;
        if (*kind == ActionKind::SendLeader) {
            // Only a batch an inject brought exists on other days.
            const auto& batches = replayed.injectedBatches;
            const auto it = std::find(batches.begin(), batches.end(), std::optional<std::int64_t>(i.batch));
            if (it == batches.end()) continue;
            action.inject = static_cast<int>(it - batches.begin()) + 1;
        }
        plan.actions.push_back(action);
    }
    return plan;
}

Debrief debriefAttempt(const Exercise& exercise, std::span<const CaseCard> cards, const DecisionLog& log, int days) {
    Debrief debrief;
    debrief.seed = log.seed;
    debrief.days = std::max(days, 2);
    debrief.trainee = replayAttempt(exercise, cards, log.seed, log.interventions, log.dispositions);
    debrief.baseline = playPlan(exercise, cards, log.seed, baselinePlan());
    debrief.reference = playPlan(exercise, cards, log.seed, referencePlan(exercise));

    const Plan attempt = planOfAttempt(exercise, log, debrief.trainee);
    std::vector<double> scores[3];
    std::vector<std::vector<double>> figures[3];
    for (auto& f : figures) f.resize(exercise.objectives.size());
    const Plan plans[3] = {attempt, baselinePlan(), referencePlan(exercise)};
    for (int d = 1; d <= debrief.days; ++d) {
        const std::uint64_t seed = debriefSeed(log.seed, static_cast<std::uint64_t>(d));
        for (int p = 0; p < 3; ++p) {
            const PlayedDay played = playPlan(exercise, cards, seed, plans[p]);
            scores[p].push_back(played.score.total);
            for (std::size_t o = 0; o < played.score.objectives.size(); ++o)
                figures[p][o].push_back(played.score.objectives[o].value);
        }
    }
    debrief.score = paired(scores[0], scores[1], scores[2]);
    for (std::size_t o = 0; o < exercise.objectives.size(); ++o)
        debrief.objectives.push_back(paired(figures[0][o], figures[1][o], figures[2][o]));

    // Each action's worth on the attempt's own day: the attempt's plan with and without it.
    const double withAll = playPlan(exercise, cards, log.seed, attempt).score.total;
    for (std::size_t a = 0; a < attempt.actions.size(); ++a) {
        Plan without = attempt;
        without.actions.erase(without.actions.begin() + static_cast<std::ptrdiff_t>(a));
        ActionEffect effect;
        effect.action = a;
        effect.planned = attempt.actions[a];
        effect.withIt = withAll;
        effect.withoutIt = playPlan(exercise, cards, log.seed, without).score.total;
        debrief.actions.push_back(effect);
    }
    std::stable_sort(debrief.actions.begin(), debrief.actions.end(),
                     [](const ActionEffect& a, const ActionEffect& b) { return std::fabs(a.effect()) > std::fabs(b.effect()); });
    return debrief;
}

}  // namespace pujiang
