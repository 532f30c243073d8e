#include "tests/differential/rule_scenarios.h"

namespace pujiang {

namespace {

// A morning of steady walk-ins in one category, received by the rooms the caller adds.
ScenarioSpec walkInMorning(double perHour, double closes = 12 * 60.0) {
    ScenarioSpec spec;
    spec.name = "rule_scenario";
    spec.day.opens = 8 * 60.0;
    spec.day.closes = closes;
    CategorySpec category;
    category.code = "C0";
    spec.categories = {category};
    spec.walkIns.profile = {{8 * 60.0, perHour}};
    spec.walkIns.until = closes - 30.0;
    return spec;
}

RoomSpec room(const char* name, int tables, double consultationMinutes, const ScenarioSpec& day) {
    RoomSpec r;
    r.name = name;
    r.tables = tables;
    r.departments = {"C0"};
    r.opens = day.day.opens;
    r.closes = day.day.closes;
    r.consultation = Distribution::constant(consultationMinutes);
    return r;
}

}  // namespace

ScenarioSpec generalRoomFallbackDay() {
    ScenarioSpec spec = walkInMorning(6.0);
    spec.routing = RoutingPolicy::GeneralRoom;
    spec.rooms = {room("Covering", 1, 30.0, spec), room("General", 3, 10.0, spec)};
    spec.rooms[1].departments.clear();
    spec.rooms[1].general = true;
    return spec;
}

ScenarioSpec scarceLawyerDay() {
    ScenarioSpec spec = walkInMorning(5.0);
    spec.categories[0].lawRelatedProbability = 1.0;
    spec.rooms = {room("Room", 2, 20.0, spec)};
    spec.lawyers.count = 1;
    spec.lawyers.requiredForLawRelated = true;
    spec.lawyers.maxWait = 10.0;
    return spec;
}

ScenarioSpec slowRegistrationDay() {
    ScenarioSpec spec = walkInMorning(6.0);
    spec.registration.desks = 1;
    spec.registration.service = Distribution::constant(8.0);
    spec.batches.patience = Distribution::constant(25.0);
    spec.rooms = {room("Room", 1, 15.0, spec)};
    return spec;
}

ScenarioSpec longCasesFirstDay() {
    // Saturated room (mean consultation 12 min, 5 arrivals an hour): the order of service shows.
    ScenarioSpec spec = walkInMorning(5.0, 15 * 60.0);
    spec.batches.longStandingProbability = 0.3;
    spec.batches.longStandingComplexity = 6.0;
    spec.priority.classes = {"long_standing", "other"};
    spec.rooms = {room("Room", 1, 4.8, spec)};
    spec.rooms[0].discipline = QueueDiscipline::PriorityClasses;
    return spec;
}

ScenarioSpec longBreakDay() {
    ScenarioSpec spec = walkInMorning(4.0);
    spec.rooms = {room("Room", 2, 15.0, spec)};
    spec.rooms[0].breaks = {{9.5 * 60.0, 10.5 * 60.0}};
    return spec;
}

ScenarioSpec rebalancingDay() {
    ScenarioSpec spec = walkInMorning(6.0);
    spec.rebalance = true;
    spec.rooms = {room("Room 1", 1, 12.0, spec), room("Room 2", 1, 12.0, spec)};
    spec.rooms[1].breaks = {{9 * 60.0, 10.5 * 60.0}};
    return spec;
}

}  // namespace pujiang
