// `pujiang exercise list | validate | run | debrief`: the training mode without a screen.

#include <iostream>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "app/cli_checks.h"
#include "app/command.h"
#include "app/shipped_folders.h"
#include "app/output_files.h"
#include "app/exercise_play.h"
#include "sim/core/atomic_file.h"
#include "sim/report/after_action_report.h"
#include "sim/training/decision_log.h"
#include "sim/training/debrief.h"
#include "sim/training/exercise.h"
#include "sim/training/exercise_plan.h"
#include "sim/training/score_report.h"

namespace pujiang::cli {

namespace {

struct ExerciseOptions {
    std::string cases = shippedCasesFolder();
    std::string folder = shippedExercisesFolder();
    std::vector<std::string> files;
    std::string exercise, decisions, plan = "reference", json, record, output, script, lang = "zh";
    int days = 200;
    std::optional<std::uint64_t> seed;
    std::uint64_t attempt = 1;
};

void addCasesOption(CLI::App* app, ExerciseOptions& options) {
    app->add_option("--cases", options.cases, "Folder of the case cards")->capture_default_str();
}

int list(const ExerciseOptions& options) {
    const std::vector<CaseCard> cards = loadCaseCards(orShipped(options.cases));
    const Language language = parseLanguage(options.lang);
    const std::vector<Exercise> exercises = loadExercises(orShipped(options.folder), cards);
    const bool zh = language == Language::Zh;
    std::cout << fmt::format("{:<24} {:<6} {:<6} {:<26} {}\n", "id", zh ? "难度" : "level", zh ? "时长" : "time",
                             zh ? "角色" : "roles", zh ? "标题" : "title");
    for (const Exercise& e : exercises) {
        std::string roles;
        for (TraineeRole role : e.roles) roles += (roles.empty() ? "" : ", ") + std::string(roleLabel(role).in(language));
        std::cout << fmt::format("{:<24} {:<6} {:<6} {:<26} {}\n", e.id, std::string(e.difficulty, '*'),
                                 fmt::format("{:.0f}min", e.durationMinutes), roles, e.title.in(language));
    }
    return 0;
}

int validate(const ExerciseOptions& options) {
    const std::vector<CaseCard> cards = loadCaseCards(orShipped(options.cases));
    int failures = 0;
    for (const std::string& file : options.files) {
        try {
            const Exercise e = loadExerciseFile(file, cards);
            std::cout << fmt::format("{}: ok ({} objectives, {} injects)\n", file, e.objectives.size(), e.injects.size());
        } catch (const ScenarioError& error) {
            std::cerr << error.what() << '\n';
            ++failures;
        }
    }
    return failures ? kExitUsage : 0;
}

// The attempt's log, checked to be of this exercise.
DecisionLog readAttempt(const ExerciseOptions& options, const Exercise& exercise) {
    DecisionLog log = readDecisionLogFile(options.decisions);
    if (log.exercise != exercise.id)
        throw std::runtime_error(fmt::format("{}: the log is of exercise '{}', not '{}'", options.decisions, log.exercise,
                                             exercise.id));
    return log;
}

int debrief(const ExerciseOptions& options) {
    const Language language = parseLanguage(options.lang);
    const std::vector<CaseCard> cards = loadCaseCards(orShipped(options.cases));
    const Exercise exercise = loadExerciseFile(options.exercise, cards);
    const DecisionLog log = readAttempt(options, exercise);
    const Debrief result = debriefAttempt(exercise, cards, log, options.days);
    writeFileAtomically(options.output, [&](std::ostream& out) { out << afterActionReportHtml(exercise, result, language); });
    const bool zh = language == Language::Zh;
    std::cout << fmt::format("{}: {:.1f} / {:.1f}; {} {:.1f}, {} {:.1f}\n", zh ? "你的一天" : "your day",
                             result.trainee.score.total, result.trainee.score.max, zh ? "不作决定" : "no decisions",
                             result.baseline.score.total, zh ? "参考方案" : "reference plan", result.reference.score.total);
    std::cout << fmt::format("{} {} {}: {:.1f} [{:.1f}, {:.1f}]\n", zh ? "同类日子" : "days like it", result.days,
                             zh ? "你的做法 − 参考方案" : "your way − reference", result.score.traineeMinusReference.mean,
                             result.score.traineeMinusReference.ciLow, result.score.traineeMinusReference.ciHigh);
    std::cout << options.output << '\n';
    return 0;
}

int run(const ExerciseOptions& options) {
    const Language language = parseLanguage(options.lang);
    const std::vector<CaseCard> cards = loadCaseCards(orShipped(options.cases));
    const Exercise exercise = loadExerciseFile(options.exercise, cards);
    std::uint64_t seed = options.seed.value_or(exercise.seedFor(options.attempt));
    PlayedDay played;
    if (!options.decisions.empty()) {
        const DecisionLog log = readAttempt(options, exercise);
        if (!options.seed) seed = log.seed;
        played = replayAttempt(exercise, cards, seed, log.interventions, log.dispositions);
    } else {
        played = playPlan(exercise, cards, seed, options.plan == "baseline" ? baselinePlan() : referencePlan(exercise));
    }
    if (!options.json.empty())
        writeFileAtomically(options.json, [&](std::ostream& out) {
            out << scoreJson(exercise, seed, played.score, played.figures).dump(2) << '\n';
        });
    if (!options.record.empty()) {
        const DecisionLog log = decisionLogOf(exercise, seed, played);
        writeFileAtomically(options.record, [&](std::ostream& out) { out << formatDecisionLog(log); });
    }
    std::cout << fmt::format("{} · {} · seed {}\n", exercise.id, exercise.title.in(language), seed);
    std::cout << scoreText(exercise, played.score, played.figures, language);
    return 0;
}

int play(const ExerciseOptions& options) {
    const std::vector<CaseCard> cards = loadCaseCards(orShipped(options.cases));
    const Exercise exercise = loadExerciseFile(options.exercise, cards);
    PlayOptions play;
    play.seed = options.seed.value_or(exercise.seedFor(options.attempt));
    play.script = options.script;
    play.record = options.record;
    play.json = options.json;
    play.language = parseLanguage(options.lang);
    return playExercise(exercise, cards, play);
}

}  // namespace

Command addExerciseCommand(CLI::App& parent) {
    auto options = std::make_shared<ExerciseOptions>();
    CLI::App* app = parent.add_subcommand("exercise", "Training exercises: list, validate, run, play, debrief");
    app->require_subcommand(1);

    CLI::App* listApp = app->add_subcommand("list", "List the exercises of a folder");
    listApp->add_option("--dir", options->folder, "Folder of the exercises")->capture_default_str();
    listApp->add_option("--lang", options->lang, "zh or en")->check(CLI::IsMember({"zh", "en"}));
    addCasesOption(listApp, *options);

    CLI::App* validateApp = app->add_subcommand("validate", "Check exercise files");
    validateApp->add_option("files", options->files, "Exercise files")->required();
    addCasesOption(validateApp, *options);

    CLI::App* runApp = app->add_subcommand("run", "Play an exercise headless and score it");
    runApp->add_option("exercise", options->exercise, "Exercise file")->required();
    runApp->add_option("--decisions", options->decisions, "Decision log of an attempt to replay and score");
    runApp->add_option("--plan", options->plan, "Without --decisions: play the reference plan or the baseline")
        ->check(CLI::IsMember({"reference", "baseline"}))
        ->capture_default_str();
    runApp->add_option("--seed", options->seed, "Seed (default: the exercise's, or the log's)")->check(seedNumber());
    runApp->add_option("--attempt", options->attempt, "Attempt number, for a drawn seed policy")->capture_default_str();
    runApp->add_option("--json", options->json, "Write the score breakdown as JSON")->check(outputFileName());
    runApp->add_option("--record", options->record, "Write the attempt's decision log")->check(outputFileName());
    runApp->add_option("--lang", options->lang, "zh or en")->check(CLI::IsMember({"zh", "en"}));
    addCasesOption(runApp, *options);

    CLI::App* playApp = app->add_subcommand("play", "Play an exercise in the terminal, typed or from a script");
    playApp->add_option("exercise", options->exercise, "Exercise file")->required();
    playApp->add_option("--script", options->script, "Commands, one per line (default: typed on standard input)");
    playApp->add_option("--seed", options->seed, "Seed (default: the exercise's)")->check(seedNumber());
    playApp->add_option("--attempt", options->attempt, "Attempt number, for a drawn seed policy")->capture_default_str();
    playApp->add_option("--record", options->record, "Write the attempt's decision log")->check(outputFileName());
    playApp->add_option("--json", options->json, "Write the score breakdown as JSON")->check(outputFileName());
    playApp->add_option("--lang", options->lang, "zh or en")->check(CLI::IsMember({"zh", "en"}));
    addCasesOption(playApp, *options);

    CLI::App* debriefApp = app->add_subcommand("debrief", "Debrief an attempt and write the after-action report");
    debriefApp->add_option("exercise", options->exercise, "Exercise file")->required();
    debriefApp->add_option("--decisions", options->decisions, "Decision log of the attempt")->required();
    debriefApp->add_option("-o,--output", options->output, "After-action report (HTML)")->required()->check(outputFileName());
    debriefApp->add_option("--days", options->days, "Days like it to compare on")->check(CLI::Range(2, 100000))->capture_default_str();
    debriefApp->add_option("--lang", options->lang, "zh or en")->check(CLI::IsMember({"zh", "en"}));
    addCasesOption(debriefApp, *options);

    Command command;
    command.parser = app;
    command.checkOptions = [options] {
        checkOutputFiles({{options->json, "--json"}, {options->record, "--record"}, {options->output, "--output"}},
                         {{options->exercise, "exercise file"}, {options->decisions, "decision log"}});
    };
    command.run = [options, listApp, validateApp, playApp, debriefApp] {
        if (listApp->parsed()) return list(*options);
        if (playApp->parsed()) return play(*options);
        if (validateApp->parsed()) return validate(*options);
        if (debriefApp->parsed()) return debrief(*options);
        return run(*options);
    };
    return command;
}

}  // namespace pujiang::cli
