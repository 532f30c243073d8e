#include "sim/report/trace_csv.h"

#include <fmt/format.h>

#include "sim/report/csv_field.h"
#include "sim/report/metric_format.h"

#include "sim/report/run_report.h"

namespace pujiang {

CsvTraceSink::CsvTraceSink(std::ostream& out, const ScenarioSpec& spec) : m_out(out), m_spec(spec) {
    m_out << "time_min,clock,kind,batch,room,detail\n";
}

void CsvTraceSink::record(const TraceRecord& r) {
    const std::string room =
        r.room >= 0 && static_cast<std::size_t>(r.room) < m_spec.rooms.size() ? m_spec.rooms[r.room].name : "";
    m_out << fmt::format("{:.4f},{},{},{},{},{}\n", r.time, formatClock(r.time), traceKindName(r.kind),
                         r.batch >= 0 ? std::to_string(r.batch) : std::string(), csvField(room), csvField(r.detail));
}

}  // namespace pujiang
