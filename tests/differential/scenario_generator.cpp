#include "tests/differential/scenario_generator.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <boost/random/uniform_01.hpp>
#include <fmt/format.h>

#include "sim/core/random_stream.h"
#include "sim/scenario/diagnostics.h"
#include "sim/scenario/scenario_checks.h"
#include "sim/scenario/scenario_draft.h"

namespace pujiang {

namespace {

// Small helpers over one engine, so the generator reads as a list of choices.
class Dice {
public:
    explicit Dice(std::uint64_t seed) : m_engine(streamSeed(seed, 0, "differential.scenario")) {}

    double uniform(double low, double high) { return low + (high - low) * boost::random::uniform_01<double>{}(m_engine); }
    bool chance(double p) { return uniform(0.0, 1.0) < p; }
    int integer(int low, int high) { return std::min(high, low + static_cast<int>(uniform(0.0, high - low + 1))); }
    template <class T>
    const T& pick(const std::vector<T>& options) { return options[integer(0, static_cast<int>(options.size()) - 1)]; }
    // Whole minutes keep clock times printable as "HH:MM" (the scenario format has no seconds).
    double minutes(double low, double high) { return std::round(uniform(low, high)); }

private:
    RandomEngine m_engine;
};

Distribution durationWithMean(Dice& dice, double mean) {
    switch (dice.integer(0, 5)) {
        case 0: return Distribution::constant(mean);
        case 1: return Distribution::exponential(mean);
        case 2: return Distribution::lognormal(mean, mean * dice.uniform(0.2, 0.8));
        case 3: return Distribution::uniform(0.5 * mean, 1.5 * mean);
        case 4: return Distribution::gamma(2.0, mean / 2.0);
        default: return Distribution::triangular(0.4 * mean, 0.8 * mean, 1.8 * mean);
    }
}

QueueDiscipline anyDiscipline(Dice& dice) {
    return dice.pick(std::vector<QueueDiscipline>{QueueDiscipline::Fifo, QueueDiscipline::AppointmentsFirst,
                                                  QueueDiscipline::PriorityClasses,
                                                  QueueDiscipline::ShortestExpectedFirst});
}

std::vector<CategorySpec> makeCategories(Dice& dice) {
    std::vector<CategorySpec> categories(dice.integer(2, 4));
    for (std::size_t c = 0; c < categories.size(); ++c) {
        CategorySpec& category = categories[c];
        category.code = fmt::format("C{}", c);
        category.share = dice.uniform(0.5, 2.0);
        category.lawRelatedProbability = dice.chance(0.5) ? dice.uniform(0.1, 0.8) : 0.0;
        category.collectiveProne = dice.chance(0.4) ? dice.uniform(0.05, 0.3) : 0.0;
    }
    return categories;
}

// Departments cover a random subset of the categories, so some categories usually have no room.
RoomSpec makeRoom(Dice& dice, int index, const ScenarioSpec& spec) {
    RoomSpec room;
    room.name = fmt::format("Room {}", index + 1);
    room.tables = dice.integer(1, 3);
    room.leaderLevel = static_cast<LeaderLevel>(dice.integer(0, kLeaderLevelCount - 1));
    const bool coversEverything = dice.chance(0.1);
    for (const CategorySpec& category : spec.categories)
        if (coversEverything || dice.chance(0.4)) room.departments.push_back(category.code);
    room.general = dice.chance(0.3);
    const double openRoll = dice.uniform(0.0, 1.0);
    if (openRoll < 0.2)
        room.opens = spec.day.opens + dice.pick(std::vector<double>{30.0, 60.0});  // queues form before it opens
    else if (openRoll < 0.3)
        room.opens = spec.day.opens - 30.0;  // receives early arrivals before the desks open
    else
        room.opens = spec.day.opens;
    const double roll = dice.uniform(0.0, 1.0);
    if (roll < 0.2)
        room.closes = spec.day.closes - dice.minutes(60.0, 120.0);  // closes before the day
    else if (roll < 0.3)
        room.closes = spec.day.closes + 60.0;  // [close.after_day]
    else
        room.closes = spec.day.closes;
    if (dice.chance(0.3)) {
        const double from = room.opens + dice.minutes(90.0, 150.0);
        const double to = from + dice.pick(std::vector<double>{30.0, 45.0, 60.0});
        if (to < room.closes) room.breaks.push_back({from, to});
    }
    room.discipline = anyDiscipline(dice);
    return room;
}

// Table-minutes the rooms are scheduled to be open, breaks excluded.
double scheduledTableMinutes(const ScenarioSpec& spec) {
    double total = 0.0;
    for (const RoomSpec& room : spec.rooms) {
        double open = room.closes - room.opens;
        for (const BreakSpec& pause : room.breaks) open -= pause.to - pause.from;
        total += room.tables * open;
    }
    return total;
}

std::vector<std::string> makePriorityClasses(Dice& dice, const ScenarioSpec& spec) {
    std::vector<std::string> pool = {"urgent", "collective", "appointment", "long_standing", "repeat", "law_related",
                                     "category:" + dice.pick(spec.categories).code};
    std::vector<std::string> classes;
    const int wanted = dice.integer(1, 3);
    while (static_cast<int>(classes.size()) < wanted) {
        const std::string& name = dice.pick(pool);
        if (std::find(classes.begin(), classes.end(), name) == classes.end()) classes.push_back(name);
    }
    if (dice.chance(0.5)) classes.push_back("other");
    return classes;
}

void makeBatches(Dice& dice, ScenarioSpec& spec) {
    BatchSpec& b = spec.batches;
    if (dice.chance(0.5)) b.groupSize = Distribution::empirical({1, 2, 3, 4}, {0.6, 0.25, 0.1, 0.05});
    b.maxReceived = dice.integer(2, 5);
    b.collectiveGroupSize = Distribution::constant(dice.integer(3, 8));
    if (dice.chance(0.3)) b.companions = Distribution::poisson(1.0);
    b.repeatProbability = dice.chance(0.5) ? dice.uniform(0.0, 0.3) : 0.0;
    b.longStandingProbability = dice.chance(0.5) ? dice.uniform(0.0, 0.3) : 0.0;
    b.urgentProbability = dice.chance(0.5) ? dice.uniform(0.0, 0.2) : 0.0;
    switch (dice.integer(0, 2)) {
        case 0: break;  // constant 1
        case 1: b.complexity = Distribution::uniform(0.6, 1.4); break;
        default: b.complexity = Distribution::gamma(6.25, 0.16); break;  // mean 1, sd 0.4
    }
    b.longStandingComplexity = dice.chance(0.5) ? dice.uniform(1.0, 1.6) : 1.0;
    switch (dice.integer(0, 2)) {
        case 0: break;  // none
        case 1: b.patience = Distribution::exponential(dice.minutes(20.0, 120.0)); break;
        default: b.patience = Distribution::constant(dice.minutes(30.0, 150.0)); break;
    }
}

void makeLawyers(Dice& dice, ScenarioSpec& spec) {
    LawyerSpec& lawyers = spec.lawyers;
    lawyers.count = dice.integer(0, 2);
    lawyers.requiredForLawRelated = dice.chance(0.5);
    lawyers.maxWait = dice.pick(std::vector<double>{0.0, 10.0, 600.0});  // 600 min: practically no limit
    lawyers.opens = dice.chance(0.3) ? spec.day.opens + 60.0 : 0.0;
    // Lawyers leaving before the day's close, or at it (they then stay under serve_all_present).
    lawyers.closes = dice.pick(std::vector<double>{kNoLimit, kNoLimit, spec.day.closes - 60.0, spec.day.closes});
}

void makeOutcomes(Dice& dice, ScenarioSpec& spec) {
    OutcomeSpec& o = spec.outcomes;
    if (dice.chance(0.5)) {
        o.onSpot = dice.uniform(0.1, 0.5);
        o.assigned = dice.uniform(0.2, 0.7);
        o.defined = dice.uniform(0.0, 0.2);
        o.referredLegal = dice.chance(0.5) ? dice.uniform(0.0, 0.2) : 0.0;
    }
    if (dice.chance(0.5)) {
        for (double& factor : o.onSpotLevel) factor = dice.uniform(0.5, 1.5);
        o.onSpotPrepared = dice.uniform(1.0, 2.0);
        o.onSpotWalkIn = dice.uniform(0.5, 1.0);
        o.onSpotUnmatched = dice.uniform(0.2, 1.0);
        o.onSpotLongStanding = dice.uniform(0.3, 1.0);
    }
    if (dice.chance(0.5)) {
        o.legalReferralWithLawyer = dice.uniform(0.0, 0.6);
        o.legalDefinedWithLawyer = dice.uniform(0.0, 0.3);
        o.legalReferralWithoutLawyer = dice.uniform(0.0, 0.3);
    }
}

// Appointments and walk-ins adding up to about `expected` arrivals.
void makeArrivals(Dice& dice, ScenarioSpec& spec, double expected) {
    const double appointmentShare = dice.pick(std::vector<double>{0.0, dice.uniform(0.2, 0.8), 1.0});
    AppointmentSpec& a = spec.appointments;
    if (appointmentShare > 0.0) {
        a.noShowProbability = dice.chance(0.5) ? dice.uniform(0.05, 0.3) : 0.0;
        a.count = std::max(1, static_cast<int>(std::round(appointmentShare * expected / (1.0 - a.noShowProbability))));
        a.firstSlot = spec.day.opens;
        a.slotLength = dice.pick(std::vector<double>{30.0, 60.0});
        a.lastSlotEnd = spec.day.closes - 30.0;
        if (dice.chance(0.3)) a.noSlots.push_back({spec.day.opens + 240.0, spec.day.opens + 300.0});
        const std::size_t slots = static_cast<std::size_t>((a.lastSlotEnd - a.firstSlot) / a.slotLength);
        if (dice.chance(0.4)) a.perSlot = std::max(1, static_cast<int>(a.count / std::max<std::size_t>(1, slots)) + dice.integer(0, 2));
        switch (dice.integer(0, 2)) {
            case 0: break;  // on time
            case 1: a.offset = Distribution::uniform(-15.0, 10.0); break;
            default: a.offset = Distribution::triangular(-20.0, -5.0, 10.0); break;
        }
        a.preparedProbability = dice.chance(0.5) ? dice.uniform(0.1, 0.6) : 0.0;
    }
    const double walkIns = (1.0 - appointmentShare) * expected;
    if (walkIns <= 0.0) return;
    WalkInSpec& w = spec.walkIns;
    // Now and then walk-ins keep coming after the day's close and are turned away.
    w.until = dice.chance(0.15) ? spec.day.closes + 30.0 : spec.day.closes - dice.minutes(0.0, 60.0);
    const int points = dice.integer(1, 3);
    const double span = w.until - spec.day.opens;
    std::vector<double> weights;
    for (int i = 0; i < points; ++i) {
        w.profile.push_back({spec.day.opens + std::round(span * i / points), 0.0});
        weights.push_back(dice.uniform(0.3, 1.0));
    }
    // Rates that give `walkIns` batches in expectation over [opens, until).
    double weightedMinutes = 0.0;
    for (int i = 0; i < points; ++i) {
        const double end = i + 1 < points ? w.profile[i + 1].from : w.until;
        weightedMinutes += weights[i] * (end - w.profile[i].from);
    }
    for (int i = 0; i < points; ++i) w.profile[i].perHour = 60.0 * walkIns * weights[i] / weightedMinutes;
}

std::string describe(const ScenarioSpec& spec, double load) {
    int uncovered = 0;
    for (const CategorySpec& category : spec.categories) {
        bool covered = false;
        for (const RoomSpec& room : spec.rooms)
            covered = covered || std::find(room.departments.begin(), room.departments.end(), category.code) !=
                                     room.departments.end();
        uncovered += covered ? 0 : 1;
    }
    std::string rooms;
    for (const RoomSpec& room : spec.rooms) {
        rooms += fmt::format("{{{} tables, {} categories{}{}{}{}{}{}}} ", room.tables, room.departments.size(),
                             room.general ? ", general" : "", room.breaks.empty() ? "" : ", break",
                             room.opens < spec.day.opens ? ", opens early" : "",
                             room.opens > spec.day.opens ? ", opens late" : "",
                             room.closes < spec.day.closes ? ", closes early" : "",
                             room.closes > spec.day.closes ? ", closes late" : "");
    }
    return fmt::format(
        "load={:.2f} rooms=[{}] categories={} uncovered={} routing={} rebalance={} patience={} closing={} "
        "desks={} lawyers={}{} max_wait={} appointments={} no_show={:.2f} walk_in_points={}",
        load, rooms, spec.categories.size(), uncovered, routingName(spec.routing), spec.rebalance ? "on" : "off",
        spec.batches.patience.describe(), closingRuleName(spec.day.closingRule), spec.registration.desks,
        spec.lawyers.count, spec.lawyers.requiredForLawRelated ? "(required)" : "(optional)", spec.lawyers.maxWait,
        spec.appointments.count, spec.appointments.noShowProbability, spec.walkIns.profile.size());
}

}  // namespace

ScenarioSpec generateDifferentialScenario(std::uint64_t seed) {
    Dice dice(seed);
    ScenarioSpec spec;
    spec.name = fmt::format("generated_{}", seed);
    spec.day.opens = 8 * 60.0;
    spec.day.closes = spec.day.opens + dice.pick(std::vector<double>{240.0, 300.0, 360.0, 420.0, 510.0});
    spec.day.closingRule = dice.pick(std::vector<ClosingRule>{ClosingRule::FinishCurrent, ClosingRule::ServeAllPresent,
                                                              ClosingRule::StopAtClose});
    spec.categories = makeCategories(dice);
    const int roomCount = dice.integer(1, 4);
    for (int r = 0; r < roomCount; ++r) spec.rooms.push_back(makeRoom(dice, r, spec));
    spec.routing = dice.pick(std::vector<RoutingPolicy>{RoutingPolicy::WaitForMatch, RoutingPolicy::AnyFreeRoom,
                                                        RoutingPolicy::GeneralRoom});
    spec.rebalance = dice.chance(0.5);
    spec.priority.classes = makePriorityClasses(dice, spec);
    makeBatches(dice, spec);

    spec.registration.desks = dice.chance(0.4) ? 0 : dice.integer(1, 3);
    spec.registration.service = dice.pick(std::vector<Distribution>{
        Distribution::constant(2.0), Distribution::exponential(3.0), Distribution::uniform(1.0, 5.0)});
    spec.registration.discipline = anyDiscipline(dice);
    makeLawyers(dice, spec);

    spec.consultation.groupSizeFactor = dice.pick(std::vector<double>{0.0, 0.1, 0.2});
    spec.consultation.unmatchedFactor = dice.uniform(1.0, 2.0);
    spec.consultation.lawyerFactor = dice.uniform(0.8, 1.5);
    makeOutcomes(dice, spec);

    // Load: expected arrivals x mean consultation against the scheduled table-minutes.
    const double load = dice.uniform(0.3, 1.1);
    const double capacity = scheduledTableMinutes(spec);
    double meanConsultation = dice.uniform(8.0, 30.0);
    double expected = load * capacity / meanConsultation;
    if (expected > 140.0 || expected < 15.0) {
        expected = std::clamp(expected, 15.0, 140.0);
        meanConsultation = load * capacity / expected;
    }
    for (RoomSpec& room : spec.rooms) room.consultation = durationWithMean(dice, meanConsultation * dice.uniform(0.7, 1.3));
    makeArrivals(dice, spec, expected);
    spec.title = describe(spec, load);
    return spec;
}

std::vector<std::string> scenarioProblems(const ScenarioSpec& spec) {
    ScenarioDraft draft;
    draft.spec = spec;
    draft.topFile = spec.name;
    const SourcePosition here{spec.name, 1, 1};
    draft.record("categories", here);
    for (std::size_t i = 0; i < spec.rooms.size(); ++i) {
        draft.rooms.push_back(RoomDraft{spec.rooms[i], 1});
        draft.record(elementPath("rooms", i) + ".opens", here);
        draft.record(elementPath("rooms", i) + ".closes", here);
    }
    DiagnosticList diagnostics;
    checkScenario(draft, diagnostics);
    std::vector<std::string> problems;
    for (const Diagnostic& d : diagnostics.sorted()) problems.push_back(d.message);
    return problems;
}

}  // namespace pujiang
