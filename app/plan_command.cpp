// `pujiang plan FILE --vary KEY=a..b ... --target "METRIC OP VALUE" ...`: the cheapest configuration
// that meets every target with the stated confidence, the runner-ups, and the Erlang estimate of
// each room beside the simulated answer.

#include <iostream>
#include <map>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/cli_checks.h"
#include "app/command.h"
#include "app/input_files.h"
#include "app/output_files.h"
#include "app/experiment_cli.h"
#include "app/progress.h"
#include "sim/core/atomic_file.h"
#include "sim/experiment/capacity_plan.h"
#include "sim/experiment/erlang_check.h"
#include "sim/report/html_report.h"
#include "sim/report/report_strings.h"
#include "sim/experiment/staffing_cost.h"
#include "sim/experiment/target.h"
#include "sim/scenario/scenario_loader.h"

namespace pujiang::cli {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kMaxEnumerated = 2000;
constexpr std::size_t kRunnerUps = 3;

struct PlanOptions {
    std::string file;
    std::vector<std::string> vary, targets, set;
    double confidence = 0.95;
    std::string cost = "staff_hours";
    std::optional<int> replications;
    std::optional<std::uint64_t> seed;
    cli::JobsOption jobs;
    OutputOptions output;
};

struct Evaluated {
    std::string label;
    ScenarioSpec spec;
    std::unique_ptr<Aggregate> aggregate;
    std::vector<TargetCheck> checks;
    double cost = 0.0;
    bool feasible = false;
};


Json evaluatedJson(const Evaluated& e, const std::vector<Target>& targets) {
    Json checks = Json::array();
    for (std::size_t t = 0; t < targets.size(); ++t)
        checks.push_back(Json{{"target", targets[t].text}, {"mean", e.checks[t].mean}, {"bound", e.checks[t].bound},
                              {"met", e.checks[t].met}});
    return Json{{"configuration", e.label}, {"feasible", e.feasible}, {"cost", e.cost}, {"targets", checks}};
}

int plan(const PlanOptions& o) {
    std::vector<Target> targets;
    for (const std::string& t : o.targets) targets.push_back(parseTarget(t));
    const std::vector<VarySpec> vary = parseVaryOptions(o.vary);
    std::vector<KeyOverride> fixed;
    for (const std::string& s : o.set) fixed.push_back(parseOverride(s, "--set"));
    for (const VarySpec& v : vary) parseOverride(v.key + "=" + v.values.front(), "--vary");
    std::size_t enumerated = 1;
    for (std::size_t d = 1; d < vary.size(); ++d) enumerated *= vary[d].values.size();
    if (enumerated > kMaxEnumerated)
        throw CLI::ValidationError("--vary", fmt::format("the keys after the first span {} combinations (at most {}); "
                                                         "put the widest range first",
                                                         enumerated, kMaxEnumerated));
    const ScenarioSpec base = loadScenarioFile(o.file, fixed);
    const std::uint64_t seed = o.seed.value_or(base.run.seed);
    const int replications = o.replications.value_or(base.run.replications);
    const Language language = o.output.language();
    const auto text = [language](ReportLabel id) { return reportLabel(id, language); };

    std::vector<Evaluated> evaluated;
    std::vector<std::size_t> sizes;
    for (const VarySpec& v : vary) sizes.push_back(v.values.size());
    const auto evaluate = [&](const std::vector<std::size_t>& index) {
        Evaluated e;
        std::vector<KeyOverride> overrides = fixed;
        for (std::size_t d = 0; d < vary.size(); ++d) {
            const std::string& value = vary[d].values[index[d]];
            overrides.push_back(parseOverride(vary[d].key + "=" + value, "--vary"));
            e.label += (d ? " " : "") + vary[d].key + "=" + value;
        }
        e.spec = loadScenarioFile(o.file, overrides);
        // Every configuration sees the same seeds: common random numbers across the search.
        Experiment experiment({ExperimentVariant{e.label, e.spec, {}, {}}}, seed, replications, Json{{"command", "plan"}}.dump());
        ExperimentRunOptions run;
        run.jobs = o.jobs.resolved();
        experiment.run(run);
        e.aggregate = std::make_unique<Aggregate>(experiment.fold().front().aggregate);
        e.feasible = true;
        for (const Target& t : targets) {
            e.checks.push_back(checkTarget(t, e.aggregate->overallTally(t.metric), o.confidence));
            e.feasible = e.feasible && e.checks.back().met;
        }
        e.cost = staffingCost(e.spec, o.cost);
        if (!o.output.quiet)
            std::cerr << fmt::format("  {} {}  {}  {} {:.1f}\n", text(ReportLabel::PlanEvaluated), e.label,
                                     text(e.feasible ? ReportLabel::PlanMeets : ReportLabel::PlanFails), o.cost, e.cost);
        PlanEvaluation result;
        result.feasible = e.feasible;
        result.cost = e.cost;
        evaluated.push_back(std::move(e));
        return result;
    };
    const PlanSearchResult search = searchCheapestFeasible(sizes, evaluate);

    // Printed answer.
    std::ostream& out = std::cout;
    if (!o.output.quiet) {
        out << text(ReportLabel::PlanTitle) << '\n' << text(ReportLabel::PlanSearch) << '\n';
        out << reportText(ReportLabel::PlanIntro, language, search.evaluated.size(), search.gridSize, replications, seed,
                          100 * o.confidence)
            << '\n';
    }
    Json doc;
    doc["schema"] = "pujiang-plan/1";
    doc["file"] = o.file;
    doc["targets"] = o.targets;
    doc["confidence"] = o.confidence;
    doc["cost"] = o.cost;
    doc["search"] = Json{{"method", "binary search on the first key per combination of the others (monotone)"},
                         {"evaluations", search.evaluated.size()},
                         {"grid", search.gridSize}};
    Json ranked = Json::array();
    for (std::size_t rank = 0; rank < search.feasibleByCost.size() && rank <= kRunnerUps; ++rank)
        ranked.push_back(evaluatedJson(evaluated[search.feasibleByCost[rank]], targets));
    doc["best_and_runner_ups"] = ranked;
    Json all = Json::array();
    for (const Evaluated& e : evaluated) all.push_back(evaluatedJson(e, targets));
    doc["evaluated"] = all;

    int status = 0;
    if (const auto best = search.best()) {
        const Evaluated& b = evaluated[*best];
        if (!o.output.quiet) {
            out << '\n' << text(ReportLabel::PlanCheapest) << b.label
                << fmt::format("  ({} = {:.1f})\n", o.cost, b.cost);
            for (std::size_t t = 0; t < targets.size(); ++t)
                out << fmt::format("  {:<32} {} {:.3f}, {} {:.3f}\n", targets[t].text, text(ReportLabel::PlanMean),
                                   b.checks[t].mean, text(ReportLabel::PlanBound), b.checks[t].bound);
            if (search.feasibleByCost.size() > 1) {
                out << text(ReportLabel::PlanRunnerUps) << '\n';
                for (std::size_t rank = 1; rank < search.feasibleByCost.size() && rank <= kRunnerUps; ++rank) {
                    const Evaluated& r = evaluated[search.feasibleByCost[rank]];
                    out << fmt::format("  {}  ({} = {:.1f})\n", r.label, o.cost, r.cost);
                }
            }
            out << '\n' << text(ReportLabel::PlanQueueingHeading) << '\n' << text(ReportLabel::PlanQueueingColumns) << '\n';
            for (const RoomQueueEstimate& e : erlangEstimates(b.spec, *b.aggregate)) {
                out << fmt::format("  {:<26}  {:<8}  {:>4}  {:>6.1f}  {:>7.1f}  {:>4.0f}%  ", e.room, e.model, e.tables,
                                   e.arrivalsPerHour, e.meanServiceMin, 100 * e.utilization);
                if (e.stable) out << fmt::format("{:>6.3f}  {:>8.1f}  {:>8.1f}\n", e.probWait, e.meanWaitMin, e.simulatedWaitMin);
                else out << fmt::format("{:>6}  {:>8}  {:>8.1f}\n", "—", text(ReportLabel::PlanOverloaded), e.simulatedWaitMin);
            }
        }
        Json erlang = Json::array();
        for (const RoomQueueEstimate& e : erlangEstimates(b.spec, *b.aggregate))
            erlang.push_back(Json{{"room", e.room}, {"model", e.model}, {"tables", e.tables},
                                  {"arrivals_per_hour", e.arrivalsPerHour}, {"mean_service_min", e.meanServiceMin},
                                  {"utilization", e.utilization}, {"stable", e.stable}, {"prob_wait", e.probWait},
                                  {"theory_wait_min", e.meanWaitMin}, {"simulated_wait_min", e.simulatedWaitMin}});
        doc["erlang"] = erlang;
        doc["best"] = b.label;
    } else {
        doc["best"] = nullptr;
        status = 1;
        if (!o.output.quiet)
            out << '\n' << text(ReportLabel::PlanNone) << '\n';
    }
    if (!o.output.json.empty()) writeFileAtomically(o.output.json, [&](std::ostream& f) { f << doc.dump(2) << '\n'; });
    if (!o.output.html.empty() && search.best()) {
        std::vector<ReportInput> inputs;
        for (std::size_t rank = 0; rank < search.feasibleByCost.size() && rank <= kRunnerUps; ++rank) {
            const Evaluated& e = evaluated[search.feasibleByCost[rank]];
            RunInfo info{&e.spec, o.file, seed, replications};
            inputs.push_back(ReportInput{e.label, Json::parse(resultsJsonText(info, *e.aggregate))});
        }
        writeFileAtomically(o.output.html, [&](std::ostream& f) { writeHtmlReport(f, inputs, o.output.language()); });
    }
    return status;
}

}  // namespace

Command addPlanCommand(CLI::App& parent) {
    auto options = std::make_shared<PlanOptions>();
    CLI::App* app = parent.add_subcommand("plan", "Find the cheapest configuration that meets every target");
    app->add_option("file", options->file, "Scenario file")->required()->check(existingFile());
    app->add_option("--vary", options->vary, "KEY=a..b[:step] or KEY=v1,v2,... in increasing resource; the first is binary-searched")
        ->required();
    app->add_option("--target", options->targets, "\"METRIC OP VALUE\", OP one of <= < >= > ==; repeat for more")->required();
    app->add_option("--set", options->set, "KEY=VALUE applied to every configuration");
    app->add_option("--confidence", options->confidence, "Confidence of the one-sided bounds")->check(finiteRange(0.5, 0.9999));
    app->add_option("--cost", options->cost, "What to minimise")->check(CLI::IsMember(costNames()));
    app->add_option("--replications,-r", options->replications, "Replications per configuration")->check(CLI::Range(2, 100000));
    app->add_option("--seed", options->seed, "Seed (default: the scenario's run.seed)")->check(seedNumber());
    cli::addJobsOptions(app, options->jobs, "Worker threads (0: all cores)");
    app->add_option("--json", options->output.json, "Write the plan as JSON")->check(outputFileName());
    app->add_option("--html", options->output.html, "Write an HTML report of the best configurations")->check(outputFileName());
    app->add_option("--lang", options->output.lang, "Language")->check(CLI::IsMember({"zh", "en"}));
    app->add_flag("--quiet,-q", options->output.quiet, "Print nothing (files only)");
    Command command;
    command.parser = app;
    command.checkOptions = [options] {
        checkOutputFiles({{options->output.json, "--json"}, {options->output.html, "--html"}},
                         {{options->file, "scenario file"}});
        for (const std::string& t : options->targets) {
            try {
                parseTarget(t);
            } catch (const std::invalid_argument& e) {
                throw CLI::ValidationError("--target", e.what());
            }
        }
        parseVaryOptions(options->vary);
    };
    command.run = [options] { return plan(*options); };
    return command;
}

}  // namespace pujiang::cli
