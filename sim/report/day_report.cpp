// The readable day report printed by `pujiang run`: means with 95% confidence intervals over the
// replications, then the breakdown by room and by category.

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "sim/report/metric_format.h"
#include "sim/report/report_strings.h"
#include "sim/report/run_report.h"
#include "sim/report/text_table.h"

namespace pujiang {

namespace {

// A line of the report: the metric (label and format from the metric table), indented when it
// details the line above.
struct Line {
    Metric metric;
    bool detail = false;
};

struct Section {
    ReportLabel title;
    std::vector<Line> lines;
};

const std::vector<Section>& sections() {
    using M = Metric;
    static const std::vector<Section> kSections = {
        {ReportLabel::VolumeSection,
         {{M::BatchesArrived}, {M::BatchesReceived}, {M::PersonsReceived}, {M::AppointmentsReceived, true},
          {M::WalkInsReceived, true}, {M::NoShows}, {M::TopLeaderBatches}, {M::TopLeaderPersons}}},
        {ReportLabel::OutcomesSection,
         {{M::ResolvedOnSpot}, {M::ShareOnSpot, true}, {M::Assigned}, {M::ShareAssigned, true}, {M::Defined},
          {M::ShareDefined, true}, {M::ReferredLegal}, {M::Reneged}, {M::ShareReneged, true}, {M::UnservedAtClose}}},
        {ReportLabel::WaitingSection,
         {{M::WaitMean}, {M::WaitP50}, {M::WaitP90}, {M::WaitMax}, {M::WaitedFraction}, {M::TimeInSystemMean},
          {M::QueueLengthAvg}, {M::MaxQueueLength}, {M::PeopleArrived}, {M::PeopleOnSiteMax}}},
        {ReportLabel::ResourcesSection,
         {{M::RoomUtilization}, {M::LawyerUtilization}, {M::LawyerWaitMean}, {M::LastDeparture}, {M::OvertimeMin}}},
    };
    return kSections;
}

std::string lineLabel(const Line& line, Language language) {
    return std::string(line.detail ? "  " : "") + std::string(metricInfo(line.metric).label(language));
}

// Every figure of the report starts in one column: after the widest label in that language.
std::size_t labelColumnWidth(Language language) {
    std::size_t width = 0;
    for (const Section& section : sections())
        for (const Line& line : section.lines) width = std::max(width, displayWidth(lineLabel(line, language)));
    return width;
}

// Classes matter where a queue orders by them or the stream assigns them.
bool usesClasses(const ScenarioSpec& spec) {
    bool priority = spec.registration.discipline == QueueDiscipline::PriorityClasses || !spec.stream.classShares.empty();
    for (const RoomSpec& room : spec.rooms) priority = priority || room.discipline == QueueDiscipline::PriorityClasses;
    return priority;
}

// A table of groups (rooms, classes, categories): one row per group, one column per metric, the
// headers being the metric table's labels. A cell with a value on fewer than all the replications
// (a category's mean wait on the days it came) shows how many, since its mean is over those only.
template <typename GroupMetric, typename SummaryOf>
void writeGroupTable(std::ostream& out, std::string_view heading, std::string_view nameHeader,
                     const std::vector<std::string>& names, std::initializer_list<GroupMetric> metrics,
                     SummaryOf summaryOf, std::uint64_t replications, Language language) {
    std::vector<TextTable::Column> columns{{std::string(nameHeader), TextTable::Align::Left, 12}};
    for (const GroupMetric metric : metrics) columns.push_back({std::string(metricInfo(metric).label(language))});
    TextTable table(std::move(columns));
    bool partial = false;
    for (std::size_t g = 0; g < names.size(); ++g) {
        if (names[g].empty()) continue;  // a group left out
        std::vector<std::string> cells{names[g]};
        for (const GroupMetric metric : metrics) {
            const Summary s = summaryOf(g, metric);
            std::string cell = formatMetric(s.mean, metricInfo(metric).format);
            if (s.n > 0 && s.n < replications) {
                cell += fmt::format(" (n={})", s.n);
                partial = true;
            }
            cells.push_back(std::move(cell));
        }
        table.addRow(std::move(cells));
    }
    out << '\n' << heading << '\n';
    table.write(out);
    if (partial) out << "  " << reportLabel(ReportLabel::CellNNote, language) << '\n';
}

}  // namespace

void writeDayReport(std::ostream& out, const RunInfo& info, const Aggregate& aggregate, Language language) {
    const ScenarioSpec& spec = *info.spec;
    out << reportLabel(ReportLabel::DayReportTitle, language) << '\n';
    out << reportText(ReportLabel::ScenarioLine, language, spec.name);
    if (!spec.title.empty()) out << " — " << spec.title;
    out << '\n';
    out << reportText(ReportLabel::DayReportIntro, language, info.replications, info.seed) << '\n';
    const bool several = info.replications > 1;
    const std::size_t labelWidth = labelColumnWidth(language);
    for (const Section& section : sections()) {
        out << '\n' << reportText(ReportLabel::SectionTitle, language, reportLabel(section.title, language)) << '\n';
        for (const Line& line : section.lines) {
            if (line.metric == Metric::LawyerUtilization || line.metric == Metric::LawyerWaitMean)
                if (spec.lawyers.count == 0) continue;
            if (line.metric == Metric::TopLeaderBatches || line.metric == Metric::TopLeaderPersons) {
                bool hasTop = false;
                for (const RoomSpec& r : spec.rooms) hasTop = hasTop || r.topLeader;
                if (!hasTop) continue;
            }
            const Summary s = aggregate.overall(line.metric);
            const MetricInfo& info = metricInfo(line.metric);
            out << "  " << padRight(lineLabel(line, language), labelWidth) << fmt::format("{:>8}", formatMetric(s.mean, info.format));
            if (several && hasValue(s.mean))
                out << fmt::format("  [{}, {}]", formatMetric(s.ciLow, info.format), formatMetric(s.ciHigh, info.format));
            out << '\n';
        }
    }

    const auto heading = [language](ReportLabel title) {
        return reportText(ReportLabel::SectionTitle, language, reportLabel(title, language));
    };
    const auto replications = static_cast<std::uint64_t>(info.replications);
    std::vector<std::string> rooms;
    for (const RoomSpec& room : spec.rooms) rooms.push_back(room.name);
    writeGroupTable(out, heading(ReportLabel::RoomsHeading), reportLabel(ReportLabel::RoomColumn, language), rooms,
                    {RoomMetric::BatchesReceived, RoomMetric::ResolvedOnSpot, RoomMetric::WaitMean,
                     RoomMetric::Utilization, RoomMetric::OvertimeMin},
                    [&](std::size_t r, RoomMetric m) { return aggregate.room(r, m); }, replications, language);
    if (usesClasses(spec)) {
        // Classes with no arrival on any day are left out (e.g. "unclassified" after "other").
        std::vector<std::string> classes = priorityClassNames(spec);
        for (std::size_t k = 0; k < classes.size(); ++k)
            if (aggregate.priorityClass(k, ClassMetric::BatchesArrived).mean == 0.0) classes[k].clear();
        writeGroupTable(out, heading(ReportLabel::ClassesHeading), reportLabel(ReportLabel::ClassColumn, language), classes,
                        {ClassMetric::BatchesArrived, ClassMetric::BatchesReceived, ClassMetric::Reneged,
                         ClassMetric::WaitMean, ClassMetric::TimeInSystemMean},
                        [&](std::size_t k, ClassMetric m) { return aggregate.priorityClass(k, m); }, replications,
                        language);
    }
    std::vector<std::string> categories;
    for (const CategorySpec& category : spec.categories)
        categories.push_back(category.code + " " + std::string(Phrase{category.nameZh, category.nameEn}.in(language)));
    writeGroupTable(out, heading(ReportLabel::CategoriesHeading), reportLabel(ReportLabel::CategoryColumn, language),
                    categories,
                    {CategoryMetric::BatchesArrived, CategoryMetric::BatchesReceived, CategoryMetric::ResolvedOnSpot,
                     CategoryMetric::WaitMean},
                    [&](std::size_t c, CategoryMetric m) { return aggregate.category(c, m); }, replications, language);
}

}  // namespace pujiang
