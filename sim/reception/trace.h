#pragma once
// Every state change of a day, for debugging, the GUI's event log and training debriefs.
// The model writes through this interface only; sinks (CSV file, GUI log, hash) live elsewhere.

#include <cstdint>
#include <string_view>

namespace pujiang {

enum class TraceKind : std::uint8_t {
    Arrive, NoShow, RegistrationStart, RegistrationEnd, Queue, LawyerWait, ConsultationStart, ConsultationEnd,
    Renege, Unserved, RoomOpen, RoomBreak, RoomClose, DayClose, WarmupEnd, Intervention,
};

std::string_view traceKindName(TraceKind kind);

struct TraceRecord {
    double time = 0.0;
    TraceKind kind = TraceKind::Arrive;
    std::int64_t batch = -1;  // batch serial (arrival order), -1 when none
    std::int64_t room = -1;   // room index, -1 when none
    std::string_view detail;  // valid only during the call
};

class TraceSink {
public:
    virtual ~TraceSink() = default;
    virtual void record(const TraceRecord& record) = 0;
};

}  // namespace pujiang
