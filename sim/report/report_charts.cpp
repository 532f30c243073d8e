#include "sim/report/report_charts.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "sim/report/metric_format.h"
#include "sim/report/report_strings.h"
#include "sim/report/axis_ticks.h"
#include "sim/report/svg_chart.h"

namespace pujiang {

namespace {

using svg::Anchor;
using svg::LinearScale;
using svg::PlotArea;
using svg::SvgCanvas;

constexpr double kWideChart = 1000;
constexpr double kSmallChart = 470;  // two side by side on the page
constexpr double kLabelFont = 12;
constexpr double kMaxLabelColumn = 200;

// Width of the column of variant labels left of a chart with one row per variant.
double labelColumn(const std::vector<ReportInput>& inputs) {
    double widest = 0;
    for (const ReportInput& input : inputs) widest = std::max(widest, svg::textWidth(input.label, kLabelFont));
    return std::min(widest, kMaxLabelColumn) + 24;
}

void variantLabel(SvgCanvas& canvas, const ReportInput& input, double right, double rowY, double column) {
    canvas.text({right, rowY + 4}, svg::fitText(input.label, kLabelFont, column - 24), {kLabelFont, Anchor::End},
                input.label);
}

std::vector<svg::LegendEntry> variantLegend(const std::vector<ReportInput>& inputs) {
    std::vector<svg::LegendEntry> entries;
    for (std::size_t i = 0; i < inputs.size(); ++i) entries.push_back({inputs[i].label, svg::seriesColour(i)});
    return entries;
}

void noData(SvgCanvas& canvas, const PlotArea& area, Language language) {
    canvas.text({(area.left + area.right) / 2, (area.top + area.bottom) / 2},
                reportLabel(ReportLabel::NotAvailable, language), {16, Anchor::Middle, "#888888"});
}

double finiteMax(double a, double b) { return std::isfinite(b) ? std::max(a, b) : a; }
double finiteMin(double a, double b) { return std::isfinite(b) ? std::min(a, b) : a; }

// The wait histogram as shown: bins up to `shownBins`, the rest folded into one last bin.
struct FoldedHistogram {
    double binMin = 0;
    std::vector<double> share;
};

// Where to fold the long, nearly empty tail of the wait histograms: the first bin boundary past
// which every variant has at most 1% of its waits, but not past 36 bins. The data's own last
// bin is already open-ended, so folding only moves the "≥ N" boundary left.
double foldMinute(const std::vector<WaitHistogram>& histograms) {
    constexpr double kTail = 0.01;
    constexpr int kMaxBins = 36;
    double fold = 0, narrowest = std::numeric_limits<double>::infinity();
    for (const WaitHistogram& h : histograms) {
        if (h.share.empty()) continue;
        narrowest = std::min(narrowest, h.binMin);
        std::size_t cut = h.share.size() - 1;  // the open-ended bin
        double tail = h.share.back();
        while (cut > 1 && tail + h.share[cut - 1] <= kTail) tail += h.share[--cut];
        fold = std::max(fold, static_cast<double>(cut) * h.binMin);
    }
    return std::isfinite(narrowest) ? std::min(fold, kMaxBins * narrowest) : 0;
}

FoldedHistogram fold(const WaitHistogram& h, double foldMin) {
    FoldedHistogram folded{h.binMin, {}};
    if (h.share.empty()) return folded;
    const auto shown = std::min(h.share.size() - 1, static_cast<std::size_t>(std::ceil(foldMin / h.binMin - 1e-9)));
    folded.share.assign(h.share.begin(), h.share.begin() + static_cast<std::ptrdiff_t>(shown));
    double rest = 0;
    for (std::size_t i = shown; i < h.share.size(); ++i) rest += std::isfinite(h.share[i]) ? h.share[i] : 0;
    folded.share.push_back(rest);
    return folded;
}

}  // namespace

std::string meanWithCiChart(const std::vector<ReportInput>& inputs, std::string_view metricPath,
                            std::string_view title, double scale, Language language) {
    constexpr double kRow = 28, kTop = 34;
    const double column = labelColumn(inputs);
    const PlotArea area{column, kTop, kSmallChart - 24, kTop + kRow * static_cast<double>(inputs.size())};
    SvgCanvas canvas(kSmallChart, area.bottom + 30, title);
    canvas.text({8, 20}, title, {13, Anchor::Start, "#222222", true});

    std::vector<MetricSummary> values;
    double low = 0, high = 0;
    bool any = false;
    for (const ReportInput& input : inputs) {
        MetricSummary s = overallMetric(input, metricPath);
        s.mean *= scale, s.ciLow *= scale, s.ciHigh *= scale;
        values.push_back(s);
        any = any || std::isfinite(s.mean);
        for (const double x : {s.mean, s.ciLow, s.ciHigh}) low = finiteMin(low, x), high = finiteMax(high, x);
    }
    const std::vector<double> ticks = coveringTicks(low, high, 5);
    const LinearScale x(ticks.front(), ticks.back(), area.left, area.right);
    for (std::size_t i = 0; i < inputs.size(); i += 2)
        canvas.rect(area.left, area.top + kRow * static_cast<double>(i), area.right - area.left, kRow, "#f4f4f4");
    svg::drawXAxis(canvas, area, x, svg::labelled(ticks), {});
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const double rowY = area.top + kRow * (static_cast<double>(i) + 0.5);
        variantLabel(canvas, inputs[i], area.left - 10, rowY, column);
        svg::drawDotWhisker(canvas, x, rowY, values[i].mean, values[i].ciLow, values[i].ciHigh, svg::seriesColour(i));
    }
    if (!any) noData(canvas, area, language);
    return canvas.str();
}

std::string queueLengthChart(const std::vector<ReportInput>& inputs, Language language) {
    const std::vector<svg::LegendEntry> legend = variantLegend(inputs);
    const double legendTop = 8, plotWidth = kWideChart - 56 - 24;
    const double top = legendTop + svg::legendHeight(legend, plotWidth) + 30;
    const PlotArea area{56, top, kWideChart - 24, top + 260};
    SvgCanvas canvas(kWideChart, area.bottom + 48, reportLabel(ReportLabel::QueueHeading, language));
    svg::drawLegend(canvas, {area.left, legendTop}, legend, plotWidth, svg::LegendMark::Line);

    std::vector<QueueCurve> curves;
    for (const ReportInput& input : inputs) curves.push_back(queueCurve(input));
    // Show the part of the day with anybody waiting, plus one bin either side.
    double first = std::numeric_limits<double>::infinity(), last = -first;
    double start = first, end = last, high = 0;
    for (const QueueCurve& c : curves) {
        for (std::size_t i = 0; i < c.mean.size(); ++i) {
            const double binStart = c.startMin + c.binMin * static_cast<double>(i);
            start = std::min(start, binStart);
            end = std::max(end, binStart + c.binMin);
            if (c.mean[i] > 0.01) {
                first = std::min(first, binStart - c.binMin);
                last = std::max(last, binStart + 2 * c.binMin);
            }
        }
    }
    if (!std::isfinite(start)) {
        noData(canvas, area, language);
        return canvas.str();
    }
    if (std::isfinite(first)) start = std::max(start, first), end = std::min(end, last);

    std::vector<std::vector<double>> xs(curves.size()), lows(curves.size()), highs(curves.size()),
        means(curves.size());
    for (std::size_t v = 0; v < curves.size(); ++v) {
        const QueueCurve& c = curves[v];
        for (std::size_t i = 0; i < c.mean.size(); ++i) {
            const double middle = c.startMin + c.binMin * (static_cast<double>(i) + 0.5);
            if (middle < start || middle > end) continue;
            const double sd = std::isfinite(c.sd[i]) ? c.sd[i] : 0;
            xs[v].push_back(middle);
            means[v].push_back(c.mean[i]);
            lows[v].push_back(std::max(0.0, c.mean[i] - sd));
            highs[v].push_back(c.mean[i] + sd);
            high = finiteMax(high, c.mean[i] + sd);
        }
    }
    const LinearScale x(start, end, area.left, area.right);
    const std::vector<double> yTicks = coveringTicks(0, high, 5);
    const LinearScale y(yTicks.front(), yTicks.back(), area.bottom, area.top);
    std::vector<svg::Tick> xTicks;
    for (const double t : clockTicks(start, end, 10)) xTicks.push_back({t, formatClock(t)});
    svg::drawXAxis(canvas, area, x, xTicks, reportLabel(ReportLabel::ClockAxis, language));
    svg::drawYAxis(canvas, area, y, svg::labelled(yTicks), reportLabel(ReportLabel::QueueAxis, language));
    for (std::size_t v = 0; v < curves.size(); ++v) svg::drawBand(canvas, x, y, xs[v], lows[v], highs[v], svg::seriesColour(v));
    for (std::size_t v = 0; v < curves.size(); ++v) svg::drawLine(canvas, x, y, xs[v], means[v], svg::seriesColour(v));
    return canvas.str();
}

std::string waitHistogramChart(const std::vector<ReportInput>& inputs, Language language) {
    const std::vector<svg::LegendEntry> legend = variantLegend(inputs);
    const double legendTop = 8, plotWidth = kWideChart - 56 - 24;
    const double top = legendTop + svg::legendHeight(legend, plotWidth) + 30;
    const PlotArea area{56, top, kWideChart - 24, top + 240};
    SvgCanvas canvas(kWideChart, area.bottom + 48, reportLabel(ReportLabel::WaitHeading, language));
    svg::drawLegend(canvas, {area.left, legendTop}, legend, plotWidth);

    std::vector<WaitHistogram> histograms;
    for (const ReportInput& input : inputs) histograms.push_back(waitHistogram(input));
    const double foldAt = foldMinute(histograms);
    std::vector<FoldedHistogram> shown;
    double end = 0, high = 0, lastBin = 0;
    for (const WaitHistogram& h : histograms) {
        shown.push_back(fold(h, foldAt));
        const FoldedHistogram& f = shown.back();
        if (f.share.empty()) continue;
        const double extent = f.binMin * static_cast<double>(f.share.size());
        if (extent > end) end = extent, lastBin = f.binMin;
        for (const double s : f.share) high = finiteMax(high, 100 * s);
    }
    if (end <= 0) {
        noData(canvas, area, language);
        return canvas.str();
    }
    const LinearScale x(0, end, area.left, area.right);
    const std::vector<double> yTicks = coveringTicks(0, high, 5);
    const LinearScale y(yTicks.front(), yTicks.back(), area.bottom, area.top);

    // Minute ticks on bin boundaries, then the open-ended last bin labelled under its middle.
    const double openStart = end - lastBin, openMiddle = x(end - lastBin / 2);
    std::vector<svg::Tick> xTicks;
    for (const svg::Tick& t : svg::labelled(coveringTicks(0, openStart, 10)))
        if (t.value <= openStart && std::abs(x(t.value) - openMiddle) > 36) xTicks.push_back(t);
    xTicks.push_back({end - lastBin / 2, fmt::format("≥ {}", svg::tickLabel(openStart, 1))});
    svg::drawXAxis(canvas, area, x, xTicks, reportLabel(ReportLabel::WaitAxis, language));
    svg::drawYAxis(canvas, area, y, svg::labelled(yTicks), reportLabel(ReportLabel::ShareAxis, language));

    const double groups = static_cast<double>(inputs.size());
    for (std::size_t v = 0; v < shown.size(); ++v) {
        const FoldedHistogram& f = shown[v];
        const double width = f.binMin * 0.84 / groups;
        for (std::size_t i = 0; i < f.share.size(); ++i) {
            const double x0 = f.binMin * (static_cast<double>(i) + 0.08) + width * static_cast<double>(v);
            svg::drawBar(canvas, x, y, x0, x0 + width, 100 * f.share[i], svg::seriesColour(v));
        }
    }
    return canvas.str();
}

std::string outcomeSharesChart(const std::vector<ReportInput>& inputs, Language language) {
    struct Part {
        Metric share;    // drawn
        Metric outcome;  // whose label names it
        std::string_view colour;
    };
    // Okabe–Ito colours not used for the first variants, so outcomes do not read as variants.
    static constexpr std::array<Part, 4> kParts = {{
        {Metric::ShareOnSpot, Metric::ResolvedOnSpot, "#009E73"},
        {Metric::ShareAssigned, Metric::Assigned, "#56B4E9"},
        {Metric::ShareDefined, Metric::Defined, "#E69F00"},
        {Metric::ShareReferredLegal, Metric::ReferredLegal, "#CC79A7"},
    }};
    std::vector<svg::LegendEntry> legend;
    for (const Part& part : kParts) legend.push_back({std::string(metricInfo(part.outcome).label(language)), part.colour});

    constexpr double kRow = 34, kBar = 22;
    const double column = labelColumn(inputs);
    const double legendTop = 8;
    const double top = legendTop + svg::legendHeight(legend, kWideChart - column - 30) + 14;
    const PlotArea area{column, top, kWideChart - 30, top + kRow * static_cast<double>(inputs.size())};
    SvgCanvas canvas(kWideChart, area.bottom + 30, reportLabel(ReportLabel::OutcomeHeading, language));
    svg::drawLegend(canvas, {area.left, legendTop}, legend, area.right - area.left);

    const LinearScale x(0, 100, area.left, area.right);
    std::vector<svg::Tick> ticks;
    for (const double t : coveringTicks(0, 100, 5)) ticks.push_back({t, svg::tickLabel(t, 1) + "%"});
    svg::drawXAxis(canvas, area, x, ticks, {});
    for (std::size_t v = 0; v < inputs.size(); ++v) {
        const double rowY = area.top + kRow * (static_cast<double>(v) + 0.5);
        variantLabel(canvas, inputs[v], area.left - 10, rowY, column);
        double from = 0;
        for (const Part& part : kParts) {
            const double share = 100 * overallMetric(inputs[v], metricInfo(part.share).name).mean;
            if (!std::isfinite(share) || share <= 0) continue;
            const double to = std::min(100.0, from + share);
            canvas.rect(x(from), rowY - kBar / 2, x(to) - x(from), kBar, part.colour);
            if (x(to) - x(from) >= 34)
                canvas.text({(x(from) + x(to)) / 2, rowY + 4}, fmt::format("{:.0f}%", share),
                            {11, Anchor::Middle, "#111111"});
            from = to;
        }
    }
    return canvas.str();
}

}  // namespace pujiang
