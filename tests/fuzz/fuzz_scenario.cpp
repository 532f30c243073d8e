// The scenario loader with its base chain. An input is a scenario, optionally followed by a line
// "#%%" and the text of base1.toml, and again for base2.toml: `base = "base1.toml"` in the first
// part reaches the second. The loader may only refuse with a ScenarioError.

#include "fuzz_support.h"

#include <fmt/format.h>

#include "sim/scenario/diagnostics.h"
#include "sim/scenario/scenario_loader.h"

using namespace pujiang;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::vector<std::string_view> parts = fuzzing::splitParts(fuzzing::asText(data, size), "\n#%%\n", 3);
    for (std::size_t i = 1; i < 3; ++i) {
        // A base the input does not hold is absent, not left over from an earlier input.
        const std::filesystem::path base = fuzzing::scratchFolder() / fmt::format("base{}.toml", i);
        if (i < parts.size()) {
            fuzzing::writeScratch(base.filename().string(), parts[i]);
        } else {
            std::filesystem::remove(base);
        }
    }
    try {
        loadScenarioString(parts[0], "fuzz.toml", fuzzing::scratchFolder());
    } catch (const ScenarioError&) {
    }
    return 0;
}
