#include "sim/core/statistics.h"

#include <algorithm>
#include <cmath>

#include <boost/math/distributions/students_t.hpp>

namespace pujiang {

void Tally::add(double x) {
    ++m_count;
    const double delta = x - m_mean;
    m_mean += delta / static_cast<double>(m_count);
    m_m2 += delta * (x - m_mean);
    m_min = std::min(m_min, x);
    m_max = std::max(m_max, x);
}

double Tally::variance() const { return m_count > 1 ? m_m2 / static_cast<double>(m_count - 1) : 0.0; }

double Tally::sd() const { return std::sqrt(variance()); }

void TimeWeighted::restart(double time) {
    m_start = time;
    m_lastTime = time;
    m_area = 0.0;
    m_max = 0.0;
}

double TimeWeighted::max(double until) const { return until > m_lastTime ? std::max(m_max, m_level) : m_max; }

double TimeWeighted::integral(double until) const { return m_area + m_level * (until - m_lastTime); }

double TimeWeighted::mean(double until) const {
    const double span = until - m_start;
    return span > 0.0 ? integral(until) / span : 0.0;
}

void BinnedLevel::accumulate(std::vector<double>& area, double from, double to, double level) const {
    if (to <= from) return;
    if (m_grows) coverUntil(area, to);
    if (level == 0.0 || area.empty()) return;
    const double end = m_start + m_width * static_cast<double>(area.size());
    from = std::max(from, m_start);
    to = std::min(to, end);
    while (from < to) {
        const auto bin = std::min(area.size() - 1, static_cast<std::size_t>((from - m_start) / m_width));
        const double binEnd = std::min(to, m_start + m_width * static_cast<double>(bin + 1));
        area[bin] += level * (binEnd - from);
        if (binEnd <= from) break;  // guards against rounding at a bin edge
        from = binEnd;
    }
}

void BinnedLevel::coverUntil(std::vector<double>& area, double until) const {
    if (until <= m_start) return;
    // Bounded in double before converting: `until` may be far beyond any real day.
    const double wanted = std::min(std::ceil((until - m_start) / m_width), static_cast<double>(kMaxGrownBins));
    const auto needed = static_cast<std::size_t>(wanted);
    if (needed > area.size()) area.resize(needed, 0.0);
}

std::vector<double> BinnedLevel::averages(double until) const {
    std::vector<double> area = m_area;
    if (m_grows) coverUntil(area, until);
    accumulate(area, m_lastTime, until, m_level);
    for (double& a : area) a /= m_width;
    return area;
}

double quantileSorted(const std::vector<double>& sorted, double p) {
    if (sorted.empty()) return 0.0;
    const double h = (static_cast<double>(sorted.size()) - 1.0) * std::clamp(p, 0.0, 1.0);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

double quantileInPlace(std::vector<double>& sample, double p) {
    if (sample.empty()) return 0.0;
    const double h = (static_cast<double>(sample.size()) - 1.0) * std::clamp(p, 0.0, 1.0);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    std::nth_element(sample.begin(), sample.begin() + static_cast<std::ptrdiff_t>(lo), sample.end());
    const double low = sample[lo];
    if (lo + 1 >= sample.size()) return low;
    // The next order statistic is the smallest element of the part after the nth.
    const double high = *std::min_element(sample.begin() + static_cast<std::ptrdiff_t>(lo) + 1, sample.end());
    return low + (h - static_cast<double>(lo)) * (high - low);
}

double quantile(std::vector<double> sample, double p) {
    std::sort(sample.begin(), sample.end());
    return quantileSorted(sample, p);
}

double studentT975(double degreesOfFreedom) {
    boost::math::students_t_distribution<double> t(degreesOfFreedom);
    return boost::math::quantile(t, 0.975);
}

Summary summarize(const std::vector<double>& observations) {
    Summary s;
    Tally tally;
    for (double x : observations) tally.add(x);
    s.n = tally.count();
    s.mean = tally.mean();
    s.sd = tally.sd();
    if (s.n < 2) {
        s.ciLow = s.ciHigh = s.mean;
        return s;
    }
    const double half = studentT975(static_cast<double>(s.n - 1)) * s.sd / std::sqrt(static_cast<double>(s.n));
    s.ciLow = s.mean - half;
    s.ciHigh = s.mean + half;
    return s;
}

}  // namespace pujiang
