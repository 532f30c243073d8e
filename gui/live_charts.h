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

void drawLiveCharts(const DaySession& session, const UiStrings& text);

}  // namespace pujiang::gui
