#pragma once
// One replication's DayResult as one JSON line, for the run logs behind --resume, --shard and
// `pujiang merge`. Numbers round-trip exactly, so a merged or resumed experiment folds the very
// same values as one uninterrupted run.

#include <string>

#include "sim/reception/day_result.h"

namespace pujiang {

struct RunRecord {
    int variant = 0;
    int replication = 0;
    DayResult result;
};

std::string recordToJsonLine(const RunRecord& record);
// Throws std::runtime_error with a short reason when the line is not a record.
RunRecord recordFromJsonLine(const std::string& line);

}  // namespace pujiang
