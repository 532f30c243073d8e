#include "sim/scenario/scenario_checks.h"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <optional>

#include "sim/reception/walk_in_profile.h"
#include "sim/scenario/scenario_assembly.h"
#include "sim/scenario/list_keys.h"
#include "sim/core/message_text.h"
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
    void report(std::string_view path, OwnedPhrase message) {
        m_diagnostics.add(m_draft.locate(path), std::move(message));
    }

    // A check that compares settings is skipped when one of them was refused: its value was
    // reported already, and the draft holds a default in its place, not what the file says.
    bool anyRejected(std::initializer_list<std::string_view> paths) const {
        return std::any_of(paths.begin(), paths.end(), [this](std::string_view path) { return m_draft.wasRejected(path); });
    }

    void checkCategories() {
        if (m_draft.has("categories") && m_spec.categories.empty())
            report("categories",
                   {"categories = [] 没有列出任何类别；允许：至少一个 [[categories]] 表，或者不写 categories 键以使用默认类别",
                    "categories = [] lists no category; allowed: at least one [[categories]] table, "
                    "or no categories key for the default set"});
        std::map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < m_spec.categories.size(); ++i) {
            const std::string& code = m_spec.categories[i].code;
            if (code.empty()) continue;  // missing or invalid: reported already
            const auto [it, inserted] = seen.emplace(code, i);
            if (!inserted)
                report(elementPath("categories", i) + ".code",
                       bilingual("{}.code = \"{}\" 与 {}.code 重复；允许：互不相同的代码",
                                 "{}.code = \"{}\" repeats {}.code; allowed: unique codes",
                                 elementPath("categories", i), code, elementPath("categories", it->second)));
        }
    }

    void checkOrder(std::string_view what, double from, double to, std::string_view fromPath, std::string_view toPath) {
        if (from < to || anyRejected({fromPath, toPath})) return;
        report(m_draft.has(toPath) ? toPath : fromPath,
               bilingual("{}：{} = \"{}\" 不早于 {} = \"{}\"；允许：{} 早于 {}",
                         "{}: {} = \"{}\" is not before {} = \"{}\"; allowed: {} before {}", what, keyOf(fromPath),
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
            const std::string path = elementPath("walk_ins.profile", i) + ".from";
            if (profile[i].from > profile[i - 1].from ||
                anyRejected({path, elementPath("walk_ins.profile", i - 1) + ".from"}))
                continue;
            report(path, bilingual("{} = \"{}\" 不晚于前一个节点（\"{}\"）；允许：严格递增的时刻",
                                   "{} = \"{}\" is not after the previous point (\"{}\"); allowed: strictly "
                                   "increasing times",
                                   path, clockLiteral(profile[i].from), clockLiteral(profile[i - 1].from)));
        }
    }

    void checkRun() {
        const RunSpec& run = m_spec.run;
        if (anyRejected({"run.horizon"})) return;  // everything below is measured against it
        if (anyRejected({"run.warmup"})) return checkStreamHorizon();
        if (run.horizon > 0.0 && run.warmup >= run.horizon)
            report("run.warmup", bilingual("run.warmup = \"{}\" 不短于 run.horizon = \"{}\"；允许：warmup < horizon",
                                           "run.warmup = \"{}\" is not shorter than run.horizon = \"{}\"; allowed: "
                                           "warmup < horizon",
                                           formatDuration(run.warmup), formatDuration(run.horizon)));
        // A day is measured from its first arrival to its end; a warm-up belongs to steady-state runs.
        if (run.horizon <= 0.0 && run.warmup > 0.0)
            report("run.warmup", bilingual("run.warmup = \"{}\" 需要 run.horizon > 0；允许：单日运行（run.horizon = 0）时为 0",
                                           "run.warmup = \"{}\" needs run.horizon > 0; allowed: 0 for a day "
                                           "(run.horizon = 0)",
                                           formatDuration(run.warmup)));
        checkStreamHorizon();
    }

    void checkStreamHorizon() {
        if (m_spec.stream.enabled && m_spec.run.horizon <= 0.0)
            report("stream.enabled",
                   {"stream.enabled = true 需要 run.horizon > 0（到达流永不停止，现场不会清空）；"
                    "允许：设置 run.horizon，例如 \"1000h\"",
                    "stream.enabled = true needs run.horizon > 0 (a stream never lets the day "
                    "empty); allowed: set run.horizon, e.g. \"1000h\""});
    }

    void checkCodes(const std::string& listPath, const std::vector<std::string>& codes) {
        for (std::size_t j = 0; j < codes.size(); ++j) {
            if (codes[j] == "*" || std::find(m_codes.begin(), m_codes.end(), codes[j]) != m_codes.end()) continue;
            const std::string path = elementPath(listPath, j);
            report(path, bilingual("{} = \"{}\" 不是本场景的类别{}；允许：{}",
                                   "{} = \"{}\" is not a category of this scenario{}; allowed: {}", path, codes[j],
                                   didYouMean(suggestName(codes[j], m_codes)), joinNames(m_codes)));
        }
    }

    void checkPriorityClasses() {
        const std::vector<std::string>& classes = m_spec.priority.classes;
        for (std::size_t j = 0; j < classes.size(); ++j) {
            if (!classes[j].starts_with(kCategoryClassPrefix)) continue;
            const std::string code = classes[j].substr(kCategoryClassPrefix.size());
            if (std::find(m_codes.begin(), m_codes.end(), code) != m_codes.end()) continue;
            const std::string path = elementPath("triage.priority_classes", j);
            report(path, bilingual("{} = \"{}\" 没有指明本场景的类别{}；允许：类别代码 {}",
                                   "{} = \"{}\" names no category of this scenario{}; allowed: category codes {}", path,
                                   classes[j], didYouMean(suggestName(code, m_codes)), joinNames(m_codes)));
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
                report(path + ".selection",
                       bilingual("设置了 {}.selection，但 {} 不是主要领导接待室；允许：仅在 top_leader = true 时使用 "
                                 "[rooms.selection]",
                                 "{}.selection is set but {} is not the top leader's room; "
                                 "allowed: [rooms.selection] only with top_leader = true",
                                 path, path));
            }
            if (room.spec.topLeader) checkTopLeader(room, path, i, topLeader);
            checkRoomHours(room, path);
        }
        if (total > kMaxRooms) {
            report("rooms", bilingual("[[rooms]] 表展开后共有 {} 间接待室；允许：最多 {} 间",
                                      "the [[rooms]] tables expand into {} rooms; allowed: at most {}", total,
                                      kMaxRooms));
            return;
        }
        checkRoomNames();
    }

    // At most one top leader's room, and it is a single room.
    void checkTopLeader(const RoomDraft& room, const std::string& path, std::size_t index,
                        std::optional<std::size_t>& first) {
        if (room.count > 1) {
            report(path + ".count", bilingual("主要领导接待室的 {}.count = {}；允许：top_leader = true 时 count = 1",
                                              "{}.count = {} in the top leader's room; allowed: count = 1 when "
                                              "top_leader = true",
                                              path, room.count));
        }
        if (!first) {
            first = index;
            return;
        }
        report(path + ".top_leader",
               bilingual("{}.top_leader = true，但 {} 已是主要领导接待室；允许：最多一间主要领导接待室",
                         "{}.top_leader = true, but {} is already the top leader's room; "
                         "allowed: at most one top leader's room",
                         path, elementPath("rooms", *first)));
    }

    void checkRoomHours(const RoomDraft& room, const std::string& path) {
        const bool opensSet = m_draft.has(path + ".opens"), closesSet = m_draft.has(path + ".closes");
        if (!opensSet && !closesSet) return;  // the day's hours, checked with [day]
        if (anyRejected({path + ".opens", path + ".closes", "day.opens", "day.closes"})) return;
        const double opens = opensSet ? room.spec.opens : m_spec.day.opens;
        const double closes = closesSet ? room.spec.closes : m_spec.day.closes;
        if (opens < closes) return;
        report(closesSet ? path + ".closes" : path + ".opens",
               bilingual("{} 在 {} 开始接待、{} 关闭；允许：开始早于关闭（未设置的时间取接待日的时间）",
                         "{} opens at {} and closes at {}; allowed: opens before closes (unset hours are the "
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
                report(path + ".name",
                       bilingual("{}.name = \"{}\" 产生的接待室名称 \"{}\" 与 {} 相同；允许：互不相同的接待室名称",
                                 "{}.name = \"{}\" gives a room named \"{}\" like {}; allowed: "
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
        if (anyRejected({"appointments.count", "walk_ins", "stream", "run.horizon"})) return;
        if (appointments <= 0.0 && walkIns <= 0.0 && !stream) {
            report("", {"没有来访；允许：appointments.count > 0、在 walk_ins.until 之前 per_hour > 0 的 "
                        "walk_ins.profile，或 stream.enabled = true",
                        "no arrivals; allowed: appointments.count > 0, a walk_ins.profile with per_hour > 0 before "
                        "walk_ins.until, or stream.enabled = true"});
            return;
        }
        if (m_draft.rooms.empty() && !anyRejected({"rooms"}))
            report("rooms", {"无人接待：场景有来访但没有接待室；允许：至少一个 [[rooms]] 表",
                             "nobody is received: the scenario has arrivals but no rooms; allowed: at least one "
                             "[[rooms]] table"});
        const double streamArrivals =
            stream && m_spec.run.horizon > 0.0 ? m_spec.run.horizon / m_spec.stream.interarrival.mean() : 0.0;
        const double expected = appointments + walkIns + streamArrivals;
        if (expected > kMaxExpectedArrivals)
            report("", bilingual("每次重复约有 {:.0f} 次到达（appointments.count + 当日来访的到达率 + "
                                 "run.horizon / stream.interarrival 的均值）；允许：最多 {:.0f}",
                                 "about {:.0f} arrivals per replication (appointments.count + walk-in profile + "
                                 "run.horizon / mean stream.interarrival); allowed: at most {:.0f}",
                                 expected, kMaxExpectedArrivals));
    }

    void checkOutcomes() {
        const OutcomeSpec& o = m_spec.outcomes;
        if (o.onSpot + o.assigned + o.defined + o.referredLegal > 0.0) return;
        report("outcomes", {"处理结果的权重 on_spot、assigned、defined 和 referred_legal 都为 0；允许：权重 ≥ 0 且总和 > 0",
                            "the outcome weights on_spot, assigned, defined and referred_legal are all 0; allowed: "
                            "weights >= 0 with a sum > 0"});
    }

    const ScenarioDraft& m_draft;
    const ScenarioSpec& m_spec;
    DiagnosticList& m_diagnostics;
    std::vector<std::string> m_codes;
};

}  // namespace

void checkScenario(const ScenarioDraft& draft, DiagnosticList& diagnostics) { Checker(draft, diagnostics).run(); }

}  // namespace pujiang
