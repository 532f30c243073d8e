#pragma once
// The --trace file: every event of one replication as CSV
// (time_min,clock,kind,batch,room,detail).

#include <ostream>

#include "sim/reception/scenario_spec.h"
#include "sim/reception/trace.h"

namespace pujiang {

class CsvTraceSink : public TraceSink {
public:
    CsvTraceSink(std::ostream& out, const ScenarioSpec& spec);
    void record(const TraceRecord& record) override;

private:
    std::ostream& m_out;
    const ScenarioSpec& m_spec;
};

}  // namespace pujiang
