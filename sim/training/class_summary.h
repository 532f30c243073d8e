#pragma once
// The figures of a class report, computed from the stored attempts and kept apart from their
// presentation (HTML page, CSV, later the GUI): ranking, score histogram, most-missed cards,
// objective attainment, trainees who have not tried yet.

#include <string>
#include <vector>

#include "sim/training/class_store.h"

namespace pujiang {

// An attempt's score as a share of its maximum, 0 when the maximum is not positive.
double scoreShare(const Attempt& attempt);

struct RankedTrainee {
    Trainee trainee;
    const Attempt* best;  // points into the attempts given to rankTrainees
    int attempts;
};
// One row per trainee with an attempt: their highest score, the earlier-ended attempt on a tie;
// ordered by that score, highest first, ties by the earlier end time, then by trainee id.
std::vector<RankedTrainee> rankTrainees(const ClassInfo& info, const std::vector<Attempt>& attempts);

// How many attempts' score shares fall in each of `bins` equal ranges over [0, 1]; a full score
// counts in the last one.
std::vector<int> scoreHistogram(const std::vector<Attempt>& attempts, int bins);

struct MissedCard {
    std::string cardId;
    int missed;   // inappropriate decisions
    int decided;  // all decisions on the card
};
// Cards the trainees decided inappropriately at least once: most misses first, then higher share,
// then card id. Cases passed to the model's draw are not the trainee's decisions and do not count.
std::vector<MissedCard> mostMissedCards(const std::vector<Attempt>& attempts);

struct ObjectiveAttainment {
    std::string id, labelZh, labelEn;  // the labels of the first attempt that has the objective
    int met;
    int attempts;  // attempts that were scored on this objective
};
// In the order objectives first appear.
std::vector<ObjectiveAttainment> objectiveAttainment(const std::vector<Attempt>& attempts);

// Roster members with no attempt, in roster order.
std::vector<Trainee> traineesWithoutAttempt(const ClassInfo& info, const std::vector<Attempt>& attempts);

}  // namespace pujiang
