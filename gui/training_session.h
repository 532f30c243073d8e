#pragma once
// The training mode as the GUI walks a trainee through it: choose an exercise, read its briefing,
// play the day, read the debrief. While the day plays, the exercise session (sim/training) stops
// for injects (a pop-up the trainee must acknowledge) and featured cases (the case-card dialog,
// with a countdown when the exercise sets one); when the countdown runs out the case is passed to
// the model's own draw. The floor view shows the day through a DaySession kept level with the
// exercise's day: it replays the same intervention log on the same scenario and seed, which gives
// the same day event for event ([training.replay]), so the floor, the event log and the key
// figures are the ones the rest of the GUI already draws. No ImGui here: every step is tested
// without a display.

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "gui/day_session.h"
#include "gui/debrief_job.h"
#include "sim/training/exercise_session.h"

namespace pujiang::gui {

enum class TrainingStage { Choose, Briefing, Running, Debrief };

// Reads every exercise of `exercises` and the cards of `cases`; throws what the loaders throw.
std::shared_ptr<const TrainingCatalog> loadTrainingCatalog(const std::filesystem::path& exercises,
                                                           const std::filesystem::path& cases);

// The attempt so far as a decision log (docs/training.md, [training.log]): the day's intervention
// log with the trainee's disposition and card of each decision.
DecisionLog decisionLogOf(const ExerciseSession& session);

class TrainingSession {
public:
    static constexpr int kDebriefDays = 200;

    void setCatalog(std::shared_ptr<const TrainingCatalog> catalog);
    bool hasCatalog() const { return m_catalog != nullptr; }
    const TrainingCatalog& catalog() const { return *m_catalog; }
    // The exercise with this id or file (as given, or absolute); nothing when there is none.
    std::optional<std::size_t> findExercise(const std::string& idOrFile) const;

    TrainingStage stage() const { return m_stage; }
    // Shows the briefing of exercise `index`.
    void choose(std::size_t index);
    // Back to the list of exercises; an attempt in progress is dropped.
    void backToList();
    const Exercise& exercise() const { return m_catalog->exercises.at(m_exercise); }
    std::size_t exerciseIndex() const { return m_exercise; }

    // Starts attempt 1 of the chosen exercise; the clock starts at the day's opening (or a minute
    // before its first event when that is earlier), as on the floor.
    void start();
    bool running() const { return m_stage == TrainingStage::Running; }
    ExerciseSession& session() { return *m_session; }
    const ExerciseSession& session() const { return *m_session; }
    // The floor's view of the exercise's day.
    DaySession& floor() { return *m_floor; }
    const DaySession& floor() const { return *m_floor; }

    Pace& pace() { return m_pace; }
    const Pace& pace() const { return m_pace; }
    // One frame: counts the case countdown down, or plays the day by the pace when nothing waits
    // for the trainee.
    void tick(double wallSeconds);
    // Plays on to `until` (or to the next stop before it).
    void advanceTo(double until);
    // Plays until a featured case waits or the day ends, acknowledging injects on the way
    // (screenshots of the case dialog); returns whether a case waits.
    bool runToNextCase();

    const PendingCase* pendingCase() const { return m_session ? m_session->pending() : nullptr; }
    // Seconds left to decide the pending case; nothing without a time limit.
    std::optional<double> caseSecondsLeft() const;
    void decide(Disposition disposition);
    // The case is left to the model's draw (the countdown ran out).
    void passCase();
    // The last case handled: its card, and the disposition, or nothing when it was passed.
    struct HandledCase {
        std::string cardId;
        std::optional<Disposition> disposition;
        bool timedOut = false;
    };
    const std::optional<HandledCase>& lastCase() const { return m_lastCase; }

    // The inject just applied, until the trainee acknowledges it.
    const Inject* shownInject() const { return m_inject; }
    void acknowledgeInject() { m_inject = nullptr; }

    std::optional<std::string_view> whyNot(const Intervention& action) const { return m_session->whyNot(action); }
    double costOf(const Intervention& action) const { return m_session->costOf(action); }
    // Takes the action when whyNot allows it; returns whether it was taken.
    bool act(const Intervention& action);

    bool dayOver() const { return m_session && m_session->finished(); }
    // Ends the attempt (the rest of the day plays with every case passed), scores it and starts
    // its debrief on `days` days like it in the background.
    void finish() { finish(m_debriefDays); }
    void finish(int days);
    // Days like it the debrief compares on (kDebriefDays unless set, e.g. for a quick screenshot).
    int debriefDays() const { return m_debriefDays; }
    void setDebriefDays(int days) { m_debriefDays = std::max(days, 2); }
    // The debrief of a recorded attempt of exercise `index` (e.g. its reference plan played).
    void debriefLog(std::size_t index, DecisionLog log, int days = kDebriefDays);
    DebriefJob& debrief() { return m_debrief; }
    const DebriefJob& debrief() const { return m_debrief; }

private:
    // Brings the floor's day level with the exercise's: the same log, the same events handled.
    void syncFloor();
    void handle(ExerciseSession::Stop stop);

    std::shared_ptr<const TrainingCatalog> m_catalog;
    TrainingStage m_stage = TrainingStage::Choose;
    std::size_t m_exercise = 0;
    std::unique_ptr<ExerciseSession> m_session;
    std::unique_ptr<DaySession> m_floor;
    Pace m_pace;
    const Inject* m_inject = nullptr;
    double m_caseSecondsLeft = 0.0;
    std::optional<HandledCase> m_lastCase;
    int m_debriefDays = kDebriefDays;
    DebriefJob m_debrief;
};

}  // namespace pujiang::gui
