#include "sim/reception/spec_builders.h"

namespace pujiang {

ScenarioSpec queueingSpec(int servers, double arrivalRate, Distribution service, double horizon, double warmup) {
    ScenarioSpec spec;
    spec.name = "queueing";
    spec.categories = {CategorySpec{"ALL", "全部", "All", 1.0, 0.0, 0.0, false}};
    spec.stream.enabled = true;
    spec.stream.interarrival = Distribution::exponential(1.0 / arrivalRate);
    spec.run.horizon = horizon;
    spec.run.warmup = warmup;
    RoomSpec room;
    room.name = "servers";
    room.tables = servers;
    room.departments = {"*"};
    room.consultation = service;
    spec.rooms = {room};
    return spec;
}

ScenarioSpec busyDaySpec() {
    ScenarioSpec spec;
    spec.name = "busy-day";
    spec.categories = defaultCategories();
    spec.day.opens = 8 * 60;
    spec.day.closes = 17 * 60;
    spec.batches.groupSize = Distribution::empirical({1, 2, 3, 4, 5}, {0.6, 0.2, 0.1, 0.05, 0.05});
    spec.batches.companions = Distribution::poisson(0.8);
    spec.batches.urgentProbability = 0.1;
    spec.batches.patience = Distribution::exponential(240.0);
    spec.batches.complexity = Distribution::gamma(4.0, 0.25);
    spec.appointments.count = 120;
    spec.appointments.noShowProbability = 0.05;
    spec.appointments.firstSlot = 8 * 60;
    spec.appointments.lastSlotEnd = 16 * 60;
    spec.appointments.offset = Distribution::uniform(-20.0, 20.0);
    spec.appointments.preparedProbability = 0.8;
    spec.walkIns.profile = {{7.5 * 60, 12.0}, {10 * 60, 4.0}, {14 * 60, 2.0}};
    spec.walkIns.until = 16 * 60;
    spec.registration.desks = 2;
    spec.registration.service = Distribution::triangular(1.0, 2.0, 5.0);
    spec.lawyers.count = 1;
    spec.lawyers.opens = 8 * 60;
    spec.lawyers.closes = 17 * 60;
    spec.priority.classes = {"urgent", "appointment", "other"};

    RoomSpec top;
    top.name = "top leader";
    top.topLeader = true;
    top.leaderLevel = LeaderLevel::Province;
    top.departments = {"POLICY"};
    top.selection.maxBatches = 6;
    top.selection.probability = 0.5;
    top.opens = 8.5 * 60;
    top.closes = 16 * 60;
    top.consultation = Distribution::lognormal(40.0, 15.0);
    spec.rooms.push_back(top);
    const std::vector<std::vector<std::string>> teams = {
        {"INFRA", "LAND", "PLAN"}, {"DEMOL", "LABOUR"}, {"ENV", "ENTER", "SUGG"}, {"DISC", "LEGAL", "OTHER"}};
    for (std::size_t i = 0; i < teams.size(); ++i) {
        RoomSpec room;
        room.name = "room " + std::to_string(i + 1);
        room.tables = 2;
        room.departments = teams[i];
        room.opens = spec.day.opens;
        room.closes = spec.day.closes;
        room.breaks = {{12 * 60, 13 * 60}};
        room.discipline = i % 2 == 0 ? QueueDiscipline::PriorityClasses : QueueDiscipline::AppointmentsFirst;
        room.consultation = Distribution::lognormal(22.0, 11.0);
        spec.rooms.push_back(room);
    }
    return spec;
}

}  // namespace pujiang
