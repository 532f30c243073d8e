#pragma once
// A class-records file with real attempts for the instructor view's tests and screenshots: one
// class on an exercise, a roster, and attempts that are the exercise actually played under
// different plans (the reference plan, the baseline, its actions without the case decisions, its
// decisions without the actions), scored by the same code a trainee's attempt is. Nothing is made
// up but the trainees' names and the order they played in.
//
// The PlayedDay -> Attempt conversion is the fixture's own until sim/training/class_attempt.h
// (classAttempt) is on main; then this should call it.

#include <chrono>
#include <filesystem>
#include <string>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "sim/training/class_store.h"
#include "sim/training/decision_log.h"
#include "sim/training/exercise_plan.h"

namespace pujiang::gui::testing {

inline std::string utcNow() {
    return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", fmt::gmtime(std::chrono::system_clock::to_time_t(std::chrono::system_clock::now())));
}

inline Attempt attemptOfPlayedDay(const Exercise& exercise, std::uint64_t seed, const PlayedDay& played,
                                  std::int64_t classId, std::string trainee, std::string started) {
    Attempt a;
    a.classId = classId;
    a.trainee = std::move(trainee);
    a.exercise = exercise.id;
    a.seed = seed;
    DecisionLog log{exercise.id, exercise.spec.name, seed, played.log, played.dispositions, {}};
    for (const CaseJudgement& c : played.figures.cases)
        if (c.decided) log.cards.push_back(c.card->id);
    a.decisionLog = formatDecisionLog(log);
    const ScoreBreakdown& s = played.score;
    a.score = s.total;
    a.maxScore = s.max;
    a.parts = {{"objectives", s.objectivePoints, s.objectiveMax},
               {"cases", s.casePoints, s.caseMax},
               {"compliance", s.compliancePoints, s.complianceMax},
               {"cost", s.costPoints, s.costMax}};
    for (const ObjectiveScore& o : s.objectives)
        a.objectives.push_back({o.objective->id, o.objective->label.zh, o.objective->label.en, o.value,
                                o.objective->threshold, o.met, o.points, o.objective->weight});
    for (const CaseJudgement& c : played.figures.cases)
        a.cases.push_back({c.card->id, std::string(dispositionName(c.disposition)), c.appropriate, c.lawful});
    a.started = std::move(started);
    a.ended = utcNow();
    a.programVersion = "gui-test-fixture";
    return a;
}

// Writes the class into `file` (made if missing) and returns its id.
inline std::int64_t writeClassFixture(const std::filesystem::path& file, const Exercise& exercise,
                                      std::span<const CaseCard> cards) {
    ClassStore store(file);
    const std::uint64_t seed = exercise.seedFor(1);
    const std::vector<Trainee> roster = {{"t01", "王芳"}, {"t02", "李强"}, {"t03", "张伟"}, {"t04", "陈静"}, {"t05", "刘洋"}};
    const std::int64_t id = store.newClass(exercise.id, seed, roster, "浦江 2026 秋季班 / autumn class");
    const Plan reference = referencePlan(exercise);
    const Plan actionsOnly{reference.actions, {}, DispositionDefault::None};
    const Plan decisionsOnly{{}, reference.decisions, reference.otherwise};
    const std::pair<const char*, Plan> played[] = {
        {"t01", baselinePlan()}, {"t01", reference}, {"t02", actionsOnly}, {"t03", decisionsOnly}, {"t04", baselinePlan()}};
    for (const auto& [trainee, plan] : played) {
        const std::string started = utcNow();
        store.recordAttempt(attemptOfPlayedDay(exercise, seed, playPlan(exercise, cards, seed, plan), id, trainee, started));
    }
    return id;
}

}  // namespace pujiang::gui::testing
