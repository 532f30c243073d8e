#include "sim/reception/scenario_spec.h"

#include <algorithm>

namespace pujiang {

std::vector<CategorySpec> defaultCategories() {
    // The subject categories of petitions met on reception days, with an assumed mix (the sources
    // give none). Collective-prone categories get a modest collective-visit probability. The
    // scenario reference prints this table.
    constexpr double kCollective = 0.15;
    return {
        {"INFRA", "交通与基础设施", "Infrastructure", 8.0, 0.0, kCollective, false},
        {"LAND", "土地", "Land", 15.0, 0.0, kCollective, false},
        {"DEMOL", "征迁与住房", "Demolition & housing", 12.0, 0.0, kCollective, false},
        {"LABOUR", "劳动与社保", "Labour & social security", 12.0, 0.0, kCollective, false},
        {"ENV", "环境", "Environment", 10.0, 0.0, kCollective, false},
        {"PLAN", "规划与违建", "Planning & building", 8.0, 0.0, 0.0, false},
        {"DISC", "纪检监察", "Discipline", 7.0, 0.0, 0.0, false},
        {"LEGAL", "涉法涉诉", "Law-related", 10.0, 1.0, 0.0, false},
        {"ENTER", "企业与营商", "Enterprise", 4.0, 0.0, 0.0, false},
        {"POLICY", "政策性问题", "Policy", 6.0, 0.0, kCollective, true},
        {"SUGG", "建议", "Suggestion", 2.0, 0.0, 0.0, false},
        {"OTHER", "其他", "Other", 6.0, 0.0, 0.0, false},
    };
}

const char* leaderLevelName(LeaderLevel level) {
    switch (level) {
    case LeaderLevel::Province: return "province";
    case LeaderLevel::City: return "city";
    case LeaderLevel::County: return "county";
    case LeaderLevel::Township: return "township";
    }
    return "?";
}

const char* disciplineName(QueueDiscipline discipline) {
    switch (discipline) {
    case QueueDiscipline::Fifo: return "fifo";
    case QueueDiscipline::AppointmentsFirst: return "appointments_first";
    case QueueDiscipline::PriorityClasses: return "priority";
    case QueueDiscipline::ShortestExpectedFirst: return "shortest_expected_first";
    }
    return "?";
}

const char* routingName(RoutingPolicy policy) {
    switch (policy) {
    case RoutingPolicy::WaitForMatch: return "wait_for_match";
    case RoutingPolicy::AnyFreeRoom: return "any_free_room";
    case RoutingPolicy::GeneralRoom: return "general_room";
    }
    return "?";
}

const char* closingRuleName(ClosingRule rule) {
    switch (rule) {
    case ClosingRule::FinishCurrent: return "finish_current";
    case ClosingRule::ServeAllPresent: return "serve_all_present";
    case ClosingRule::StopAtClose: return "stop_at_close";
    }
    return "?";
}

const char* outcomeName(Outcome outcome) {
    switch (outcome) {
    case Outcome::OnSpot: return "on_spot";
    case Outcome::Assigned: return "assigned";
    case Outcome::Defined: return "defined";
    case Outcome::ReferredLegal: return "referred_legal";
    }
    return "?";
}

}  // namespace pujiang
