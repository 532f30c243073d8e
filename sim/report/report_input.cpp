#include "sim/report/report_input.h"

#include <cerrno>
#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>

#include <fmt/format.h>

#include "sim/core/bounded_read.h"
#include "sim/core/system_error_text.h"

namespace pujiang {

namespace {

using Json = nlohmann::ordered_json;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// null (how nlohmann writes NaN) and anything not a number read as NaN.
double numberOr(const Json& object, const char* key) {
    if (!object.is_object()) return kNaN;
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<double>() : kNaN;
}

std::vector<double> numbers(const Json& object, const char* key) {
    std::vector<double> values;
    if (!object.is_object()) return values;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_array()) return values;
    for (const Json& x : *it) values.push_back(x.is_number() ? x.get<double>() : kNaN);
    return values;
}

const Json& member(const Json& object, const char* key) {
    static const Json kNull;
    if (!object.is_object()) return kNull;
    const auto it = object.find(key);
    return it == object.end() ? kNull : *it;
}

std::vector<GroupRow> groupRows(const ReportInput& input, const char* listKey, const char* nameKey) {
    std::vector<GroupRow> rows;
    const Json& list = member(input.results, listKey);
    if (!list.is_array()) return rows;
    for (const Json& entry : list) {
        const Json& name = member(entry, nameKey);
        rows.push_back(GroupRow{name.is_string() ? name.get<std::string>() : std::string(),
                                member(entry, "metrics")});
    }
    return rows;
}

// The first number no result of `pujiang run` can hold (infinite, or beyond kMaxReportFigure in
// magnitude), as "JSON pointer = value"; empty when there is none. Such a figure would turn the
// charts' scales into inf and NaN.
std::string absurdFigure(const Json& node, const std::string& pointer) {
    if (node.is_number_float()) {
        const double x = node.get<double>();
        if (!std::isfinite(x) || std::abs(x) > kMaxReportFigure) return fmt::format("{} = {}", pointer, x);
        return {};
    }
    if (node.is_object()) {
        for (const auto& [key, value] : node.items()) {
            if (std::string found = absurdFigure(value, pointer + "/" + key); !found.empty()) return found;
        }
    } else if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            if (std::string found = absurdFigure(node[i], fmt::format("{}/{}", pointer, i)); !found.empty()) return found;
        }
    }
    return {};
}

}  // namespace

ReportInput readReportInput(const std::filesystem::path& file) {
    const std::string name = file.string();
    std::error_code error;
    // exists() is false for a link loop or a folder that may not be searched too: say which.
    if (!std::filesystem::exists(file, error))
        throw ReportInputError(name + ": " + systemErrorText(error ? error.value() : ENOENT).en);
    if (std::filesystem::is_directory(file, error)) throw ReportInputError(name + ": is a folder, not a result file");
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    if (!error && size > kMaxReportInputBytes)
        throw ReportInputError(fmt::format("{}: {} bytes is larger than a result file can be (at most {} MiB)", name, size,
                                           kMaxReportInputBytes >> 20));
    std::ifstream in(file, std::ios::binary);
    if (!in) throw ReportInputError(name + ": cannot be read");
    // At most one byte past the cap is read, in case the file grew (or is not a regular file).
    const std::string text = readAtMost(in, kMaxReportInputBytes + 1);
    if (in.bad()) throw ReportInputError(name + ": " + systemErrorText(errno ? errno : EIO).en);
    if (text.size() > kMaxReportInputBytes)
        throw ReportInputError(fmt::format("{}: larger than a result file can be (at most {} MiB)", name,
                                           kMaxReportInputBytes >> 20));

    ReportInput input;
    try {
        input.results = Json::parse(text);
    } catch (const Json::parse_error& e) {
        throw ReportInputError(fmt::format("{}: not JSON (byte {}): {}", name, e.byte, e.what()));
    } catch (const Json::exception& e) {  // e.g. a number too large for a double
        throw ReportInputError(fmt::format("{}: not JSON that can be read: {}", name, e.what()));
    }
    const Json& schema = member(input.results, "schema");
    if (!schema.is_string())
        throw ReportInputError(fmt::format("{}: not a result file of `pujiang run --json` (no \"schema\" field)", name));
    if (schema.get<std::string>() != kRunSchema)
        throw ReportInputError(fmt::format("{}: schema is \"{}\", expected \"{}\" (a result file of `pujiang run --json`)",
                                           name, schema.get<std::string>(), kRunSchema));
    if (const std::string figure = absurdFigure(input.results, ""); !figure.empty())
        throw ReportInputError(fmt::format("{}: {} is not a figure a result can hold (allowed: finite, magnitude at most {:g})",
                                           name, figure, kMaxReportFigure));
    return input;
}

void labelReportInputs(std::vector<ReportInput>& inputs, const std::vector<std::filesystem::path>& files) {
    std::vector<std::string> labels(inputs.size());
    std::map<std::string, int> nameCount, stemCount;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        labels[i] = scenarioField(inputs[i], "name");
        ++nameCount[labels[i]];
    }
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (labels[i].empty() || nameCount[labels[i]] > 1) labels[i] = files.at(i).stem().string();
        ++stemCount[labels[i]];
    }
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (stemCount[labels[i]] > 1) labels[i] = files.at(i).string();
        inputs[i].label = labels[i];
    }
}

MetricSummary metricSummary(const Json& metrics, std::string_view path) {
    const auto dot = path.find('.');
    const Json* node = &member(metrics, std::string(path.substr(0, dot)).c_str());
    if (dot != std::string_view::npos) node = &member(*node, std::string(path.substr(dot + 1)).c_str());
    const std::vector<double> ci = numbers(*node, "ci95");
    return MetricSummary{numberOr(*node, "mean"), numberOr(*node, "sd"), ci.size() == 2 ? ci[0] : kNaN,
                         ci.size() == 2 ? ci[1] : kNaN, numberOr(*node, "n")};
}

double replicationCount(const ReportInput& input) { return numberOr(input.results, "replications"); }

MetricSummary overallMetric(const ReportInput& input, std::string_view path) {
    return metricSummary(member(input.results, "metrics"), path);
}

QueueCurve queueCurve(const ReportInput& input) {
    const Json& curve = member(member(input.results, "curves"), "queue_length");
    QueueCurve result{numberOr(curve, "start_min"), numberOr(curve, "bin_min"), numbers(curve, "mean"),
                      numbers(curve, "sd")};
    if (!(result.binMin > 0) || !std::isfinite(result.startMin)) result.mean.clear();
    result.sd.resize(result.mean.size(), kNaN);
    return result;
}

WaitHistogram waitHistogram(const ReportInput& input) {
    const Json& histogram = member(member(input.results, "curves"), "wait_histogram");
    WaitHistogram result{numberOr(histogram, "bin_min"), numbers(histogram, "share")};
    if (!(result.binMin > 0)) result.share.clear();
    return result;
}

std::vector<GroupRow> roomRows(const ReportInput& input) { return groupRows(input, "by_room", "room"); }

std::vector<GroupRow> categoryRows(const ReportInput& input) { return groupRows(input, "by_category", "code"); }

std::string scenarioField(const ReportInput& input, const char* field) {
    const Json& value = member(member(input.results, "scenario"), field);
    return value.is_string() ? value.get<std::string>() : std::string();
}

std::string numberField(const ReportInput& input, const char* key) {
    const Json& value = member(input.results, key);
    if (value.is_number_integer() || value.is_number_unsigned()) return value.dump();
    if (value.is_number()) return fmt::format("{}", value.get<double>());
    return {};
}

}  // namespace pujiang
