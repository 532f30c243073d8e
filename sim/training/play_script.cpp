#include "sim/training/play_script.h"

#include <algorithm>
#include <charconv>
#include <span>
#include <vector>

#include <fmt/format.h>

#include "sim/core/localized_error.h"
#include "sim/core/message_text.h"
#include "sim/scenario/suggest.h"
#include "sim/scenario/units.h"
#include "sim/training/case_card_keys.h"

namespace pujiang {

namespace {

std::vector<std::string_view> words(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
        if (i > start) out.push_back(line.substr(start, i - start));
    }
    return out;
}

// " (did you mean 'x'?)" when a candidate is near the word.
std::string near(std::string_view word, std::span<const std::string> candidates) {
    const std::optional<std::string> name = suggestName(word, candidates);
    return name ? fmt::format(" (did you mean '{}'?)", *name) : std::string();
}

[[noreturn]] void refuse(std::string_view what, std::string_view allowed) {
    throw LocalizedError(bilingual("{}；允许：{}", "{}; allowed: {}", std::string(what), std::string(allowed)));
}

void expectArguments(const std::vector<std::string_view>& w, std::size_t count, std::string_view usage) {
    if (w.size() != count + 1) refuse(fmt::format("'{}' takes {} argument(s)", w[0], count), usage);
}

std::uint32_t roomOf(std::string_view text, const Exercise& exercise) {
    const std::size_t rooms = exercise.spec.rooms.size();
    int room = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), room);
    if (ec != std::errc() || end != text.data() + text.size() || room < 1 || static_cast<std::size_t>(room) > rooms)
        refuse(fmt::format("room={} is not a room", text), fmt::format("1..{}", rooms));
    return static_cast<std::uint32_t>(room - 1);
}

PlannedAction actionOf(const std::vector<std::string_view>& w, const Exercise& exercise) {
    if (w.size() < 2) refuse("'act' needs an action", joinNames(actionKindNames()));
    const std::vector<std::string> kinds = actionKindNames();
    PlannedAction action;
    bool known = false;
    for (std::size_t k = 0; k < kinds.size(); ++k)
        if (kinds[k] == w[1]) {
            action.kind = static_cast<ActionKind>(k);
            known = true;
        }
    if (!known) refuse(fmt::format("'{}' is not an action{}", w[1], near(w[1], kinds)), joinNames(kinds));
    bool hasRoom = false, hasMinutes = false, hasCategory = false, hasInject = false;
    for (std::size_t i = 2; i < w.size(); ++i) {
        const std::size_t eq = w[i].find('=');
        const std::string_view key = w[i].substr(0, eq);
        const std::string_view value = eq == std::string_view::npos ? std::string_view() : w[i].substr(eq + 1);
        if (eq == std::string_view::npos || value.empty())
            refuse(fmt::format("'{}' is not key=value", w[i]), "room=N, minutes=DURATION, category=CODE, inject=N");
        if (key == "room") {
            action.room = roomOf(value, exercise);
            hasRoom = true;
        } else if (key == "minutes") {
            const std::optional<double> minutes = parseDuration(value);
            if (!minutes || *minutes <= 0.0 || *minutes > 720.0)
                refuse(fmt::format("minutes={} is not a duration", value), "a duration > 0, at most 12h: \"45min\", \"1.5h\"");
            action.minutes = *minutes;
            hasMinutes = true;
        } else if (key == "category") {
            std::vector<std::string> codes;
            for (const auto& c : exercise.spec.categories) codes.push_back(c.code);
            if (std::find(codes.begin(), codes.end(), value) == codes.end())
                refuse(fmt::format("category={} is not a category{}", value, near(value, codes)), joinNames(codes));
            action.category = std::string(value);
            hasCategory = true;
        } else if (key == "inject") {
            int inject = 0;
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), inject);
            const std::size_t count = exercise.injects.size();
            if (ec != std::errc() || end != value.data() + value.size() || inject < 1 || static_cast<std::size_t>(inject) > count)
                refuse(fmt::format("inject={} is not an inject of this exercise", value), fmt::format("1..{}", count));
            action.inject = inject;
            hasInject = true;
        } else {
            refuse(fmt::format("'{}' is not a key of an action", key), "room, minutes, category, inject");
        }
    }
    // What each kind needs, as [[reference.actions]] requires it.
    const std::string_view kind = w[1];
    switch (action.kind) {
    case ActionKind::OpenRoom:
    case ActionKind::CloseRoom:
    case ActionKind::CallHead:
        if (!hasRoom) refuse(fmt::format("'{}' needs room=", kind), "room=N");
        break;
    case ActionKind::ExtendHours:
        if (!hasMinutes) refuse("'extend_hours' needs minutes=", "minutes=DURATION [room=N]");
        break;
    case ActionKind::SendLeader:
        if (!hasRoom || !hasInject) refuse("'send_leader' needs inject= and room=", "inject=N room=N");
        break;
    case ActionKind::Redirect:
        if (!hasRoom || !hasCategory) refuse("'redirect' needs category= and room=", "category=CODE room=N");
        break;
    case ActionKind::CallLawyer: break;
    }
    return action;
}

}  // namespace

std::string playCommandsHelp() {
    return "next, until HH:MM, decide " + joinNames(dispositionNames()) + ", pass, act " + joinNames(actionKindNames()) +
           " [room=N minutes=DURATION category=CODE inject=N], status, finish";
}

std::optional<PlayCommand> parsePlayLine(std::string_view line, const Exercise& exercise) {
    const std::vector<std::string_view> w = words(line);
    if (w.empty() || w[0].front() == '#') return std::nullopt;
    const std::string_view verb = w[0];
    if (verb == "next") {
        expectArguments(w, 0, "next");
        return PlayNext{};
    }
    if (verb == "until") {
        expectArguments(w, 1, "until HH:MM");
        const std::optional<double> clock = parseClock(w[1]);
        if (!clock) refuse(fmt::format("'{}' is not a clock time", w[1]), "HH:MM, 00:00..47:59");
        return PlayUntil{*clock};
    }
    if (verb == "decide") {
        expectArguments(w, 1, "decide " + joinNames(dispositionNames()));
        const std::optional<Disposition> d = parseDisposition(w[1]);
        if (!d) refuse(fmt::format("'{}' is not a disposition{}", w[1], near(w[1], dispositionNames())),
                       joinNames(dispositionNames()));
        return PlayDecide{*d};
    }
    if (verb == "pass") {
        expectArguments(w, 0, "pass");
        return PlayPass{};
    }
    if (verb == "act") return PlayAct{actionOf(w, exercise)};
    if (verb == "status") {
        expectArguments(w, 0, "status");
        return PlayStatus{};
    }
    if (verb == "finish") {
        expectArguments(w, 0, "finish");
        return PlayFinish{};
    }
    const std::vector<std::string> verbs = {"next", "until", "decide", "pass", "act", "status", "finish"};
    refuse(fmt::format("'{}' is not a command{}", verb, near(verb, verbs)), playCommandsHelp());
}

}  // namespace pujiang
