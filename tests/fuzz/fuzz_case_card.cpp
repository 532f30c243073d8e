// Case-card files (data/cases/*.toml), read as `pujiang validate` and the exercises read them.
// A card file may only be refused with a ScenarioError.

#include "fuzz_support.h"

#include "sim/scenario/diagnostics.h"
#include "sim/training/case_card.h"

using namespace pujiang;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        loadCaseCardFile(fuzzing::writeScratch("card.toml", fuzzing::asText(data, size)));
    } catch (const ScenarioError&) {
    }
    return 0;
}
