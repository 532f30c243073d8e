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

// The clock range of a day's queue chart: from the half hour before its first event (or its
// opening, when earlier) to the half hour after its closing, or after `now` when the day ran over
// (`ranOver`: finished after its closing, or still going past it). A day's timeline follows the
// day (DayResult::queueTimeline), so the axis reaches any overrun.
AxisRange dayChartRange(const CurveLayout& layout, double opens, double closes, double firstEvent, double now,
                        bool ranOver);

void drawLiveCharts(const DaySession& session, const UiStrings& text);

}  // namespace pujiang::gui
