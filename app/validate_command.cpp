// `pujiang validate FILE...`: load and check scenario files without running them.

#include <iostream>
#include <memory>

#include "app/command.h"
#include "sim/scenario/scenario_loader.h"

namespace pujiang::cli {

Command addValidateCommand(CLI::App& parent) {
    auto files = std::make_shared<std::vector<std::string>>();
    CLI::App* app = parent.add_subcommand("validate", "Check scenario files without running them");
    app->add_option("files", *files, "Scenario files")->required();
    Command command;
    command.parser = app;
    command.run = [files] {
        int failures = 0;
        for (const std::string& file : *files) {
            try {
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
