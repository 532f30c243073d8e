#include "sim/experiment/day_result_io.h"

#include <cmath>

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "sim/reception/metric_table.h"

namespace pujiang {

namespace {

using Json = nlohmann::json;

// JSON has no NaN: a cell without a value (kNoValue) is written as null and read back as kNoValue.
template <class Values>
Json numbers(const Values& values) {
    Json out = Json::array();
    for (const double x : values) out.push_back(hasValue(x) ? Json(x) : Json(nullptr));
    return out;
}

std::vector<double> numbersFrom(const Json& j) {
    if (!j.is_array()) throw std::runtime_error("expected an array of numbers");
    std::vector<double> out;
    out.reserve(j.size());
    for (const Json& x : j) out.push_back(x.is_null() ? kNoValue : x.get<double>());
    return out;
}

template <class Rows>
Json rows(const Rows& rowsIn) {
    Json out = Json::array();
    for (const auto& row : rowsIn) out.push_back(numbers(row));
    return out;
}

template <std::size_t N>
std::vector<std::array<double, N>> fixedRows(const Json& j) {
    std::vector<std::array<double, N>> out;
    for (const Json& row : j) {
        const auto values = numbersFrom(row);
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
    j["overall"] = numbers(r.overall);
    j["by_category"] = rows(r.byCategory);
    j["by_room"] = rows(r.byRoom);
    j["by_class"] = rows(r.byClass);
    j["queue_timeline"] = numbers(r.queueTimeline);
    j["wait_histogram"] = numbers(r.waitHistogram);
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
        const auto overall = numbersFrom(j.at("overall"));
        if (overall.size() != kMetricCount) throw std::runtime_error("wrong number of metrics (another version?)");
        std::copy(overall.begin(), overall.end(), r.overall.begin());
        r.byCategory = fixedRows<kCategoryMetricCount>(j.at("by_category"));
        r.byRoom = fixedRows<kRoomMetricCount>(j.at("by_room"));
        if (j.contains("by_class")) r.byClass = fixedRows<kClassMetricCount>(j.at("by_class"));
        r.queueTimeline = numbersFrom(j.at("queue_timeline"));
        r.waitHistogram = numbersFrom(j.at("wait_histogram"));
        const auto little = j.at("little").get<std::vector<double>>();
        if (little.size() != 6) throw std::runtime_error("little: 6 numbers expected");
        for (const double v : little)
            if (!std::isfinite(v) || v < 0.0) throw std::runtime_error("little: a number is negative or not finite");
        // The arrivals count becomes an unsigned integer: it must be a whole number that fits.
        if (little[3] != std::floor(little[3]) || little[3] > 9007199254740992.0)
            throw std::runtime_error("little: the arrivals count is not a whole number up to 2^53");
        r.little = LittleCheck{little[0], little[1], little[2], static_cast<std::uint64_t>(little[3]), little[4], little[5]};
        r.events = j.at("events").get<std::uint64_t>();
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(e.what());
    }
    return record;
}

}  // namespace pujiang
