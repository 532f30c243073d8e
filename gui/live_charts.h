#pragma once
// Charts of the day so far, from the same DayResult the CLI reports: queue length over time, the
// wait histogram, outcomes so far and room utilisation.

#include <vector>

#include "gui/chart_geometry.h"
#include "gui/day_session.h"
#include "gui/ui_strings.h"

namespace pujiang::gui {

// The queue-length curve up to `now`: one step per timeline bin of `layout` that has started.
std::vector<ChartPoint> queueCurveSoFar(const DayResult& result, const CurveLayout& layout, double now);

// Share of a room's table time spent receiving so far: over its open hours up to now (breaks
// excluded), or since the warm-up on a run over a horizon. At the end of a day without overtime
// it equals the day's result for the room.
double utilisationSoFar(const ReceptionDay& day, const ScenarioSpec& spec, std::size_t index);

void drawLiveCharts(const DaySession& session, const UiStrings& text);

}  // namespace pujiang::gui
