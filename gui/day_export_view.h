#pragma once
// The "save this day" row of the key-figures panel: a file name, then the day so far as the
// CLI's HTML report, its key figures as CSV or its event log as CSV (gui/result_export.h does the
// writing).

#include <string>

#include "gui/day_session.h"
#include "gui/ui_strings.h"

namespace pujiang::gui {

struct DayExportState {
    std::string path;     // empty: "<scenario name>-day.html" once a day is shown
    std::string message;  // saved where, or why not
};

void drawDayExport(const DaySession& session, DayExportState& state, const UiStrings& text);

// What the two buttons do; return the message shown.
std::string saveDayReport(const DaySession& session, const std::string& path, const UiStrings& text);
std::string saveDayFigures(const DaySession& session, const std::string& path, const UiStrings& text);
// Beside the report: "<name>-events.csv".
std::string saveDayEvents(const DaySession& session, const std::string& path, const UiStrings& text);

}  // namespace pujiang::gui
