#pragma once
// What the rule tests of docs/model.md share: small scenarios written as TOML, a day run with its
// whole trace kept, and look-ups in that trace ("when did batch 3 start its consultation?").

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/reception/reception_day.h"
#include "sim/scenario/scenario_loader.h"

namespace pujiang::rules {

// One trace record, its detail copied (a record's view of it lives only as long as the call).
struct Record {
    double time = 0.0;
    TraceKind kind = TraceKind::Arrive;
    std::int64_t batch = -1, room = -1;
    std::string detail;
};

class TraceLog : public TraceSink {
public:
    void record(const TraceRecord& r) override {
        records.push_back(Record{r.time, r.kind, r.batch, r.room, std::string(r.detail)});
    }

    // Records of a kind (of one batch, when given), in order.
    std::vector<Record> of(TraceKind kind, std::int64_t batch = -2) const {
        std::vector<Record> out;
        for (const Record& r : records)
            if (r.kind == kind && (batch == -2 || r.batch == batch)) out.push_back(r);
        return out;
    }
    // The first record of a kind for a batch, if any.
    std::optional<Record> first(TraceKind kind, std::int64_t batch) const {
        for (const Record& r : records)
            if (r.kind == kind && r.batch == batch) return r;
        return std::nullopt;
    }
    std::size_t count(TraceKind kind) const { return of(kind).size(); }

    std::vector<Record> records;
};

inline ScenarioSpec scenario(std::string_view toml) { return loadScenarioString(toml, "rules.toml"); }

inline ScenarioSpec shipped(const std::string& name) {
    return loadScenarioFile(std::string(PUJIANG_SOURCE_DIR) + "/scenarios/" + name);
}

// Scenario text in pieces, so that each test states what matters to it and nothing else.
inline std::string dayToml(const std::string& closes = "12:00", const std::string& more = "") {
    return "[day]\nopens = \"08:00\"\ncloses = \"" + closes + "\"\n" + more;
}
inline std::string categoryToml(const std::string& code, const std::string& more = "") {
    return "[[categories]]\ncode = \"" + code + "\"\n" + more;
}
// `count` bookings in slots from `first` to `lastEnd` (hourly unless `more` says otherwise).
inline std::string bookingsToml(int count, const std::string& more = "", const std::string& first = "08:00",
                                const std::string& lastEnd = "09:00") {
    return "[appointments]\ncount = " + std::to_string(count) + "\nfirst_slot = \"" + first +
           "\"\nlast_slot_end = \"" + lastEnd + "\"\n" + more;
}
// Walk-ins at a constant rate from `from` until `until`.
inline std::string walkInsToml(double perHour, const std::string& until = "11:00", const std::string& from = "08:00") {
    return "[walk_ins]\nuntil = \"" + until + "\"\n[[walk_ins.profile]]\nfrom = \"" + from +
           "\"\nper_hour = " + std::to_string(perHour) + "\n";
}
// A room; `consultation` is a TOML value ("\"30min\"" or an inline table).
inline std::string roomToml(const std::string& name, const std::string& departments, int tables,
                            const std::string& consultation, const std::string& more = "") {
    return "[[rooms]]\nname = \"" + name + "\"\ndepartments = " + departments + "\ntables = " +
           std::to_string(tables) + "\nconsultation = " + consultation + "\n" + more;
}

// A day run to its end, with its trace and result.
struct Day {
    TraceLog log;
    DayResult result;
    std::uint64_t events = 0;
    double end = 0.0;  // the clock when the day was over
};

inline Day runDay(const ScenarioSpec& spec, std::uint64_t seed = 1, std::uint64_t replication = 0) {
    Day d;
    ReceptionDay day(spec, seed, replication, &d.log);
    day.runToEnd();
    d.result = day.result();
    d.events = day.eventsHandled();
    d.end = day.now();
    return d;
}

// Clock minutes of "HH:MM".
constexpr double at(int hours, int minutes = 0) { return 60.0 * hours + minutes; }

}  // namespace pujiang::rules
