#include "sim/scenario/key_table.h"

#include <algorithm>

#include "sim/scenario/key_descriptions_zh.h"
#include "sim/scenario/key_factories.h"
#include "sim/scenario/list_keys.h"
#include "sim/scenario/scenario_limits.h"
#include "sim/scenario/units.h"

namespace pujiang {

namespace {

using D = ScenarioDraft&;

// The element being read; the loader appends it before reading its keys.
RoomSpec& room(D d) { return d.rooms.back().spec; }
TopLeaderSelection& selection(D d) { return d.rooms.back().spec.selection; }
CategorySpec& category(D d) { return d.spec.categories.back(); }
RatePoint& ratePoint(D d) { return d.spec.walkIns.profile.back(); }

constexpr ClosingRule kClosingRules[] = {ClosingRule::FinishCurrent, ClosingRule::ServeAllPresent,
                                         ClosingRule::StopAtClose};
constexpr QueueDiscipline kDisciplines[] = {QueueDiscipline::Fifo, QueueDiscipline::AppointmentsFirst,
                                            QueueDiscipline::PriorityClasses, QueueDiscipline::ShortestExpectedFirst};
constexpr RoutingPolicy kRoutings[] = {RoutingPolicy::WaitForMatch, RoutingPolicy::AnyFreeRoom,
                                       RoutingPolicy::GeneralRoom};
constexpr LeaderLevel kLeaderLevels[] = {LeaderLevel::Province, LeaderLevel::City, LeaderLevel::County,
                                         LeaderLevel::Township};

constexpr DistributionDomain kDurations{};
constexpr DistributionDomain kSignedDurations{Quantity::Duration, true};
constexpr DistributionDomain kPatience{Quantity::Duration, false, true};
constexpr DistributionDomain kInterarrivals{Quantity::Duration, false, false, true};
constexpr DistributionDomain kNumbers{Quantity::Number};

constexpr IntegerRange kRoomsOrTables{1, kMaxTablesPerRoom};
constexpr IntegerRange kStaffCount{0, 1000};
constexpr IntegerRange kAnyInt{0, std::numeric_limits<int>::max()};
constexpr DurationRange kHorizon{0.0, kMaxHorizonHours* kMinutesPerHour};
constexpr DurationRange kNonNegativeDuration{};
constexpr DurationRange kPositiveDuration{0.0, std::numeric_limits<double>::infinity(), true};

std::vector<KeyInfo> topLevelRows() {
    return {
        computedDefault(stringKey(
            {"name", "(file stem)", "Identifier used in reports and output file names; not inherited from a base."},
            [](D d) -> std::string& { return d.spec.name; })),
        stringKey({"title", R"("")", "Human-readable title; not inherited from a base."},
                  [](D d) -> std::string& { return d.spec.title; }),
        stringKey({"description", R"("")",
                   "One line saying what the day is for, shown under the title on the GUI's welcome screen and in "
                   "its file browser; not inherited from a base."},
                  [](D d) -> std::string& { return d.spec.description; }),
        // The loader follows `base` before anything else is read; the row only declares it.
        computedDefault(valueKey({"base", "(none)",
                                  "Scenario file this one builds on, relative to this file. The base is loaded first "
                                  "and this file's keys override it: tables merge key by key, arrays (including "
                                  "[[rooms]] and [[categories]]) replace the base's array whole."},
                                 "string", "", {"场景文件的路径", "path of a scenario file"},
                                 [](const KeyContext&) {})),
    };
}

std::vector<KeyInfo> dayAndRunRows() {
    return {
        tableKey("day", "The reception day: opening hours and what happens at closing."),
        clockKey({"day.opens", R"("08:00")", "Service starts (first arrivals may come earlier)."},
                 [](D d) -> double& { return d.spec.day.opens; }),
        clockKey({"day.closes", R"("17:30")", "The reception day ends (rooms may close earlier)."},
                 [](D d) -> double& { return d.spec.day.closes; }),
        enumKey({"day.closing_rule", R"("serve_all_present")",
                 "At closing: finish_current (finish the batch in hand, the waiting are unserved), "
                 "serve_all_present (receive everyone who came before closing, overtime recorded), "
                 "stop_at_close (break off; in hand and waiting are unserved)."},
                kClosingRules, closingRuleName, Phrase{"结束规则", "closing rule"},
                [](D d) -> ClosingRule& { return d.spec.day.closingRule; }),

        tableKey("run", "Random seed, replications and the simulated horizon."),
        integerKey({"run.seed", "1", "Run seed; every random stream is seeded from (seed, replication, stream name)."},
                   IntegerRange{}, "", [](D d) -> std::uint64_t& { return d.spec.run.seed; }),
        integerKey({"run.replications", "1", "Independent replications of the day."}, IntegerRange{1, kMaxReplications},
                   "", [](D d) -> int& { return d.spec.run.replications; }),
        durationKey({"run.horizon", "0",
                     "Simulated time at which the run stops (the clock starts at 00:00 of the reception day); "
                     "0: run until the day empties."},
                    kHorizon, [](D d) -> double& { return d.spec.run.horizon; }),
        durationKey({"run.warmup", "0", "Initial period whose statistics are discarded; shorter than run.horizon, and only with run.horizon > 0."},
                    kHorizon, [](D d) -> double& { return d.spec.run.warmup; }),
    };
}

std::vector<KeyInfo> categoryRows() {
    return {
        computedDefault(tableArrayKey(
            {"categories", "(the 12 default categories)",
             "Subject categories of petitions; they drive routing to departments. Absent: the 12 default "
             "categories of the table \"Default categories\" (INFRA, LAND, DEMOL, LABOUR, ENV, PLAN, DISC, LEGAL, "
             "ENTER, POLICY, SUGG, OTHER)."},
            kMaxCategories, [](D d) { d.spec.categories.clear(); }, [](D d) { d.spec.categories.emplace_back(); })),
        required(categoryCodeKey({"categories[].code", "", "Code used in rooms' departments, e.g. \"LAND\"."},
                                 [](D d) -> std::string& { return category(d).code; })),
        stringKey({"categories[].name_zh", R"("")", "Chinese name shown in reports and the GUI."},
                  [](D d) -> std::string& { return category(d).nameZh; }),
        stringKey({"categories[].name_en", R"("")", "English name shown in reports and the GUI."},
                  [](D d) -> std::string& { return category(d).nameEn; }),
        numberKey({"categories[].share", "1", "Relative weight in the mix of arriving batches."}, kPositive, "",
                  [](D d) -> double& { return category(d).share; }),
        numberKey({"categories[].law_related", "0", "Probability that a batch is law-related (涉法涉诉)."},
                  kProbability, "", [](D d) -> double& { return category(d).lawRelatedProbability; }),
        numberKey({"categories[].collective_prone", "0", "Extra probability that a batch comes as a collective visit."},
                  kProbability, "", [](D d) -> double& { return category(d).collectiveProne; }),
        booleanKey({"categories[].policy_scope", "false",
                    "Province-wide policy issue: on the agenda of the top leader's room."},
                   [](D d) -> bool& { return category(d).policyScope; }),
    };
}

std::vector<KeyInfo> batchRows() {
    return {
        tableKey("batches", "What an arriving batch (petitioners received together) is like."),
        distributionKey(
            {"batches.group_size", "1", "Persons received per batch (rounded, at least 1, capped by max_received)."},
            kNumbers, "persons", [](D d) -> Distribution& { return d.spec.batches.groupSize; }),
        integerKey({"batches.max_received", "5", "Most persons received per batch (the representatives rule)."},
                   IntegerRange{1, 1000}, "persons", [](D d) -> int& { return d.spec.batches.maxReceived; }),
        distributionKey({"batches.collective_group_size", "5",
                         "Group size of a collective visit (replaces group_size for those batches)."},
                        kNumbers, "persons", [](D d) -> Distribution& { return d.spec.batches.collectiveGroupSize; }),
        distributionKey({"batches.companions", "0", "Companions who come on site but are not received."}, kNumbers,
                        "persons", [](D d) -> Distribution& { return d.spec.batches.companions; }),
        numberKey({"batches.repeat_probability", "0", "Probability that a batch is a repeat petition (重复访)."},
                  kProbability, "", [](D d) -> double& { return d.spec.batches.repeatProbability; }),
        numberKey(
            {"batches.long_standing_probability", "0", "Probability that a batch is a long-standing case (积案)."},
            kProbability, "", [](D d) -> double& { return d.spec.batches.longStandingProbability; }),
        numberKey({"batches.urgent_probability", "0", "Probability that a batch is urgent (重大紧急)."}, kProbability,
                  "", [](D d) -> double& { return d.spec.batches.urgentProbability; }),
        distributionKey(
            {"batches.complexity", "1", "Factor on consultation time; a mean of 1 keeps the room's consultation mean."},
            kNumbers, "factor", [](D d) -> Distribution& { return d.spec.batches.complexity; }),
        numberKey(
            {"batches.long_standing_complexity", "1", "Extra factor on consultation time of long-standing cases."},
            kNonNegative, "factor", [](D d) -> double& { return d.spec.batches.longStandingComplexity; }),
        distributionKey(
            {"batches.patience", R"("none")", "How long a batch waits before it gives up; \"none\": nobody gives up."},
            kPatience, "min", [](D d) -> Distribution& { return d.spec.batches.patience; }),
    };
}

std::vector<KeyInfo> arrivalRows() {
    return {
        tableKey("appointments", "Pre-registered batches with numbered time slots."),
        integerKey({"appointments.count", "0", "Pre-registered batches."}, IntegerRange{0, 1'000'000}, "batches",
                   [](D d) -> int& { return d.spec.appointments.count; }),
        numberKey({"appointments.no_show", "0", "Probability that a pre-registered batch does not come."}, kProbability,
                  "", [](D d) -> double& { return d.spec.appointments.noShowProbability; }),
        clockKey({"appointments.first_slot", R"("08:00")", "Start of the first slot."},
                 [](D d) -> double& { return d.spec.appointments.firstSlot; }),
        durationKey({"appointments.slot_length", R"("60min")", "Length of one slot."}, kPositiveDuration,
                    [](D d) -> double& { return d.spec.appointments.slotLength; }),
        integerKey({"appointments.per_slot", "0",
                    "Batches per slot; 0: spread count evenly over the slots from first_slot to last_slot_end."},
                   IntegerRange{0, 1'000'000}, "batches", [](D d) -> int& { return d.spec.appointments.perSlot; }),
        clockKey({"appointments.last_slot_end", R"("17:00")", "No slot ends after this time."},
                 [](D d) -> double& { return d.spec.appointments.lastSlotEnd; }),
        timeWindowsKey({"appointments.no_slots", "[]", "Windows without slots, e.g. [\"12:00-13:30\"] for lunch."},
                       [](D d) -> std::vector<BreakSpec>& { return d.spec.appointments.noSlots; }),
        distributionKey({"appointments.offset", "0",
                         "Arrival relative to the slot start; negative is early, e.g. "
                         "{ dist = \"uniform\", low = \"-15min\", high = \"15min\" }."},
                        kSignedDurations, "min", [](D d) -> Distribution& { return d.spec.appointments.offset; }),
        booleanKey({"appointments.bind_room", "false", "The slot names a room, chosen at registration."},
                   [](D d) -> bool& { return d.spec.appointments.bindRoom; }),
        numberKey({"appointments.prepared", "0",
                   "Probability that a pre-registered batch was investigated before the visit (访前调查)."},
                  kProbability, "", [](D d) -> double& { return d.spec.appointments.preparedProbability; }),

        tableKey("walk_ins", "Batches that come without an appointment, at a piecewise-constant rate."),
        tableArrayKey(
            {"walk_ins.profile", "[]",
             "Rate points, e.g. [{ from = \"08:00\", per_hour = 6.0 }]: from each point's time on, per_hour "
             "batches per hour until the next point or walk_ins.until. Empty: no walk-ins."},
            kMaxRatePoints, [](D d) { d.spec.walkIns.profile.clear(); },
            [](D d) { d.spec.walkIns.profile.emplace_back(); }),
        required(clockKey({"walk_ins.profile[].from", "", "Time from which this rate applies; strictly increasing."},
                          [](D d) -> double& { return ratePoint(d).from; })),
        required(numberKey({"walk_ins.profile[].per_hour", "", "Walk-in batches per hour from this point on."},
                           kNonNegative, "batches/h", [](D d) -> double& { return ratePoint(d).perHour; })),
        clockKey({"walk_ins.until", R"("17:00")", "No walk-ins arrive after this time."},
                 [](D d) -> double& { return d.spec.walkIns.until; }),

        tableKey("stream", "A renewal arrival stream over a long horizon, for steady-state experiments."),
        booleanKey({"stream.enabled", "false", "Generate arrivals from this stream (needs run.horizon > 0)."},
                   [](D d) -> bool& { return d.spec.stream.enabled; }),
        distributionKey(
            {"stream.interarrival", R"({ dist = "exponential", mean = "1min" })", "Time between consecutive arrivals."},
            kInterarrivals, "min", [](D d) -> Distribution& { return d.spec.stream.interarrival; }),
        classSharesKey({"stream.class_shares", "[]",
                        "Fixed share of arrivals in priority class class0, class1, ...; empty: no fixed classes."},
                       [](D d) -> std::vector<double>& { return d.spec.stream.classShares; }),
    };
}

std::vector<KeyInfo> desksAndTriageRows() {
    return {
        tableKey("registration", "Check-in desks in front of triage."),
        integerKey(
            {"registration.desks", "0", "Check-in desks; 0: no registration stage, batches go straight to triage."},
            kStaffCount, "desks", [](D d) -> int& { return d.spec.registration.desks; }),
        distributionKey({"registration.service", R"("3min")", "Check-in time of one batch."}, kDurations, "min",
                        [](D d) -> Distribution& { return d.spec.registration.service; }),
        enumKey({"registration.discipline", R"("fifo")", "Queue order at the desks."}, kDisciplines, disciplineName,
                Phrase{"排队规则", "queue discipline"},
                [](D d) -> QueueDiscipline& { return d.spec.registration.discipline; }),

        tableKey("triage", "How batches are sent to rooms and ordered in queues."),
        enumKey({"triage.routing", R"("wait_for_match")",
                 "When no room whose team covers the category has a free table: wait_for_match (queue at a matching "
                 "room), any_free_room (take any free table now), general_room (then take a free table in a room "
                 "marked general, which counts as matching; a covering room is always tried first)."},
                kRoutings, routingName, Phrase{"分流规则", "routing policy"},
                [](D d) -> RoutingPolicy& { return d.spec.routing; }),
        booleanKey({"triage.rebalance", "true", "An idle room takes a batch waiting for another room it can serve."},
                   [](D d) -> bool& { return d.spec.rebalance; }),
        priorityClassesKey({"triage.priority_classes", R"(["urgent", "collective", "other"])",
                            "Priority classes from highest to lowest, used by the priority discipline."},
                           [](D d) -> std::vector<std::string>& { return d.spec.priority.classes; }),

        tableKey("lawyers", "Lawyers who sit in on law-related consultations."),
        integerKey({"lawyers.count", "0", "Lawyers on duty."}, kStaffCount, "lawyers",
                   [](D d) -> int& { return d.spec.lawyers.count; }),
        clockKey({"lawyers.opens", R"("00:00")", "Time from which lawyers are available."},
                 [](D d) -> double& { return d.spec.lawyers.opens; }),
        computedDefault(clockKey({"lawyers.closes", "(no limit)", "Time after which no lawyer is available."},
                                 [](D d) -> double& { return d.spec.lawyers.closes; })),
        booleanKey({"lawyers.required_for_law_related", "true",
                    "A seated law-related batch waits (at its table, up to lawyers.max_wait) for a lawyer when "
                    "there are lawyers on duty; false: a lawyer sits in only if one is free when it starts."},
                   [](D d) -> bool& { return d.spec.lawyers.requiredForLawRelated; }),
        durationKey({"lawyers.max_wait", R"("10min")",
                     "Longest a seated law-related batch waits for a lawyer; then the consultation goes on "
                     "without one and the no-lawyer outcome weights apply. 0: only a free lawyer joins."},
                    kNonNegativeDuration, [](D d) -> double& { return d.spec.lawyers.maxWait; }),
    };
}

std::vector<KeyInfo> roomRows() {
    return {
        tableArrayKey(
            {"rooms", "[]",
             "Reception rooms, each a leader with a team of departments. Needed whenever anyone arrives."},
            kMaxRooms, [](D d) { d.rooms.clear(); }, [](D d) { d.rooms.emplace_back(); }),
        required(stringKey({"rooms[].name", "", "Room name in reports; unique after count expansion."},
                           [](D d) -> std::string& { return room(d).name; })),
        integerKey({"rooms[].count", "1",
                    "Identical rooms this table stands for; when > 1 they are named after name with a number: "
                    "\"Hall 1\", \"Hall 2\", ..."},
                   kRoomsOrTables, "rooms", [](D d) -> int& { return d.rooms.back().count; }),
        integerKey({"rooms[].tables", "1", "Parallel consultations (each a panel of the team)."}, kRoomsOrTables,
                   "tables", [](D d) -> int& { return room(d).tables; }),
        enumKey({"rooms[].leader_level", R"("county")", "Level of the receiving leader."}, kLeaderLevels,
                leaderLevelName, Phrase{"领导级别", "leader level"},
                [](D d) -> LeaderLevel& { return room(d).leaderLevel; }),
        categoryCodeListKey({"rooms[].departments", "[]", "Category codes the team covers; [\"*\"]: all categories."},
                            true, [](D d) -> std::vector<std::string>& { return room(d).departments; }),
        booleanKey({"rooms[].general", "false", "Under triage.routing = \"general_room\": a fallback room that covers every category (used when no covering room has a free table)."},
                   [](D d) -> bool& { return room(d).general; }),
        booleanKey({"rooms[].top_leader", "false", "The top leader's room (at most one); see [rooms.selection]."},
                   [](D d) -> bool& { return room(d).topLeader; }),
        computedDefault(clockKey({"rooms[].opens", "(day.opens)", "Time the room opens."},
                                 [](D d) -> double& { return room(d).opens; })),
        computedDefault(clockKey({"rooms[].closes", "(day.closes)", "Time the room closes."},
                                 [](D d) -> double& { return room(d).closes; })),
        timeWindowsKey({"rooms[].breaks", "[]", "Breaks when no consultation starts, e.g. [\"12:00-13:30\"]."},
                       [](D d) -> std::vector<BreakSpec>& { return room(d).breaks; }),
        enumKey({"rooms[].discipline", R"("fifo")", "Queue order at the room."}, kDisciplines, disciplineName,
                Phrase{"排队规则", "queue discipline"}, [](D d) -> QueueDiscipline& { return room(d).discipline; }),
        distributionKey({"rooms[].consultation", R"({ dist = "lognormal", mean = "25min", sd = "12.5min" })",
                         "Consultation time of one batch, before modifiers."},
                        kDurations, "min", [](D d) -> Distribution& { return room(d).consultation; }),

        tableKey("rooms[].selection",
                 "Which batches triage sends to the top leader's room; only in a room with top_leader = true."),
        categoryCodeListKey({"rooms[].selection.categories", "[]", "Categories that qualify; empty: none qualifies by category alone (the other criteria still apply)."},
                            false, [](D d) -> std::vector<std::string>& { return selection(d).categories; }),
        booleanKey({"rooms[].selection.policy_scope", "true", "Batches in policy-scope categories qualify."},
                   [](D d) -> bool& { return selection(d).policyScope; }),
        integerKey({"rooms[].selection.min_group_size", "0",
                    "Batches with at least this many received persons qualify; 0: size does not qualify."},
                   kAnyInt, "persons", [](D d) -> int& { return selection(d).minGroupSize; }),
        booleanKey({"rooms[].selection.collective", "true", "Collective visits qualify."},
                   [](D d) -> bool& { return selection(d).collective; }),
        numberKey({"rooms[].selection.probability", "1", "A qualifying batch is sent with this probability."},
                  kProbability, "", [](D d) -> double& { return selection(d).probability; }),
        integerKey({"rooms[].selection.max_batches", "1073741824",
                    "The room's daily cap on selected batches (the default, 2^30, means no cap)."},
                   kAnyInt, "batches", [](D d) -> int& { return selection(d).maxBatches; }),
    };
}

std::vector<KeyInfo> consultationAndOutcomeRows() {
    auto onSpotFactor = [](const char* path, const char* description, DraftField<double> field) {
        return numberKey({path, "1", description}, kNonNegative, "factor", field);
    };
    return {
        tableKey("consultation", "Modifiers of consultation time."),
        numberKey({"consultation.group_size_factor", "0",
                   "Extra share of consultation time per received person beyond the first."},
                  kNonNegative, "factor", [](D d) -> double& { return d.spec.consultation.groupSizeFactor; }),
        numberKey({"consultation.unmatched_factor", "1.5", "Time factor when the team does not cover the category."},
                  kPositive, "factor", [](D d) -> double& { return d.spec.consultation.unmatchedFactor; }),
        numberKey({"consultation.lawyer_factor", "1", "Time factor when a lawyer sits in."}, kPositive, "factor",
                  [](D d) -> double& { return d.spec.consultation.lawyerFactor; }),

        tableKey("outcomes", "Outcome of a consultation: base weights (normalised after modifiers) and modifiers."),
        numberKey({"outcomes.on_spot", "0.209", "Base weight of \"solved on the spot\" (当场解决)."}, kNonNegative,
                  "weight", [](D d) -> double& { return d.spec.outcomes.onSpot; }),
        numberKey({"outcomes.assigned", "0.743", "Base weight of \"assigned with a deadline\" (交办)."}, kNonNegative,
                  "weight", [](D d) -> double& { return d.spec.outcomes.assigned; }),
        numberKey({"outcomes.defined", "0.048", "Base weight of \"defined\", disposed at once (定性处理)."},
                  kNonNegative, "weight", [](D d) -> double& { return d.spec.outcomes.defined; }),
        numberKey({"outcomes.referred_legal", "0", "Base weight of \"referred to the legal channel\" (诉访分离)."},
                  kNonNegative, "weight", [](D d) -> double& { return d.spec.outcomes.referredLegal; }),
        onSpotFactor("outcomes.on_spot_province", "On-spot factor in a province leader's room.",
                     [](D d) -> double& { return d.spec.outcomes.onSpotLevel[0]; }),
        onSpotFactor("outcomes.on_spot_city", "On-spot factor in a city leader's room.",
                     [](D d) -> double& { return d.spec.outcomes.onSpotLevel[1]; }),
        onSpotFactor("outcomes.on_spot_county", "On-spot factor in a county leader's room.",
                     [](D d) -> double& { return d.spec.outcomes.onSpotLevel[2]; }),
        onSpotFactor("outcomes.on_spot_township", "On-spot factor in a township leader's room.",
                     [](D d) -> double& { return d.spec.outcomes.onSpotLevel[3]; }),
        onSpotFactor("outcomes.on_spot_prepared", "On-spot factor for pre-registered, investigated batches.",
                     [](D d) -> double& { return d.spec.outcomes.onSpotPrepared; }),
        onSpotFactor("outcomes.on_spot_walk_in", "On-spot factor for walk-ins and unprepared batches.",
                     [](D d) -> double& { return d.spec.outcomes.onSpotWalkIn; }),
        onSpotFactor("outcomes.on_spot_unmatched", "On-spot factor when the team does not cover the category.",
                     [](D d) -> double& { return d.spec.outcomes.onSpotUnmatched; }),
        onSpotFactor("outcomes.on_spot_top_leader", "On-spot factor in the top leader's room.",
                     [](D d) -> double& { return d.spec.outcomes.onSpotTopLeader; }),
        onSpotFactor("outcomes.on_spot_long_standing", "On-spot factor for long-standing cases.",
                     [](D d) -> double& { return d.spec.outcomes.onSpotLongStanding; }),
        numberKey({"outcomes.legal_referral_with_lawyer", "0",
                   "Weight added to referred_legal for a law-related batch when a lawyer sits in."},
                  kNonNegative, "weight", [](D d) -> double& { return d.spec.outcomes.legalReferralWithLawyer; }),
        numberKey({"outcomes.legal_defined_with_lawyer", "0",
                   "Weight added to defined for a law-related batch when a lawyer sits in."},
                  kNonNegative, "weight", [](D d) -> double& { return d.spec.outcomes.legalDefinedWithLawyer; }),
        numberKey({"outcomes.legal_referral_without_lawyer", "0",
                   "Weight added to referred_legal for a law-related batch without a lawyer."},
                  kNonNegative, "weight", [](D d) -> double& { return d.spec.outcomes.legalReferralWithoutLawyer; }),
    };
}

std::vector<KeyInfo> buildKeyTable() {
    std::vector<KeyInfo> rows;
    for (auto part : {topLevelRows, dayAndRunRows, categoryRows, batchRows, arrivalRows, desksAndTriageRows, roomRows,
                      consultationAndOutcomeRows}) {
        for (KeyInfo& row : part()) {
            // Kept apart from the rows so the English stays the contract and the Chinese is reviewed
            // as one text; a row the Chinese table lacks gets no description (a test fails on it).
            row.descriptionZh = keyDescriptionZh(row.path);
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

}  // namespace

const std::vector<KeyInfo>& keyTable() {
    static const std::vector<KeyInfo> rows = buildKeyTable();
    return rows;
}

const KeyInfo* findKey(std::string_view path) {
    const std::vector<KeyInfo>& rows = keyTable();
    auto it = std::find_if(rows.begin(), rows.end(), [path](const KeyInfo& row) { return row.path == path; });
    return it == rows.end() ? nullptr : &*it;
}

std::string_view parentPath(std::string_view path) {
    const std::size_t dot = path.rfind('.');
    return dot == std::string_view::npos ? std::string_view{} : path.substr(0, dot);
}

std::string_view keyName(std::string_view path) {
    const std::size_t dot = path.rfind('.');
    return dot == std::string_view::npos ? path : path.substr(dot + 1);
}

std::vector<const KeyInfo*> childKeys(std::string_view tablePath) {
    std::vector<const KeyInfo*> children;
    for (const KeyInfo& row : keyTable())
        if (parentPath(row.path) == tablePath) children.push_back(&row);
    return children;
}

std::string tableLabel(std::string_view tablePath, Language language) {
    if (tablePath.empty()) return std::string(Phrase{"顶层", "the top level"}.in(language));
    std::string name;
    for (char c : tablePath)
        if (c != '[' && c != ']') name += c;
    return tablePath.ends_with("[]") ? "[[" + name + "]]" : "[" + name + "]";
}

}  // namespace pujiang
