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
#include "sim/core/message_text.h"
#include "sim/training/exercise_plan.h"
#include "sim/training/exercise_session.h"

namespace pujiang::gui {

enum class TrainingStage { Choose, Briefing, Running, Debrief };

// Reads every exercise of `exercises` and the cards of `cases`; throws what the loaders throw.
std::shared_ptr<const TrainingCatalog> loadTrainingCatalog(const std::filesystem::path& exercises,
                                                           const std::filesystem::path& cases);

// A trainee's seat in a class (class records, docs/training.md [training.class]): the attempt is
// played on the class's seed and, when it ends, recorded in the class's file.
struct ClassSeat {
    std::filesystem::path db;
    std::int64_t classId = 0;
    std::string exercise;  // the class's exercise id
    std::uint64_t seed = 0;
    std::string trainee;
};

// Opens the class-records file and checks the trainee is on the roster of the class (`classId`, or
// the file's only class); throws LocalizedError saying what is wrong.
ClassSeat findClassSeat(const std::filesystem::path& db, std::optional<std::int64_t> classId, const std::string& trainee);

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

    // From now on attempts are the seat's: its exercise is chosen, played on the class's seed and
    // recorded when finished. Throws LocalizedError when the catalog has no such exercise.
    void takeClassSeat(ClassSeat seat);
    const std::optional<ClassSeat>& classSeat() const { return m_seat; }
    // What became of the last finished attempt's record: "attempt N recorded", or why it was not.
    const std::optional<OwnedPhrase>& recordResult() const { return m_recordResult; }

    // Starts an attempt of the chosen exercise (attempt 1's seed, or the class's); the clock starts at the day's opening (or a minute
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
    // Writes the finished attempt to the seat's class records; the outcome goes to recordResult().
    void record(const PlayedDay& played);

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
    std::optional<ClassSeat> m_seat;
    std::string m_started;  // when the attempt began (UTC), for the class record
    std::optional<OwnedPhrase> m_recordResult;
};

}  // namespace pujiang::gui
