#include "gui/live_charts.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>
#include <imgui.h>

#include "gui/batch_details.h"
#include "gui/charts.h"
#include "gui/widget_labels.h"
#include "sim/reception/metric_table.h"
#include "sim/report/metric_format.h"

namespace pujiang::gui {

std::vector<ChartPoint> queueCurveSoFar(const DayResult& result, const CurveLayout& layout, double now) {
    std::vector<ChartPoint> points;
    for (std::size_t i = 0; i < result.queueTimeline.size(); ++i) {
        const double start = layout.timelineStart + layout.timelineBin * static_cast<double>(i);
        if (start >= now) break;
        points.push_back(ChartPoint{start, result.queueTimeline[i]});
    }
    if (!points.empty()) points.push_back(ChartPoint{now, points.back().y});  // the last step ends now
    return points;
}

AxisRange dayChartRange(const CurveLayout& layout, double opens, double closes, double firstEvent, double now,
                        bool ranOver) {
    const double first = std::isfinite(firstEvent) ? std::min(opens, firstEvent) : opens;
    const double last = std::max(closes, ranOver ? now : closes);
    const double start = std::max(layout.timelineStart, std::floor(first / 30.0) * 30.0);
    const double end = std::ceil(last / 30.0) * 30.0;
    return AxisRange{start, std::max(end, start + 30.0)};
}

namespace {

// What a chart shows, in a line of grey under it.
void caption(const std::string& text) { hintText(text.c_str()); }

// A room that has had no open minute yet shows an empty bar.
double utilisationOrZero(double u) { return hasValue(u) ? u : 0.0; }

}  // namespace

void drawLiveCharts(const DaySession& session, const UiStrings& text) {
    const DayResult& result = session.result();
    const CurveLayout layout = curveLayout(session.spec());
    const double now = session.day().now();
    const float height = std::max(140.0f, ImGui::GetTextLineHeight() * 9.0f);

    const std::vector<ChartPoint> queue = queueCurveSoFar(result, layout, now);
    LineChartData line;
    line.title = text.get("chart.queue");
    line.series.push_back(LineSeries{text.get("chart.queue.series"), queue, 0, true});
    // A day reads in clock time; a run over a horizon in minutes since it started.
    if (session.spec().run.horizon <= 0.0) {
        line.x.format = [](double minutes) { return formatClock(minutes); };
        line.x.steps = TickSteps::Minutes;
    }
    const ScenarioSpec& day = session.spec();
    if (day.run.horizon <= 0.0) {
        // A day's axis fits the day: an 08:30-17:00 day fills the chart; a day still going after
        // its closing, or one that ran over, reaches its clock.
        const bool ranOver = session.day().finished() || now > day.day.closes;
        line.x.range = dayChartRange(layout, day.day.opens, day.day.closes, session.firstEventTime(), now, ranOver);
    } else {
        line.x.range = AxisRange{layout.timelineStart,
                                 layout.timelineStart + layout.timelineBin * static_cast<double>(layout.timelineBins)};
    }
    line.marker = now;
    lineChart("queue", line, ImVec2(0, height));
    caption(text.getf("chart.queue.caption", pujiang::formatNumber(layout.timelineBin, 0)));

    // Waits so far, as shares per bin; the last bin holds every longer wait.
    std::vector<double> edges, shares;
    std::size_t lastUsed = 0;
    for (std::size_t i = 0; i < result.waitHistogram.size(); ++i)
        if (result.waitHistogram[i] > 0.0) lastUsed = i;
    const std::size_t bins = std::max<std::size_t>(lastUsed + 1, 6);
    for (std::size_t i = 0; i < bins && i < result.waitHistogram.size(); ++i) {
        edges.push_back(layout.waitBin * static_cast<double>(i));
        shares.push_back(result.waitHistogram[i]);
    }
    edges.push_back(layout.waitBin * static_cast<double>(shares.size()));
    HistogramData hist;
    hist.title = text.get("chart.waits");
    hist.edges = edges;
    hist.counts = shares;
    hist.y.format = formatPercent;
    if (!shares.empty()) {
        histogram("waits", hist, ImVec2(0, height));
        caption(text.getf("chart.waits.caption", pujiang::formatNumber(layout.waitBin, 0)));
    }

    const ChartBar outcomes[] = {
        {text.get("outcome.on_spot"), result[Metric::ResolvedOnSpot], IM_COL32(44, 160, 44, 255)},
        {text.get("outcome.assigned"), result[Metric::Assigned], IM_COL32(31, 119, 180, 255)},
        {text.get("outcome.defined"), result[Metric::Defined], IM_COL32(255, 127, 14, 255)},
        {text.get("outcome.legal"), result[Metric::ReferredLegal], IM_COL32(148, 103, 189, 255)},
        {text.get("outcome.reneged"), result[Metric::Reneged], IM_COL32(214, 39, 40, 255)},
    };
    BarChartData bars;
    bars.title = text.get("chart.outcomes");
    bars.bars = outcomes;
    barChart("outcomes", bars, ImVec2(0, height));

    const ScenarioSpec& spec = session.spec();
    std::vector<std::string> names;
    std::vector<ChartBar> utilisation;
    for (std::size_t r = 0; r < spec.rooms.size(); ++r) names.push_back(fmt::format("{} {}", r + 1, spec.rooms[r].name));
    for (std::size_t r = 0; r < names.size(); ++r)
        utilisation.push_back(
            ChartBar{names[r], utilisationOrZero(session.day().roomUtilizationSoFar(r)), IM_COL32(90, 130, 190, 255)});
    BarChartData rooms;
    rooms.title = text.get("chart.utilisation");
    rooms.bars = utilisation;
    rooms.value.range = AxisRange{0.0, 1.0};
    rooms.value.format = formatPercent;
    const float roomsHeight = std::max(height, ImGui::GetTextLineHeight() * (2.5f + 1.1f * names.size()));
    if (!utilisation.empty()) barChart("utilisation", rooms, ImVec2(0, roomsHeight));
}

}  // namespace pujiang::gui
