#pragma once
// One subcommand of `pujiang`: its CLI11 parser and what it does once parsed. Each command lives
// in its own file and registers itself with add*Command(parent).

#include <functional>

#include <CLI/CLI.hpp>

namespace pujiang::cli {

inline constexpr int kExitUsage = 2;  // bad input: flags, scenario files, result files

struct Command {
    CLI::App* parser = nullptr;
    std::function<int()> run;
    std::function<void()> checkOptions;  // after parsing, before running (may throw CLI::ValidationError)
};

Command addRunCommand(CLI::App& parent);
Command addValidateCommand(CLI::App& parent);
Command addKeysCommand(CLI::App& parent);
Command addCompareCommand(CLI::App& parent);
Command addSweepCommand(CLI::App& parent);
Command addMergeCommand(CLI::App& parent);
Command addPlanCommand(CLI::App& parent);
Command addReportCommand(CLI::App& parent);
Command addExerciseCommand(CLI::App& parent);
Command addClassCommand(CLI::App& parent);

}  // namespace pujiang::cli
