#include "sim/reception/outcome_policy.h"

namespace pujiang {

std::array<double, kOutcomeCount> OutcomePolicy::probabilities(const Batch& b, const ConsultationContext& c) const {
    double onSpot = m_spec.onSpot * m_spec.onSpotLevel[static_cast<int>(c.level)];
    onSpot *= b.prepared ? m_spec.onSpotPrepared : m_spec.onSpotWalkIn;
    if (!c.matched) onSpot *= m_spec.onSpotUnmatched;
    if (c.topLeader) onSpot *= m_spec.onSpotTopLeader;
    if (b.longStanding) onSpot *= m_spec.onSpotLongStanding;
    double defined = m_spec.defined;
    double legal = m_spec.referredLegal;
    if (b.lawRelated) {
        if (c.withLawyer) {
            legal += m_spec.legalReferralWithLawyer;
            defined += m_spec.legalDefinedWithLawyer;
        } else {
            legal += m_spec.legalReferralWithoutLawyer;
        }
    }
    std::array<double, kOutcomeCount> p = {onSpot, m_spec.assigned, defined, legal};
    double total = 0.0;
    for (double w : p) total += w;
    if (total <= 0.0) return {0.0, 1.0, 0.0, 0.0};  // nothing else is possible: assign it
    for (double& w : p) w /= total;
    return p;
}

namespace {
constexpr auto kOutcomes = static_cast<std::size_t>(kOutcomeCount);
}  // namespace

Outcome OutcomePolicy::draw(const Batch& batch, const ConsultationContext& context, double u) {
    // Everything probabilities() reads, as one index.
    const std::size_t circumstances = static_cast<std::size_t>(context.level) << 6 |
                                      std::size_t{batch.prepared} << 5 | std::size_t{context.matched} << 4 |
                                      std::size_t{context.topLeader} << 3 | std::size_t{batch.longStanding} << 2 |
                                      std::size_t{batch.lawRelated} << 1 | std::size_t{context.withLawyer};
    RunningSums& known = m_sums[circumstances];
    if (!known.known) {
        const auto p = probabilities(batch, context);
        double running = 0.0;
        for (std::size_t i = 0; i + 1 < kOutcomes; ++i) known.sums[i] = running += p[i];
        known.known = true;
    }
    for (std::size_t i = 0; i + 1 < kOutcomes; ++i)
        if (u < known.sums[i]) return static_cast<Outcome>(i);
    return static_cast<Outcome>(kOutcomeCount - 1);
}

}  // namespace pujiang
