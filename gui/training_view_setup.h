#pragma once
// What `pujiang-gui --view briefing|case|debrief|class` sets up before the first frame: the
// training screens as a trainee or instructor would reach them (for screenshots and docs).

#include <cstdint>
#include <optional>
#include <string>

#include "gui/gui_app.h"

namespace pujiang::gui {

struct TrainingViewRequest {
    std::string exercise;  // an id of the exercise folder or a file; empty: the first exercise
    std::string classDb;   // View::Class: the class-records file; with `trainee`, the class played in
    std::string trainee;   // a trainee id on the class's roster: attempts are played and recorded as theirs
    std::optional<std::int64_t> classId;  // which class of `classDb` (default: its only class)
    int debriefDays = TrainingSession::kDebriefDays;
};

// briefing: the exercise's briefing. case: its day played to the first featured case (injects
// acknowledged on the way). debrief: its reference plan played to the end and debriefed, as a
// trainee who played that plan would be. class: the class-records file opened. exercises: the list.
// With a trainee, the briefing (or case) is of the class's exercise on the class's seed, and the
// finished attempt is recorded in the class-records file.
// Returns why not, or nothing when the view is ready.
std::optional<std::string> setUpTrainingView(GuiApp& app, View view, const TrainingViewRequest& request);

}  // namespace pujiang::gui
