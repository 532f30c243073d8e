// `pujiang compare A.toml B.toml [...]`: variants run with common random numbers, each with its
// means and its paired difference from the first.

#include <filesystem>
#include <iostream>
#include <memory>

#include "app/command.h"
#include "app/experiment_cli.h"
#include "sim/experiment/atomic_file.h"
#include "sim/experiment/compare_report.h"
#include "sim/scenario/scenario_loader.h"

namespace pujiang::cli {

namespace {

struct CompareOptions {
    std::vector<std::string> files;
    ExperimentOptions experiment;
};

int parseReplications(const std::string& text, int fallback) {
    if (text.empty()) return fallback;
    std::size_t used = 0;
    int value = 0;
    try {
        value = std::stoi(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || value < 1 || value > 100000)
        throw CLI::ValidationError("--replications", "'" + text + "' is not a whole number 1..100000");
    return value;
}

}  // namespace

Experiment buildCompareExperiment(const Definition& definition) {
    std::vector<ExperimentVariant> variants;
    for (const auto& file : definition.at("files")) {
        ExperimentVariant v;
        v.spec = loadScenarioFile(file.get<std::string>());
        v.label = v.spec.name;
        int copies = 0;
        for (const ExperimentVariant& other : variants) copies += other.spec.name == v.spec.name;
        if (copies > 0) v.label += " (" + std::to_string(copies + 1) + ")";
        variants.push_back(std::move(v));
    }
    return Experiment(std::move(variants), definition.at("seed").get<std::uint64_t>(),
                      definition.at("replications").get<int>(), definition.dump());
}

void writeCompareOutputs(const Experiment& experiment, const Definition& definition, const OutputOptions& output) {
    const std::vector<VariantResult> results = experiment.fold();
    CompareInfo info{&experiment, definition.at("files").get<std::vector<std::string>>()};
    if (!output.json.empty())
        writeFileAtomically(output.json, [&](std::ostream& out) { writeCompareJson(out, info, results); });
    if (!output.csv.empty())
        writeFileAtomically(output.csv, [&](std::ostream& out) { writeCompareCsv(out, info, results); });
    writeExperimentHtml(experiment, results, info.files, output);
    if (!output.quiet) writeCompareTable(std::cout, info, results, output.language());
}

Command addCompareCommand(CLI::App& parent) {
    auto options = std::make_shared<CompareOptions>();
    CLI::App* app = parent.add_subcommand(
        "compare", "Run scenario variants with common random numbers and compare them with the first");
    app->add_option("files", options->files, "Scenario files; the first is the reference")
        ->required()
        ->expected(2, 1000)
        ->check(CLI::ExistingFile);
    addExperimentOptions(app, options->experiment, false);
    Command command;
    command.parser = app;
    command.checkOptions = [options] {
        checkExperimentOptions(options->experiment);
        parseReplications(options->experiment.replications, 1);
    };
    command.run = [options] {
        const ScenarioSpec first = loadScenarioFile(options->files.front());
        Definition definition;
        definition["command"] = "compare";
        Definition files = Definition::array();
        for (const std::string& f : options->files) files.push_back(std::filesystem::absolute(f).lexically_normal().string());
        definition["files"] = files;
        definition["seed"] = options->experiment.seed.value_or(first.run.seed);
        definition["replications"] = parseReplications(options->experiment.replications, first.run.replications);
        Experiment experiment = buildCompareExperiment(definition);
        switch (executeExperiment(experiment, options->experiment)) {
        case RunOutcome::Interrupted: return 130;
        case RunOutcome::ShardWritten: return 0;
        case RunOutcome::Complete: break;
        }
        writeCompareOutputs(experiment, definition, options->experiment.output);
        return 0;
    };
    return command;
}

}  // namespace pujiang::cli
