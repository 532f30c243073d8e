#include "sim/training/class_attempt.h"

#include <ctime>

#include <fmt/format.h>

#include "sim/core/program_version.h"

namespace pujiang {

Attempt classAttempt(const Exercise& exercise, std::uint64_t seed, const PlayedDay& played, AttemptStamp stamp) {
    const ScoreBreakdown& score = played.score;
    Attempt attempt;
    attempt.classId = stamp.classId;
    attempt.trainee = std::move(stamp.trainee);
    attempt.exercise = exercise.id;
    attempt.seed = seed;
    attempt.decisionLog = formatDecisionLog(decisionLogOf(exercise, seed, played));
    attempt.score = score.total;
    attempt.maxScore = score.max;
    attempt.parts = {{"objectives", score.objectivePoints, score.objectiveMax},
                     {"cases", score.casePoints, score.caseMax},
                     {"compliance", score.compliancePoints, score.complianceMax},
                     {"cost", score.costPoints, score.costMax}};
    for (const ObjectiveScore& o : score.objectives)
        attempt.objectives.push_back({o.objective->id, o.objective->label.zh, o.objective->label.en, o.value,
                                      o.objective->threshold, o.met, o.points, o.objective->weight});
    for (const CaseJudgement& c : played.figures.cases)
        attempt.cases.push_back({c.card->id, std::string(dispositionName(c.disposition)), c.appropriate, c.lawful,
                                 c.decided});
    attempt.started = std::move(stamp.started);
    attempt.ended = std::move(stamp.ended);
    attempt.programVersion = std::string(kProgramVersion);
    return attempt;
}

std::string utcTimestamp(std::chrono::system_clock::time_point when) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                       utc.tm_hour, utc.tm_min, utc.tm_sec);
}

}  // namespace pujiang
