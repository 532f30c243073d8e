#include "sim/reception/trace.h"

#include <array>

namespace pujiang {

std::string_view traceKindName(TraceKind kind) {
    static constexpr std::array<std::string_view, 16> kNames = {
        "arrive", "no_show", "registration_start", "registration_end", "queue", "lawyer_wait",
        "consultation_start", "consultation_end", "renege", "unserved", "room_open", "room_break",
        "room_close", "day_close", "warmup_end", "intervention",
    };
    return kNames[static_cast<std::size_t>(kind)];
}

}  // namespace pujiang
