#include "gui/training_session.h"

#include <algorithm>
#include <cmath>

namespace pujiang::gui {

std::shared_ptr<const TrainingCatalog> loadTrainingCatalog(const std::filesystem::path& exercises,
                                                           const std::filesystem::path& cases) {
    auto catalog = std::make_shared<TrainingCatalog>();
    catalog->cards = loadCaseCards(cases);
    catalog->exercises = loadExercises(exercises, catalog->cards);
    return catalog;
}

DecisionLog decisionLogOf(const ExerciseSession& session) {
    DecisionLog log{session.exercise().id, session.exercise().spec.name, session.seed(), session.log(), {}, {}};
    for (const DecisionRecord& d : session.training().decisions()) {
        log.dispositions.push_back(d.effect.chosen);
        log.cards.push_back(d.cardId);
    }
    return log;
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
    const std::uint64_t seed = e.seedFor(1);
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
    m_session->finishAndScore();
    syncFloor();
    m_debrief.start(m_catalog, m_exercise, decisionLogOf(*m_session), days);
    m_stage = TrainingStage::Debrief;
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
