#pragma once
// The inputs of the HTML comparison report: result documents of `pujiang run --json`
// (docs/results-schema.md), one per variant, and typed readers for the parts the report shows.
// The readers never throw on a missing or odd field: what is absent reads as NaN or empty, and
// the report prints a dash.

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace pujiang {

inline constexpr std::string_view kRunSchema = "pujiang-run/1";
// A result file is refused beyond this size, and when a figure in it is infinite or beyond this
// magnitude (no day's count, minute or share comes near; the charts' scales must stay finite).
inline constexpr std::uintmax_t kMaxReportInputBytes = 64u << 20;
inline constexpr double kMaxReportFigure = 1e12;

struct ReportInput {
    std::string label;
    nlohmann::ordered_json results;
};

// A result file that is missing, unreadable, not JSON or not of schema "pujiang-run/1"; the
// message names the file (and for JSON syntax errors, the byte position).
class ReportInputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reads and checks one result file; the label is left empty (see labelReportInputs).
ReportInput readReportInput(const std::filesystem::path& file);

// Labels each input by its scenario.name, or by its file stem when names repeat or are missing,
// or by the path as given when the stems repeat too. `files` parallels `inputs`.
void labelReportInputs(std::vector<ReportInput>& inputs, const std::vector<std::filesystem::path>& files);

struct MetricSummary {
    double mean;
    double sd;
    double ciLow;
    double ciHigh;
    double n;  // replications with a value (NaN when the file does not say)
};
// The document's replication count (NaN when absent).
double replicationCount(const ReportInput& input);

// `path` is a metric name as in the schema, "wait_min.p90" meaning metrics["wait_min"]["p90"].
MetricSummary metricSummary(const nlohmann::ordered_json& metrics, std::string_view path);
// The same from the document's overall "metrics".
MetricSummary overallMetric(const ReportInput& input, std::string_view path);

struct QueueCurve {
    double startMin = 0;
    double binMin = 0;
    std::vector<double> mean, sd;
};
QueueCurve queueCurve(const ReportInput& input);

struct WaitHistogram {
    double binMin = 0;
    std::vector<double> share;  // the last bin holds every longer wait
};
WaitHistogram waitHistogram(const ReportInput& input);

struct GroupRow {
    std::string name;  // room name or category code
    nlohmann::ordered_json metrics;
};
std::vector<GroupRow> roomRows(const ReportInput& input);
std::vector<GroupRow> categoryRows(const ReportInput& input);

// Header fields as text ("" when absent): scenario.<field>, and a top-level number (seed, replications).
std::string scenarioField(const ReportInput& input, const char* field);
std::string numberField(const ReportInput& input, const char* key);

}  // namespace pujiang
