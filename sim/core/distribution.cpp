#include "sim/core/distribution.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include <boost/math/distributions/normal.hpp>
#include <boost/random/exponential_distribution.hpp>
#include <boost/random/gamma_distribution.hpp>
#include <boost/random/lognormal_distribution.hpp>
#include <boost/random/normal_distribution.hpp>
#include <boost/random/poisson_distribution.hpp>
#include <boost/random/triangle_distribution.hpp>
#include <boost/random/uniform_01.hpp>
#include <boost/random/uniform_real_distribution.hpp>
#include <fmt/format.h>

namespace pujiang {

namespace {

constexpr std::array<std::string_view, 9> kNames = {"constant", "exponential", "uniform",   "triangular", "normal",
                                                     "lognormal", "gamma",      "empirical", "poisson"};

// Rejection sampling of the truncated normal gives up after this many tries and returns 0;
// the loader rejects parameters where acceptance is that poor (mean < -3 sd).
constexpr int kMaxRejections = 10000;

}  // namespace

std::span<const std::string_view> distributionNames() { return kNames; }

std::string_view distributionName(DistributionKind kind) { return kNames[static_cast<std::size_t>(kind)]; }

bool parseDistributionKind(std::string_view name, DistributionKind& kind) {
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (kNames[i] == name) {
            kind = static_cast<DistributionKind>(i);
            return true;
        }
    }
    return false;
}

Distribution Distribution::constant(double value) {
    Distribution d;
    d.m_kind = DistributionKind::Constant;
    d.m_a = value;
    return d;
}

Distribution Distribution::exponential(double mean) {
    Distribution d;
    d.m_kind = DistributionKind::Exponential;
    d.m_a = mean;
    return d;
}

Distribution Distribution::uniform(double low, double high) {
    Distribution d;
    d.m_kind = DistributionKind::Uniform;
    d.m_a = low;
    d.m_b = high;
    return d;
}

Distribution Distribution::triangular(double low, double mode, double high) {
    Distribution d;
    d.m_kind = DistributionKind::Triangular;
    d.m_a = low;
    d.m_b = mode;
    d.m_c = high;
    return d;
}

Distribution Distribution::normalTruncated(double mean, double sd) {
    Distribution d;
    d.m_kind = DistributionKind::Normal;
    d.m_a = mean;
    d.m_b = sd;
    return d;
}

Distribution Distribution::lognormal(double mean, double sd) {
    Distribution d;
    d.m_kind = DistributionKind::Lognormal;
    d.m_a = mean;
    d.m_b = sd;
    // The parameters of the underlying normal, once: sampling is on the hot path.
    const double sigma2 = std::log1p((sd * sd) / (mean * mean));
    d.m_logMu = std::log(mean) - 0.5 * sigma2;
    d.m_logSigma = std::sqrt(sigma2);
    return d;
}

Distribution Distribution::gamma(double shape, double scale) {
    Distribution d;
    d.m_kind = DistributionKind::Gamma;
    d.m_a = shape;
    d.m_b = scale;
    return d;
}

Distribution Distribution::empirical(std::vector<double> values, std::vector<double> weights) {
    if (values.empty() || values.size() != weights.size())
        throw std::invalid_argument("empirical distribution needs as many weights as values");
    Distribution d;
    d.m_kind = DistributionKind::Empirical;
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (!(total > 0.0)) throw std::invalid_argument("empirical weights must sum to more than 0");
    d.m_values = std::move(values);
    d.m_weights = std::move(weights);
    double running = 0.0;
    for (double& w : d.m_weights) {
        w /= total;
        running += w;
        d.m_cumulative.push_back(running);
    }
    d.m_cumulative.back() = 1.0;
    return d;
}

Distribution Distribution::poisson(double mean) {
    Distribution d;
    d.m_kind = DistributionKind::Poisson;
    d.m_a = mean;
    return d;
}

template <class Engine>
double Distribution::sample(Engine& engine) const {
    switch (m_kind) {
    case DistributionKind::Constant:
        return m_a;
    case DistributionKind::Exponential:
        return boost::random::exponential_distribution<double>(1.0 / m_a)(engine);
    case DistributionKind::Uniform:
        return m_a == m_b ? m_a : boost::random::uniform_real_distribution<double>(m_a, m_b)(engine);
    case DistributionKind::Triangular:
        return m_a == m_c ? m_a : boost::random::triangle_distribution<double>(m_a, m_b, m_c)(engine);
    case DistributionKind::Normal: {
        if (m_b == 0.0) return std::max(m_a, 0.0);
        boost::random::normal_distribution<double> normal(m_a, m_b);
        for (int i = 0; i < kMaxRejections; ++i) {
            double x = normal(engine);
            if (x >= 0.0) return x;
        }
        return 0.0;
    }
    case DistributionKind::Lognormal: {
        if (m_b == 0.0) return m_a;
        return boost::random::lognormal_distribution<double>(m_logMu, m_logSigma)(engine);
    }
    case DistributionKind::Gamma:
        return boost::random::gamma_distribution<double>(m_a, m_b)(engine);
    case DistributionKind::Empirical: {
        const double u = boost::random::uniform_01<double>()(engine);
        auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u);
        if (it == m_cumulative.end()) --it;
        return m_values[static_cast<std::size_t>(it - m_cumulative.begin())];
    }
    case DistributionKind::Poisson:
        return m_a == 0.0 ? 0.0 : static_cast<double>(boost::random::poisson_distribution<int, double>(m_a)(engine));
    }
    return 0.0;
}

template double Distribution::sample<RandomEngine>(RandomEngine&) const;
template double Distribution::sample<SmallEngine>(SmallEngine&) const;

double Distribution::mean() const {
    switch (m_kind) {
    case DistributionKind::Constant:
    case DistributionKind::Exponential:
    case DistributionKind::Lognormal:
    case DistributionKind::Poisson:
        return m_a;
    case DistributionKind::Uniform:
        return 0.5 * (m_a + m_b);
    case DistributionKind::Triangular:
        return (m_a + m_b + m_c) / 3.0;
    case DistributionKind::Normal: {
        if (m_b == 0.0) return std::max(m_a, 0.0);
        const boost::math::normal_distribution<double> z;
        const double alpha = -m_a / m_b;
        return m_a + m_b * boost::math::pdf(z, alpha) / boost::math::cdf(boost::math::complement(z, alpha));
    }
    case DistributionKind::Gamma:
        return m_a * m_b;
    case DistributionKind::Empirical:
        return std::inner_product(m_values.begin(), m_values.end(), m_weights.begin(), 0.0);
    }
    return 0.0;
}

double Distribution::variance() const {
    switch (m_kind) {
    case DistributionKind::Constant:
        return 0.0;
    case DistributionKind::Exponential:
        return m_a * m_a;
    case DistributionKind::Lognormal:
        return m_b * m_b;
    case DistributionKind::Poisson:
        return m_a;
    case DistributionKind::Uniform:
        return (m_b - m_a) * (m_b - m_a) / 12.0;
    case DistributionKind::Triangular:
        return (m_a * m_a + m_b * m_b + m_c * m_c - m_a * m_b - m_a * m_c - m_b * m_c) / 18.0;
    case DistributionKind::Normal: {
        if (m_b == 0.0) return 0.0;
        const boost::math::normal_distribution<double> z;
        const double alpha = -m_a / m_b;
        const double lambda = boost::math::pdf(z, alpha) / boost::math::cdf(boost::math::complement(z, alpha));
        return m_b * m_b * (1.0 + alpha * lambda - lambda * lambda);
    }
    case DistributionKind::Gamma:
        return m_a * m_b * m_b;
    case DistributionKind::Empirical: {
        const double mu = mean();
        double v = 0.0;
        for (std::size_t i = 0; i < m_values.size(); ++i) v += m_weights[i] * (m_values[i] - mu) * (m_values[i] - mu);
        return v;
    }
    }
    return 0.0;
}

double Distribution::lowest() const {
    switch (m_kind) {
    case DistributionKind::Constant:
    case DistributionKind::Uniform:
    case DistributionKind::Triangular:
        return m_a;
    case DistributionKind::Empirical:
        return *std::min_element(m_values.begin(), m_values.end());
    default:
        return 0.0;
    }
}

double Distribution::highest() const {
    switch (m_kind) {
    case DistributionKind::Constant:
        return m_a;
    case DistributionKind::Uniform:
        return m_b;
    case DistributionKind::Triangular:
        return m_c;
    case DistributionKind::Empirical:
        return *std::max_element(m_values.begin(), m_values.end());
    default:
        return INFINITY;
    }
}

std::string Distribution::describe() const {
    switch (m_kind) {
    case DistributionKind::Constant:
        return fmt::format("constant({:g})", m_a);
    case DistributionKind::Exponential:
        return fmt::format("exponential(mean={:g})", m_a);
    case DistributionKind::Uniform:
        return fmt::format("uniform({:g}, {:g})", m_a, m_b);
    case DistributionKind::Triangular:
        return fmt::format("triangular({:g}, {:g}, {:g})", m_a, m_b, m_c);
    case DistributionKind::Normal:
        return fmt::format("normal(mean={:g}, sd={:g}, truncated at 0)", m_a, m_b);
    case DistributionKind::Lognormal:
        return fmt::format("lognormal(mean={:g}, sd={:g})", m_a, m_b);
    case DistributionKind::Gamma:
        return fmt::format("gamma(shape={:g}, scale={:g})", m_a, m_b);
    case DistributionKind::Empirical: {
        std::string text = "empirical(";
        for (std::size_t i = 0; i < m_values.size(); ++i)
            text += fmt::format("{}{:g}:{:.3g}", i ? ", " : "", m_values[i], m_weights[i]);
        return text + ")";
    }
    case DistributionKind::Poisson:
        return fmt::format("poisson(mean={:g})", m_a);
    }
    return {};
}

}  // namespace pujiang
