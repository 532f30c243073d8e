// `pujiang validate FILE...`: load and check scenario and exercise files without running them.

#include <iostream>
#include <memory>

#include "app/command.h"
#include "sim/core/resource_folders.h"
#include "sim/scenario/scenario_loader.h"
#include "sim/training/exercise.h"

namespace pujiang::cli {

namespace {

// The case cards exercises name, loaded once and only when an exercise is validated.
const std::vector<CaseCard>& cards() {
    static const std::vector<CaseCard> kCards = loadCaseCards(resourceFolders().data / "cases");
    return kCards;
}

}  // namespace

Command addValidateCommand(CLI::App& parent) {
    auto files = std::make_shared<std::vector<std::string>>();
    CLI::App* app = parent.add_subcommand("validate", "Check scenario and exercise files without running them");
    app->add_option("files", *files, "Scenario or exercise files")->required();
    Command command;
    command.parser = app;
    command.run = [files] {
        int failures = 0;
        for (const std::string& file : *files) {
            try {
                if (isExerciseFile(file)) {
                    const Exercise exercise = loadExerciseFile(file, cards());
                    std::cout << file << ": ok (exercise, " << exercise.objectives.size() << " objectives, "
                              << exercise.injects.size() << " injects)\n";
                    continue;
                }
                const ScenarioSpec spec = loadScenarioFile(file);
                std::cout << file << ": ok (" << spec.rooms.size() << " rooms)\n";
            } catch (const ScenarioError& error) {
                std::cerr << error.what() << '\n';
                ++failures;
            }
        }
        return failures ? kExitUsage : 0;
    };
    return command;
}

}  // namespace pujiang::cli
