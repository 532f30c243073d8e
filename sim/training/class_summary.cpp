#include "sim/training/class_summary.h"

#include <algorithm>
#include <map>
#include <set>

namespace pujiang {

double scoreShare(const Attempt& attempt) { return attempt.maxScore > 0 ? attempt.score / attempt.maxScore : 0.0; }

namespace {

// True when `a` ranks above `b`: higher score, then earlier end.
bool ranksAbove(const Attempt& a, const Attempt& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.ended < b.ended;
}

}  // namespace

std::vector<RankedTrainee> rankTrainees(const ClassInfo& info, const std::vector<Attempt>& attempts) {
    std::map<std::string, RankedTrainee> byId;
    for (const Attempt& attempt : attempts) {
        auto [entry, added] = byId.try_emplace(attempt.trainee, RankedTrainee{{attempt.trainee, {}}, &attempt, 0});
        ++entry->second.attempts;
        if (!added && ranksAbove(attempt, *entry->second.best)) entry->second.best = &attempt;
    }
    for (const Trainee& trainee : info.roster)
        if (auto found = byId.find(trainee.id); found != byId.end()) found->second.trainee.name = trainee.name;
    std::vector<RankedTrainee> ranking;
    for (auto& [id, row] : byId) ranking.push_back(row);
    // byId is ordered by id, so a stable sort leaves exact ties in id order.
    std::stable_sort(ranking.begin(), ranking.end(),
                     [](const RankedTrainee& a, const RankedTrainee& b) { return ranksAbove(*a.best, *b.best); });
    return ranking;
}

std::vector<int> scoreHistogram(const std::vector<Attempt>& attempts, int bins) {
    std::vector<int> counts(static_cast<std::size_t>(std::max(bins, 1)), 0);
    for (const Attempt& attempt : attempts) {
        const double share = std::clamp(scoreShare(attempt), 0.0, 1.0);
        const auto bin = std::min(static_cast<std::size_t>(share * static_cast<double>(counts.size())), counts.size() - 1);
        ++counts[bin];
    }
    return counts;
}

std::vector<MissedCard> mostMissedCards(const std::vector<Attempt>& attempts) {
    std::map<std::string, MissedCard> byCard;
    for (const Attempt& attempt : attempts)
        for (const CaseResult& decision : attempt.cases) {
            if (!decision.decided) continue;  // a passed case's judgement is of the model's draw
            MissedCard& card = byCard.try_emplace(decision.cardId, MissedCard{decision.cardId, 0, 0}).first->second;
            ++card.decided;
            if (!decision.appropriate) ++card.missed;
        }
    std::vector<MissedCard> missed;
    for (const auto& [id, card] : byCard)
        if (card.missed > 0) missed.push_back(card);
    std::stable_sort(missed.begin(), missed.end(), [](const MissedCard& a, const MissedCard& b) {
        if (a.missed != b.missed) return a.missed > b.missed;
        // a.missed / a.decided > b.missed / b.decided, without dividing
        return a.missed * b.decided > b.missed * a.decided;
    });
    return missed;
}

std::vector<ObjectiveAttainment> objectiveAttainment(const std::vector<Attempt>& attempts) {
    std::vector<ObjectiveAttainment> rows;
    std::map<std::string, std::size_t> indexOf;
    for (const Attempt& attempt : attempts)
        for (const ObjectiveResult& objective : attempt.objectives) {
            auto [at, added] = indexOf.try_emplace(objective.id, rows.size());
            if (added) rows.push_back({objective.id, objective.labelZh, objective.labelEn, 0, 0});
            ObjectiveAttainment& row = rows[at->second];
            ++row.attempts;
            if (objective.met) ++row.met;
        }
    return rows;
}

std::vector<Trainee> traineesWithoutAttempt(const ClassInfo& info, const std::vector<Attempt>& attempts) {
    std::set<std::string> tried;
    for (const Attempt& attempt : attempts) tried.insert(attempt.trainee);
    std::vector<Trainee> absent;
    for (const Trainee& trainee : info.roster)
        if (!tried.contains(trainee.id)) absent.push_back(trainee);
    return absent;
}

}  // namespace pujiang
