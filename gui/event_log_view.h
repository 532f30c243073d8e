#pragma once
// The filterable event log: kinds to show, a batch or room, text in the detail; newest at the
// bottom, following the day unless the user scrolls up.

#include "gui/day_session.h"
#include "gui/event_log.h"
#include "gui/ui_strings.h"

namespace pujiang::gui {

struct EventLogViewState {
    EventFilter filter;
    char text[64] = {};
    int batch = 0;  // 1-based serial as shown; 0: any
    int room = 0;   // 1-based; 0: any
};

// A consultation's outcome in the UI language, from its trace name ("on_spot", ...); an unknown
// name comes back as it is.
std::string outcomeText(std::string_view name, const UiStrings& text);
std::string outcomeText(Outcome outcome, const UiStrings& text);

// The UI string id naming a trace kind ("trace.arrive", ...).
std::string traceKindLabelId(TraceKind kind);

// The detail column in the UI language for the common kinds (arrival, consultation start and end,
// leaving unseen, interventions); other details, and any the pattern does not match, stay as the
// trace writes them (`pujiang run --trace`).
std::string localizedDetail(const LoggedEvent& event, const ScenarioSpec& spec, const UiStrings& text);

void drawEventLog(const DaySession& session, EventLogViewState& state, const UiStrings& text);

}  // namespace pujiang::gui
