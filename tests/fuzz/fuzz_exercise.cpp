// Exercise files. The input sits in an exercises/ folder beside the shipped scenarios (so its
// `scenario = "../scenarios/..."` resolves) and is read with the shipped case cards. It may only be
// refused with a ScenarioError.

#include "fuzz_support.h"

#include <system_error>

#include "sim/scenario/diagnostics.h"
#include "sim/training/case_card.h"
#include "sim/training/exercise.h"

using namespace pujiang;

namespace {

// scratch/scenarios -> the shipped scenarios; scratch/exercises/ holds the input.
void layOutScratch() {
    std::error_code ignored;
    std::filesystem::create_directory_symlink(fuzzing::sourceDir() / "scenarios", fuzzing::scratchFolder() / "scenarios",
                                              ignored);
    std::filesystem::create_directory(fuzzing::scratchFolder() / "exercises", ignored);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::vector<CaseCard> shippedCards = loadCaseCards(fuzzing::sourceDir() / "data" / "cases");
    static const bool laidOut = (layOutScratch(), true);
    (void)laidOut;
    try {
        loadExerciseFile(fuzzing::writeScratch("exercises/fuzz.toml", fuzzing::asText(data, size)), shippedCards);
    } catch (const ScenarioError&) {
    }
    return 0;
}
