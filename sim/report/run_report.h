#pragma once
// Writers for the results of `pujiang run`: the JSON document (schema in docs/results-schema.md),
// a tidy CSV, and the readable day report in Chinese or English.

#include <cstdint>
#include <ostream>
#include <string>

#include "sim/experiment/aggregate.h"
#include "sim/reception/metric_table.h"
#include "sim/reception/scenario_spec.h"

namespace pujiang {

struct RunInfo {
    const ScenarioSpec* spec = nullptr;
    std::string file;
    std::uint64_t seed = 1;
    int replications = 1;
};

void writeResultsJson(std::ostream& out, const RunInfo& info, const Aggregate& aggregate);
// The same document as text, for embedding in compare and sweep documents.
std::string resultsJsonText(const RunInfo& info, const Aggregate& aggregate);
// Columns: scope,group,metric,n,mean,sd,ci_low,ci_high (scope: overall|category|room).
void writeResultsCsv(std::ostream& out, const RunInfo& info, const Aggregate& aggregate);
void writeDayReport(std::ostream& out, const RunInfo& info, const Aggregate& aggregate, Language language);

}  // namespace pujiang
