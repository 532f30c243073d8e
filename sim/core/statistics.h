#pragma once
// Output statistics: observation tallies, time-weighted levels, sample quantiles and the
// across-replication summary (mean, sd, Student-t 95% confidence interval).

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace pujiang {

// Welford's running mean and variance, plus extremes.
class Tally {
public:
    void add(double x);
    std::uint64_t count() const { return m_count; }
    double mean() const { return m_count ? m_mean : 0.0; }
    double variance() const;  // sample variance (n - 1)
    double sd() const;
    double min() const { return m_count ? m_min : 0.0; }
    double max() const { return m_count ? m_max : 0.0; }
    double sum() const { return m_mean * static_cast<double>(m_count); }

private:
    std::uint64_t m_count = 0;
    double m_mean = 0.0, m_m2 = 0.0;
    double m_min = std::numeric_limits<double>::infinity();
    double m_max = -std::numeric_limits<double>::infinity();
};

// The integral of a piecewise-constant level over time, e.g. queue length.
class TimeWeighted {
public:
    explicit TimeWeighted(double start = 0.0) : m_start(start), m_lastTime(start) {}
    // Inline: levels change several times per batch.
    void set(double time, double level) {
        if (time > m_lastTime) m_max = std::max(m_max, m_level);
        m_area += m_level * (time - m_lastTime);
        m_lastTime = time;
        m_level = level;
    }
    void add(double time, double delta) { set(time, m_level + delta); }
    // Forget the past (end of warm-up) but keep the current level.
    void restart(double time);
    double level() const { return m_level; }
    // The highest level held for a positive time up to `until`: a level passed through within
    // one instant (a batch that joins a line and is seated at once) is not a level anyone saw.
    double max(double until) const;
    double integral(double until) const;
    double mean(double until) const;

private:
    double m_start, m_lastTime;
    double m_level = 0.0, m_area = 0.0, m_max = 0.0;
};

// A piecewise-constant level averaged over time bins: bin i covers [start + i·width,
// start + (i+1)·width). Time before the first bin is ignored. Time after the last bin is ignored
// too, unless the level grows: then bins are appended to cover it (a day that runs past its
// expected end keeps its whole curve, and bins it never reached are simply not there) up to
// kMaxGrownBins: a day made endless by absurd consultation times must not take all memory.
enum class BinGrowth { Fixed, Grows };
inline constexpr std::size_t kMaxGrownBins = 1'000'000;

class BinnedLevel {
public:
    BinnedLevel() = default;
    BinnedLevel(double start, double width, std::size_t bins, BinGrowth growth = BinGrowth::Fixed)
        : m_start(start), m_width(width), m_area(bins, 0.0), m_grows(growth == BinGrowth::Grows) {}
    // Inline, and nothing to add over no time: a batch that joins a line and is seated at once
    // changes the level twice at one instant.
    void set(double time, double level) {
        if (time > m_lastTime) accumulate(m_area, m_lastTime, time, m_level);
        m_lastTime = time;
        m_level = level;
    }
    void add(double time, double delta) { set(time, m_level + delta); }
    // Time-average level in each bin, with the current level carried to `until`; a growing level's
    // bins reach at least `until`.
    std::vector<double> averages(double until) const;
    double start() const { return m_start; }
    double width() const { return m_width; }

private:
    void accumulate(std::vector<double>& area, double from, double to, double level) const;
    void coverUntil(std::vector<double>& area, double until) const;
    double m_start = 0.0, m_width = 1.0;
    std::vector<double> m_area;
    bool m_grows = false;
    double m_lastTime = 0.0, m_level = 0.0;
};

// Quantile of a sample by linear interpolation between order statistics (Hyndman & Fan type 7,
// the default of R and NumPy). Sorts a copy; p in [0, 1]. Empty sample gives 0.
double quantile(std::vector<double> sample, double p);
// Same, for a sample the caller has already sorted.
double quantileSorted(const std::vector<double>& sorted, double p);
// Same, in linear time by selection; reorders `sample` (for large samples read once).
double quantileInPlace(std::vector<double>& sample, double p);

struct Summary {
    std::uint64_t n = 0;
    double mean = 0.0, sd = 0.0, ciLow = 0.0, ciHigh = 0.0;
    double halfWidth() const { return 0.5 * (ciHigh - ciLow); }
};

// 95% two-sided Student-t interval for the mean of independent observations.
Summary summarize(const std::vector<double>& observations);
// The t quantile used by summarize (df >= 1).
double studentT975(double degreesOfFreedom);

}  // namespace pujiang
