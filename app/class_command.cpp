// `pujiang class new | list | record | report | export`: a class's records in one SQLite file
// (docs/training.md, "Class records"), kept without a screen.

#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "app/cli_checks.h"
#include "app/command.h"
#include "app/input_files.h"
#include "app/shipped_folders.h"
#include "app/output_files.h"
#include "sim/core/atomic_file.h"
#include "sim/report/class_report.h"
#include "sim/training/class_attempt.h"
#include "sim/training/class_store.h"
#include "sim/training/decision_log.h"
#include "sim/training/exercise.h"
#include "sim/training/exercise_plan.h"
#include "sim/training/roster_csv.h"

namespace pujiang::cli {

namespace {

struct ClassOptions {
    std::string cases = shippedCasesFolder();
    std::string folder = shippedExercisesFolder();
    std::string db, exercise, roster, note, trainee, decisions, output, lang = "zh";
    std::optional<std::uint64_t> seed;
    std::optional<std::int64_t> classId;
};

// An exercise given as a file, or as an id of the exercises folder.
Exercise findExercise(const ClassOptions& options, std::span<const CaseCard> cards) {
    if (std::filesystem::is_regular_file(options.exercise)) return loadExerciseFile(options.exercise, cards);
    std::vector<Exercise> all = loadExercises(orShipped(options.folder), cards);
    std::string ids;
    for (Exercise& e : all) {
        if (e.id == options.exercise) return std::move(e);
        ids += (ids.empty() ? "" : ", ") + e.id;
    }
    throw std::runtime_error(fmt::format("--exercise {}: no such file, and no exercise of that id in {}; ids: {}",
                                         options.exercise, options.folder, ids));
}

// The class the command is about: --class, or the only class of the file.
ClassInfo chosenClass(const ClassStore& store, const ClassOptions& options) {
    if (options.classId) {
        if (std::optional<ClassInfo> info = store.findClass(*options.classId)) return *info;
        throw std::runtime_error(fmt::format("--class {}: {} holds no such class", *options.classId, options.db));
    }
    const std::vector<ClassInfo> classes = store.classes();
    if (classes.size() == 1) return classes.front();
    if (classes.empty()) throw std::runtime_error(fmt::format("{}: holds no class; make one with `pujiang class new`", options.db));
    std::string ids;
    for (const ClassInfo& c : classes) ids += fmt::format("{}{} ({})", ids.empty() ? "" : ", ", c.id, c.exercise);
    throw std::runtime_error(fmt::format("{} holds {} classes: choose one with --class; classes: {}", options.db,
                                         classes.size(), ids));
}

int newClass(const ClassOptions& options) {
    const std::vector<CaseCard> cards = loadCaseCards(orShipped(options.cases));
    const Exercise exercise = findExercise(options, cards);
    // The roster is read in full before the database is touched: a bad roster writes nothing.
    const std::vector<Trainee> roster = readRosterCsv(options.roster);
    ClassStore store(options.db);
    const std::uint64_t seed = options.seed.value_or(exercise.seedFor(1));
    const std::int64_t id = store.newClass(exercise.id, seed, roster, options.note);
    std::cout << fmt::format("class {}: {} · seed {} · {} trainees · {}\n", id, exercise.id, seed, roster.size(),
                             options.db);
    return 0;
}

int listClasses(const ClassOptions& options) {
    const ClassStore store(options.db);
    std::cout << fmt::format("{:>5}  {:<26} {:>20}  {:>8}  {:>8}  {}\n", "class", "exercise", "seed", "trainees",
                             "attempts", "created");
    for (const ClassInfo& c : store.classes())
        std::cout << fmt::format("{:>5}  {:<26} {:>20}  {:>8}  {:>8}  {}{}\n", c.id, c.exercise, c.seed, c.roster.size(),
                                 store.attempts(c.id).size(), c.created, c.note.empty() ? "" : "  " + c.note);
    return 0;
}

// Replays the trainee's decision log on the class's exercise and seed, scores it, and records it.
int record(const ClassOptions& options) {
    const auto started = std::chrono::system_clock::now();
    ClassStore store(options.db);
    const ClassInfo info = chosenClass(store, options);
    const std::vector<CaseCard> cards = loadCaseCards(orShipped(options.cases));
    ClassOptions byId = options;
    if (byId.exercise.empty()) byId.exercise = info.exercise;
    const Exercise exercise = findExercise(byId, cards);
    if (exercise.id != info.exercise)
        throw std::runtime_error(fmt::format("--exercise {} is '{}', but class {} plays '{}'", options.exercise,
                                             exercise.id, info.id, info.exercise));
    const DecisionLog log = readDecisionLogFile(options.decisions);
    if (log.exercise != exercise.id || log.seed != info.seed)
        throw std::runtime_error(fmt::format("{}: the log is of exercise '{}' on seed {}; class {} plays '{}' on seed {}",
                                             options.decisions, log.exercise, log.seed, info.id, info.exercise,
                                             info.seed));
    const PlayedDay played = replayAttempt(exercise, cards, info.seed, log.interventions, log.dispositions);
    const Attempt attempt = classAttempt(exercise, info.seed, played,
                                         {info.id, options.trainee, utcTimestamp(started),
                                          utcTimestamp(std::chrono::system_clock::now())});
    const std::int64_t id = store.recordAttempt(attempt);
    std::cout << fmt::format("attempt {}: {} · {:.1f} / {:.1f}\n", id, options.trainee, attempt.score, attempt.maxScore);
    return 0;
}

int report(const ClassOptions& options) {
    const ClassStore store(options.db);
    const ClassInfo info = chosenClass(store, options);
    const std::vector<Attempt> attempts = store.attempts(info.id);
    const std::string html = classReportHtml(info, attempts, parseLanguage(options.lang));
    writeFileAtomically(options.output, [&](std::ostream& out) { out << html; });
    std::cout << fmt::format("class {}: {} attempts of {} trainees → {}\n", info.id, attempts.size(), info.roster.size(),
                             options.output);
    return 0;
}

int exportCsv(const ClassOptions& options) {
    const ClassStore store(options.db);
    const ClassInfo info = chosenClass(store, options);
    const std::vector<Attempt> attempts = store.attempts(info.id);
    writeFileAtomically(options.output, [&](std::ostream& out) { out << classExportCsv(info, attempts); });
    std::cout << fmt::format("class {}: {} attempts → {}\n", info.id, attempts.size(), options.output);
    return 0;
}

// Only `class new` may create the file; the others read or add to an existing one.
void addDbOption(CLI::App* app, ClassOptions& options, bool mayCreate) {
    CLI::Option* db = app->add_option("--db", options.db, "Class records (SQLite file)")->required()->check(outputFileName());
    if (!mayCreate) db->check(existingFile());
}

void addClassOption(CLI::App* app, ClassOptions& options) {
    app->add_option("--class", options.classId, "Class id (default: the only class of the file)");
}

}  // namespace

Command addClassCommand(CLI::App& parent) {
    auto options = std::make_shared<ClassOptions>();
    CLI::App* app = parent.add_subcommand("class", "Class sessions and their records: new, list, record, report, export");
    app->require_subcommand(1);

    CLI::App* newApp = app->add_subcommand("new", "Give an exercise and a seed to a roster of trainees");
    newApp->add_option("--exercise", options->exercise, "Exercise file or id")->required();
    newApp->add_option("--roster", options->roster, "Roster CSV: trainee_id,name")->required()->check(existingFile());
    newApp->add_option("--seed", options->seed, "Seed of the class's day (default: the exercise's first)")->check(seedNumber());
    newApp->add_option("--note", options->note, "A note kept with the class");
    addDbOption(newApp, *options, true);

    CLI::App* listApp = app->add_subcommand("list", "The classes of a records file");
    addDbOption(listApp, *options, false);

    CLI::App* recordApp = app->add_subcommand("record", "Score a trainee's decision log and record the attempt");
    addDbOption(recordApp, *options, false);
    addClassOption(recordApp, *options);
    recordApp->add_option("--trainee", options->trainee, "Trainee id on the class's roster")->required();
    recordApp->add_option("--decisions", options->decisions, "Decision log of the attempt")->required()->check(existingFile());
    recordApp->add_option("--exercise", options->exercise, "Exercise file or id (default: the class's, by id)");

    CLI::App* reportApp = app->add_subcommand("report", "Write the class report (HTML)");
    addDbOption(reportApp, *options, false);
    addClassOption(reportApp, *options);
    reportApp->add_option("-o,--output", options->output, "Class report (HTML)")->required()->check(outputFileName());
    reportApp->add_option("--lang", options->lang, "zh or en")->check(CLI::IsMember({"zh", "en"}));

    CLI::App* exportApp = app->add_subcommand("export", "Write every attempt of a class as CSV");
    addDbOption(exportApp, *options, false);
    addClassOption(exportApp, *options);
    exportApp->add_option("-o,--output", options->output, "Attempts (CSV)")->required()->check(outputFileName());

    for (CLI::App* sub : {newApp, recordApp}) {
        sub->add_option("--cases", options->cases, "Folder of the case cards")->capture_default_str();
        sub->add_option("--dir", options->folder, "Folder of the exercises")->capture_default_str();
    }

    Command command;
    command.parser = app;
    command.checkOptions = [options] {
        checkOutputFiles({{options->output, "--output"}},
                         {{options->db, "class records"}, {options->roster, "roster"}, {options->decisions, "decision log"}});
        checkOutputFiles({{options->db, "--db"}}, {{options->roster, "roster"}, {options->decisions, "decision log"}});
    };
    command.run = [options, newApp, listApp, recordApp, reportApp] {
        if (newApp->parsed()) return newClass(*options);
        if (listApp->parsed()) return listClasses(*options);
        if (recordApp->parsed()) return record(*options);
        if (reportApp->parsed()) return report(*options);
        return exportCsv(*options);
    };
    return command;
}

}  // namespace pujiang::cli
