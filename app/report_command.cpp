// `pujiang report RESULTS.json... -o report.html`: one HTML page comparing result files.

#include <filesystem>
#include <iostream>
#include <memory>

#include "app/command.h"
#include "app/output_files.h"
#include "sim/core/atomic_file.h"
#include "sim/report/html_report.h"

namespace pujiang::cli {

namespace {

struct ReportOptions {
    std::vector<std::string> files;
    std::string output, lang = "zh";
};

int report(const ReportOptions& command) {
    std::vector<ReportInput> inputs;
    std::vector<std::filesystem::path> paths;
    try {
        for (const std::string& file : command.files) {
            inputs.push_back(readReportInput(file));
            paths.emplace_back(file);
        }
    } catch (const ReportInputError& error) {
        std::cerr << "pujiang report: " << error.what() << '\n';
        return kExitUsage;
    }
    labelReportInputs(inputs, paths);
    const Language language = command.lang == "en" ? Language::En : Language::Zh;
    writeFileAtomically(command.output, [&](std::ostream& out) { writeHtmlReport(out, inputs, language); });
    return 0;
}

}  // namespace

Command addReportCommand(CLI::App& parent) {
    auto options = std::make_shared<ReportOptions>();
    CLI::App* app = parent.add_subcommand("report", "Compare result files of `run --json` in one HTML page");
    app->add_option("files", options->files, "Result files (JSON of `pujiang run --json`), one per variant")
        ->required();
    app->add_option("--output,-o", options->output, "The HTML file to write (self-contained: inline CSS and SVG)")
        ->required()
        ->check(outputFileName());
    app->add_option("--lang", options->lang, "Report language")->check(CLI::IsMember({"zh", "en"}));
    Command command;
    command.parser = app;
    command.checkOptions = [options] {
        std::vector<NamedFile> inputs;
        for (const std::string& file : options->files) inputs.push_back({file, "result file"});
        checkOutputFiles({{options->output, "--output"}}, inputs);
    };
    command.run = [options] { return report(*options); };
    return command;
}

}  // namespace pujiang::cli
