#pragma once
// How a consultation ends. Base weights of the four outcomes are scaled by the circumstances of
// the consultation (leader level, preparation, department match, lawyer) and renormalised.

#include <array>

#include "sim/reception/batch.h"

namespace pujiang {

struct ConsultationContext {
    LeaderLevel level = LeaderLevel::County;
    bool topLeader = false;
    bool matched = true;
    bool withLawyer = false;
};

class OutcomePolicy {
public:
    explicit OutcomePolicy(const OutcomeSpec& spec) : m_spec(spec) {}

    std::array<double, kOutcomeCount> probabilities(const Batch& batch, const ConsultationContext& context) const;
    // `u` is uniform on [0, 1).
    Outcome draw(const Batch& batch, const ConsultationContext& context, double u) const;

private:
    const OutcomeSpec& m_spec;
};

}  // namespace pujiang
