#include "sim/training/inject_intervention.h"

#include <algorithm>

namespace pujiang {

namespace {

std::uint16_t categoryIndex(const ScenarioSpec& spec, const std::string& code) {
    for (std::size_t i = 0; i < spec.categories.size(); ++i)
        if (spec.categories[i].code == code) return static_cast<std::uint16_t>(i);
    return 0;  // the loader has checked the code against the scenario
}

}  // namespace

Intervention injectIntervention(const Inject& inject, const ScenarioSpec& spec) {
    Intervention i;
    switch (inject.kind) {
    case InjectKind::CollectiveVisit:
    case InjectKind::UrgentCase:
    case InjectKind::RepeatCase:
        i.kind = InterventionKind::Arrive;
        i.category = categoryIndex(spec, inject.category);
        i.persons = inject.kind == InjectKind::CollectiveVisit ? static_cast<std::uint32_t>(inject.persons) : 1;
        i.collective = inject.kind == InjectKind::CollectiveVisit;
        i.urgent = inject.kind == InjectKind::UrgentCase;
        i.longStanding = inject.kind == InjectKind::RepeatCase;
        break;
    case InjectKind::LeaderAway:
        i.kind = InterventionKind::LeaderAway;
        i.room = inject.room;
        i.minutes = inject.minutes;
        break;
    case InjectKind::Rain:
        i.kind = InterventionKind::WalkInFactor;
        i.factor = inject.factor;
        break;
    case InjectKind::LawyerAbsent: i.kind = InterventionKind::LawyerAbsent; break;
    case InjectKind::Media:
        i.kind = InterventionKind::Media;
        i.minutes = inject.minutes;
        break;
    }
    return i;
}

bool isInjectKind(InterventionKind kind) {
    return kind == InterventionKind::Arrive || kind == InterventionKind::LeaderAway ||
           kind == InterventionKind::WalkInFactor || kind == InterventionKind::LawyerAbsent ||
           kind == InterventionKind::Media;
}

std::optional<std::int64_t> lastArrivalSerial(const ReceptionDay& day) {
    std::optional<std::int64_t> last;
    for (const Batch& b : day.batches())
        if (b.state != BatchState::Free && b.state != BatchState::Expected)
            last = std::max(last.value_or(-1), static_cast<std::int64_t>(b.serial));
    return last;
}

}  // namespace pujiang
