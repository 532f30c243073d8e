// `pujiang keys`: every scenario key with type, default, unit, range and meaning.

#include <iostream>
#include <memory>

#include "app/command.h"
#include "sim/scenario/scenario_loader.h"

namespace pujiang::cli {

Command addKeysCommand(CLI::App& parent) {
    auto markdown = std::make_shared<bool>(false);
    CLI::App* app = parent.add_subcommand("keys", "List every scenario key: type, default, unit, range, meaning");
    app->add_flag("--markdown", *markdown, "Print the Markdown reference (docs/scenario-reference.md)");
    Command command;
    command.parser = app;
    command.run = [markdown] {
        std::cout << (*markdown ? scenarioReferenceMarkdown() : keyTableText());
        return 0;
    };
    return command;
}

}  // namespace pujiang::cli
