#pragma once
// What a class keeps of an attempt: the played day's score breakdown, objectives, case judgements
// and decision log turned into the class-records row (class_store.h), stamped with who played it,
// when, and which program scored it.

#include <chrono>
#include <cstdint>
#include <string>

#include "sim/training/class_store.h"
#include "sim/training/exercise_plan.h"

namespace pujiang {

struct AttemptStamp {
    std::int64_t classId = 0;
    std::string trainee;
    std::string started, ended;  // utcTimestamp()
};

// Score parts are named as in the score's JSON: objectives, cases, compliance, cost. Every featured
// case of the day is a row, decided or passed.
Attempt classAttempt(const Exercise& exercise, std::uint64_t seed, const PlayedDay& played, AttemptStamp stamp);

// "2026-12-02T19:52:39Z": UTC to the second, so timestamps sort as text.
std::string utcTimestamp(std::chrono::system_clock::time_point when);

}  // namespace pujiang
