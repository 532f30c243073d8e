#include "sim/experiment/vary_values.h"

#include <cmath>
#include <optional>
#include <stdexcept>

#include <fmt/format.h>

namespace pujiang {

namespace {

constexpr std::size_t kMaxValues = 10000;

[[noreturn]] void fail(const std::string& text, const std::string& why) {
    throw std::invalid_argument(fmt::format("'{}': {}; write KEY=v1,v2,... or KEY=a..b or KEY=a..b:step", text, why));
}

std::string trim(std::string s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

std::optional<double> number(const std::string& s) {
    std::size_t used = 0;
    try {
        const double x = std::stod(s, &used);
        if (used == s.size() && std::isfinite(x)) return x;
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

bool whole(const std::string& s) { return s.find_first_of(".eE") == std::string::npos; }

std::vector<std::string> splitTopLevel(const std::string& text) {
    std::vector<std::string> parts;
    std::string current;
    int depth = 0;
    char quote = 0;
    for (char c : text) {
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 0) {
            parts.push_back(trim(current));
            current.clear();
            continue;
        }
        current += c;
    }
    parts.push_back(trim(current));
    return parts;
}

}  // namespace

VarySpec parseVary(const std::string& text) {
    const auto eq = text.find('=');
    if (eq == std::string::npos) fail(text, "no '='");
    VarySpec vary;
    vary.key = trim(text.substr(0, eq));
    const std::string values = trim(text.substr(eq + 1));
    if (vary.key.empty()) fail(text, "no key before '='");
    if (values.empty()) fail(text, "no values after '='");

    const auto dots = values.find("..");
    if (dots != std::string::npos && values.find_first_of("{[\"'") == std::string::npos) {
        const auto colon = values.find(':', dots);
        const std::string lowText = trim(values.substr(0, dots));
        const std::string highText = trim(values.substr(dots + 2, colon == std::string::npos ? std::string::npos : colon - dots - 2));
        const std::string stepText = colon == std::string::npos ? "1" : trim(values.substr(colon + 1));
        const auto low = number(lowText), high = number(highText), step = number(stepText);
        if (!low || !high || !step) fail(text, "a range needs numbers a..b or a..b:step");
        if (*step <= 0) fail(text, "the step must be positive");
        if (*high < *low) fail(text, "the range runs backwards");
        const bool integers = whole(lowText) && whole(highText) && whole(stepText);
        const double count = std::floor((*high - *low) / *step + 1e-9) + 1;
        if (count > static_cast<double>(kMaxValues)) fail(text, fmt::format("more than {} values", kMaxValues));
        for (int i = 0; i < static_cast<int>(count); ++i) {
            const double x = *low + i * *step;
            vary.values.push_back(integers ? fmt::format("{}", static_cast<long long>(std::llround(x)))
                                           : fmt::format("{:.10g}", x));
        }
        return vary;
    }
    vary.values = splitTopLevel(values);
    for (const std::string& v : vary.values)
        if (v.empty()) fail(text, "an empty value in the list");
    if (vary.values.size() > kMaxValues) fail(text, fmt::format("more than {} values", kMaxValues));
    return vary;
}

}  // namespace pujiang
