// The logs and scripts a trainee or planner hands back: the intervention log of the GUI's day, the
// decision log of an exercise (each parsed, written back and parsed again), and each line as a
// line of an `exercise play` script on a shipped exercise. Refusals are std::runtime_error
// (intervention log) and LocalizedError (decision log, script line), nothing else.

#include "fuzz_support.h"

#include <optional>
#include <stdexcept>

#include "sim/core/localized_error.h"
#include "sim/reception/intervention.h"
#include "sim/training/case_card.h"
#include "sim/training/decision_log.h"
#include "sim/training/exercise.h"
#include "sim/training/play_script.h"

using namespace pujiang;

namespace {

const Exercise& shippedExercise() {
    static const std::vector<CaseCard> cards = loadCaseCards(fuzzing::sourceDir() / "data" / "cases");
    static const Exercise exercise =
        loadExerciseFile(fuzzing::sourceDir() / "exercises" / "collective-visit.toml", cards);
    return exercise;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzzing::asText(data, size);
    // What parses is written back and must parse again to as much: outside the try, so that a
    // refusal of the program's own text is a finding.
    std::optional<std::vector<Intervention>> interventions;
    try {
        interventions = parseInterventionLog(text);
    } catch (const std::runtime_error&) {
    }
    if (interventions) {
        const InterventionLogOrigin origin = interventionLogOrigin(text).value_or(InterventionLogOrigin{});
        if (parseInterventionLog(formatInterventionLog(*interventions, origin)).size() != interventions->size())
            __builtin_trap();
    }
    std::optional<DecisionLog> decisions;
    try {
        decisions = parseDecisionLog(text);
    } catch (const LocalizedError&) {
    }
    if (decisions && parseDecisionLog(formatDecisionLog(*decisions)).dispositions.size() != decisions->dispositions.size())
        __builtin_trap();
    for (std::string_view line : fuzzing::splitParts(text, "\n", 64)) {
        try {
            parsePlayLine(line, shippedExercise());
        } catch (const LocalizedError&) {
        }
    }
    return 0;
}
