#include <nlohmann/json.hpp>

#include "sim/report/run_report.h"
#include "sim/report/summary_json.h"

namespace pujiang {

namespace {

using Json = nlohmann::ordered_json;

// "wait_min.p90" goes to object["wait_min"]["p90"].
void put(Json& object, std::string_view name, const Summary& s) {
    const auto dot = name.find('.');
    if (dot == std::string_view::npos) object[std::string(name)] = summaryJson(s);
    else object[std::string(name.substr(0, dot))][std::string(name.substr(dot + 1))] = summaryJson(s);
}

}  // namespace

void writeResultsJson(std::ostream& out, const RunInfo& info, const Aggregate& aggregate) {
    out << resultsJsonText(info, aggregate) << '\n';
}

std::string resultsJsonText(const RunInfo& info, const Aggregate& aggregate) {
    const ScenarioSpec& spec = *info.spec;
    Json doc;
    doc["schema"] = "pujiang-run/1";
    doc["scenario"] = Json{{"name", spec.name}, {"title", spec.title}, {"file", info.file}};
    doc["seed"] = info.seed;
    doc["replications"] = info.replications;
    Json metrics = Json::object();
    for (std::size_t m = 0; m < kMetricCount; ++m)
        put(metrics, metricNames()[m], aggregate.overall(static_cast<Metric>(m)));
    doc["metrics"] = metrics;
    Json categories = Json::array();
    for (std::size_t c = 0; c < aggregate.categoryCount(); ++c) {
        Json row = Json::object();
        for (std::size_t m = 0; m < kCategoryMetricCount; ++m)
            put(row, categoryMetricNames()[m], aggregate.category(c, static_cast<CategoryMetric>(m)));
        categories.push_back(Json{{"code", spec.categories[c].code}, {"metrics", row}});
    }
    doc["by_category"] = categories;
    Json rooms = Json::array();
    for (std::size_t r = 0; r < aggregate.roomCount(); ++r) {
        Json row = Json::object();
        for (std::size_t m = 0; m < kRoomMetricCount; ++m)
            put(row, roomMetricNames()[m], aggregate.room(r, static_cast<RoomMetric>(m)));
        rooms.push_back(Json{{"room", spec.rooms[r].name}, {"index", r}, {"metrics", row}});
    }
    doc["by_room"] = rooms;
    const std::vector<std::string> classNames = priorityClassNames(spec);
    Json classes = Json::array();
    for (std::size_t k = 0; k < aggregate.classCount(); ++k) {
        Json row = Json::object();
        for (std::size_t m = 0; m < kClassMetricCount; ++m)
            put(row, classMetricNames()[m], aggregate.priorityClass(k, static_cast<ClassMetric>(m)));
        classes.push_back(Json{{"class", classNames[k]}, {"rank", k}, {"metrics", row}});
    }
    doc["by_class"] = classes;
    const CurveLayout& layout = aggregate.layout();
    Json timelineMean = Json::array(), timelineSd = Json::array(), histogram = Json::array();
    for (const Tally& t : aggregate.queueTimeline()) {
        timelineMean.push_back(t.mean());
        timelineSd.push_back(t.sd());
    }
    for (const Tally& t : aggregate.waitHistogram()) histogram.push_back(t.mean());
    doc["curves"] = Json{
        {"queue_length", Json{{"start_min", layout.timelineStart}, {"bin_min", layout.timelineBin},
                              {"mean", timelineMean}, {"sd", timelineSd}}},
        {"wait_histogram", Json{{"bin_min", layout.waitBin}, {"share", histogram}}},
    };
    if (!aggregate.perReplication().empty()) {
        // In replication order, 0 first; a value without observations is null.
        Json list = Json::array();
        for (std::size_t i = 0; i < aggregate.perReplication().size(); ++i) {
            const Aggregate::Replication& r = aggregate.perReplication()[i];
            Json values = Json::object();
            for (std::size_t m = 0; m < kMetricCount; ++m)
                values[std::string(metricNames()[m])] = hasValue(r.overall[m]) ? Json(r.overall[m]) : Json(nullptr);
            const LittleCheck& l = r.little;
            list.push_back(Json{{"replication", i},
                                {"metrics", values},
                                {"little", Json{{"window_min", l.windowMinutes},
                                                {"queue_area", l.queueArea},
                                                {"wait_sum", l.waitSum},
                                                {"arrivals", l.arrivals},
                                                {"system_area", l.systemArea},
                                                {"sojourn_sum", l.sojournSum}}},
                                {"events", r.events}});
        }
        doc["per_replication"] = list;
    }
    return doc.dump(2);
}

}  // namespace pujiang
