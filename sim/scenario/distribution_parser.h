#pragma once
// Distributions in scenario files: a plain value means a constant, an (inline) table names the
// kind and its parameters, e.g. { dist = "lognormal", mean = "25min", sd = "12.5min" }
// (internal to sim/scenario, except the parameter listing used by the reference doc).

#include <optional>
#include <string>

#include "sim/core/distribution.h"
#include "sim/core/language.h"

namespace pujiang {

class KeyContext;

enum class Quantity {
    Duration,  // parameters are durations with units; stored in minutes
    Number,    // dimensionless (counts, factors)
};

struct DistributionDomain {
    Quantity quantity = Quantity::Duration;
    bool allowNegative = false;  // appointments.offset: arrivals before the slot
    bool allowNone = false;      // batches.patience: "none" means nobody gives up
    bool positiveMean = false;   // stream.interarrival: a zero mean would never advance the clock

    // The "allowed" text: e.g. "duration >= 0, or a distribution of durations". English by default,
    // as messages and the reference doc use it; Chinese for the GUI's editor.
    std::string describe(Language language = Language::En) const;
};

std::optional<Distribution> readDistribution(const KeyContext& key, const DistributionDomain& domain);

// What a kind takes: "mean, sd"; gamma: "shape, scale or mean, sd" (Chinese "shape, scale 或 mean, sd").
std::string distributionParameters(DistributionKind kind, Language language = Language::En);
// The checks on a kind's parameters, e.g. "mean > 0, sd >= 0", for the reference doc.
std::string distributionConstraints(DistributionKind kind);

}  // namespace pujiang
