// The readable day report printed by `pujiang run`: means with 95% confidence intervals over the
// replications, then the breakdown by room and by category.

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "sim/report/metric_format.h"
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
    const char* zh;
    const char* en;
    std::vector<Line> lines;
};

const std::vector<Section>& sections() {
    using M = Metric;
    static const std::vector<Section> kSections = {
        {"接待总量", "Volume",
         {{M::BatchesArrived}, {M::BatchesReceived}, {M::PersonsReceived}, {M::AppointmentsReceived, true},
          {M::WalkInsReceived, true}, {M::NoShows}, {M::TopLeaderBatches}, {M::TopLeaderPersons}}},
        {"处理结果", "Outcomes",
         {{M::ResolvedOnSpot}, {M::ShareOnSpot, true}, {M::Assigned}, {M::ShareAssigned, true}, {M::Defined},
          {M::ShareDefined, true}, {M::ReferredLegal}, {M::Reneged}, {M::ShareReneged, true}, {M::UnservedAtClose}}},
        {"等候与拥挤", "Waiting and crowding",
         {{M::WaitMean}, {M::WaitP50}, {M::WaitP90}, {M::WaitMax}, {M::WaitedFraction}, {M::TimeInSystemMean},
          {M::QueueLengthAvg}, {M::MaxQueueLength}, {M::PeopleArrived}, {M::PeopleOnSiteMax}}},
        {"资源", "Resources",
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
    if (partial)
        out << (language == Language::Zh ? "  n=：该项有数据的重复次数（天数），均值只在这些天上计算\n"
                                         : "  n=: the replications (days) in which the cell had a value; its mean is over those only\n");
}

}  // namespace

void writeDayReport(std::ostream& out, const RunInfo& info, const Aggregate& aggregate, Language language) {
    const bool zh = language == Language::Zh;
    const ScenarioSpec& spec = *info.spec;
    out << (zh ? "浦江接访推演 · 接待日报告\n" : "Pujiang reception-day simulation · day report\n");
    out << (zh ? "情景：" : "Scenario: ") << spec.name;
    if (!spec.title.empty()) out << " — " << spec.title;
    out << '\n';
    out << (zh ? fmt::format("重复 {} 次，种子 {}；括号内为 95% 置信区间\n", info.replications, info.seed)
               : fmt::format("{} replications, seed {}; brackets give the 95% confidence interval\n",
                             info.replications, info.seed));
    const bool several = info.replications > 1;
    const std::size_t labelWidth = labelColumnWidth(language);
    for (const Section& section : sections()) {
        out << '\n' << (zh ? "【" : "[") << (zh ? section.zh : section.en) << (zh ? "】" : "]") << '\n';
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

    const auto bracket = [zh](std::string_view zhTitle, std::string_view enTitle) {
        return zh ? fmt::format("【{}】", zhTitle) : fmt::format("[{}]", enTitle);
    };
    const auto replications = static_cast<std::uint64_t>(info.replications);
    std::vector<std::string> rooms;
    for (const RoomSpec& room : spec.rooms) rooms.push_back(room.name);
    writeGroupTable(out, bracket("各接待室", "Rooms"), zh ? "接待室" : "room", rooms,
                    {RoomMetric::BatchesReceived, RoomMetric::ResolvedOnSpot, RoomMetric::WaitMean,
                     RoomMetric::Utilization, RoomMetric::OvertimeMin},
                    [&](std::size_t r, RoomMetric m) { return aggregate.room(r, m); }, replications, language);
    if (usesClasses(spec)) {
        // Classes with no arrival on any day are left out (e.g. "unclassified" after "other").
        std::vector<std::string> classes = priorityClassNames(spec);
        for (std::size_t k = 0; k < classes.size(); ++k)
            if (aggregate.priorityClass(k, ClassMetric::BatchesArrived).mean == 0.0) classes[k].clear();
        writeGroupTable(out, bracket("各优先级", "Priority classes"), zh ? "优先级" : "class", classes,
                        {ClassMetric::BatchesArrived, ClassMetric::BatchesReceived, ClassMetric::Reneged,
                         ClassMetric::WaitMean, ClassMetric::TimeInSystemMean},
                        [&](std::size_t k, ClassMetric m) { return aggregate.priorityClass(k, m); }, replications,
                        language);
    }
    std::vector<std::string> categories;
    for (const CategorySpec& category : spec.categories)
        categories.push_back(category.code + " " + (zh ? category.nameZh : category.nameEn));
    writeGroupTable(out, bracket("各类别", "Categories"), zh ? "类别" : "category", categories,
                    {CategoryMetric::BatchesArrived, CategoryMetric::BatchesReceived, CategoryMetric::ResolvedOnSpot,
                     CategoryMetric::WaitMean},
                    [&](std::size_t c, CategoryMetric m) { return aggregate.category(c, m); }, replications, language);
}

}  // namespace pujiang
