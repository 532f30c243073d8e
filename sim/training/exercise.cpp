#include "sim/training/exercise.h"

#include <algorithm>
#include <array>

#include "sim/core/random_stream.h"

namespace pujiang {

namespace {

template <typename Enum>
struct Named {
    Enum value;
    std::string_view name;
    Phrase label;
};

constexpr std::array<Named<TraineeRole>, 2> kRoles = {{
    {TraineeRole::Coordinator, "coordinator", {"现场调度", "coordinator"}},
    {TraineeRole::Leader, "leader", {"接访领导", "receiving leader"}},
}};

constexpr std::array<Named<SeedPolicy>, 2> kSeedPolicies = {{
    {SeedPolicy::Fixed, "fixed", {"固定", "fixed"}},
    {SeedPolicy::Drawn, "drawn", {"每次不同", "drawn"}},
}};

constexpr std::array<Named<InjectKind>, 7> kInjects = {{
    {InjectKind::CollectiveVisit, "collective_visit", {"集体访", "collective visit"}},
    {InjectKind::UrgentCase, "urgent_case", {"紧急来访", "urgent case"}},
    {InjectKind::RepeatCase, "repeat_case", {"重复访、积案", "long-standing repeat case"}},
    {InjectKind::LeaderAway, "leader_away", {"领导临时离开", "leader called away"}},
    {InjectKind::Rain, "rain", {"下雨，来访减少", "rain thins walk-ins"}},
    {InjectKind::LawyerAbsent, "lawyer_absent", {"律师缺席", "lawyer absent"}},
    {InjectKind::Media, "media", {"媒体到场", "media at the door"}},
}};

constexpr std::array<Named<ActionKind>, 7> kActions = {{
    {ActionKind::OpenRoom, "open_room", {"开放接待室", "open a room"}},
    {ActionKind::CloseRoom, "close_room", {"关闭接待室", "close a room"}},
    {ActionKind::CallLawyer, "call_lawyer", {"增派律师", "call a lawyer"}},
    {ActionKind::ExtendHours, "extend_hours", {"延长接待时间", "extend hours"}},
    {ActionKind::SendLeader, "send_leader", {"派领导接待集体访代表", "send a leader to a collective visit"}},
    {ActionKind::Redirect, "redirect", {"改派类别到接待室", "redirect a category to a room"}},
    {ActionKind::CallHead, "call_head", {"请部门负责人到场", "call a department head"}},
}};

template <typename Enum, std::size_t N>
const Named<Enum>& find(const std::array<Named<Enum>, N>& table, Enum value) {
    return *std::find_if(table.begin(), table.end(), [value](const auto& row) { return row.value == value; });
}

template <typename Enum, std::size_t N>
std::vector<std::string> names(const std::array<Named<Enum>, N>& table) {
    std::vector<std::string> out;
    for (const auto& row : table) out.emplace_back(row.name);
    return out;
}

}  // namespace

std::string_view roleName(TraineeRole role) { return find(kRoles, role).name; }
Phrase roleLabel(TraineeRole role) { return find(kRoles, role).label; }
std::string_view seedPolicyName(SeedPolicy policy) { return find(kSeedPolicies, policy).name; }
std::string_view injectKindName(InjectKind kind) { return find(kInjects, kind).name; }
Phrase injectKindLabel(InjectKind kind) { return find(kInjects, kind).label; }
std::string_view actionKindName(ActionKind kind) { return find(kActions, kind).name; }
Phrase actionKindLabel(ActionKind kind) { return find(kActions, kind).label; }
std::vector<std::string> roleNames() { return names(kRoles); }
std::vector<std::string> seedPolicyNames() { return names(kSeedPolicies); }
std::vector<std::string> injectKindNames() { return names(kInjects); }
std::vector<std::string> actionKindNames() { return names(kActions); }

InterventionKind interventionKindOf(ActionKind kind) {
    switch (kind) {
    case ActionKind::OpenRoom: return InterventionKind::OpenRoom;
    case ActionKind::CloseRoom: return InterventionKind::CloseRoom;
    case ActionKind::CallLawyer: return InterventionKind::CallLawyer;
    case ActionKind::ExtendHours: return InterventionKind::ExtendHours;
    case ActionKind::SendLeader: return InterventionKind::SendLeader;
    case ActionKind::Redirect: return InterventionKind::Redirect;
    case ActionKind::CallHead: return InterventionKind::CallHead;
    }
    return InterventionKind::OpenRoom;
}

std::optional<ActionKind> actionKindOf(InterventionKind kind) {
    for (const auto& row : kActions)
        if (interventionKindOf(row.value) == kind) return row.value;
    return std::nullopt;
}

double CostTable::of(ActionKind kind) const {
    switch (kind) {
    case ActionKind::OpenRoom: return openRoom;
    case ActionKind::CloseRoom: return closeRoom;
    case ActionKind::CallLawyer: return callLawyer;
    case ActionKind::ExtendHours: return overtimeHour;
    case ActionKind::SendLeader: return sendLeader;
    case ActionKind::Redirect: return redirect;
    case ActionKind::CallHead: return callHead;
    }
    return 0.0;
}

std::optional<int> ActionLimits::of(ActionKind kind) const {
    switch (kind) {
    case ActionKind::OpenRoom: return openRoom;
    case ActionKind::CloseRoom: return closeRoom;
    case ActionKind::CallLawyer: return callLawyer;
    case ActionKind::ExtendHours: return extendHours;
    case ActionKind::SendLeader: return sendLeader;
    case ActionKind::Redirect: return redirect;
    case ActionKind::CallHead: return callHead;
    }
    return std::nullopt;
}

bool Exercise::hasRole(TraineeRole role) const { return std::find(roles.begin(), roles.end(), role) != roles.end(); }

std::uint64_t Exercise::seedFor(std::uint64_t attempt) const {
    return seedPolicy == SeedPolicy::Fixed ? seed : mixSeeds(seed, attempt);
}

}  // namespace pujiang
