// `pujiang`: run, validate and document reception-day scenarios from the command line.

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "app/command.h"
#include "app/stdout_filter.h"
#include "sim/core/program_version.h"
#include "sim/core/system_error_text.h"
#include "sim/scenario/scenario_loader.h"

namespace {

// A report redirected to a full disk must not pass for a written one: stdout is flushed and
// checked before the exit status is given, and a failure names the system's reason.
int withStdoutWritten(int status) {
    errno = 0;  // the failing write's reason, if this flush is what fails
    std::cout.flush();
    if (std::fflush(stdout) == 0 && !std::ferror(stdout) && std::cout.good()) return status;
    const int code = errno;
    std::cerr << "pujiang: standard output: write failed"
              << (code != 0 ? ": " + pujiang::systemErrorText(code).en : std::string()) << '\n';
    return status == 0 ? 1 : status;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace pujiang;
    using namespace pujiang::cli;
    const FilteredStdout filtered;  // text from files never reaches the terminal raw
    CLI::App app{"pujiang — 浦江接访推演: discrete-event simulation of leaders' reception days"};
    app.require_subcommand(1);
    app.set_version_flag("--version", fmt::format("pujiang {} (commit {})", kProgramVersion, kProgramCommit));
    const std::vector<Command> commands = {addRunCommand(app),   addCompareCommand(app),  addSweepCommand(app),
                                           addMergeCommand(app), addPlanCommand(app),     addReportCommand(app),   addValidateCommand(app),
                                           addKeysCommand(app),  addExerciseCommand(app), addClassCommand(app)};

    const Command* chosen = nullptr;
    try {
        app.parse(argc, argv);
        for (const Command& c : commands)
            if (c.parser->parsed()) chosen = &c;
        if (chosen && chosen->checkOptions) chosen->checkOptions();
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kExitUsage;
    } catch (const ScenarioError& error) {  // e.g. a --set checked against the key table
        std::cerr << error.what() << '\n';
        return kExitUsage;
    } catch (const std::exception& error) {
        std::cerr << "pujiang: " << error.what() << '\n';
        return kExitUsage;
    }
    if (!chosen) return kExitUsage;
    try {
        return withStdoutWritten(chosen->run());
    } catch (const ScenarioError& error) {
        std::cerr << error.what() << '\n';
        return kExitUsage;
    } catch (const std::exception& error) {
        std::cerr << "pujiang: " << error.what() << '\n';
        return 1;
    }
}
