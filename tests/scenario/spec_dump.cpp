#include "spec_dump.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace pujiang::testing {

namespace {

class Dump {
public:
    void line(std::string_view path, double value) { m_text += fmt::format("{} = {}\n", path, value); }
    void line(std::string_view path, int value) { m_text += fmt::format("{} = {}\n", path, value); }
    void line(std::string_view path, std::uint64_t value) { m_text += fmt::format("{} = {}\n", path, value); }
    void line(std::string_view path, bool value) { m_text += fmt::format("{} = {}\n", path, value); }
    void line(std::string_view path, std::string_view value) { m_text += fmt::format("{} = \"{}\"\n", path, value); }
    void line(std::string_view path, const char* value) { line(path, std::string_view(value)); }
    void line(std::string_view path, const Distribution& value) { line(path, value.describe()); }
    void line(std::string_view path, const std::vector<std::string>& values) {
        m_text += fmt::format("{} = [{}]\n", path, fmt::join(values, ", "));
    }
    void line(std::string_view path, const std::vector<double>& values) {
        m_text += fmt::format("{} = [{}]\n", path, fmt::join(values, ", "));
    }
    std::string take() { return std::move(m_text); }

private:
    std::string m_text;
};

void dumpRoom(Dump& d, const std::string& p, const RoomSpec& r) {
    d.line(p + ".name", r.name);
    d.line(p + ".tables", r.tables);
    d.line(p + ".leader_level", leaderLevelName(r.leaderLevel));
    d.line(p + ".departments", r.departments);
    d.line(p + ".general", r.general);
    d.line(p + ".top_leader", r.topLeader);
    d.line(p + ".selection.categories", r.selection.categories);
    d.line(p + ".selection.policy_scope", r.selection.policyScope);
    d.line(p + ".selection.min_group_size", r.selection.minGroupSize);
    d.line(p + ".selection.collective", r.selection.collective);
    d.line(p + ".selection.probability", r.selection.probability);
    d.line(p + ".selection.max_batches", r.selection.maxBatches);
    d.line(p + ".opens", r.opens);
    d.line(p + ".closes", r.closes);
    for (const BreakSpec& b : r.breaks) d.line(p + ".break", fmt::format("{}-{}", b.from, b.to));
    d.line(p + ".discipline", disciplineName(r.discipline));
    d.line(p + ".consultation", r.consultation);
}

}  // namespace

std::string dumpSpec(const ScenarioSpec& s) {
    Dump d;
    d.line("name", s.name);
    d.line("title", s.title);
    d.line("day.opens", s.day.opens);
    d.line("day.closes", s.day.closes);
    d.line("day.closing_rule", closingRuleName(s.day.closingRule));
    d.line("run.horizon", s.run.horizon);
    d.line("run.warmup", s.run.warmup);
    d.line("run.seed", s.run.seed);
    d.line("run.replications", s.run.replications);
    for (std::size_t i = 0; i < s.categories.size(); ++i) {
        const CategorySpec& c = s.categories[i];
        const std::string p = fmt::format("categories[{}]", i);
        d.line(p + ".code", c.code);
        d.line(p + ".name_zh", c.nameZh);
        d.line(p + ".name_en", c.nameEn);
        d.line(p + ".share", c.share);
        d.line(p + ".law_related", c.lawRelatedProbability);
        d.line(p + ".collective_prone", c.collectiveProne);
        d.line(p + ".policy_scope", c.policyScope);
    }
    const BatchSpec& b = s.batches;
    d.line("batches.group_size", b.groupSize);
    d.line("batches.max_received", b.maxReceived);
    d.line("batches.collective_group_size", b.collectiveGroupSize);
    d.line("batches.companions", b.companions);
    d.line("batches.repeat_probability", b.repeatProbability);
    d.line("batches.long_standing_probability", b.longStandingProbability);
    d.line("batches.urgent_probability", b.urgentProbability);
    d.line("batches.complexity", b.complexity);
    d.line("batches.long_standing_complexity", b.longStandingComplexity);
    d.line("batches.patience", b.patience);
    const AppointmentSpec& a = s.appointments;
    d.line("appointments.count", a.count);
    d.line("appointments.no_show", a.noShowProbability);
    d.line("appointments.first_slot", a.firstSlot);
    d.line("appointments.slot_length", a.slotLength);
    d.line("appointments.per_slot", a.perSlot);
    d.line("appointments.last_slot_end", a.lastSlotEnd);
    for (const BreakSpec& w : a.noSlots) d.line("appointments.no_slot", fmt::format("{}-{}", w.from, w.to));
    d.line("appointments.offset", a.offset);
    d.line("appointments.bind_room", a.bindRoom);
    d.line("appointments.prepared", a.preparedProbability);
    for (const RatePoint& point : s.walkIns.profile)
        d.line("walk_ins.profile", fmt::format("{}:{}", point.from, point.perHour));
    d.line("walk_ins.until", s.walkIns.until);
    d.line("stream.enabled", s.stream.enabled);
    d.line("stream.interarrival", s.stream.interarrival);
    d.line("stream.class_shares", s.stream.classShares);
    d.line("registration.desks", s.registration.desks);
    d.line("registration.service", s.registration.service);
    d.line("registration.discipline", disciplineName(s.registration.discipline));
    d.line("triage.routing", routingName(s.routing));
    d.line("triage.rebalance", s.rebalance);
    d.line("triage.priority_classes", s.priority.classes);
    d.line("lawyers.count", s.lawyers.count);
    d.line("lawyers.opens", s.lawyers.opens);
    d.line("lawyers.closes", s.lawyers.closes);
    d.line("lawyers.required_for_law_related", s.lawyers.requiredForLawRelated);
    d.line("lawyers.max_wait", s.lawyers.maxWait);
    for (std::size_t i = 0; i < s.rooms.size(); ++i) dumpRoom(d, fmt::format("rooms[{}]", i), s.rooms[i]);
    d.line("consultation.group_size_factor", s.consultation.groupSizeFactor);
    d.line("consultation.unmatched_factor", s.consultation.unmatchedFactor);
    d.line("consultation.lawyer_factor", s.consultation.lawyerFactor);
    const OutcomeSpec& o = s.outcomes;
    d.line("outcomes.on_spot", o.onSpot);
    d.line("outcomes.assigned", o.assigned);
    d.line("outcomes.defined", o.defined);
    d.line("outcomes.referred_legal", o.referredLegal);
    for (int level = 0; level < kLeaderLevelCount; ++level)
        d.line(fmt::format("outcomes.on_spot_{}", leaderLevelName(static_cast<LeaderLevel>(level))),
               o.onSpotLevel[level]);
    d.line("outcomes.on_spot_prepared", o.onSpotPrepared);
    d.line("outcomes.on_spot_walk_in", o.onSpotWalkIn);
    d.line("outcomes.on_spot_unmatched", o.onSpotUnmatched);
    d.line("outcomes.on_spot_top_leader", o.onSpotTopLeader);
    d.line("outcomes.on_spot_long_standing", o.onSpotLongStanding);
    d.line("outcomes.legal_referral_with_lawyer", o.legalReferralWithLawyer);
    d.line("outcomes.legal_defined_with_lawyer", o.legalDefinedWithLawyer);
    d.line("outcomes.legal_referral_without_lawyer", o.legalReferralWithoutLawyer);
    return d.take();
}

}  // namespace pujiang::testing
