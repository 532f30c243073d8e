#include "sim/core/bounded_quantiles.h"

#include <algorithm>
#include <cmath>

#include "sim/core/statistics.h"

namespace pujiang {

namespace {

constexpr std::size_t kBinCount =
    static_cast<std::size_t>(BoundedQuantiles::kOctaves) * BoundedQuantiles::kBinsPerOctave;

// value = m * 2^e with m in [0.5, 1): octave e - kLowestExponent, and the bin within it from m.
std::size_t binOf(double value) {
    if (!std::isfinite(value)) return kBinCount - 1;  // frexp's mantissa of infinity is no number
    int exponent = 0;
    const double mantissa = std::frexp(value, &exponent);
    const int octave = exponent - BoundedQuantiles::kLowestExponent;
    if (octave < 0) return 0;
    if (octave >= BoundedQuantiles::kOctaves) return kBinCount - 1;
    const auto within = std::min(static_cast<int>((2.0 * mantissa - 1.0) * BoundedQuantiles::kBinsPerOctave),
                                 BoundedQuantiles::kBinsPerOctave - 1);
    return static_cast<std::size_t>(octave) * BoundedQuantiles::kBinsPerOctave + static_cast<std::size_t>(within);
}

double centreOf(std::size_t bin) {
    const int octave = static_cast<int>(bin / BoundedQuantiles::kBinsPerOctave);
    const int within = static_cast<int>(bin % BoundedQuantiles::kBinsPerOctave);
    const double mantissa = 0.5 * (1.0 + (within + 0.5) / BoundedQuantiles::kBinsPerOctave);
    return std::ldexp(mantissa, octave + BoundedQuantiles::kLowestExponent);
}

}  // namespace

void BoundedQuantiles::add(double value) {
    ++m_count;
    if (m_bins.empty()) {
        m_values.push_back(value);
        if (m_values.size() > kExactValues) foldIntoBins();
        return;
    }
    addToBins(value);
}

void BoundedQuantiles::foldIntoBins() {
    m_bins.assign(kBinCount, 0);
    for (double value : m_values) addToBins(value);
    std::vector<double>().swap(m_values);  // give the memory back
}

void BoundedQuantiles::addToBins(double value) {
    if (!(value > 0.0)) {
        ++m_zeros;
        return;
    }
    ++m_bins[binOf(value)];
}

double BoundedQuantiles::orderStatistic(std::uint64_t k) const {
    if (k < m_zeros) return 0.0;
    std::uint64_t below = m_zeros;
    for (std::size_t bin = 0; bin < m_bins.size(); ++bin) {
        below += m_bins[bin];
        if (k < below) return centreOf(bin);
    }
    return centreOf(m_bins.size() - 1);
}

std::vector<double> BoundedQuantiles::quantiles(std::initializer_list<double> ps) const {
    std::vector<double> out;
    if (m_count == 0) return out;
    if (m_bins.empty()) {
        std::vector<double> values = m_values;  // quantileInPlace reorders its sample
        for (double p : ps) out.push_back(quantileInPlace(values, p));
        return out;
    }
    for (double p : ps) {
        const double h = (static_cast<double>(m_count) - 1.0) * std::clamp(p, 0.0, 1.0);
        const auto lo = static_cast<std::uint64_t>(std::floor(h));
        const double low = orderStatistic(lo);
        out.push_back(lo + 1 >= m_count ? low : low + (h - static_cast<double>(lo)) * (orderStatistic(lo + 1) - low));
    }
    return out;
}

}  // namespace pujiang
