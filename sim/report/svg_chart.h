#pragma once
// A small SVG toolkit for the HTML report: round-number ticks, linear scales, a canvas that
// collects elements into an <svg> string, and chart primitives (axes, lines, bands, bars, dots
// with whiskers, legends). Pure string building: no fonts are measured, text widths are estimated.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pujiang::svg {

// Fonts that carry CJK glyphs first; used by every text of every chart.
inline constexpr std::string_view kFontFamily = "'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";

// Escapes & < > " ' for text and attribute values of HTML and SVG.
std::string escapeMarkup(std::string_view text);

// [SECTION] Ticks and scales

// Tick values come from sim/report/axis_ticks.h, shared with the GUI.
// A tick value with as many decimals as `step` needs ("0.25", "20", "-40").
std::string tickLabel(double value, double step);

struct Tick {
    double value;
    std::string label;
};
// Labels numeric ticks with tickLabel.
std::vector<Tick> labelled(const std::vector<double>& values);

// Maps the domain [d0, d1] linearly onto pixels [r0, r1] (r1 < r0 is fine, as for y axes).
class LinearScale {
public:
    LinearScale(double d0, double d1, double r0, double r1);
    double operator()(double value) const;
    double domainLow() const { return m_d0; }
    double domainHigh() const { return m_d1; }

private:
    double m_d0, m_d1, m_r0, m_r1;
};

// [SECTION] Text

// Estimated width of UTF-8 text in pixels: CJK and other wide characters about one em, Latin
// about 0.55 em. Good enough to leave room for labels and to decide what to shorten.
double textWidth(std::string_view text, double fontSize);
// `text` itself when it fits `maxWidth`, else its longest prefix (whole characters) plus "…".
std::string fitText(std::string_view text, double fontSize, double maxWidth);

// [SECTION] Canvas

struct Point {
    double x;
    double y;
};

enum class Anchor { Start, Middle, End };

struct TextStyle {
    double size = 12;
    Anchor anchor = Anchor::Start;
    std::string_view fill = "#222222";
    bool bold = false;
};

class SvgCanvas {
public:
    // `title` becomes the accessible name (<title>, shown as a tooltip by browsers).
    SvgCanvas(double width, double height, std::string_view title);

    double width() const { return m_width; }
    double height() const { return m_height; }

    void line(Point from, Point to, std::string_view stroke, double strokeWidth = 1, bool dashed = false);
    void rect(double x, double y, double width, double height, std::string_view fill, double opacity = 1);
    void circle(Point centre, double radius, std::string_view fill);
    void polyline(const std::vector<Point>& points, std::string_view stroke, double strokeWidth);
    void polygon(const std::vector<Point>& points, std::string_view fill, double opacity);
    // `tooltip`, when given, is shown on hover (an SVG <title> child).
    void text(Point at, std::string_view text, const TextStyle& style = {}, std::string_view tooltip = {});

    // The finished <svg> element.
    std::string str() const;

private:
    double m_width, m_height;
    std::string m_title;
    std::string m_body;
};

// [SECTION] Chart primitives (data coordinates go through the scales)

struct PlotArea {
    double left, top, right, bottom;  // pixels
};

// Tick marks, labels and light grid lines across the plot; the axis title centred below / beside.
void drawXAxis(SvgCanvas& canvas, const PlotArea& area, const LinearScale& x, const std::vector<Tick>& ticks,
               std::string_view title);
void drawYAxis(SvgCanvas& canvas, const PlotArea& area, const LinearScale& y, const std::vector<Tick>& ticks,
               std::string_view title);

// A line through (xs[i], ys[i]); a NaN breaks it into pieces.
void drawLine(SvgCanvas& canvas, const LinearScale& x, const LinearScale& y, const std::vector<double>& xs,
              const std::vector<double>& ys, std::string_view colour, double strokeWidth = 2);
// The area between lows and highs over xs, translucent; a NaN breaks it into pieces.
void drawBand(SvgCanvas& canvas, const LinearScale& x, const LinearScale& y, const std::vector<double>& xs,
              const std::vector<double>& lows, const std::vector<double>& highs, std::string_view colour,
              double opacity = 0.18);
// A vertical bar over [x0, x1] from the y domain's low end (or 0 inside it) up to `value`.
void drawBar(SvgCanvas& canvas, const LinearScale& x, const LinearScale& y, double x0, double x1, double value,
             std::string_view colour);
// A dot at `mean` on the horizontal row at pixel `rowY`, with a whisker from `low` to `high`
// (no whisker when they are not finite).
void drawDotWhisker(SvgCanvas& canvas, const LinearScale& x, double rowY, double mean, double low, double high,
                    std::string_view colour);

struct LegendEntry {
    std::string label;
    std::string_view colour;
};
enum class LegendMark { Line, Box };
// Entries left to right from `at`, wrapping at `maxWidth`; returns the height used.
double drawLegend(SvgCanvas& canvas, Point at, const std::vector<LegendEntry>& entries, double maxWidth,
                  LegendMark mark = LegendMark::Box);
// Height drawLegend would use, to lay out a chart before drawing.
double legendHeight(const std::vector<LegendEntry>& entries, double maxWidth);

// [SECTION] Colours

// The Okabe–Ito colour-blind-safe palette (yellow dropped: too pale on white); cycles.
std::string_view seriesColour(std::size_t index);

}  // namespace pujiang::svg
