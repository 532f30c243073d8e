#pragma once
// Time controls (play/pause, speed up to as fast as possible, next event, jump to a clock time,
// restart with the same or a new seed) and mid-day interventions with their log.

#include <cstdint>
#include <filesystem>
#include <string>

#include "gui/day_session.h"
#include "gui/ui_strings.h"

namespace pujiang::gui {

struct ControlsState {
    Pace pace;
    char jumpTo[8] = "10:30";
    std::uint64_t seedInput = 0;  // 0: not yet taken from the session
    std::string message;          // last problem, e.g. a bad clock time
};

void drawTimeControls(DaySession& session, ControlsState& state, const UiStrings& text);

struct InterventionsState {
    int room = 0;            // 0-based
    int extendMinutes = 30;
    int extendTarget = 0;    // 0: the whole day; r + 1: room r
    char logFile[1024] = {};  // empty: defaultInterventionLog(the scenario's name)
    std::string message;
};

// Where an intervention log is saved unless the user types another path: the user's data folder
// (see user_folders.h), never the working directory; the folder is made on saving.
std::filesystem::path defaultInterventionLog(const std::string& scenarioName);

void drawInterventions(DaySession& session, InterventionsState& state, const UiStrings& text);

}  // namespace pujiang::gui
