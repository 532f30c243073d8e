#include "gui/charts.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

#include <fmt/format.h>

namespace pujiang::gui {

std::string formatNumber(double value) { return fmt::format("{:.4g}", value); }

std::string formatPercent(double fraction) { return fmt::format("{:.0f}%", fraction * 100.0); }

ImU32 chartColor(int index) {
    // Tableau 10: distinct for the common kinds of colour blindness and readable on light and dark.
    static constexpr std::array<ImU32, 10> kPalette = {
        IM_COL32(78, 121, 167, 255), IM_COL32(242, 142, 43, 255), IM_COL32(225, 87, 89, 255),
        IM_COL32(118, 183, 178, 255), IM_COL32(89, 161, 79, 255), IM_COL32(237, 201, 72, 255),
        IM_COL32(176, 122, 161, 255), IM_COL32(255, 157, 167, 255), IM_COL32(156, 117, 95, 255),
        IM_COL32(186, 176, 172, 255)};
    const int n = static_cast<int>(kPalette.size());
    return kPalette[static_cast<std::size_t>((index % n + n) % n)];
}

namespace {

constexpr float kPad = 6.0f;        // pixels between the parts of a chart
constexpr float kMinSize = 40.0f;   // smaller than this a chart shows nothing useful
constexpr float kLineWidth = 2.0f;
constexpr double kInf = std::numeric_limits<double>::infinity();

// [SECTION] Canvas: the chart's item rectangle, its colours (from the current style, so the charts
// follow the light or dark theme) and the mouse.
struct Canvas {
    ImDrawList* draw = nullptr;
    ImVec2 min, max;
    bool hovered = false;
    ImVec2 mouse;
    float lineHeight = 0;
    ImU32 text = 0, muted = 0, grid = 0, background = 0, marker = 0;
};

ImVec2 itemSize(ImVec2 size) {
    const ImVec2 available = ImGui::GetContentRegionAvail();
    const float width = size.x > 0 ? size.x : available.x + size.x;
    const float height = size.y > 0   ? size.y
                         : size.y < 0 ? available.y + size.y
                                      : 12 * ImGui::GetTextLineHeightWithSpacing();
    return ImVec2(std::max(width, kMinSize), std::max(height, kMinSize));
}

// Reserves the chart as one item. An invisible button rather than a Dummy: it has an ID for hover
// tracking and keeps a drag on the chart from moving the window. Empty when scrolled out of view.
std::optional<Canvas> beginChart(const char* id, ImVec2 size) {
    ImGui::InvisibleButton(id, itemSize(size));
    if (!ImGui::IsItemVisible()) return std::nullopt;
    Canvas c;
    c.draw = ImGui::GetWindowDrawList();
    c.min = ImGui::GetItemRectMin();
    c.max = ImGui::GetItemRectMax();
    c.hovered = ImGui::IsItemHovered();
    c.mouse = ImGui::GetIO().MousePos;
    c.lineHeight = ImGui::GetTextLineHeight();
    c.text = ImGui::GetColorU32(ImGuiCol_Text);
    c.muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    c.grid = ImGui::GetColorU32(ImGuiCol_TextDisabled, 0.25f);
    c.background = ImGui::GetColorU32(ImGuiCol_FrameBg);
    c.marker = ImGui::GetColorU32(ImGuiCol_PlotLinesHovered);
    return c;
}

// Keeps everything a chart draws (long titles, legends, labels) inside its own item.
class ScopedClip {
public:
    explicit ScopedClip(const Canvas& c) : m_draw(c.draw) { m_draw->PushClipRect(c.min, c.max, true); }
    ScopedClip(const ScopedClip&) = delete;
    ScopedClip& operator=(const ScopedClip&) = delete;
    ~ScopedClip() { m_draw->PopClipRect(); }

private:
    ImDrawList* m_draw;
};

float textWidth(std::string_view text) { return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x; }

void drawText(const Canvas& c, ImVec2 pos, ImU32 color, std::string_view text) {
    if (!text.empty()) c.draw->AddText(pos, color, text.data(), text.data() + text.size());
}

std::string formatWith(const ChartAxis& axis, double value) {
    return axis.format ? axis.format(value) : formatNumber(value);
}

ImU32 colorOr(ImU32 color, int index) { return color != 0 ? color : chartColor(index); }

// [SECTION] Header: title on the left, legend on the right of the same line.
struct LegendEntry {
    std::string_view name;
    ImU32 color;
};

// Returns the y where the plot region starts: below the title, or below the legend's last line
// when it wraps.
float drawHeader(const Canvas& c, std::string_view title, std::span<const LegendEntry> legend) {
    const float top = c.min.y + kPad;
    if (title.empty() && legend.empty()) return top;
    drawText(c, ImVec2(c.min.x + kPad, top), c.text, title);
    const float swatch = c.lineHeight * 0.7f;
    std::vector<float> widths;
    for (const LegendEntry& entry : legend) widths.push_back(swatch + kPad + textWidth(entry.name) + kPad);
    const std::vector<LegendSlot> slots = layoutLegend(widths, textWidth(title), c.max.x - c.min.x, kPad);
    int lines = 0;
    for (std::size_t i = 0; i < legend.size(); ++i) {
        const float x = c.min.x + slots[i].x;
        const float y = top + static_cast<float>(slots[i].line) * c.lineHeight;
        const float swatchTop = y + (c.lineHeight - swatch) / 2;
        c.draw->AddRectFilled(ImVec2(x, swatchTop), ImVec2(x + swatch, swatchTop + swatch), legend[i].color);
        drawText(c, ImVec2(x + swatch + kPad, y), c.text, legend[i].name);
        lines = std::max(lines, slots[i].line);
    }
    return top + static_cast<float>(lines + 1) * c.lineHeight + kPad;
}

// [SECTION] Ticks and gridlines
struct Ticks {
    std::vector<double> values;
    std::vector<std::string> labels;
    float widest = 0;
};

Ticks labelled(const ChartAxis& axis, std::vector<double> values) {
    Ticks ticks;
    ticks.values = std::move(values);
    for (double value : ticks.values) {
        ticks.labels.push_back(formatWith(axis, value));
        ticks.widest = std::max(ticks.widest, textWidth(ticks.labels.back()));
    }
    return ticks;
}

// A value axis' range and ticks: fixed by the caller, or fitted to the data's [lo, hi].
FittedAxis valueAxis(const ChartAxis& axis, double lo, double hi, int maxTicks) {
    if (axis.range) return {*axis.range, ticksFor(axis.steps, axis.range->min, axis.range->max, maxTicks)};
    return fitAxis(dataRange(lo, hi, axis.includeZero), axis.steps, maxTicks);
}

// Along a vertical axis labels stack: about one every 2.5 lines.
int verticalTickCount(const Canvas& c, float height) {
    return std::clamp(static_cast<int>(height / (2.5f * c.lineHeight)), 2, 8);
}

// Along a horizontal axis labels sit side by side with two line heights between them.
int horizontalTickCount(const Canvas& c, float width, float labelWidth) {
    return std::clamp(static_cast<int>(width / (labelWidth + 2 * c.lineHeight)), 2, 10);
}

// The width of a value axis' widest label, estimated before its ticks are known from the ends of
// the range (where the longest labels usually are).
float endLabelWidth(const ChartAxis& axis, double lo, double hi) {
    if (!(lo <= hi)) return textWidth(formatWith(axis, 0));
    return std::max(textWidth(formatWith(axis, lo)), textWidth(formatWith(axis, hi)));
}

bool onAxis(float pixel, float from, float to) { return pixel >= from - 0.5f && pixel <= to + 0.5f; }

void drawYTicks(const Canvas& c, const ChartFrame& f, const Ticks& ticks) {
    for (std::size_t i = 0; i < ticks.values.size(); ++i) {
        const float y = f.pixelY(ticks.values[i]);
        if (!onAxis(y, f.min.y, f.max.y)) continue;
        c.draw->AddLine(ImVec2(f.min.x, y), ImVec2(f.max.x, y), c.grid);
        const float width = textWidth(ticks.labels[i]);
        drawText(c, ImVec2(f.min.x - kPad - width, y - c.lineHeight / 2), c.text, ticks.labels[i]);
    }
}

void drawXTicks(const Canvas& c, const ChartFrame& f, const Ticks& ticks) {
    for (std::size_t i = 0; i < ticks.values.size(); ++i) {
        const float x = f.pixelX(ticks.values[i]);
        if (!onAxis(x, f.min.x, f.max.x)) continue;
        c.draw->AddLine(ImVec2(x, f.min.y), ImVec2(x, f.max.y), c.grid);
        const float width = textWidth(ticks.labels[i]);
        const float left = std::clamp(x - width / 2, c.min.x, std::max(c.min.x, c.max.x - width));
        drawText(c, ImVec2(left, f.max.y + kPad / 2), c.text, ticks.labels[i]);
    }
}

void drawBackground(const Canvas& c, const ChartFrame& f) { c.draw->AddRectFilled(f.min, f.max, c.background); }

void drawAxisLines(const Canvas& c, const ChartFrame& f) {
    c.draw->AddLine(ImVec2(f.min.x, f.min.y), ImVec2(f.min.x, f.max.y), c.muted);
    c.draw->AddLine(ImVec2(f.min.x, f.max.y), ImVec2(f.max.x, f.max.y), c.muted);
}

bool usable(const ChartFrame& f) { return f.max.x - f.min.x >= 2 && f.max.y - f.min.y >= 2; }

// [SECTION] Tooltip lines: a colour swatch, then text.
void tooltipLine(ImU32 color, const std::string& text) {
    const float size = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float inset = size * 0.15f;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x + inset, at.y + inset),
                                              ImVec2(at.x + size - inset, at.y + size - inset), color);
    ImGui::Dummy(ImVec2(size, size));
    ImGui::SameLine();
    ImGui::TextUnformatted(text.c_str());
}

// [SECTION] x/y layout shared by the line chart and the histogram.
struct XYLayout {
    ChartFrame frame;
    Ticks x, y;
};

// Places the plot below `top`, leaving room for the y labels on the left and the x labels below.
// The y range is fitted to [yLo, yHi] unless the axis fixes it; x shows `xRange` as given.
XYLayout layoutXY(const Canvas& c, float top, const ChartAxis& xAxis, AxisRange xRange, const ChartAxis& yAxis,
                  double yLo, double yHi) {
    XYLayout layout;
    const float bottom = c.max.y - kPad / 2 - c.lineHeight - kPad / 2;
    const float plotTop = top + c.lineHeight / 2;  // the top tick label is centred on its line
    FittedAxis y = valueAxis(yAxis, yLo, yHi, verticalTickCount(c, bottom - plotTop));
    layout.y = labelled(yAxis, std::move(y.ticks));
    const float xLabel = endLabelWidth(xAxis, xRange.min, xRange.max);
    ChartFrame& f = layout.frame;
    f.min = ImVec2(c.min.x + 2 * kPad + layout.y.widest, plotTop);
    f.max = ImVec2(c.max.x - kPad - xLabel / 2, bottom);
    f.x0 = xRange.min;
    f.x1 = xRange.max;
    f.y0 = y.range.min;
    f.y1 = y.range.max;
    layout.x = labelled(xAxis, ticksFor(xAxis.steps, xRange.min, xRange.max,
                                        horizontalTickCount(c, f.max.x - f.min.x, xLabel)));
    return layout;
}

void drawXYGrid(const Canvas& c, const XYLayout& layout) {
    drawBackground(c, layout.frame);
    drawYTicks(c, layout.frame, layout.y);
    drawXTicks(c, layout.frame, layout.x);
}

// [SECTION] Category layout shared by the bar and interval charts.
struct CategoryLayout {
    ChartFrame frame;
    Ticks values;
};

// `valueRoom` is the space a bar's value label needs beyond the end of the longest bar.
CategoryLayout layoutCategories(const Canvas& c, float top, BarOrientation orientation,
                                std::span<const std::string_view> labels, const ChartAxis& axis, double lo, double hi,
                                float valueRoom) {
    CategoryLayout layout;
    const int count = static_cast<int>(labels.size());
    ChartFrame& f = layout.frame;
    if (orientation == BarOrientation::Horizontal) {
        float widest = 0;
        for (std::string_view label : labels) widest = std::max(widest, textWidth(label));
        // Long names are clipped rather than squeezing the bars to nothing.
        widest = std::min(widest, 0.4f * (c.max.x - c.min.x));
        const float tickLabel = endLabelWidth(axis, lo, hi);
        const ImVec2 min(c.min.x + 2 * kPad + widest, top);
        const ImVec2 max(c.max.x - kPad - std::max(valueRoom, tickLabel / 2), c.max.y - kPad - c.lineHeight);
        FittedAxis values = valueAxis(axis, lo, hi, horizontalTickCount(c, max.x - min.x, tickLabel));
        f = categoryFrame(min, max, count, values.range, orientation);
        layout.values = labelled(axis, std::move(values.ticks));
    } else {
        const float plotTop = top + std::max(valueRoom, c.lineHeight / 2);
        const float bottom = c.max.y - kPad - c.lineHeight;
        FittedAxis values = valueAxis(axis, lo, hi, verticalTickCount(c, bottom - plotTop));
        layout.values = labelled(axis, std::move(values.ticks));
        f = categoryFrame(ImVec2(c.min.x + 2 * kPad + layout.values.widest, plotTop), ImVec2(c.max.x - kPad, bottom),
                          count, values.range, orientation);
    }
    return layout;
}

void drawCategoryLabels(const Canvas& c, const ChartFrame& f, BarOrientation orientation,
                        std::span<const std::string_view> labels) {
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const double middle = static_cast<double>(i) + 0.5;
        const float width = textWidth(labels[i]);
        if (orientation == BarOrientation::Horizontal) {
            const float y = f.pixelY(middle) - c.lineHeight / 2;
            c.draw->PushClipRect(ImVec2(c.min.x, y), ImVec2(f.min.x - kPad, y + c.lineHeight), true);
            drawText(c, ImVec2(std::max(c.min.x + kPad, f.min.x - kPad - width), y), c.text, labels[i]);
        } else {
            const float left = f.pixelX(middle - 0.5), right = f.pixelX(middle + 0.5);
            const float x = std::max(left, f.pixelX(middle) - width / 2);
            c.draw->PushClipRect(ImVec2(left, f.max.y), ImVec2(right, c.max.y), true);
            drawText(c, ImVec2(x, f.max.y + kPad / 2), c.text, labels[i]);
        }
        c.draw->PopClipRect();
    }
}

void drawCategoryGrid(const Canvas& c, const CategoryLayout& layout, BarOrientation orientation,
                      std::span<const std::string_view> labels) {
    drawBackground(c, layout.frame);
    if (orientation == BarOrientation::Horizontal)
        drawXTicks(c, layout.frame, layout.values);
    else
        drawYTicks(c, layout.frame, layout.values);
    drawCategoryLabels(c, layout.frame, orientation, labels);
}

// The category under the mouse, or -1. Its whole slot is outlined so the user sees what the
// tooltip is about.
int hoveredCategory(const Canvas& c, const ChartFrame& f, BarOrientation orientation, int count) {
    const int index = c.hovered ? categoryAt(f, orientation, count, c.mouse) : -1;
    if (index < 0) return -1;
    const bool vertical = orientation == BarOrientation::Vertical;
    const ImVec2 a = vertical ? f.toPixel(index, f.y0) : f.toPixel(f.x0, index);
    const ImVec2 b = vertical ? f.toPixel(index + 1, f.y1) : f.toPixel(f.x1, index + 1);
    c.draw->AddRect(ImVec2(std::min(a.x, b.x), std::min(a.y, b.y)), ImVec2(std::max(a.x, b.x), std::max(a.y, b.y)),
                    c.muted);
    return index;
}

// A tooltip of one line with its colour swatch.
void swatchTooltip(ImU32 color, const std::string& text) {
    ImGui::BeginTooltip();
    tooltipLine(color, text);
    ImGui::EndTooltip();
}

}  // namespace

// [SECTION] Line chart
void lineChart(const char* id, const LineChartData& data, ImVec2 size) {
    const std::optional<Canvas> canvas = beginChart(id, size);
    if (!canvas) return;
    const Canvas& c = *canvas;
    const ScopedClip clip(c);
    std::vector<LegendEntry> legend;
    if (data.series.size() > 1)
        for (std::size_t i = 0; i < data.series.size(); ++i)
            legend.push_back({data.series[i].name, colorOr(data.series[i].color, static_cast<int>(i))});
    const float top = drawHeader(c, data.title, legend);

    double xLo = kInf, xHi = -kInf, yLo = kInf, yHi = -kInf;
    for (const LineSeries& series : data.series)
        for (const ChartPoint& p : series.points) {
            xLo = std::min(xLo, p.x);
            xHi = std::max(xHi, p.x);
            yLo = std::min(yLo, p.y);
            yHi = std::max(yHi, p.y);
        }
    const AxisRange xRange = data.x.range ? *data.x.range : dataRange(xLo, xHi, data.x.includeZero);
    const XYLayout layout = layoutXY(c, top, data.x, xRange, data.y, yLo, yHi);
    const ChartFrame& f = layout.frame;
    if (!usable(f)) return;
    drawXYGrid(c, layout);

    c.draw->PushClipRect(f.min, f.max, true);
    for (std::size_t i = 0; i < data.series.size(); ++i) {
        const LineSeries& series = data.series[i];
        const ImU32 color = colorOr(series.color, static_cast<int>(i));
        const std::vector<ImVec2> pixels = thinToPixelColumns(seriesPixels(f, series.points, series.steps));
        if (pixels.size() == 1) c.draw->AddCircleFilled(pixels.front(), kLineWidth * 1.5f, color);
        if (pixels.size() >= 2)
            c.draw->AddPolyline(pixels.data(), static_cast<int>(pixels.size()), color, ImDrawFlags_None, kLineWidth);
    }
    if (data.marker) {
        const float x = f.pixelX(*data.marker);
        c.draw->AddLine(ImVec2(x, f.min.y), ImVec2(x, f.max.y), c.marker, 1.5f);
    }
    c.draw->PopClipRect();
    drawAxisLines(c, f);

    if (!c.hovered || !f.contains(c.mouse)) return;
    const double x = f.dataX(c.mouse.x);
    c.draw->AddLine(ImVec2(c.mouse.x, f.min.y), ImVec2(c.mouse.x, f.max.y), c.muted);
    ImGui::BeginTooltip();
    const std::string atMouse = formatWith(data.x, x);
    ImGui::TextUnformatted(atMouse.c_str());
    for (std::size_t i = 0; i < data.series.size(); ++i) {
        const LineSeries& series = data.series[i];
        const int index = pointAt(series.points, x, series.steps);
        if (index < 0) continue;
        const ChartPoint& p = series.points[static_cast<std::size_t>(index)];
        const ImU32 color = colorOr(series.color, static_cast<int>(i));
        c.draw->AddCircleFilled(f.toPixel(p.x, p.y), kLineWidth * 2, color);
        std::string line = fmt::format("{}: {}", series.name, formatWith(data.y, p.y));
        // A line shows its nearest point, which may sit elsewhere than the mouse: say where.
        if (const std::string at = formatWith(data.x, p.x); !series.steps && at != atMouse)
            line += fmt::format(" ({})", at);
        tooltipLine(color, line);
    }
    ImGui::EndTooltip();
}

// [SECTION] Histogram
void histogram(const char* id, const HistogramData& data, ImVec2 size) {
    const std::optional<Canvas> canvas = beginChart(id, size);
    if (!canvas) return;
    const Canvas& c = *canvas;
    const ScopedClip clip(c);
    const float top = drawHeader(c, data.title, {});

    const std::size_t bins = data.edges.size() < 2 ? 0 : std::min(data.counts.size(), data.edges.size() - 1);
    const std::span<const double> edges = data.edges.first(bins == 0 ? 0 : bins + 1);
    const std::span<const double> counts = data.counts.first(bins);
    const AxisRange xRange = data.x.range ? *data.x.range
                             : bins == 0  ? AxisRange{0, 1}
                                          : dataRange(edges.front(), edges.back(), data.x.includeZero);
    double yLo = kInf, yHi = -kInf;
    for (double count : counts) {
        yLo = std::min(yLo, count);
        yHi = std::max(yHi, count);
    }
    const XYLayout layout = layoutXY(c, top, data.x, xRange, data.y, yLo, yHi);
    const ChartFrame& f = layout.frame;
    if (!usable(f)) return;
    drawXYGrid(c, layout);

    const ImU32 color = colorOr(data.color, 0);
    const double base = std::clamp(0.0, std::min(f.y0, f.y1), std::max(f.y0, f.y1));
    const int hovered = c.hovered && f.contains(c.mouse) ? binAt(edges, f.dataX(c.mouse.x)) : -1;
    c.draw->PushClipRect(f.min, f.max, true);
    for (std::size_t i = 0; i < bins; ++i) {
        const ImVec2 a = f.toPixel(edges[i], counts[i]);
        const ImVec2 b = f.toPixel(edges[i + 1], base);
        const ImVec2 min(std::min(a.x, b.x) + 0.5f, std::min(a.y, b.y));
        const ImVec2 max(std::max(a.x, b.x) - 0.5f, std::max(a.y, b.y));
        c.draw->AddRectFilled(min, max, color);
        if (static_cast<int>(i) == hovered) c.draw->AddRect(min, max, c.text);
    }
    c.draw->PopClipRect();
    drawAxisLines(c, f);

    if (hovered < 0) return;
    const auto bin = static_cast<std::size_t>(hovered);
    // An ASCII hyphen, not a dash: the UI font's atlas holds Latin-1 plus the UI strings only.
    swatchTooltip(color, fmt::format("{} - {}: {}", formatWith(data.x, edges[bin]), formatWith(data.x, edges[bin + 1]),
                                     formatWith(data.y, counts[bin])));
}

// [SECTION] Bar chart
void barChart(const char* id, const BarChartData& data, ImVec2 size) {
    const std::optional<Canvas> canvas = beginChart(id, size);
    if (!canvas) return;
    const Canvas& c = *canvas;
    const ScopedClip clip(c);
    const float top = drawHeader(c, data.title, {});

    std::vector<std::string_view> labels;
    std::vector<std::string> values;
    double lo = kInf, hi = -kInf;
    float widestValue = 0;
    for (const ChartBar& bar : data.bars) {
        labels.push_back(bar.label);
        values.push_back(formatWith(data.value, bar.value));
        widestValue = std::max(widestValue, textWidth(values.back()));
        lo = std::min(lo, bar.value);
        hi = std::max(hi, bar.value);
    }
    const BarOrientation orientation = data.orientation;
    const bool horizontal = orientation == BarOrientation::Horizontal;
    const float valueRoom = horizontal ? widestValue + kPad : c.lineHeight + kPad / 2;
    const CategoryLayout layout = layoutCategories(c, top, orientation, labels, data.value, lo, hi, valueRoom);
    const ChartFrame& f = layout.frame;
    if (!usable(f)) return;
    drawCategoryGrid(c, layout, orientation, labels);

    const int count = static_cast<int>(data.bars.size());
    for (int i = 0; i < count; ++i) {
        const ChartBar& bar = data.bars[static_cast<std::size_t>(i)];
        const ChartRect r = barRect(f, orientation, i, bar.value);
        c.draw->AddRectFilled(r.min, r.max, colorOr(bar.color, i));
        // The value sits just past the end of the bar away from the baseline.
        const std::string& text = values[static_cast<std::size_t>(i)];
        const bool negative = bar.value < 0;
        const ImVec2 at = horizontal ? ImVec2(negative ? r.min.x - kPad / 2 - textWidth(text) : r.max.x + kPad / 2,
                                              (r.min.y + r.max.y - c.lineHeight) / 2)
                                     : ImVec2((r.min.x + r.max.x - textWidth(text)) / 2,
                                              negative ? r.max.y + kPad / 4 : r.min.y - c.lineHeight - kPad / 4);
        drawText(c, at, c.text, text);
    }
    drawAxisLines(c, f);

    const int hovered = hoveredCategory(c, f, orientation, count);
    if (hovered < 0) return;
    const ChartBar& bar = data.bars[static_cast<std::size_t>(hovered)];
    swatchTooltip(colorOr(bar.color, hovered), fmt::format("{}: {}", bar.label, values[static_cast<std::size_t>(hovered)]));
}

// [SECTION] Interval chart
void intervalChart(const char* id, const IntervalChartData& data, ImVec2 size) {
    const std::optional<Canvas> canvas = beginChart(id, size);
    if (!canvas) return;
    const Canvas& c = *canvas;
    const ScopedClip clip(c);
    const float top = drawHeader(c, data.title, {});

    std::vector<std::string_view> labels;
    double lo = kInf, hi = -kInf;
    for (const ChartInterval& interval : data.intervals) {
        labels.push_back(interval.label);
        lo = std::min({lo, interval.low, interval.mean});
        hi = std::max({hi, interval.high, interval.mean});
    }
    const BarOrientation orientation = BarOrientation::Horizontal;  // labels stay readable on the left
    const CategoryLayout layout = layoutCategories(c, top, orientation, labels, data.value, lo, hi, 0);
    const ChartFrame& f = layout.frame;
    if (!usable(f)) return;
    drawCategoryGrid(c, layout, orientation, labels);

    const int count = static_cast<int>(data.intervals.size());
    const float cap = std::min(c.lineHeight / 3, std::abs(f.pixelY(0) - f.pixelY(1)) / 4);
    c.draw->PushClipRect(f.min, f.max, true);
    for (int i = 0; i < count; ++i) {
        const ChartInterval& interval = data.intervals[static_cast<std::size_t>(i)];
        const ImU32 color = colorOr(interval.color, i);
        const float y = f.pixelY(i + 0.5);
        const float low = f.pixelX(interval.low), high = f.pixelX(interval.high);
        c.draw->AddLine(ImVec2(low, y), ImVec2(high, y), color, kLineWidth);
        c.draw->AddLine(ImVec2(low, y - cap), ImVec2(low, y + cap), color, kLineWidth);
        c.draw->AddLine(ImVec2(high, y - cap), ImVec2(high, y + cap), color, kLineWidth);
        c.draw->AddCircleFilled(ImVec2(f.pixelX(interval.mean), y), kLineWidth * 2.5f, color);
    }
    c.draw->PopClipRect();
    drawAxisLines(c, f);

    const int hovered = hoveredCategory(c, f, orientation, count);
    if (hovered < 0) return;
    const ChartInterval& interval = data.intervals[static_cast<std::size_t>(hovered)];
    swatchTooltip(colorOr(interval.color, hovered),
                  fmt::format("{}: {} [{}, {}]", interval.label, formatWith(data.value, interval.mean),
                              formatWith(data.value, interval.low), formatWith(data.value, interval.high)));
}

}  // namespace pujiang::gui
