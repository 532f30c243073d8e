#pragma once
// Random quantities named by the scenario: a kind plus its parameters. Sampling is const so one
// Distribution can be shared by every replication thread; each call builds the (parameter-only)
// Boost.Random distribution object on the stack.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sim/core/random_stream.h"

namespace pujiang {

enum class DistributionKind { Constant, Exponential, Uniform, Triangular, Normal, Lognormal, Gamma, Empirical, Poisson };

// Names as written in scenario files, in the order listed in error messages.
std::span<const std::string_view> distributionNames();
std::string_view distributionName(DistributionKind kind);
// False when `name` is not a known kind.
bool parseDistributionKind(std::string_view name, DistributionKind& kind);

class Distribution {
public:
    Distribution() = default;  // constant 0

    static Distribution constant(double value);
    static Distribution exponential(double mean);
    static Distribution uniform(double low, double high);
    static Distribution triangular(double low, double mode, double high);
    // Normal(mean, sd) truncated at 0 by rejection: the result is never negative.
    static Distribution normalTruncated(double mean, double sd);
    // Lognormal given the mean and standard deviation of the variable itself (not of its log).
    static Distribution lognormal(double mean, double sd);
    static Distribution gamma(double shape, double scale);
    // Discrete values with non-negative weights (normalised here).
    static Distribution empirical(std::vector<double> values, std::vector<double> weights);
    static Distribution poisson(double mean);

    DistributionKind kind() const { return m_kind; }
    // Defined for RandomEngine and SmallEngine.
    template <class Engine>
    double sample(Engine& engine) const;
    double mean() const;
    double variance() const;
    // Smallest and largest value a sample can take (may be infinite).
    double lowest() const;
    double highest() const;
    // e.g. "lognormal(mean=25, sd=12.5)" in the scenario's unit (minutes for durations).
    std::string describe() const;

    const std::vector<double>& values() const { return m_values; }
    const std::vector<double>& weights() const { return m_weights; }

    // Same kind and parameters; the cumulative weights follow from the weights, so they are not compared.
    friend bool operator==(const Distribution& a, const Distribution& b) {
        return a.m_kind == b.m_kind && a.m_a == b.m_a && a.m_b == b.m_b && a.m_c == b.m_c &&
               a.m_values == b.m_values && a.m_weights == b.m_weights;
    }

private:
    DistributionKind m_kind = DistributionKind::Constant;
    double m_a = 0.0, m_b = 0.0, m_c = 0.0;  // meaning depends on the kind
    double m_logMu = 0.0, m_logSigma = 0.0;   // lognormal: the underlying normal's parameters
    std::vector<double> m_values, m_weights, m_cumulative;
};

}  // namespace pujiang
