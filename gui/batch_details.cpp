#include "gui/batch_details.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "gui/room_phase.h"

namespace pujiang::gui {

namespace {

const char* levelId(LeaderLevel level) {
    switch (level) {
    case LeaderLevel::Province: return "level.province";
    case LeaderLevel::City: return "level.city";
    case LeaderLevel::County: return "level.county";
    case LeaderLevel::Township: return "level.township";
    }
    return "level.county";
}

const char* stateId(BatchState state) {
    switch (state) {
    case BatchState::WaitingRegistration: return "stage.waiting_registration";
    case BatchState::Registering: return "stage.registering";
    case BatchState::WaitingRoom: return "stage.waiting_room";
    case BatchState::WaitingLawyer: return "stage.waiting_lawyer";
    case BatchState::InConsultation: return "stage.consultation";
    default: return "stage.expected";
    }
}

const char* sourceId(ArrivalSource source) {
    switch (source) {
    case ArrivalSource::Appointment: return "source.appointment";
    case ArrivalSource::WalkIn: return "source.walk_in";
    case ArrivalSource::Stream: return "source.stream";
    }
    return "source.walk_in";
}

std::string minutes(double value) { return fmt::format("{:.0f}", std::max(0.0, value)); }

}  // namespace

std::string formatClock(double minutes) {
    const long total = std::lround(std::floor(std::max(0.0, minutes)));
    return fmt::format("{:02}:{:02}", total / 60, total % 60);
}

std::string categoryName(const ScenarioSpec& spec, std::size_t category, const UiStrings& text) {
    if (category >= spec.categories.size()) return "?";
    const CategorySpec& c = spec.categories[category];
    const std::string& name = text.language() == Language::Zh ? c.nameZh : c.nameEn;
    return name.empty() ? c.code : name;
}

std::vector<std::pair<std::string, std::string>> batchDetails(const Batch& b, const ReceptionDay& day,
                                                              const ScenarioSpec& spec, const UiStrings& text) {
    std::vector<std::pair<std::string, std::string>> lines;
    const auto add = [&](const char* id, std::string value) { lines.emplace_back(text.get(id), std::move(value)); };
    const double now = day.now();
    add("batch.serial", fmt::format("#{}", b.serial + 1));
    add("batch.category", categoryName(spec, b.category, text));
    add("batch.group", fmt::format("{} (+{})", b.groupSize, b.companions));
    add("batch.source", text.get(sourceId(b.source)));
    if (b.source == ArrivalSource::Appointment) add("batch.slot", formatClock(b.appointmentTime));
    add("batch.arrival", formatClock(b.arrivalTime));
    add("batch.stage", text.get(stateId(b.state)));
    const bool waiting = b.state == BatchState::WaitingRegistration || b.state == BatchState::WaitingRoom ||
                         b.state == BatchState::WaitingLawyer;
    const double waited = b.waitedSoFar + (waiting ? now - b.queueEntryTime : 0.0);
    add("batch.waited", minutes(waited));
    if (b.state == BatchState::WaitingRoom || b.state == BatchState::WaitingRegistration)
        add("batch.patience", std::isfinite(b.patienceEnd) ? minutes(b.patienceEnd - now) : std::string(text.get("batch.no_limit")));
    if (b.targetRoom < spec.rooms.size() && b.state != BatchState::WaitingRegistration &&
        b.state != BatchState::Registering)
        add("batch.room", spec.rooms[b.targetRoom].name);
    if (b.state == BatchState::InConsultation) add("batch.in_consultation", minutes(now - b.serviceStart));
    std::string flags;
    const auto flag = [&](bool on, const char* id) {
        if (!on) return;
        if (!flags.empty()) flags += text.language() == Language::Zh ? "、" : ", ";
        flags += text.get(id);
    };
    flag(b.collective, "flag.collective");
    flag(b.urgent, "flag.urgent");
    flag(b.lawRelated, "flag.law_related");
    flag(b.repeat, "flag.repeat");
    flag(b.longStanding, "flag.long_standing");
    flag(b.topSelected, "flag.top_leader");
    flag(b.withLawyer, "flag.with_lawyer");
    if (!flags.empty()) add("batch.flags", flags);
    return lines;
}

std::string teamLevel(const RoomSpec& room, const UiStrings& text) {
    std::string level = text.get(levelId(room.leaderLevel));
    if (room.topLeader) level += std::string(" ") + text.get("room.top_leader");
    return level;
}

std::string teamSummary(const RoomSpec& room, const ScenarioSpec& spec, const UiStrings& text) {
    std::string departments;
    for (const std::string& code : room.departments) {
        std::string name = code;
        if (code == "*") {
            name = text.get("room.all_departments");
        } else {
            for (std::size_t c = 0; c < spec.categories.size(); ++c)
                if (spec.categories[c].code == code) name = categoryName(spec, c, text);
        }
        if (!departments.empty()) departments += text.language() == Language::Zh ? "、" : ", ";
        departments += name;
    }
    if (room.general) departments += std::string(departments.empty() ? "" : " ") + text.get("room.general");
    std::string summary = teamLevel(room, text);
    if (!departments.empty()) summary += " · " + departments;
    return summary;
}

std::vector<std::pair<std::string, std::string>> roomDetails(std::size_t r, const ReceptionDay& day,
                                                             const ScenarioSpec& spec, const UiStrings& text) {
    std::vector<std::pair<std::string, std::string>> lines;
    const auto add = [&](const char* id, std::string value) { lines.emplace_back(text.get(id), std::move(value)); };
    const RoomSpec& room = spec.rooms[r];
    const ReceptionDay::RoomView view = day.roomView(r);
    add("room.name", room.name);
    add("room.team", teamSummary(room, spec, text));
    add("room.hours", fmt::format("{} - {}", formatClock(room.opens),
                                  std::isfinite(view.closes) ? formatClock(view.closes) : std::string("…")));
    add("room.state", text.get(roomPhaseTextId(view.phase)));
    add("floor.tables", fmt::format("{}/{}", view.busyTables, view.tables));
    add("floor.waiting", fmt::format("{}", view.waiting));
    int lawyers = 0;
    for (const Batch& b : day.batches()) {
        if (b.targetRoom != r) continue;
        if (b.state == BatchState::InConsultation) {
            if (b.withLawyer) ++lawyers;
            lines.emplace_back(fmt::format("{} #{}", text.get("room.in_hand"), b.serial + 1),
                               fmt::format("{} · {} {}", categoryName(spec, b.category, text),
                                           minutes(day.now() - b.serviceStart), text.get("unit.min")));
        } else if (b.state == BatchState::WaitingLawyer) {
            lines.emplace_back(fmt::format("{} #{}", text.get("room.in_hand"), b.serial + 1),
                               fmt::format("{} · {}", categoryName(spec, b.category, text),
                                           text.get("stage.waiting_lawyer")));
        }
    }
    add("room.lawyer", lawyers > 0 ? fmt::format("{}", lawyers) : std::string(text.get("room.no_lawyer")));
    return lines;
}

}  // namespace pujiang::gui
