#include "sim/experiment/day_result_io.h"

#include <stdexcept>

#include <nlohmann/json.hpp>

namespace pujiang {

namespace {

using Json = nlohmann::json;

template <class Rows>
Json rows(const Rows& rowsIn) {
    Json out = Json::array();
    for (const auto& row : rowsIn) out.push_back(Json(std::vector<double>(row.begin(), row.end())));
    return out;
}

template <std::size_t N>
std::vector<std::array<double, N>> fixedRows(const Json& j) {
    std::vector<std::array<double, N>> out;
    for (const Json& row : j) {
        const auto values = row.get<std::vector<double>>();
        if (values.size() != N) throw std::runtime_error("row of the wrong length");
        std::array<double, N> a{};
        std::copy(values.begin(), values.end(), a.begin());
        out.push_back(a);
    }
    return out;
}

}  // namespace

std::string recordToJsonLine(const RunRecord& record) {
    const DayResult& r = record.result;
    Json j;
    j["variant"] = record.variant;
    j["replication"] = record.replication;
    j["overall"] = std::vector<double>(r.overall.begin(), r.overall.end());
    j["by_category"] = rows(r.byCategory);
    j["by_room"] = rows(r.byRoom);
    j["queue_timeline"] = r.queueTimeline;
    j["wait_histogram"] = r.waitHistogram;
    j["little"] = {r.little.windowMinutes, r.little.queueArea, r.little.waitSum, static_cast<double>(r.little.arrivals),
                   r.little.systemArea, r.little.sojournSum};
    j["events"] = r.events;
    return j.dump();
}

RunRecord recordFromJsonLine(const std::string& line) {
    RunRecord record;
    try {
        const Json j = Json::parse(line);
        record.variant = j.at("variant").get<int>();
        record.replication = j.at("replication").get<int>();
        DayResult& r = record.result;
        const auto overall = j.at("overall").get<std::vector<double>>();
        if (overall.size() != kMetricCount) throw std::runtime_error("wrong number of metrics (another version?)");
        std::copy(overall.begin(), overall.end(), r.overall.begin());
        r.byCategory = fixedRows<kCategoryMetricCount>(j.at("by_category"));
        r.byRoom = fixedRows<kRoomMetricCount>(j.at("by_room"));
        r.queueTimeline = j.at("queue_timeline").get<std::vector<double>>();
        r.waitHistogram = j.at("wait_histogram").get<std::vector<double>>();
        const auto little = j.at("little").get<std::vector<double>>();
        if (little.size() != 6) throw std::runtime_error("bad little");
        r.little = LittleCheck{little[0], little[1], little[2], static_cast<std::uint64_t>(little[3]), little[4], little[5]};
        r.events = j.at("events").get<std::uint64_t>();
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(e.what());
    }
    return record;
}

}  // namespace pujiang
