#pragma once
// A class-records file with real attempts for the instructor view's tests and screenshots: one
// class on an exercise, a roster, and attempts that are the exercise actually played under
// different plans (the reference plan, the baseline, its actions without the case decisions, its
// decisions without the actions), scored by the same code a trainee's attempt is. Nothing is made
// up but the trainees' names and the order they played in.

#include <chrono>
#include <filesystem>
#include <string>

#include "sim/training/class_attempt.h"
#include "sim/training/class_store.h"
#include "sim/training/decision_log.h"
#include "sim/training/exercise_plan.h"

namespace pujiang::gui::testing {

// Writes the class into `file` (made if missing) and returns its id.
inline std::int64_t writeClassFixture(const std::filesystem::path& file, const Exercise& exercise,
                                      std::span<const CaseCard> cards) {
    ClassStore store(file);
    const std::uint64_t seed = exercise.seedFor(1);
    const std::vector<Trainee> roster = {{"t01", "王芳"}, {"t02", "李强"}, {"t03", "张伟"}, {"t04", "陈静"}, {"t05", "刘洋"}};
    const std::int64_t id = store.newClass(exercise.id, seed, roster, "浦江 2026 秋季班 / autumn class");
    const Plan reference = referencePlan(exercise);
    Plan actionsOnly;
    actionsOnly.actions = reference.actions;
    Plan decisionsOnly;
    decisionsOnly.decisions = reference.decisions;
    decisionsOnly.otherwise = reference.otherwise;
    const std::pair<const char*, Plan> played[] = {
        {"t01", baselinePlan()}, {"t01", reference}, {"t02", actionsOnly}, {"t03", decisionsOnly}, {"t04", baselinePlan()}};
    for (const auto& [trainee, plan] : played) {
        const std::string started = utcTimestamp(std::chrono::system_clock::now());
        store.recordAttempt(classAttempt(exercise, seed, playPlan(exercise, cards, seed, plan),
                                         {id, trainee, started, utcTimestamp(std::chrono::system_clock::now())}));
    }
    return id;
}

}  // namespace pujiang::gui::testing
