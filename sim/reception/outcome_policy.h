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
    // `u` is uniform on [0, 1). The first outcome whose running sum of probabilities exceeds u.
    // The sums depend on seven yes/no or four-valued circumstances only, so each combination is
    // worked out once and kept (not const for that reason: one policy per day, not shared).
    Outcome draw(const Batch& batch, const ConsultationContext& context, double u);

private:
    static constexpr std::size_t kCircumstances = kLeaderLevelCount << 6;
    struct RunningSums {
        bool known = false;
        std::array<double, kOutcomeCount - 1> sums{};
    };

    const OutcomeSpec& m_spec;
    std::array<RunningSums, kCircumstances> m_sums{};
};

}  // namespace pujiang
