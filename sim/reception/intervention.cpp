#include "sim/reception/intervention.h"

#include <array>
#include <charconv>
#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

#include "sim/core/localized_error.h"
#include "sim/core/message_text.h"

namespace pujiang {

namespace {

constexpr std::array<std::string_view, 13> kNames = {
    "open_room", "close_room",  "call_lawyer",   "extend_hours", "decide",   "arrive",   "leader_away",
    "walk_in_factor", "lawyer_absent", "media", "send_leader", "redirect", "call_head"};
constexpr std::string_view kHeader = "time_min,events_before,kind,room,minutes,batch,outcome,category,persons,flags,factor";
constexpr std::string_view kHeaderBeforeInjects = "time_min,events_before,kind,room,minutes,batch,outcome";
constexpr std::string_view kHeaderBeforeDecisions = "time_min,events_before,kind,room,minutes";
constexpr std::string_view kKindList =
    "open_room, close_room, call_lawyer, extend_hours, decide, arrive, leader_away, walk_in_factor, "
    "lawyer_absent, media, send_leader, redirect, call_head";
constexpr std::string_view kKindListZh =
    "open_room、close_room、call_lawyer、extend_hours、decide、arrive、leader_away、walk_in_factor、"
    "lawyer_absent、media、send_leader、redirect、call_head";

bool usesBatch(InterventionKind k) { return k == InterventionKind::Decide || k == InterventionKind::SendLeader; }
bool usesCategory(InterventionKind k) { return k == InterventionKind::Arrive || k == InterventionKind::Redirect; }

std::string flagsText(const Intervention& i) {
    std::string out;
    auto add = [&](bool on, std::string_view name) {
        if (!on) return;
        if (!out.empty()) out += '+';
        out += name;
    };
    add(i.collective, "collective");
    add(i.urgent, "urgent");
    add(i.longStanding, "long_standing");
    return out;
}

// Sets the flags named in `text` ('+'-separated); false on an unknown name.
bool parseFlags(std::string_view text, Intervention& i) {
    while (!text.empty()) {
        const std::size_t plus = text.find('+');
        const std::string_view name = text.substr(0, plus);
        if (name == "collective") i.collective = true;
        else if (name == "urgent") i.urgent = true;
        else if (name == "long_standing") i.longStanding = true;
        else return false;
        text = plus == std::string_view::npos ? std::string_view() : text.substr(plus + 1);
    }
    return true;
}

std::vector<std::string_view> splitFields(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = line.find(',', start);
        fields.push_back(line.substr(start, comma - start));
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return fields;
}

template <class T>
bool parseNumber(std::string_view text, T& value) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

std::string_view interventionKindName(InterventionKind kind) { return kNames[static_cast<std::size_t>(kind)]; }

std::optional<InterventionKind> parseInterventionKind(std::string_view name) {
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) return static_cast<InterventionKind>(i);
    return std::nullopt;
}

std::optional<Outcome> parseOutcome(std::string_view name) {
    for (int o = 0; o < kOutcomeCount; ++o)
        if (name == outcomeName(static_cast<Outcome>(o))) return static_cast<Outcome>(o);
    return std::nullopt;
}

std::string formatInterventionLog(const std::vector<Intervention>& log, const InterventionLogOrigin& origin) {
    std::string out = fmt::format("# scenario={} seed={}\n{}\n", origin.scenario, origin.seed, kHeader);
    for (const Intervention& i : log) {
        // Shortest round-trip formatting: parsing gives back the very same doubles.
        const bool decision = i.kind == InterventionKind::Decide;
        const bool arrival = i.kind == InterventionKind::Arrive;
        const std::string room = i.room != kWholeDay                    ? std::to_string(i.room + 1)
                                 : i.kind == InterventionKind::Redirect ? std::string("none")
                                                                        : std::string("all");
        out += fmt::format("{},{},{},{},{},{},{},{},{},{},{}\n", i.time, i.eventsBefore, interventionKindName(i.kind),
                           room, i.minutes, usesBatch(i.kind) ? std::to_string(i.batch) : std::string(),
                           decision ? outcomeName(i.outcome) : "",
                           usesCategory(i.kind) ? std::to_string(i.category) : std::string(),
                           arrival ? std::to_string(i.persons) : std::string(), arrival ? flagsText(i) : std::string(),
                           i.kind == InterventionKind::WalkInFactor ? fmt::format("{}", i.factor) : std::string());
    }
    return out;
}

std::vector<Intervention> parseInterventionLog(std::string_view text) {
    std::vector<Intervention> log;
    std::size_t lineNumber = 0;
    while (!text.empty()) {
        const std::size_t newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#' || line == kHeader || line == kHeaderBeforeInjects ||
            line == kHeaderBeforeDecisions)
            continue;
        // `what` names the fault in both languages; fields and values stay as written.
        auto fail = [&](const OwnedPhrase& what) {
            throw LocalizedError(bilingual("第 {} 行：{}；允许：{}，kind 为 {} 之一",
                                           "line {}: {}; allowed: {} with kind one of {}", lineNumber, what, kHeader,
                                           Phrase{kKindListZh, kKindList}));
        };
        const std::vector<std::string_view> fields = splitFields(line);
        if (fields.size() != 11 && fields.size() != 7 && fields.size() != 5)
            fail(bilingual("{} 个字段", "{} fields", fields.size()));
        Intervention item;
        if (!parseNumber(fields[0], item.time) || !std::isfinite(item.time) || item.time < 0.0)
            fail({"time_min 不是 >= 0 的有限数", "time_min is not a finite number >= 0"});
        if (!parseNumber(fields[1], item.eventsBefore)) fail({"events_before 不是整数", "events_before is not a whole number"});
        const std::optional<InterventionKind> kind = parseInterventionKind(fields[2]);
        if (!kind) fail(bilingual("未知的 kind '{}'", "unknown kind '{}'", fields[2]));
        item.kind = *kind;
        if (fields[3] == "all" || fields[3] == "none") {
            item.room = kWholeDay;
        } else {
            std::uint32_t room = 0;
            if (!parseNumber(fields[3], room) || room == 0)
                fail({"room 不是 >= 1 的接待室号或 'all'、'none'", "room is not a room number >= 1, 'all' or 'none'"});
            item.room = room - 1;
        }
        if (!parseNumber(fields[4], item.minutes) || !std::isfinite(item.minutes) || item.minutes < 0.0)
            fail({"minutes 不是 >= 0 的有限数", "minutes is not a finite number >= 0"});
        // Fields 5 and on, as far as the line has them; absent ones read as empty.
        auto field = [&](std::size_t k) { return k < fields.size() ? fields[k] : std::string_view(); };
        if (usesBatch(item.kind)) {
            if (!parseNumber(field(5), item.batch) || item.batch < 0)
                fail(bilingual("{} 行需要 batch，一个 >= 0 的整数", "a {} line needs batch, a whole number >= 0",
                               fields[2]));
        } else if (!field(5).empty()) {
            fail({"batch 只用于 decide、send_leader 行", "batch is only for decide and send_leader lines"});
        }
        if (item.kind == InterventionKind::Decide) {
            const std::optional<Outcome> outcome = parseOutcome(field(6));
            if (!outcome) fail(bilingual("未知的 outcome '{}'（可用 on_spot、assigned、defined、referred_legal）",
                                   "unknown outcome '{}'; allowed: on_spot, assigned, defined, referred_legal", field(6)));
            item.outcome = *outcome;
        } else if (!field(6).empty()) {
            fail({"outcome 只用于 decide 行", "outcome is only for decide lines"});
        }
        if (usesCategory(item.kind)) {
            if (!parseNumber(field(7), item.category))
                fail(bilingual("{} 行需要 category，一个 >= 0 的类别序号", "a {} line needs category, a category index >= 0",
                               fields[2]));
        } else if (!field(7).empty()) {
            fail({"category 只用于 arrive、redirect 行", "category is only for arrive and redirect lines"});
        }
        if (item.kind == InterventionKind::Arrive) {
            if (!parseNumber(field(8), item.persons) || item.persons == 0)
                fail({"arrive 行需要 persons，一个 >= 1 的整数", "an arrive line needs persons, a whole number >= 1"});
            if (!parseFlags(field(9), item))
                fail(bilingual("未知的 flags '{}'（可用 collective、urgent、long_standing，以 + 连接）",
                               "unknown flags '{}'; allowed: collective, urgent, long_standing joined by +", field(9)));
        } else if (!field(8).empty() || !field(9).empty()) {
            fail({"persons 和 flags 只用于 arrive 行", "persons and flags are only for arrive lines"});
        }
        if (item.kind == InterventionKind::WalkInFactor) {
            if (!parseNumber(field(10), item.factor) || !std::isfinite(item.factor))
                fail({"walk_in_factor 行需要 factor，一个有限数", "a walk_in_factor line needs factor, a finite number"});
        } else if (!field(10).empty()) {
            fail({"factor 只用于 walk_in_factor 行", "factor is only for walk_in_factor lines"});
        }
        if (!log.empty() && item.eventsBefore < log.back().eventsBefore) fail({"events_before 比上一行小", "events_before goes backwards"});
        log.push_back(item);
    }
    return log;
}

std::optional<InterventionLogOrigin> interventionLogOrigin(std::string_view text) {
    const std::string_view line = text.substr(0, text.find('\n'));
    constexpr std::string_view kScenario = "# scenario=", kSeed = " seed=";
    if (!line.starts_with(kScenario)) return std::nullopt;
    const std::size_t seedAt = line.rfind(kSeed);
    if (seedAt == std::string_view::npos || seedAt < kScenario.size()) return std::nullopt;
    InterventionLogOrigin origin;
    origin.scenario = std::string(line.substr(kScenario.size(), seedAt - kScenario.size()));
    std::string_view seed = line.substr(seedAt + kSeed.size());
    if (!seed.empty() && seed.back() == '\r') seed.remove_suffix(1);
    if (!parseNumber(seed, origin.seed)) return std::nullopt;
    return origin;
}

}  // namespace pujiang
