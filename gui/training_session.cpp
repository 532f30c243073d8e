#include "gui/training_session.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "sim/core/localized_error.h"
#include "sim/core/message_text.h"
#include "sim/training/class_attempt.h"
#include "sim/training/class_store.h"

namespace pujiang::gui {

std::shared_ptr<const TrainingCatalog> loadTrainingCatalog(const std::filesystem::path& exercises,
                                                           const std::filesystem::path& cases) {
    auto catalog = std::make_shared<TrainingCatalog>();
    catalog->cards = loadCaseCards(cases);
    catalog->exercises = loadExercises(exercises, catalog->cards);
    return catalog;
}

ClassSeat findClassSeat(const std::filesystem::path& db, std::optional<std::int64_t> classId, const std::string& trainee) {
    if (!std::filesystem::is_regular_file(db))
        throw LocalizedError(bilingual("{}：没有这个班级记录文件", "{}: no such class-records file", db.string()));
    const ClassStore store(db);
    std::optional<ClassInfo> info;
    if (classId) {
        info = store.findClass(*classId);
        if (!info) throw LocalizedError(bilingual("{}：没有编号为 {} 的班级", "{}: there is no class {}", db.string(), *classId));
    } else {
        const std::vector<ClassInfo> classes = store.classes();
        if (classes.size() != 1)
            throw LocalizedError(bilingual("{}：有 {} 个班级，请用 --class 指定", "{}: holds {} classes; choose one with --class",
                                           db.string(), classes.size()));
        info = classes.front();
    }
    const auto& roster = info->roster;
    if (std::none_of(roster.begin(), roster.end(), [&](const Trainee& t) { return t.id == trainee; })) {
        std::string ids;
        for (const Trainee& t : roster) ids += (ids.empty() ? "" : ", ") + t.id;
        throw LocalizedError(bilingual("学员 '{}' 不在班级 {} 的名单上；名单：{}", "trainee '{}' is not on the roster of class {}; roster: {}",
                                       trainee, info->id, ids));
    }
    return ClassSeat{db, info->id, info->exercise, info->seed, trainee};
}

void TrainingSession::takeClassSeat(ClassSeat seat) {
    const std::optional<std::size_t> index = findExercise(seat.exercise);
    if (!index)
        throw LocalizedError(bilingual("班级的练习 '{}' 不在练习目录中", "the class's exercise '{}' is not in the exercise folder",
                                       seat.exercise));
    m_seat = std::move(seat);
    choose(*index);
}

void TrainingSession::setCatalog(std::shared_ptr<const TrainingCatalog> catalog) {
    backToList();
    m_catalog = std::move(catalog);
}

std::optional<std::size_t> TrainingSession::findExercise(const std::string& idOrFile) const {
    if (!m_catalog) return std::nullopt;
    std::error_code error;
    const std::filesystem::path asFile = std::filesystem::weakly_canonical(idOrFile, error);
    for (std::size_t i = 0; i < m_catalog->exercises.size(); ++i) {
        const Exercise& e = m_catalog->exercises[i];
        if (e.id == idOrFile || e.file == idOrFile) return i;
        if (!error && std::filesystem::weakly_canonical(e.file, error) == asFile) return i;
    }
    return std::nullopt;
}

void TrainingSession::choose(std::size_t index) {
    backToList();
    m_exercise = std::min(index, m_catalog->exercises.size() - 1);
    m_stage = TrainingStage::Briefing;
}

void TrainingSession::backToList() {
    // A debrief still running is not waited for (the window must not freeze): it works on its own
    // copy of the log and the shared catalog, and the next start() replaces its result.
    m_session.reset();
    m_floor.reset();
    m_inject = nullptr;
    m_lastCase.reset();
    m_stage = TrainingStage::Choose;
}

void TrainingSession::start() {
    const Exercise& e = exercise();
    const std::uint64_t seed = m_seat ? m_seat->seed : e.seedFor(1);
    m_started = utcTimestamp(std::chrono::system_clock::now());
    m_recordResult.reset();
    m_session = std::make_unique<ExerciseSession>(e, m_catalog->cards, seed);
    m_floor = std::make_unique<DaySession>(e.spec, e.file.string());
    m_floor->restart(seed);
    m_inject = nullptr;
    m_lastCase.reset();
    m_stage = TrainingStage::Running;
    m_pace = Pace{};
    m_pace.playing = true;
    // The floor skips the empty night before the opening; the exercise's day goes there too
    // (an inject timed before it still stops the day first).
    advanceTo(m_floor->day().now());
}

void TrainingSession::handle(ExerciseSession::Stop stop) {
    switch (stop.kind) {
    case ExerciseSession::StopKind::Case:
        // A trainee who is not the receiving leader decides no case ([training.roles]).
        if (!exercise().hasRole(TraineeRole::Leader)) {
            m_session->pass();
            break;
        }
        m_caseSecondsLeft = exercise().decisionSeconds;
        break;
    case ExerciseSession::StopKind::Inject: m_inject = stop.inject; break;
    case ExerciseSession::StopKind::Until:
    case ExerciseSession::StopKind::End: break;
    }
}

void TrainingSession::advanceTo(double until) {
    if (!m_session || m_session->pending() || m_inject) return;
    // A case the trainee does not decide is passed at once; the day goes on to `until`.
    for (int guard = 0; guard < 1000; ++guard) {
        const ExerciseSession::Stop stop = m_session->advance(until);
        handle(stop);
        if (stop.kind != ExerciseSession::StopKind::Case || m_session->pending()) break;
    }
    syncFloor();
}

void TrainingSession::tick(double wallSeconds) {
    if (m_stage != TrainingStage::Running || !m_session) return;
    if (m_session->pending()) {
        if (exercise().decisionSeconds > 0.0 && !m_inject) {
            m_caseSecondsLeft -= wallSeconds;
            if (m_caseSecondsLeft <= 0.0) {
                passCase();
                m_lastCase->timedOut = true;
            }
        }
        return;
    }
    if (m_inject || !m_pace.playing || m_session->finished()) return;
    const double speed = std::clamp(m_pace.minutesPerSecond, Pace::kSlowest, Pace::kFastest);
    // A long stall (a dragged window, a slow frame) must not leap hours ahead.
    advanceTo(m_session->now() + speed * std::clamp(wallSeconds, 0.0, 0.25));
}

bool TrainingSession::runToNextCase() {
    while (m_session && !m_session->pending() && !m_session->finished()) {
        m_inject = nullptr;
        advanceTo(std::numeric_limits<double>::infinity());
    }
    return pendingCase() != nullptr;
}

std::optional<double> TrainingSession::caseSecondsLeft() const {
    if (!pendingCase() || exercise().decisionSeconds <= 0.0) return std::nullopt;
    return std::max(0.0, m_caseSecondsLeft);
}

void TrainingSession::decide(Disposition disposition) {
    if (!pendingCase()) return;
    const std::string card = pendingCase()->card->id;
    m_session->decide(disposition);
    m_lastCase = HandledCase{card, disposition, false};
    syncFloor();
}

void TrainingSession::passCase() {
    if (!pendingCase()) return;
    const std::string card = pendingCase()->card->id;
    m_session->pass();
    m_lastCase = HandledCase{card, std::nullopt, false};
    syncFloor();
}

bool TrainingSession::act(const Intervention& action) {
    if (!m_session || m_session->whyNot(action)) return false;
    m_session->act(action);
    syncFloor();
    return true;
}

void TrainingSession::finish(int days) {
    if (!m_session) return;
    m_inject = nullptr;
    const PlayedDay played = finishPlayedDay(*m_session);
    syncFloor();
    if (m_seat && exercise().id == m_seat->exercise) record(played);
    m_debrief.start(m_catalog, m_exercise, decisionLogOf(exercise(), m_session->seed(), played), days);
    m_stage = TrainingStage::Debrief;
}

void TrainingSession::record(const PlayedDay& played) {
    // One short write transaction; another trainee's program writing at the same moment makes it
    // wait (busy timeout), never fail.
    try {
        ClassStore store(m_seat->db);
        const std::int64_t id = store.recordAttempt(classAttempt(
            exercise(), m_session->seed(), played,
            {m_seat->classId, m_seat->trainee, m_started, utcTimestamp(std::chrono::system_clock::now())}));
        m_recordResult = bilingual("已记入班级 {}：第 {} 次练习记录", "recorded in class {} as attempt {}", m_seat->classId, id);
    } catch (const std::exception& error) {
        const OwnedPhrase why = errorText(error);
        m_recordResult = OwnedPhrase{"未能记入班级记录：" + why.zh, "not recorded in the class records: " + why.en};
    }
}

void TrainingSession::debriefLog(std::size_t index, DecisionLog log, int days) {
    choose(index);
    m_debrief.start(m_catalog, m_exercise, std::move(log), days);
    m_stage = TrainingStage::Debrief;
}

void TrainingSession::syncFloor() {
    if (!m_session || !m_floor) return;
    const ReceptionDay& day = m_session->training().day();
    // A new intervention (an inject, an action, a decision): the floor's day is played again from
    // its start with the whole log, as a saved log is replayed.
    if (m_floor->interventions().size() != m_session->log().size()) m_floor->replay(m_session->log(), m_session->seed());
    while (m_floor->day().eventsHandled() < day.eventsHandled() && m_floor->step()) {
    }
    // The clock between events: move it without handling an event the exercise has not.
    if (m_floor->day().now() < day.now() && !(m_floor->day().nextEventTime() <= day.now())) m_floor->jumpTo(day.now());
}

}  // namespace pujiang::gui
