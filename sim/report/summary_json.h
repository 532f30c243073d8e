#pragma once

#include <nlohmann/json.hpp>

#include "sim/core/statistics.h"
#include "sim/reception/metric_table.h"

namespace pujiang {

// One summary as written in every JSON result: {"n", "mean", "sd", "ci95"}. A figure with no value
// (no replication had an observation) is null: JSON has no NaN.
inline nlohmann::ordered_json summaryJson(const Summary& s) {
    using Json = nlohmann::ordered_json;
    auto number = [](double x) { return hasValue(x) ? Json(x) : Json(nullptr); };
    return Json{{"n", s.n}, {"mean", number(s.mean)}, {"sd", number(s.sd)},
                {"ci95", Json::array({number(s.ciLow), number(s.ciHigh)})}};
}

}  // namespace pujiang
