// Run logs as `--resume` and `pujiang merge` read them: the input follows the header line of a
// two-variant experiment on a shipped scenario and is absorbed record by record. A bad record may
// only be refused with std::runtime_error naming the line.

#include "fuzz_support.h"

#include <fstream>
#include <stdexcept>

#include "sim/experiment/experiment.h"
#include "sim/scenario/scenario_loader.h"

using namespace pujiang;

namespace {

std::vector<ExperimentVariant> twoVariants() {
    const ScenarioSpec spec = loadScenarioFile(fuzzing::sourceDir() / "scenarios" / "county-duty-day.toml", {});
    return {ExperimentVariant{"a", spec, {}, {}}, ExperimentVariant{"b", spec, {}, {}}};
}

Experiment freshExperiment() {
    static const std::vector<ExperimentVariant> variants = twoVariants();
    return Experiment(variants, 1, 4, R"({"command":"fuzz"})");
}

std::string headerLine() {
    const std::filesystem::path file = fuzzing::scratchFolder() / "header.jsonl";
    freshExperiment().saveLog(file.string());
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);
    return line + "\n";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string header = headerLine();
    const std::filesystem::path log =
        fuzzing::writeScratch("runs.jsonl", header + std::string(fuzzing::asText(data, size)));
    try {
        readRunLogDefinition(log.string());
        Experiment experiment = freshExperiment();
        experiment.absorbLog(log.string());
    } catch (const std::runtime_error&) {
    }
    return 0;
}
