#include <fmt/format.h>

#include "sim/report/csv_field.h"

#include "sim/report/run_report.h"

namespace pujiang {

namespace {

void row(std::ostream& out, std::string_view scope, std::string_view group, std::string_view metric, const Summary& s) {
    out << fmt::format("{},{},{},{},{},{},{},{}\n", scope, csvField(group), metric, s.n, csvNumber(s.mean),
                       csvNumber(s.sd), csvNumber(s.ciLow), csvNumber(s.ciHigh));
}

}  // namespace

void writeResultsCsv(std::ostream& out, const RunInfo& info, const Aggregate& aggregate) {
    const ScenarioSpec& spec = *info.spec;
    out << "scope,group,metric,n,mean,sd,ci_low,ci_high\n";
    for (std::size_t m = 0; m < kMetricCount; ++m)
        row(out, "overall", "", metricNames()[m], aggregate.overall(static_cast<Metric>(m)));
    for (std::size_t c = 0; c < aggregate.categoryCount(); ++c)
        for (std::size_t m = 0; m < kCategoryMetricCount; ++m)
            row(out, "category", spec.categories[c].code, categoryMetricNames()[m],
                aggregate.category(c, static_cast<CategoryMetric>(m)));
    for (std::size_t r = 0; r < aggregate.roomCount(); ++r)
        for (std::size_t m = 0; m < kRoomMetricCount; ++m)
            row(out, "room", spec.rooms[r].name, roomMetricNames()[m], aggregate.room(r, static_cast<RoomMetric>(m)));
    const std::vector<std::string> classNames = priorityClassNames(spec);
    for (std::size_t k = 0; k < aggregate.classCount(); ++k)
        for (std::size_t m = 0; m < kClassMetricCount; ++m)
            row(out, "class", classNames[k], classMetricNames()[m],
                aggregate.priorityClass(k, static_cast<ClassMetric>(m)));
}

}  // namespace pujiang
