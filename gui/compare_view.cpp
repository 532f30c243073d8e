#include "gui/compare_view.h"

#include <algorithm>
#include <iterator>

#include <fmt/format.h>
#include <imgui.h>

#include "gui/widget_labels.h"
#include <imgui_stdlib.h>

#include "gui/batch_details.h"
#include "gui/charts.h"
#include "sim/report/metric_text.h"
#include "gui/result_export.h"
#include "sim/report/compare_report.h"
#include "sim/report/metric_format.h"
#include "sim/report/report_strings.h"
#include "sim/scenario/scenario_loader.h"
#include "sim/core/localized_error.h"

namespace pujiang::gui {

namespace {

// [SECTION] Metrics shown: the headline metrics of the metric table, with its labels.
std::span<const Metric> shownMetrics() { return headlineMetrics(); }

// Mean wait first on the chart: what a reception day is judged by first.
int defaultChartMetric() {
    const auto shown = shownMetrics();
    return static_cast<int>(std::find(shown.begin(), shown.end(), Metric::WaitMean) - shown.begin());
}

// Report labels used besides the metric rows.
constexpr ReportLabel kOtherLabels[] = {ReportLabel::MetricColumn, ReportLabel::VariantColumn, ReportLabel::MeansNote,
                                        ReportLabel::QueueHeading};

pujiang::Language reportLanguage(const UiStrings& text) {
    return text.language() == Language::En ? pujiang::Language::En : pujiang::Language::Zh;
}

std::string label(ReportLabel id, const UiStrings& text) { return std::string(reportLabel(id, reportLanguage(text))); }
std::string label(Metric metric, const UiStrings& text) {
    return std::string(metricInfo(metric).label(reportLanguage(text)));
}

char letter(std::size_t variant) { return static_cast<char>('A' + std::min<std::size_t>(variant, 25)); }

void helpMarker(const char* help) {
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help);
}

const ImVec4 kErrorColour(0.75f, 0.2f, 0.2f, 1.0f);
const ImVec4 kSignificantColour(0.1f, 0.5f, 0.9f, 1.0f);

// The run.seed of a scenario, when it loads. A file that does not load keeps the seed as it was:
// the run itself will report why.
std::optional<std::uint64_t> scenarioSeed(const std::filesystem::path& file) {
    try {
        return loadScenarioFile(file).run.seed;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

}  // namespace

CompareView::CompareView(std::filesystem::path browseFrom)
    : m_browser(std::move(browseFrom)), m_chartMetric(defaultChartMetric()) {}

// [SECTION] Settings and job

void CompareView::setBaseScenario(const std::filesystem::path& file) {
    if (m_settings.files.empty())
        m_settings.files.push_back(file);
    else
        m_settings.files.front() = file;
    setFirstFile(file);
}

void CompareView::setFirstFile(const std::filesystem::path& file) {
    if (const std::optional<std::uint64_t> seed = scenarioSeed(file)) m_settings.seed = *seed;
    m_fontsChanged = true;
}

bool CompareView::canStart() const {
    if (m_job.state() == CompareState::Running) return false;
    if (m_settings.mode == CompareMode::Files)
        return !m_settings.files.empty() && m_settings.files.size() + m_settings.planned.size() >= 2;
    return !m_settings.files.empty() && !m_settings.key.empty() && !m_settings.values.empty();
}

void CompareView::start() {
    if (!canStart()) return;
    CompareRequest request;
    request.mode = m_settings.mode;
    request.files = m_settings.files;
    if (request.mode == CompareMode::Sweep) {
        request.files.resize(1);
        request.vary = m_settings.key + "=" + m_settings.values;
    }
    request.planned = m_settings.planned;
    request.referencePlanned = m_settings.referencePlanned;
    request.replications = m_settings.replications;
    request.seed = m_settings.seed;
    m_results.reset();
    m_exportMessage.clear();
    m_failure = {};
    m_job.start(std::move(request));
}

void CompareView::poll() {
    // Results and failure are read once, when the job has ended; until then only atomics are read.
    if (m_results || !m_failure.en.empty()) return;
    const CompareState state = m_job.state();
    if (state == CompareState::Finished) {
        m_results = m_job.takeResults();
        m_fontsChanged = true;
    } else if (state == CompareState::Failed) {
        m_failure = {m_job.message(pujiang::Language::Zh), m_job.message(pujiang::Language::En)};
        m_fontsChanged = true;
    }
}

std::vector<std::string> CompareView::glyphTexts() const {
    std::vector<std::string> texts;
    for (const pujiang::Language language : {pujiang::Language::Zh, pujiang::Language::En}) {
        for (const Metric metric : shownMetrics()) texts.emplace_back(metricInfo(metric).label(language));
        for (const ReportLabel id : kOtherLabels) texts.emplace_back(reportLabel(id, language));
    }
    for (const std::filesystem::path& file : m_settings.files) texts.push_back(file.string());
    for (const PlannedVariant& p : m_settings.planned) texts.push_back(p.label);
    texts.push_back(m_exportPath);
    for (std::string& t : m_browser.glyphTexts()) texts.push_back(std::move(t));
    texts.push_back(m_exportMessage);
    if (m_results) texts.insert(texts.end(), m_results->labels.begin(), m_results->labels.end());
    texts.push_back(m_failure.zh);
    return texts;
}

bool CompareView::takeFontsChanged() {
    const bool changed = m_browser.takeFontsChanged() || m_fontsChanged;
    m_fontsChanged = false;
    return changed;
}

// [SECTION] Drawing

void CompareView::addCurrentDay(const DaySession& day, const UiStrings& text) {
    PlannedVariant variant;
    variant.label = text.getf("compare.current_day.label", day.interventions().size());
    variant.spec = day.spec();
    variant.file = day.sourceFile();
    variant.interventions = day.interventions();
    m_settings.planned.push_back(std::move(variant));
    m_fontsChanged = true;
}

std::string CompareView::saveHtml(const std::filesystem::path& file, const UiStrings& text) const {
    if (!m_results) return text.get("compare.export.nothing");
    try {
        saveCompareHtml(file, *m_results, reportLanguage(text));
        return text.getf("compare.export.saved", file.string());
    } catch (const std::exception& error) {
        return errorText(error).in(text.language());
    }
}

std::string CompareView::saveCsv(const std::filesystem::path& file, const UiStrings& text) const {
    if (!m_results) return text.get("compare.export.nothing");
    try {
        saveCompareCsv(file, *m_results);
        return text.getf("compare.export.saved", file.string());
    } catch (const std::exception& error) {
        return errorText(error).in(text.language());
    }
}

void CompareView::draw(const UiStrings& text, const DaySession* currentDay) {
    poll();
    ImGui::PushID("compare");
    ImGui::BeginChild("compare_scroll", ImVec2(0, 0), false);
    drawSettings(text, currentDay);
    ImGui::Separator();
    drawRunControls(text);
    if (m_results) {
        ImGui::Separator();
        drawResults(text);
    }
    ImGui::EndChild();
    ImGui::PopID();
}

void CompareView::drawSettings(const UiStrings& text, const DaySession* currentDay) {
    ImGui::BeginDisabled(m_job.state() == CompareState::Running);
    int mode = m_settings.mode == CompareMode::Files ? 0 : 1;
    ImGui::RadioButton(text.get("compare.mode.files"), &mode, 0);
    ImGui::SameLine();
    ImGui::RadioButton(text.get("compare.mode.sweep"), &mode, 1);
    helpMarker(text.get("compare.mode.help"));
    m_settings.mode = mode == 0 ? CompareMode::Files : CompareMode::Sweep;

    if (m_settings.mode == CompareMode::Files)
        drawFileList(text, currentDay);
    else
        drawSweepFields(text);

    const float numberWidth = ImGui::GetFontSize() * 7;
    labelBefore(text.get("compare.replications"));
    ImGui::SetNextItemWidth(numberWidth);
    ImGui::InputInt("##replications", &m_settings.replications, 10, 100);
    m_settings.replications = std::clamp(m_settings.replications, 1, 100000);
    helpMarker(text.get("compare.replications.help"));
    ImGui::SameLine();
    labelBefore(text.get("compare.seed"));
    ImGui::SetNextItemWidth(numberWidth);
    ImGui::InputScalar("##seed", ImGuiDataType_U64, &m_settings.seed);
    helpMarker(text.get("compare.seed.help"));
    ImGui::EndDisabled();

    if (const std::optional<std::filesystem::path> chosen = m_browser.draw(text)) {
        if (m_settings.mode == CompareMode::Sweep && !m_settings.files.empty()) {
            setBaseScenario(*chosen);
        } else {
            m_settings.files.push_back(*chosen);
            if (m_settings.files.size() == 1) setFirstFile(*chosen);
            m_fontsChanged = true;
        }
    }
}

void CompareView::drawFileList(const UiStrings& text, const DaySession* currentDay) {
    ImGui::TextUnformatted(text.get("compare.files"));
    helpMarker(text.get("compare.files.help"));
    std::optional<std::size_t> remove, makeFirst;
    for (std::size_t i = 0; i < m_settings.files.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::SmallButton(text.get("compare.remove"))) remove = i;
        if (i > 0 || m_settings.referencePlanned) {
            ImGui::SameLine();
            if (ImGui::SmallButton(text.get("compare.make_reference"))) makeFirst = i;
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("compare.make_reference.help"));
        }
        ImGui::SameLine();
        ImGui::Text("%c  %s", fileLetter(i), m_settings.files[i].string().c_str());
        ImGui::PopID();
    }
    if (m_settings.files.empty()) ImGui::TextDisabled("%s", text.get("compare.no_files"));
    drawPlannedList(text);
    if (remove) {
        m_settings.files.erase(m_settings.files.begin() + static_cast<std::ptrdiff_t>(*remove));
        if (*remove == 0 && !m_settings.files.empty()) setFirstFile(m_settings.files.front());
    }
    if (makeFirst) {
        std::rotate(m_settings.files.begin(), m_settings.files.begin() + static_cast<std::ptrdiff_t>(*makeFirst),
                    m_settings.files.begin() + static_cast<std::ptrdiff_t>(*makeFirst) + 1);
        setFirstFile(m_settings.files.front());
        setReferencePlanned(std::nullopt);
    }

    if (ImGui::Button(text.get("compare.browse"))) m_browser.open();
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
    const bool entered = ImGui::InputTextWithHint("##path", text.get("compare.path.hint"), &m_pathInput,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if ((ImGui::Button(text.get("compare.add")) || entered) && !m_pathInput.empty()) {
        m_settings.files.emplace_back(m_pathInput);
        if (m_settings.files.size() == 1) setFirstFile(m_settings.files.front());
        m_pathInput.clear();
        m_fontsChanged = true;
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(currentDay == nullptr);
    if (ImGui::Button(text.get("compare.current_day.add")) && currentDay) addCurrentDay(*currentDay, text);
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", text.get("compare.current_day.help"));
}

// Variants that are the day open in the app with the interventions made in it; lettered after
// the files, as the results will be.
char CompareView::fileLetter(std::size_t file) const {
    return letter(file + (m_settings.referencePlanned ? 1 : 0));
}

char CompareView::plannedLetter(std::size_t planned) const {
    const std::optional<std::size_t>& reference = m_settings.referencePlanned;
    if (reference == planned) return letter(0);
    const std::size_t before = reference && *reference > planned ? 1 : 0;  // the reference moved ahead of it
    return letter(m_settings.files.size() + planned + before);
}

void CompareView::setReferencePlanned(std::optional<std::size_t> planned) {
    if (planned && *planned >= m_settings.planned.size()) planned.reset();
    m_settings.referencePlanned = planned;
}

void CompareView::removePlanned(std::size_t planned) {
    if (planned >= m_settings.planned.size()) return;
    m_settings.planned.erase(m_settings.planned.begin() + static_cast<std::ptrdiff_t>(planned));
    std::optional<std::size_t>& reference = m_settings.referencePlanned;
    if (reference == planned)
        reference.reset();
    else if (reference && *reference > planned)
        --*reference;
}

void CompareView::drawPlannedList(const UiStrings& text) {
    std::optional<std::size_t> remove;
    for (std::size_t i = 0; i < m_settings.planned.size(); ++i) {
        ImGui::PushID(static_cast<int>(1000 + i));
        if (ImGui::SmallButton(text.get("compare.remove"))) remove = i;
        ImGui::SameLine();
        if (m_settings.referencePlanned != i) {
            if (ImGui::SmallButton(text.get("compare.make_reference"))) setReferencePlanned(i);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("compare.make_reference.planned_help"));
            ImGui::SameLine();
        }
        ImGui::Text("%c  %s", plannedLetter(i), m_settings.planned[i].label.c_str());
        ImGui::PopID();
    }
    if (remove) removePlanned(*remove);
}

void CompareView::drawSweepFields(const UiStrings& text) {
    ImGui::TextUnformatted(text.get("compare.sweep_file"));
    ImGui::SameLine();
    if (m_settings.files.empty())
        ImGui::TextDisabled("%s", text.get("compare.no_files"));
    else
        ImGui::TextUnformatted(m_settings.files.front().string().c_str());
    ImGui::SameLine();
    if (ImGui::Button(text.get("compare.browse"))) m_browser.open();

    const float width = ImGui::GetFontSize() * 14;
    labelBefore(text.get("compare.key"));
    ImGui::SetNextItemWidth(width);
    ImGui::InputTextWithHint("##key", text.get("compare.key.hint"), &m_settings.key);
    helpMarker(text.get("compare.key.help"));
    ImGui::SameLine();
    labelBefore(text.get("compare.values"));
    ImGui::SetNextItemWidth(width);
    ImGui::InputTextWithHint("##values", text.get("compare.values.hint"), &m_settings.values);
    helpMarker(text.get("compare.values.help"));
}

void CompareView::drawRunControls(const UiStrings& text) {
    const CompareState state = m_job.state();
    const bool running = state == CompareState::Running;
    ImGui::BeginDisabled(!canStart());
    if (ImGui::Button(text.get("compare.start"))) start();
    ImGui::EndDisabled();
    if (!running && !canStart() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", text.get(m_settings.mode == CompareMode::Files ? "compare.need_files"
                                                                              : "compare.need_sweep"));
    ImGui::SameLine();
    ImGui::BeginDisabled(!running);
    if (ImGui::Button(text.get("compare.cancel"))) cancel();
    ImGui::EndDisabled();
    helpMarker(text.get("compare.start.help"));

    const CompareProgress progress = m_job.progress();
    if (state == CompareState::Idle) return;
    const float fraction =
        progress.total == 0 ? 0.0f : static_cast<float>(progress.done) / static_cast<float>(progress.total);
    const std::string overlay = progress.total == 0 && running
                                    ? std::string(text.get("compare.loading"))
                                    : fmt::format("{} / {} {}", progress.done, progress.total, text.get("compare.runs"));
    ImGui::ProgressBar(fraction, ImVec2(-1, 0), overlay.c_str());
    switch (state) {
        case CompareState::Finished: ImGui::TextUnformatted(text.get("compare.finished")); break;
        case CompareState::Cancelled: ImGui::TextUnformatted(text.get("compare.cancelled")); break;
        case CompareState::Failed:
            ImGui::TextColored(kErrorColour, "%s", text.get("compare.failed"));
            ImGui::TextWrapped("%s", m_failure.in(reportLanguage(text)).c_str());
            break;
        case CompareState::Idle:
        case CompareState::Running: break;
    }
}

void CompareView::drawExport(const UiStrings& text) {
    labelBefore(text.get("compare.export.path"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
    ImGui::InputText("##export_path", &m_exportPath);
    ImGui::SameLine();
    ImGui::BeginDisabled(m_exportPath.empty());
    if (ImGui::Button(text.get("compare.export.html")))
        m_exportMessage = saveHtml(withExtension(m_exportPath, ".html"), text);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("compare.export.html.help"));
    ImGui::SameLine();
    if (ImGui::Button(text.get("compare.export.csv")))
        m_exportMessage = saveCsv(withExtension(m_exportPath, ".csv"), text);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("compare.export.csv.help"));
    ImGui::EndDisabled();
    if (!m_exportMessage.empty()) ImGui::TextWrapped("%s", m_exportMessage.c_str());
}

void CompareView::drawResults(const UiStrings& text) {
    const CompareResults& r = *m_results;
    ImGui::Text("%s %zu   %s %d   %s %llu", text.get("compare.variant_count"), r.labels.size(),
                text.get("compare.replications"), r.replications, text.get("compare.seed"),
                static_cast<unsigned long long>(r.seed));
    helpMarker(text.get("compare.results.help"));
    drawExport(text);
    // Table and charts side by side, so both are in view without scrolling on a wide window.
    const float width = ImGui::GetContentRegionAvail().x;
    const bool sideBySide = width > ImGui::GetFontSize() * 60;
    if (!sideBySide) {
        drawTable(text);
        drawCharts(text);
        return;
    }
    ImGui::BeginChild("results_table", ImVec2(width * 0.55f, 0));
    drawTable(text);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("results_charts", ImVec2(0, 0));
    drawCharts(text);
    ImGui::EndChild();
}

namespace {

// A header cell with a tooltip (TableHeadersRow has none).
void headerCell(int column, const char* name, const char* help) {
    ImGui::TableSetColumnIndex(column);
    ImGui::TableHeader(name);
    if (help != nullptr && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help);
}

}  // namespace

void CompareView::drawTable(const UiStrings& text) {
    const CompareResults& r = *m_results;
    const bool paired = r.mode == CompareMode::Files && r.variants.size() > 1;
    const int columns = paired ? 5 : 3;
    const float rowHeight = ImGui::GetTextLineHeightWithSpacing();
    // Rows, the header and room for a horizontal scroll bar; the table scrolls both ways, so any
    // number of variants and long labels stay reachable.
    const float rows = static_cast<float>(shownMetrics().size() * r.variants.size()) + 2.5f;
    const ImVec2 size(0, std::min(rows * rowHeight, std::max(ImGui::GetContentRegionAvail().y, ImGui::GetFontSize() * 12)));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("results", columns, flags, size)) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    const std::string metricColumn = label(ReportLabel::MetricColumn, text);
    const std::string variantColumn = label(ReportLabel::VariantColumn, text);
    ImGui::TableSetupColumn(metricColumn.c_str());
    ImGui::TableSetupColumn(variantColumn.c_str());
    ImGui::TableSetupColumn(text.get("compare.mean_ci"));
    if (paired) {
        ImGui::TableSetupColumn(text.get("compare.diff_ci"));
        ImGui::TableSetupColumn(text.get("compare.significant"));
    }
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    headerCell(0, metricColumn.c_str(), nullptr);
    headerCell(1, variantColumn.c_str(), nullptr);
    headerCell(2, text.get("compare.mean_ci"), text.get("compare.mean_ci.help"));
    if (paired) {
        headerCell(3, text.get("compare.diff_ci"), text.get("compare.diff_ci.help"));
        headerCell(4, text.get("compare.significant"), text.get("compare.significant.help"));
    }
    for (const Metric metric : shownMetrics()) {
        const MetricInfo& info = metricInfo(metric);
        for (std::size_t v = 0; v < r.variants.size(); ++v) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (v == 0) ImGui::TextUnformatted(label(metric, text).c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%c  %s", letter(v), r.labels[v].c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(estimateText(r.variants[v].aggregate.overall(metric), info).c_str());
            if (!paired) continue;
            ImGui::TableNextColumn();
            if (v == 0) continue;
            const Summary d = r.variants[v].difference(metric);
            const std::string diff = differenceText(d, info);
            if (!significantDifference(d)) {
                ImGui::TextUnformatted(diff.c_str());
                continue;
            }
            ImGui::TextColored(kSignificantColour, "%s", diff.c_str());
            ImGui::TableNextColumn();
            ImGui::TextColored(kSignificantColour, "*");
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("compare.significant.help"));
        }
    }
    ImGui::EndTable();
}

void CompareView::drawCharts(const UiStrings& text) {
    const CompareResults& r = *m_results;
    const float height = std::max(160.0f, ImGui::GetTextLineHeight() * 3.0f * static_cast<float>(r.labels.size()));

    // One metric per variant: mean and 95% interval.
    const auto shown = shownMetrics();
    const Metric chosen = shown[static_cast<std::size_t>(m_chartMetric)];
    labelBefore(text.get("compare.chart_metric"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
    if (ImGui::BeginCombo("##chart_metric", label(chosen, text).c_str())) {
        for (int i = 0; i < static_cast<int>(shown.size()); ++i)
            if (ImGui::Selectable(label(shown[static_cast<std::size_t>(i)], text).c_str(), i == m_chartMetric))
                m_chartMetric = i;
        ImGui::EndCombo();
    }
    std::vector<ChartInterval> intervals;
    for (std::size_t v = 0; v < r.variants.size(); ++v) {
        const Summary s = clampedToRange(r.variants[v].aggregate.overall(chosen), metricInfo(chosen));
        intervals.push_back(ChartInterval{r.labels[v], s.mean, s.ciLow, s.ciHigh});
    }
    const std::string title = label(chosen, text);
    IntervalChartData interval;
    interval.title = title;
    interval.intervals = intervals;
    if (metricInfo(chosen).format == MetricFormat::Share) interval.value.format = formatPercent;
    intervalChart("interval", interval, ImVec2(0, height));
    ImGui::TextDisabled("%s", label(ReportLabel::MeansNote, text).c_str());

    // The mean number waiting over the day, per variant (bins of the scenario's curve layout).
    std::vector<std::vector<ChartPoint>> curves(r.variants.size());
    double start = 0, end = 0;
    bool any = false;
    for (std::size_t v = 0; v < r.variants.size(); ++v) {
        const Aggregate& a = r.variants[v].aggregate;
        const CurveLayout& layout = a.layout();
        const std::vector<Tally>& timeline = a.queueTimeline();
        for (std::size_t i = 0; i < timeline.size(); ++i)
            curves[v].push_back(ChartPoint{layout.timelineStart + layout.timelineBin * static_cast<double>(i),
                                           timeline[i].mean()});
        if (timeline.empty()) continue;
        const double curveEnd = layout.timelineStart + layout.timelineBin * static_cast<double>(timeline.size());
        start = any ? std::min(start, layout.timelineStart) : layout.timelineStart;
        end = any ? std::max(end, curveEnd) : curveEnd;
        any = true;
        curves[v].push_back(ChartPoint{curveEnd, timeline.back().mean()});  // the last step ends with its bin
    }
    if (!any) return;
    const std::string queueTitle = label(ReportLabel::QueueHeading, text);
    LineChartData line;
    line.title = queueTitle;
    for (std::size_t v = 0; v < curves.size(); ++v)
        if (!curves[v].empty()) line.series.push_back(LineSeries{r.labels[v], curves[v], 0, true});
    line.x.format = [](double minutes) { return formatClock(minutes); };
    line.x.steps = TickSteps::Minutes;
    line.x.range = AxisRange{start, end};
    lineChart("queue", line, ImVec2(0, std::max(180.0f, ImGui::GetTextLineHeight() * 12.0f)));
}

}  // namespace pujiang::gui
