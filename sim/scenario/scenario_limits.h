#pragma once
// Caps that keep a hostile scenario file from exhausting memory or time. They are far above any
// real reception day; the key table and the cross-checks quote them in their messages.

#include <cstddef>

namespace pujiang {

inline constexpr std::size_t kMaxScenarioBytes = 4u << 20;  // per file
inline constexpr int kMaxBaseDepth = 16;                    // base links followed from the file asked for
inline constexpr std::size_t kMaxRooms = 1000;              // after count expansion
inline constexpr int kMaxTablesPerRoom = 1000;
inline constexpr std::size_t kMaxCategories = 1000;
inline constexpr std::size_t kMaxRatePoints = 10000;  // walk_ins.profile entries
inline constexpr int kMaxReplications = 100000;
inline constexpr double kMaxHorizonHours = 1'000'000.0;
inline constexpr double kMaxExpectedArrivals = 50'000'000.0;  // per replication
// Every number and duration a file writes, whatever its key: the model multiplies them (a
// complexity factor times a consultation time, a Poisson mean...), and within these bounds every
// product it forms stays finite and converts to the integers it counts with.
inline constexpr double kMaxNumberMagnitude = 1e9;
inline constexpr double kMaxDurationMinutes = kMaxHorizonHours * 60.0;
inline constexpr double kMaxPoissonMean = 1e6;

}  // namespace pujiang
