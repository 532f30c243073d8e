#pragma once
// Sample quantiles in bounded memory, so that a run's memory does not grow with its horizon.
// The first kExactValues values are kept, and quantiles are then the exact type-7 quantiles
// (quantileInPlace). Past that, every value goes into fine logarithmic bins, 256 to each power
// of two, and a quantile interpolates between the centres of the bins holding the two order
// statistics: within 1/512 (0.2 %) of the exact figure, relative, for values from 2^-21 to 2^39
// (about 5e-7 to 5e11); smaller values count as the first bin's centre (absolute error under
// 1e-6), larger ones as the last bin's. Zeros are counted exactly. Values must not be negative
// (waits and durations); a negative one counts as 0.

#include <cstdint>
#include <initializer_list>
#include <vector>

namespace pujiang {

class BoundedQuantiles {
public:
    static constexpr std::size_t kExactValues = std::size_t{1} << 16;
    static constexpr int kBinsPerOctave = 256;
    // Octave o holds [2^(o + kLowestExponent - 1), 2^(o + kLowestExponent)).
    static constexpr int kLowestExponent = -20;
    static constexpr int kOctaves = 60;
    // The largest relative error of a binned quantile (half a bin over the bin's lower edge).
    static constexpr double kRelativeError = 1.0 / (2.0 * kBinsPerOctave);

    void add(double value);
    std::uint64_t count() const { return m_count; }
    // Whether every value is still kept (quantiles exact).
    bool exact() const { return m_bins.empty(); }
    // The type-7 p-quantile of each p, in order; empty when no value was added.
    std::vector<double> quantiles(std::initializer_list<double> ps) const;

private:
    void foldIntoBins();
    void addToBins(double value);
    // The k-th smallest value (0-based) as its bin's centre.
    double orderStatistic(std::uint64_t k) const;

    std::uint64_t m_count = 0;
    std::vector<double> m_values;       // while exact
    std::vector<std::uint64_t> m_bins;  // once binned: kOctaves * kBinsPerOctave counts
    std::uint64_t m_zeros = 0;          // once binned
};

}  // namespace pujiang
