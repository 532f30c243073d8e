// The readable day report printed by `pujiang run`: means with 95% confidence intervals over the
// replications, then the breakdown by room and by category.

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "sim/report/metric_format.h"
#include "sim/report/run_report.h"

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

// Display width of a UTF-8 string: CJK characters take two columns.
std::size_t displayWidth(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            ++width;
            ++i;
        } else {
            const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            width += length >= 3 ? 2 : 1;
            i += length;
        }
    }
    return width;
}

std::string padRight(std::string_view text, std::size_t width) {
    std::string padded(text);
    for (std::size_t w = displayWidth(text); w < width; ++w) padded += ' ';
    return padded;
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

void writeClassTable(std::ostream& out, const ScenarioSpec& spec, const Aggregate& aggregate, Language language,
                     std::size_t nameWidth) {
    const bool zh = language == Language::Zh;
    out << '\n' << (zh ? "【各优先级】" : "[Priority classes]") << '\n';
    out << "  " << padRight(zh ? "优先级" : "class", nameWidth)
        << (zh ? "  到达批次  接待批次  等候放弃  平均等候  平均在场\n" : "   arrived  received   gave up  mean wait  on site\n");
    const std::vector<std::string> names = priorityClassNames(spec);
    for (std::size_t k = 0; k < aggregate.classCount(); ++k) {
        if (aggregate.priorityClass(k, ClassMetric::BatchesArrived).mean == 0.0) continue;
        out << "  " << padRight(names[k], nameWidth)
            << fmt::format("  {:>8}  {:>8}  {:>8}  {:>8}  {:>8}\n",
                           formatNumber(aggregate.priorityClass(k, ClassMetric::BatchesArrived).mean, 1),
                           formatNumber(aggregate.priorityClass(k, ClassMetric::BatchesReceived).mean, 1),
                           formatNumber(aggregate.priorityClass(k, ClassMetric::Reneged).mean, 1),
                           formatNumber(aggregate.priorityClass(k, ClassMetric::WaitMean).mean, 1),
                           formatNumber(aggregate.priorityClass(k, ClassMetric::TimeInSystemMean).mean, 1));
    }
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

    std::size_t nameWidth = 12;
    for (const RoomSpec& room : spec.rooms) nameWidth = std::max(nameWidth, displayWidth(room.name));
    for (const CategorySpec& c : spec.categories)
        nameWidth = std::max(nameWidth, displayWidth(c.code + " " + (zh ? c.nameZh : c.nameEn)));
    out << '\n' << (zh ? "【各接待室】" : "[Rooms]") << '\n';
    out << "  " << padRight(zh ? "接待室" : "room", nameWidth)
        << (zh ? "  接待批次  当场解决  平均等候  利用率  超时\n" : "  received   on-spot  mean wait   util  overtime\n");
    for (std::size_t r = 0; r < aggregate.roomCount(); ++r) {
        out << "  " << padRight(spec.rooms[r].name, nameWidth)
            << fmt::format("  {:>8}  {:>8}  {:>8}  {:>5}%  {:>5}\n",
                           formatNumber(aggregate.room(r, RoomMetric::BatchesReceived).mean, 1),
                           formatNumber(aggregate.room(r, RoomMetric::ResolvedOnSpot).mean, 1),
                           formatNumber(aggregate.room(r, RoomMetric::WaitMean).mean, 1),
                           formatNumber(100.0 * aggregate.room(r, RoomMetric::Utilization).mean, 0),
                           formatNumber(aggregate.room(r, RoomMetric::OvertimeMin).mean, 1));
    }
    if (usesClasses(spec)) writeClassTable(out, spec, aggregate, language, nameWidth);
    out << '\n' << (zh ? "【各类别】" : "[Categories]") << '\n';
    out << "  " << padRight(zh ? "类别" : "category", nameWidth)
        << (zh ? "  到达批次  接待批次  当场解决  平均等候\n" : "   arrived  received   on-spot  mean wait\n");
    for (std::size_t c = 0; c < aggregate.categoryCount(); ++c) {
        const CategorySpec& category = spec.categories[c];
        const std::string& name = zh ? category.nameZh : category.nameEn;
        out << "  " << padRight(category.code + " " + name, nameWidth)
            << fmt::format("  {:>8}  {:>8}  {:>8}  {:>8}\n",
                           formatNumber(aggregate.category(c, CategoryMetric::BatchesArrived).mean, 1),
                           formatNumber(aggregate.category(c, CategoryMetric::BatchesReceived).mean, 1),
                           formatNumber(aggregate.category(c, CategoryMetric::ResolvedOnSpot).mean, 1),
                           formatNumber(aggregate.category(c, CategoryMetric::WaitMean).mean, 1));
    }
}

}  // namespace pujiang
