#include "sim/report/svg_chart.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

namespace pujiang::svg {

namespace {

// Pixel coordinates with one decimal, without a trailing ".0".
std::string px(double value) {
    std::string text = fmt::format("{:.1f}", value);
    if (text.size() > 2 && text.ends_with(".0")) text.resize(text.size() - 2);
    if (text == "-0") text = "0";
    return text;
}

std::string points(const std::vector<Point>& list) {
    std::string text;
    for (const Point& p : list) {
        if (!text.empty()) text += ' ';
        text += px(p.x) + ',' + px(p.y);
    }
    return text;
}

// Bytes in the UTF-8 sequence that starts with `lead`.
std::size_t sequenceLength(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    return 2;
}

double characterWidth(std::size_t length) {
    return length >= 3 ? 1.0 : length == 2 ? 0.6 : 0.55;
}

// Runs of indices whose values are all finite.
template <typename Finite>
std::vector<std::pair<std::size_t, std::size_t>> finiteRuns(std::size_t count, Finite finite) {
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    std::size_t i = 0;
    while (i < count) {
        while (i < count && !finite(i)) ++i;
        const std::size_t begin = i;
        while (i < count && finite(i)) ++i;
        if (i > begin) runs.emplace_back(begin, i);
    }
    return runs;
}

constexpr double kLegendRow = 20;
constexpr double kLegendMark = 14;
constexpr double kLegendFont = 12;

// Top-left corner of each legend entry relative to the legend's origin, and the total height.
std::pair<std::vector<Point>, double> legendLayout(const std::vector<LegendEntry>& entries, double maxWidth) {
    std::vector<Point> places;
    double x = 0, y = 0;
    for (const LegendEntry& entry : entries) {
        const double width = kLegendMark + 6 + textWidth(entry.label, kLegendFont) + 18;
        if (x > 0 && x + width > maxWidth) {
            x = 0;
            y += kLegendRow;
        }
        places.push_back(Point{x, y});
        x += width;
    }
    return {places, entries.empty() ? 0.0 : y + kLegendRow};
}

}  // namespace

std::string escapeMarkup(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': escaped += "&amp;"; break;
        case '<': escaped += "&lt;"; break;
        case '>': escaped += "&gt;"; break;
        case '"': escaped += "&quot;"; break;
        case '\'': escaped += "&#39;"; break;
        default: escaped += c;
        }
    }
    return escaped;
}

// [SECTION] Ticks and scales

std::string tickLabel(double value, double step) {
    if (!(step > 0) || !std::isfinite(step)) step = 1;
    if (std::abs(value) < step * 1e-6) value = 0;
    const int decimals = step >= 1 ? 0 : std::min(10, static_cast<int>(std::ceil(-std::log10(step) - 1e-6)));
    return fmt::format("{:.{}f}", value, decimals);
}

std::vector<Tick> labelled(const std::vector<double>& values) {
    const double step = values.size() > 1 ? values[1] - values[0] : 1;
    std::vector<Tick> ticks;
    for (const double v : values) ticks.push_back(Tick{v, tickLabel(v, step)});
    return ticks;
}

LinearScale::LinearScale(double d0, double d1, double r0, double r1) : m_d0(d0), m_d1(d1), m_r0(r0), m_r1(r1) {}

double LinearScale::operator()(double value) const {
    if (m_d1 == m_d0) return (m_r0 + m_r1) / 2;
    return m_r0 + (value - m_d0) / (m_d1 - m_d0) * (m_r1 - m_r0);
}

// [SECTION] Text

double textWidth(std::string_view text, double fontSize) {
    double ems = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = sequenceLength(static_cast<unsigned char>(text[i]));
        ems += characterWidth(length);
        i += length;
    }
    return ems * fontSize;
}

std::string fitText(std::string_view text, double fontSize, double maxWidth) {
    if (textWidth(text, fontSize) <= maxWidth) return std::string(text);
    const double budget = maxWidth - textWidth("…", fontSize);
    double width = 0;
    std::size_t end = 0;
    while (end < text.size()) {
        const std::size_t length = std::min(sequenceLength(static_cast<unsigned char>(text[end])), text.size() - end);
        const double next = characterWidth(length) * fontSize;
        if (width + next > budget) break;
        width += next;
        end += length;
    }
    return std::string(text.substr(0, end)) + "…";
}

// [SECTION] Canvas

SvgCanvas::SvgCanvas(double width, double height, std::string_view title)
    : m_width(width), m_height(height), m_title(title) {}

void SvgCanvas::line(Point from, Point to, std::string_view stroke, double strokeWidth, bool dashed) {
    m_body += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\"{}/>", px(from.x),
                          px(from.y), px(to.x), px(to.y), stroke, px(strokeWidth),
                          dashed ? " stroke-dasharray=\"4 3\"" : "");
}

void SvgCanvas::rect(double x, double y, double width, double height, std::string_view fill, double opacity) {
    m_body += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"", px(x), px(y),
                          px(std::max(width, 0.0)), px(std::max(height, 0.0)), fill);
    if (opacity < 1) m_body += fmt::format(" fill-opacity=\"{:.2f}\"", opacity);
    m_body += "/>";
}

void SvgCanvas::circle(Point centre, double radius, std::string_view fill) {
    m_body += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>",
                          px(centre.x), px(centre.y), px(radius), fill);
}

void SvgCanvas::polyline(const std::vector<Point>& list, std::string_view stroke, double strokeWidth) {
    m_body += fmt::format(
        "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\" stroke-linejoin=\"round\"/>",
        points(list), stroke, px(strokeWidth));
}

void SvgCanvas::polygon(const std::vector<Point>& list, std::string_view fill, double opacity) {
    m_body += fmt::format("<polygon points=\"{}\" fill=\"{}\" fill-opacity=\"{:.2f}\" stroke=\"none\"/>", points(list),
                          fill, opacity);
}

void SvgCanvas::text(Point at, std::string_view text, const TextStyle& style, std::string_view tooltip) {
    static constexpr std::array<std::string_view, 3> kAnchors = {"start", "middle", "end"};
    m_body += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"{}\"", px(at.x), px(at.y), px(style.size),
                          style.fill);
    if (style.anchor != Anchor::Start)
        m_body += fmt::format(" text-anchor=\"{}\"", kAnchors[static_cast<std::size_t>(style.anchor)]);
    if (style.bold) m_body += " font-weight=\"bold\"";
    m_body += '>';
    if (!tooltip.empty()) m_body += "<title>" + escapeMarkup(tooltip) + "</title>";
    m_body += escapeMarkup(text) + "</text>";
}

std::string SvgCanvas::str() const {
    return fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
                       "role=\"img\" font-family=\"{2}\"><title>{3}</title>{4}</svg>",
                       px(m_width), px(m_height), kFontFamily, escapeMarkup(m_title), m_body);
}

// [SECTION] Chart primitives

void drawXAxis(SvgCanvas& canvas, const PlotArea& area, const LinearScale& x, const std::vector<Tick>& ticks,
               std::string_view title) {
    for (const Tick& tick : ticks) {
        const double at = x(tick.value);
        if (at < area.left - 0.5 || at > area.right + 0.5) continue;
        canvas.line({at, area.top}, {at, area.bottom}, "#e4e4e4");
        canvas.line({at, area.bottom}, {at, area.bottom + 5}, "#666666");
        canvas.text({at, area.bottom + 18}, tick.label, {11, Anchor::Middle, "#444444"});
    }
    canvas.line({area.left, area.bottom}, {area.right, area.bottom}, "#666666");
    if (!title.empty()) canvas.text({(area.left + area.right) / 2, area.bottom + 36}, title, {12, Anchor::Middle});
}

void drawYAxis(SvgCanvas& canvas, const PlotArea& area, const LinearScale& y, const std::vector<Tick>& ticks,
               std::string_view title) {
    for (const Tick& tick : ticks) {
        const double at = y(tick.value);
        if (at < area.top - 0.5 || at > area.bottom + 0.5) continue;
        canvas.line({area.left, at}, {area.right, at}, "#e4e4e4");
        canvas.line({area.left - 5, at}, {area.left, at}, "#666666");
        canvas.text({area.left - 8, at + 4}, tick.label, {11, Anchor::End, "#444444"});
    }
    canvas.line({area.left, area.top}, {area.left, area.bottom}, "#666666");
    // Horizontal, above the tick labels: rotated CJK is hard to read.
    if (!title.empty()) canvas.text({8, area.top - 12}, title, {12});
}

void drawLine(SvgCanvas& canvas, const LinearScale& x, const LinearScale& y, const std::vector<double>& xs,
              const std::vector<double>& ys, std::string_view colour, double strokeWidth) {
    const std::size_t count = std::min(xs.size(), ys.size());
    for (const auto& [begin, end] :
         finiteRuns(count, [&](std::size_t i) { return std::isfinite(xs[i]) && std::isfinite(ys[i]); })) {
        std::vector<Point> list;
        for (std::size_t i = begin; i < end; ++i) list.push_back(Point{x(xs[i]), y(ys[i])});
        if (list.size() == 1) canvas.circle(list.front(), strokeWidth + 1, colour);
        else canvas.polyline(list, colour, strokeWidth);
    }
}

void drawBand(SvgCanvas& canvas, const LinearScale& x, const LinearScale& y, const std::vector<double>& xs,
              const std::vector<double>& lows, const std::vector<double>& highs, std::string_view colour,
              double opacity) {
    const std::size_t count = std::min({xs.size(), lows.size(), highs.size()});
    const auto finite = [&](std::size_t i) {
        return std::isfinite(xs[i]) && std::isfinite(lows[i]) && std::isfinite(highs[i]);
    };
    for (const auto& [begin, end] : finiteRuns(count, finite)) {
        std::vector<Point> list;
        for (std::size_t i = begin; i < end; ++i) list.push_back(Point{x(xs[i]), y(highs[i])});
        for (std::size_t i = end; i-- > begin;) list.push_back(Point{x(xs[i]), y(lows[i])});
        canvas.polygon(list, colour, opacity);
    }
}

void drawBar(SvgCanvas& canvas, const LinearScale& x, const LinearScale& y, double x0, double x1, double value,
             std::string_view colour) {
    if (!std::isfinite(value)) return;
    const double base = std::clamp(0.0, std::min(y.domainLow(), y.domainHigh()), std::max(y.domainLow(), y.domainHigh()));
    const double top = y(value), bottom = y(base);
    const double left = x(x0), right = x(x1);
    canvas.rect(std::min(left, right), std::min(top, bottom), std::abs(right - left), std::abs(bottom - top), colour);
}

void drawDotWhisker(SvgCanvas& canvas, const LinearScale& x, double rowY, double mean, double low, double high,
                    std::string_view colour) {
    if (std::isfinite(low) && std::isfinite(high)) {
        canvas.line({x(low), rowY}, {x(high), rowY}, colour, 2);
        canvas.line({x(low), rowY - 5}, {x(low), rowY + 5}, colour, 2);
        canvas.line({x(high), rowY - 5}, {x(high), rowY + 5}, colour, 2);
    }
    if (std::isfinite(mean)) canvas.circle({x(mean), rowY}, 5.5, colour);
}

double drawLegend(SvgCanvas& canvas, Point at, const std::vector<LegendEntry>& entries, double maxWidth,
                  LegendMark mark) {
    const auto [places, height] = legendLayout(entries, maxWidth);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Point corner{at.x + places[i].x, at.y + places[i].y};
        const double middle = corner.y + kLegendRow / 2;
        if (mark == LegendMark::Line) canvas.line({corner.x, middle}, {corner.x + kLegendMark, middle}, entries[i].colour, 3);
        else canvas.rect(corner.x, middle - kLegendMark / 2, kLegendMark, kLegendMark, entries[i].colour);
        canvas.text({corner.x + kLegendMark + 6, middle + 4}, entries[i].label, {kLegendFont});
    }
    return height;
}

double legendHeight(const std::vector<LegendEntry>& entries, double maxWidth) {
    return legendLayout(entries, maxWidth).second;
}

// [SECTION] Colours

std::string_view seriesColour(std::size_t index) {
    static constexpr std::array<std::string_view, 7> kOkabeIto = {"#0072B2", "#E69F00", "#009E73", "#D55E00",
                                                                  "#CC79A7", "#56B4E9", "#000000"};
    return kOkabeIto[index % kOkabeIto.size()];
}

}  // namespace pujiang::svg
