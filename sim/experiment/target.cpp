#include "sim/experiment/target.h"

#include <cmath>
#include <stdexcept>

#include <boost/math/distributions/students_t.hpp>
#include <fmt/format.h>

namespace pujiang {

namespace {

std::string allowedMetrics() {
    std::string list;
    for (std::string_view name : metricNames()) list += (list.empty() ? "" : ", ") + std::string(name);
    return list;
}

}  // namespace

Target parseTarget(const std::string& text) {
    static const std::pair<const char*, Target::Op> kOps[] = {
        {"<=", Target::Op::Le}, {">=", Target::Op::Ge}, {"==", Target::Op::Eq}, {"<", Target::Op::Lt}, {">", Target::Op::Gt}};
    Target target;
    target.text = text;
    std::size_t at = std::string::npos, length = 0;
    for (const auto& [symbol, op] : kOps) {
        const auto found = text.find(symbol);
        if (found != std::string::npos && (at == std::string::npos || found < at || (found == at && std::string(symbol).size() > length))) {
            at = found;
            length = std::string(symbol).size();
            target.op = op;
        }
    }
    if (at == std::string::npos)
        throw std::invalid_argument(fmt::format("'{}': no comparison; write \"METRIC <= VALUE\" (or <, >=, >, ==)", text));
    auto trim = [](std::string s) {
        const auto a = s.find_first_not_of(" \t"), b = s.find_last_not_of(" \t");
        return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
    };
    const std::string name = trim(text.substr(0, at));
    const std::string value = trim(text.substr(at + length));
    bool found = false;
    for (std::size_t m = 0; m < kMetricCount; ++m) {
        if (metricNames()[m] == name) {
            target.metric = static_cast<Metric>(m);
            found = true;
        }
    }
    if (!found)
        throw std::invalid_argument(fmt::format("'{}': unknown metric '{}'; allowed: {}", text, name, allowedMetrics()));
    std::size_t used = 0;
    try {
        target.value = std::stod(value, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (value.empty() || used != value.size() || !std::isfinite(target.value))
        throw std::invalid_argument(fmt::format("'{}': '{}' is not a number", text, value));
    return target;
}

TargetCheck checkTarget(const Target& target, const Tally& values, double confidence) {
    TargetCheck check;
    check.mean = values.mean();
    if (target.op == Target::Op::Eq) {
        check.bound = check.mean;
        check.met = values.count() > 0 && values.min() == target.value && values.max() == target.value;
        return check;
    }
    double half = 0.0;
    if (values.count() > 1) {
        const boost::math::students_t_distribution<double> t(static_cast<double>(values.count() - 1));
        half = boost::math::quantile(t, confidence) * values.sd() / std::sqrt(static_cast<double>(values.count()));
    }
    switch (target.op) {
    case Target::Op::Le: check.bound = check.mean + half; check.met = check.bound <= target.value; break;
    case Target::Op::Lt: check.bound = check.mean + half; check.met = check.bound < target.value; break;
    case Target::Op::Ge: check.bound = check.mean - half; check.met = check.bound >= target.value; break;
    case Target::Op::Gt: check.bound = check.mean - half; check.met = check.bound > target.value; break;
    case Target::Op::Eq: break;
    }
    return check;
}

}  // namespace pujiang
