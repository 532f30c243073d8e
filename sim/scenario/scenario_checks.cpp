#include "sim/scenario/scenario_checks.h"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "sim/reception/walk_in_profile.h"
#include "sim/scenario/scenario_assembly.h"
#include "sim/scenario/list_keys.h"
#include "sim/scenario/scenario_limits.h"
#include "sim/scenario/suggest.h"
#include "sim/scenario/units.h"

namespace pujiang {

namespace {

class Checker {
public:
    Checker(const ScenarioDraft& draft, DiagnosticList& diagnostics)
        : m_draft(draft), m_spec(draft.spec), m_diagnostics(diagnostics) {
        for (const CategorySpec& category : effectiveCategories(draft)) m_codes.push_back(category.code);
    }

    void run() {
        checkCategories();
        checkHours();
        checkRun();
        checkPriorityClasses();
        checkRooms();
        checkArrivals();
        checkOutcomes();
    }

private:
    void report(std::string_view path, std::string message) {
        m_diagnostics.add(m_draft.locate(path), std::move(message));
    }

    void checkCategories() {
        if (m_draft.has("categories") && m_spec.categories.empty())
            report("categories",
                   "categories = [] lists no category; allowed: at least one [[categories]] table, "
                   "or no categories key for the default set");
        std::map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < m_spec.categories.size(); ++i) {
            const std::string& code = m_spec.categories[i].code;
            if (code.empty()) continue;  // missing or invalid: reported already
            const auto [it, inserted] = seen.emplace(code, i);
            if (!inserted)
                report(elementPath("categories", i) + ".code",
                       fmt::format("{}.code = \"{}\" repeats {}.code; allowed: unique codes",
                                   elementPath("categories", i), code, elementPath("categories", it->second)));
        }
    }

    void checkOrder(std::string_view what, double from, double to, std::string_view fromPath, std::string_view toPath) {
        if (from < to) return;
        report(m_draft.has(toPath) ? toPath : fromPath,
               fmt::format("{}: {} = \"{}\" is not before {} = \"{}\"; allowed: {} before {}", what, keyOf(fromPath),
                           clockLiteral(from), keyOf(toPath), clockLiteral(to), keyOf(fromPath), keyOf(toPath)));
    }

    static std::string_view keyOf(std::string_view path) { return path.substr(path.rfind('.') + 1); }

    void checkHours() {
        checkOrder("[day]", m_spec.day.opens, m_spec.day.closes, "day.opens", "day.closes");
        checkOrder("[appointments]", m_spec.appointments.firstSlot, m_spec.appointments.lastSlotEnd,
                   "appointments.first_slot", "appointments.last_slot_end");
        checkOrder("[lawyers]", m_spec.lawyers.opens, m_spec.lawyers.closes, "lawyers.opens", "lawyers.closes");
        const std::vector<RatePoint>& profile = m_spec.walkIns.profile;
        for (std::size_t i = 1; i < profile.size(); ++i) {
            if (profile[i].from > profile[i - 1].from) continue;
            const std::string path = elementPath("walk_ins.profile", i) + ".from";
            report(path, fmt::format("{} = \"{}\" is not after the previous point (\"{}\"); allowed: strictly "
                                     "increasing times",
                                     path, clockLiteral(profile[i].from), clockLiteral(profile[i - 1].from)));
        }
    }

    void checkRun() {
        const RunSpec& run = m_spec.run;
        if (run.horizon > 0.0 && run.warmup >= run.horizon)
            report("run.warmup", fmt::format("run.warmup = \"{}\" is not shorter than run.horizon = \"{}\"; allowed: "
                                             "warmup < horizon",
                                             formatDuration(run.warmup), formatDuration(run.horizon)));
        // A day is measured from its first arrival to its end; a warm-up belongs to steady-state runs.
        if (run.horizon <= 0.0 && run.warmup > 0.0)
            report("run.warmup", fmt::format("run.warmup = \"{}\" needs run.horizon > 0; allowed: 0 for a day "
                                             "(run.horizon = 0)",
                                             formatDuration(run.warmup)));
        if (m_spec.stream.enabled && run.horizon <= 0.0)
            report("stream.enabled",
                   "stream.enabled = true needs run.horizon > 0 (a stream never lets the day "
                   "empty); allowed: set run.horizon, e.g. \"1000h\"");
    }

    void checkCodes(const std::string& listPath, const std::vector<std::string>& codes) {
        for (std::size_t j = 0; j < codes.size(); ++j) {
            if (codes[j] == "*" || std::find(m_codes.begin(), m_codes.end(), codes[j]) != m_codes.end()) continue;
            const std::string path = elementPath(listPath, j);
            const auto near = suggestName(codes[j], m_codes);
            report(path, fmt::format("{} = \"{}\" is not a category of this scenario{}; allowed: {}", path, codes[j],
                                     near ? fmt::format(" (did you mean '{}'?)", *near) : "", joinNames(m_codes)));
        }
    }

    void checkPriorityClasses() {
        const std::vector<std::string>& classes = m_spec.priority.classes;
        for (std::size_t j = 0; j < classes.size(); ++j) {
            if (!classes[j].starts_with(kCategoryClassPrefix)) continue;
            const std::string code = classes[j].substr(kCategoryClassPrefix.size());
            if (std::find(m_codes.begin(), m_codes.end(), code) != m_codes.end()) continue;
            const std::string path = elementPath("triage.priority_classes", j);
            const auto near = suggestName(code, m_codes);
            report(path, fmt::format("{} = \"{}\" names no category of this scenario{}; allowed: category codes {}",
                                     path, classes[j], near ? fmt::format(" (did you mean '{}'?)", *near) : "",
                                     joinNames(m_codes)));
        }
    }

    void checkRooms() {
        std::optional<std::size_t> topLeader;
        std::size_t total = 0;
        for (std::size_t i = 0; i < m_draft.rooms.size(); ++i) {
            const RoomDraft& room = m_draft.rooms[i];
            const std::string path = elementPath("rooms", i);
            total += static_cast<std::size_t>(std::max(room.count, 0));
            checkCodes(path + ".departments", room.spec.departments);
            checkCodes(path + ".selection.categories", room.spec.selection.categories);
            if (m_draft.has(path + ".selection") && !room.spec.topLeader) {
                report(path + ".selection", fmt::format("{}.selection is set but {} is not the top leader's room; "
                                                        "allowed: [rooms.selection] only with top_leader = true",
                                                        path, path));
            }
            if (room.spec.topLeader) checkTopLeader(room, path, i, topLeader);
            checkRoomHours(room, path);
        }
        if (total > kMaxRooms) {
            report("rooms",
                   fmt::format("the [[rooms]] tables expand into {} rooms; allowed: at most {}", total, kMaxRooms));
            return;
        }
        checkRoomNames();
    }

    // At most one top leader's room, and it is a single room.
    void checkTopLeader(const RoomDraft& room, const std::string& path, std::size_t index,
                        std::optional<std::size_t>& first) {
        if (room.count > 1) {
            report(path + ".count", fmt::format("{}.count = {} in the top leader's room; allowed: count = 1 when "
                                                "top_leader = true",
                                                path, room.count));
        }
        if (!first) {
            first = index;
            return;
        }
        report(path + ".top_leader", fmt::format("{}.top_leader = true, but {} is already the top leader's room; "
                                                 "allowed: at most one top leader's room",
                                                 path, elementPath("rooms", *first)));
    }

    void checkRoomHours(const RoomDraft& room, const std::string& path) {
        const bool opensSet = m_draft.has(path + ".opens"), closesSet = m_draft.has(path + ".closes");
        if (!opensSet && !closesSet) return;  // the day's hours, checked with [day]
        const double opens = opensSet ? room.spec.opens : m_spec.day.opens;
        const double closes = closesSet ? room.spec.closes : m_spec.day.closes;
        if (opens < closes) return;
        report(closesSet ? path + ".closes" : path + ".opens",
               fmt::format("{} opens at {} and closes at {}; allowed: opens before closes (unset hours are the "
                           "day's)",
                           path, clockLiteral(opens), clockLiteral(closes)));
    }

    void checkRoomNames() {
        std::map<std::string, std::size_t> owner;
        for (std::size_t i = 0; i < m_draft.rooms.size(); ++i) {
            const RoomDraft& room = m_draft.rooms[i];
            if (room.spec.name.empty()) continue;  // missing: reported already
            for (const std::string& name : expandedRoomNames(room)) {
                const auto [it, inserted] = owner.emplace(name, i);
                if (inserted) continue;
                const std::string path = elementPath("rooms", i);
                report(path + ".name", fmt::format("{}.name = \"{}\" gives a room named \"{}\" like {}; allowed: "
                                                   "unique room names",
                                                   path, room.spec.name, name, elementPath("rooms", it->second)));
                break;
            }
        }
    }

    void checkArrivals() {
        const double appointments = m_spec.appointments.count;
        const double walkIns = expectedWalkIns(m_spec.walkIns);
        const bool stream = m_spec.stream.enabled;
        if (appointments <= 0.0 && walkIns <= 0.0 && !stream) {
            report("",
                   "no arrivals; allowed: appointments.count > 0, a walk_ins.profile with per_hour > 0 before "
                   "walk_ins.until, or stream.enabled = true");
            return;
        }
        if (m_draft.rooms.empty())
            report("rooms",
                   "nobody is received: the scenario has arrivals but no rooms; allowed: at least one "
                   "[[rooms]] table");
        const double streamArrivals =
            stream && m_spec.run.horizon > 0.0 ? m_spec.run.horizon / m_spec.stream.interarrival.mean() : 0.0;
        const double expected = appointments + walkIns + streamArrivals;
        if (expected > kMaxExpectedArrivals)
            report("", fmt::format("about {:.0f} arrivals per replication (appointments.count + walk-in profile + "
                                   "run.horizon / mean stream.interarrival); allowed: at most {:.0f}",
                                   expected, kMaxExpectedArrivals));
    }

    void checkOutcomes() {
        const OutcomeSpec& o = m_spec.outcomes;
        if (o.onSpot + o.assigned + o.defined + o.referredLegal > 0.0) return;
        report("outcomes",
               "the outcome weights on_spot, assigned, defined and referred_legal are all 0; allowed: "
               "weights >= 0 with a sum > 0");
    }

    const ScenarioDraft& m_draft;
    const ScenarioSpec& m_spec;
    DiagnosticList& m_diagnostics;
    std::vector<std::string> m_codes;
};

}  // namespace

void checkScenario(const ScenarioDraft& draft, DiagnosticList& diagnostics) { Checker(draft, diagnostics).run(); }

}  // namespace pujiang
