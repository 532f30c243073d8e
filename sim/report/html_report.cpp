#include "sim/report/html_report.h"

#include <cmath>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "sim/report/metric_format.h"
#include "sim/report/report_charts.h"
#include "sim/report/report_strings.h"
#include "sim/report/svg_chart.h"

namespace pujiang {

namespace {

using svg::escapeMarkup;

// The charts of means with their intervals; titles are the metric table's labels.
struct MeanChart {
    Metric metric;
    double scale;  // 100: a share drawn in percent
};

constexpr MeanChart kMeanCharts[] = {
    {Metric::WaitMean, 1},
    {Metric::WaitP90, 1},
    {Metric::RoomUtilization, 100},
    {Metric::OvertimeMin, 1},
};

constexpr std::string_view kStyle = R"(
body { margin: 0; background: #f7f7f7; color: #222; font-size: 14px; line-height: 1.5;
       font-family: 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #ddd; }
h3 { font-size: 15px; margin: 20px 0 6px; }
.subtitle, .note { color: #555; }
.note { font-size: 13px; margin: 4px 0 8px; }
table { border-collapse: collapse; background: #fff; margin: 6px 0; }
th, td { border: 1px solid #ddd; padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; font-weight: 600; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.ci { display: block; color: #666; font-size: 12px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 6px;
          vertical-align: -1px; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
figure { margin: 0; padding: 8px; background: #fff; border: 1px solid #e2e2e2; }
svg { display: block; max-width: 100%; height: auto; }
.pair { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
)";

std::string formatValue(double value, MetricFormat format) {
    if (!std::isfinite(value)) return kNoValueText;
    return formatMetric(value, format);
}

std::string swatch(std::size_t variant) {
    return fmt::format("<span class=\"swatch\" style=\"background:{}\"></span>", svg::seriesColour(variant));
}

std::string variantName(const std::vector<ReportInput>& inputs, std::size_t v) {
    return swatch(v) + escapeMarkup(inputs[v].label);
}

// A table cell with the mean and, below it, the 95% CI when there is one.
std::string summaryCell(const MetricSummary& s, MetricFormat format) {
    std::string cell = "<td class=\"num\">" + formatValue(s.mean, format);
    if (std::isfinite(s.ciLow) && std::isfinite(s.ciHigh))
        cell += fmt::format("<span class=\"ci\">[{}, {}]</span>", formatValue(s.ciLow, format),
                            formatValue(s.ciHigh, format));
    return cell + "</td>";
}

class Page {
public:
    Page(std::ostream& out, const std::vector<ReportInput>& inputs, Language language)
        : m_out(out), m_inputs(inputs), m_language(language) {}

    void write() {
        head();
        m_out << "<body>\n<main>\n";
        variants();
        headline();
        meanCharts();
        figure(ReportLabel::QueueHeading, ReportLabel::QueueNote, queueLengthChart(m_inputs, m_language));
        figure(ReportLabel::WaitHeading, ReportLabel::WaitNote, waitHistogramChart(m_inputs, m_language));
        figure(ReportLabel::OutcomeHeading, ReportLabel::OutcomeNote, outcomeSharesChart(m_inputs, m_language));
        breakdown();
        m_out << "</main>\n</body>\n</html>\n";
    }

private:
    std::string text(ReportLabel id) const { return escapeMarkup(reportLabel(id, m_language)); }

    void head() {
        m_out << "<!DOCTYPE html>\n<html lang=\"" << (m_language == Language::Zh ? "zh-CN" : "en") << "\">\n<head>\n"
              << "<meta charset=\"utf-8\">\n"
              << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
              << "<title>" << text(ReportLabel::Title) << "</title>\n"
              << "<style>" << kStyle << "</style>\n</head>\n";
    }

    void variants() {
        m_out << "<header>\n<h1>" << text(ReportLabel::Title) << "</h1>\n<p class=\"subtitle\">"
              << text(ReportLabel::Subtitle) << "</p>\n</header>\n";
        m_out << "<section>\n<h2>" << text(ReportLabel::VariantsHeading) << "</h2>\n<table>\n<tr><th>"
              << text(ReportLabel::VariantColumn) << "</th><th>" << text(ReportLabel::ScenarioTitle) << "</th><th>"
              << text(ReportLabel::File) << "</th><th>" << text(ReportLabel::Seed) << "</th><th>"
              << text(ReportLabel::Replications) << "</th></tr>\n";
        for (std::size_t v = 0; v < m_inputs.size(); ++v) {
            const ReportInput& input = m_inputs[v];
            m_out << "<tr><td>" << variantName(m_inputs, v) << "</td><td>"
                  << escapeMarkup(scenarioField(input, "title")) << "</td><td>"
                  << escapeMarkup(scenarioField(input, "file")) << "</td><td class=\"num\">"
                  << escapeMarkup(numberField(input, "seed")) << "</td><td class=\"num\">"
                  << escapeMarkup(numberField(input, "replications")) << "</td></tr>\n";
        }
        m_out << "</table>\n<p class=\"note\">" << text(ReportLabel::IntervalNote) << "</p>\n</section>\n";
    }

    void variantHeaderRow(ReportLabel first) {
        m_out << "<tr><th>" << text(first) << "</th>";
        for (std::size_t v = 0; v < m_inputs.size(); ++v) m_out << "<th>" << variantName(m_inputs, v) << "</th>";
        m_out << "</tr>\n";
    }

    void headline() {
        m_out << "<section>\n<h2>" << text(ReportLabel::HeadlineHeading) << "</h2>\n<table>\n";
        variantHeaderRow(ReportLabel::MetricColumn);
        for (const Metric metric : headlineMetrics()) {
            const MetricInfo& info = metricInfo(metric);
            m_out << "<tr><td>" << escapeMarkup(info.label(m_language)) << "</td>";
            for (const ReportInput& input : m_inputs) m_out << summaryCell(overallMetric(input, info.name), info.format);
            m_out << "</tr>\n";
        }
        m_out << "</table>\n</section>\n";
    }

    void meanCharts() {
        m_out << "<section>\n<h2>" << text(ReportLabel::MeansHeading) << "</h2>\n<p class=\"note\">"
              << text(ReportLabel::MeansNote) << "</p>\n<div class=\"charts\">\n";
        for (const MeanChart& chart : kMeanCharts) {
            const MetricInfo& info = metricInfo(chart.metric);
            const std::string title = std::string(info.label(m_language)) + (chart.scale == 100 ? " (%)" : "");
            m_out << "<figure>" << meanWithCiChart(m_inputs, info.name, title, chart.scale, m_language)
                  << "</figure>\n";
        }
        m_out << "</div>\n</section>\n";
    }

    void figure(ReportLabel heading, ReportLabel note, const std::string& chart) {
        m_out << "<section>\n<h2>" << text(heading) << "</h2>\n<p class=\"note\">" << text(note) << "</p>\n<figure>"
              << chart << "</figure>\n</section>\n";
    }

    // A table of rooms or categories: one column per metric, headed by its label in the metric table.
    template <typename GroupMetric>
    void groupTable(ReportLabel nameColumn, const std::vector<GroupRow>& rows, std::initializer_list<GroupMetric> columns,
                    double replications) {
        m_out << "<table>\n<tr><th>" << text(nameColumn) << "</th>";
        for (const GroupMetric column : columns) m_out << "<th>" << escapeMarkup(metricInfo(column).label(m_language)) << "</th>";
        m_out << "</tr>\n";
        if (rows.empty())
            m_out << "<tr><td colspan=\"" << columns.size() + 1 << "\">" << text(ReportLabel::NoRows) << "</td></tr>\n";
        for (const GroupRow& row : rows) {
            m_out << "<tr><td>" << escapeMarkup(row.name) << "</td>";
            for (const GroupMetric column : columns) {
                const MetricInfo& info = metricInfo(column);
                const MetricSummary s = metricSummary(row.metrics, info.name);
                m_out << "<td class=\"num\">" << formatValue(s.mean, info.format);
                // A mean over fewer days than the run had says over how many.
                if (s.n > 0 && s.n < replications)
                    m_out << "<span class=\"ci\">n = " << fmt::format("{:.0f}", s.n) << "</span>";
                m_out << "</td>";
            }
            m_out << "</tr>\n";
        }
        m_out << "</table>\n";
    }

    void breakdown() {
        m_out << "<section>\n<h2>" << text(ReportLabel::BreakdownHeading) << "</h2>\n<p class=\"note\">"
              << text(ReportLabel::BreakdownNote) << "</p>\n";
        for (std::size_t v = 0; v < m_inputs.size(); ++v) {
            m_out << "<h3>" << variantName(m_inputs, v) << "</h3>\n<div class=\"pair\">\n";
            const double replications = replicationCount(m_inputs[v]);
            groupTable(ReportLabel::RoomColumn, roomRows(m_inputs[v]),
                       {RoomMetric::BatchesReceived, RoomMetric::WaitMean, RoomMetric::Utilization}, replications);
            groupTable(ReportLabel::CategoryColumn, categoryRows(m_inputs[v]),
                       {CategoryMetric::BatchesReceived, CategoryMetric::WaitMean}, replications);
            m_out << "</div>\n";
        }
        m_out << "</section>\n";
    }

    std::ostream& m_out;
    const std::vector<ReportInput>& m_inputs;
    Language m_language;
};

}  // namespace

void writeHtmlReport(std::ostream& out, const std::vector<ReportInput>& inputs, Language language) {
    Page(out, inputs, language).write();
}

}  // namespace pujiang
