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

constexpr std::array<std::string_view, 5> kNames = {"open_room", "close_room", "call_lawyer", "extend_hours",
                                                    "decide"};
constexpr std::string_view kHeader = "time_min,events_before,kind,room,minutes,batch,outcome";
constexpr std::string_view kHeaderBeforeDecisions = "time_min,events_before,kind,room,minutes";

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
        out += fmt::format("{},{},{},{},{},{},{}\n", i.time, i.eventsBefore, interventionKindName(i.kind),
                           i.room == kWholeDay ? std::string("all") : std::to_string(i.room + 1), i.minutes,
                           decision ? std::to_string(i.batch) : std::string(), decision ? outcomeName(i.outcome) : "");
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
        if (line.empty() || line.front() == '#' || line == kHeader || line == kHeaderBeforeDecisions) continue;
        // `what` names the fault in both languages; fields and values stay as written.
        auto fail = [&](const OwnedPhrase& what) {
            throw LocalizedError(bilingual("第 {} 行：{}；允许：{}，kind 为 open_room、close_room、call_lawyer、"
                                           "extend_hours、decide 之一",
                                           "line {}: {}; allowed: {} with kind one of open_room, close_room, "
                                           "call_lawyer, extend_hours, decide",
                                           lineNumber, what, kHeader));
        };
        const std::vector<std::string_view> fields = splitFields(line);
        if (fields.size() != 7 && fields.size() != 5) fail(bilingual("{} 个字段", "{} fields", fields.size()));
        Intervention item;
        if (!parseNumber(fields[0], item.time) || !std::isfinite(item.time) || item.time < 0.0)
            fail({"time_min 不是 >= 0 的有限数", "time_min is not a finite number >= 0"});
        if (!parseNumber(fields[1], item.eventsBefore)) fail({"events_before 不是整数", "events_before is not a whole number"});
        const std::optional<InterventionKind> kind = parseInterventionKind(fields[2]);
        if (!kind) fail(bilingual("未知的 kind '{}'", "unknown kind '{}'", fields[2]));
        item.kind = *kind;
        if (fields[3] == "all") {
            item.room = kWholeDay;
        } else {
            std::uint32_t room = 0;
            if (!parseNumber(fields[3], room) || room == 0) fail({"room 不是 >= 1 的接待室号或 'all'", "room is not a room number >= 1 or 'all'"});
            item.room = room - 1;
        }
        if (!parseNumber(fields[4], item.minutes) || !std::isfinite(item.minutes) || item.minutes < 0.0)
            fail({"minutes 不是 >= 0 的有限数", "minutes is not a finite number >= 0"});
        if (item.kind == InterventionKind::Decide) {
            if (fields.size() != 7 || !parseNumber(fields[5], item.batch) || item.batch < 0)
                fail({"decide 行需要 batch，一个 >= 0 的整数", "a decide line needs batch, a whole number >= 0"});
            const std::optional<Outcome> outcome = parseOutcome(fields[6]);
            if (!outcome) fail(bilingual("未知的 outcome '{}'（可用 on_spot、assigned、defined、referred_legal）",
                                   "unknown outcome '{}'; allowed: on_spot, assigned, defined, referred_legal", fields[6]));
            item.outcome = *outcome;
        } else if (fields.size() == 7 && (!fields[5].empty() || !fields[6].empty())) {
            fail({"batch 和 outcome 只用于 decide 行", "batch and outcome are only for decide lines"});
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
