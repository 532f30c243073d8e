// Overrides as the CLI and the GUI take them: each line of the input is tried as a --set
// KEY=VALUE, a --vary KEY=VALUES and a --target; the --set lines that parse are then applied to a
// shipped scenario and the result validated. Refusals are ScenarioError (overrides) and
// std::invalid_argument (--vary, --target), nothing else.

#include "fuzz_support.h"

#include <stdexcept>

#include "sim/experiment/target.h"
#include "sim/experiment/vary_values.h"
#include "sim/scenario/diagnostics.h"
#include "sim/scenario/scenario_loader.h"

using namespace pujiang;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::filesystem::path scenario = fuzzing::sourceDir() / "scenarios" / "county-duty-day.toml";
    std::vector<KeyOverride> overrides;
    for (std::string_view line : fuzzing::splitParts(fuzzing::asText(data, size), "\n", 64)) {
        try {
            overrides.push_back(parseOverride(line, "--set"));
        } catch (const ScenarioError&) {
        }
        try {
            const VarySpec vary = parseVary(std::string(line));
            for (const std::string& value : vary.values) {
                try {
                    parseOverride(vary.key + "=" + value, "--vary");
                } catch (const ScenarioError&) {
                }
            }
        } catch (const std::invalid_argument&) {
        }
        try {
            parseTarget(std::string(line));
        } catch (const std::invalid_argument&) {
        }
    }
    try {
        loadScenarioFile(scenario, overrides);
    } catch (const ScenarioError&) {
    }
    return 0;
}
