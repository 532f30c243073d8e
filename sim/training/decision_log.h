#pragma once
// The record of one attempt: the day's intervention log (injects, coordinator actions, decide
// lines; sim/reception/intervention.h) with the exercise named and the trainee's disposition of
// each decided case. It is an intervention log with comment lines added, so the GUI's replay of
// interventions reads it too:
//   # scenario=NAME seed=SEED
//   # exercise=ID
//   time_min,events_before,kind,...            (the intervention log's header and lines)
//   # decision=1 batch=17 card=LAND-03 disposition=legal_channel
// docs/training.md, "Decision log", is the reference.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "sim/reception/intervention.h"
#include "sim/training/case_card.h"
#include "sim/training/training_day.h"

namespace pujiang {

struct DecisionLog {
    std::string exercise;
    std::string scenario;
    std::uint64_t seed = 0;
    std::vector<Intervention> interventions;
    std::vector<Disposition> dispositions;  // one per decide line, in order
    std::vector<std::string> cards;         // the card of each decision
};

std::string formatDecisionLog(const DecisionLog& log);
// Throws LocalizedError naming the line and what is allowed.
DecisionLog parseDecisionLog(std::string_view text);
// Reads and parses a decision-log file; throws LocalizedError when it cannot be read.
DecisionLog readDecisionLogFile(const std::filesystem::path& file);

}  // namespace pujiang
