#include "tests/differential/welch_test.h"

#include <cmath>

#include <boost/math/distributions/students_t.hpp>

namespace pujiang {

namespace {

struct Summary {
    std::size_t n = 0;
    double mean = 0.0, variance = 0.0;
};

Summary summarise(const std::vector<double>& sample) {
    Summary s;
    double sum = 0.0;
    for (double x : sample)
        if (!std::isnan(x)) {
            sum += x;
            ++s.n;
        }
    if (s.n == 0) return s;
    s.mean = sum / static_cast<double>(s.n);
    double squares = 0.0;
    for (double x : sample)
        if (!std::isnan(x)) squares += (x - s.mean) * (x - s.mean);
    s.variance = s.n > 1 ? squares / static_cast<double>(s.n - 1) : 0.0;
    return s;
}

}  // namespace

WelchResult welchTest(const std::vector<double>& a, const std::vector<double>& b) {
    const Summary sa = summarise(a), sb = summarise(b);
    WelchResult r;
    r.countA = sa.n;
    r.countB = sb.n;
    r.meanA = sa.mean;
    r.meanB = sb.mean;
    r.sdA = std::sqrt(sa.variance);
    r.sdB = std::sqrt(sb.variance);
    r.comparable = sa.n >= 2 && sb.n >= 2;
    if (!r.comparable) return r;

    const double va = sa.variance / static_cast<double>(sa.n), vb = sb.variance / static_cast<double>(sb.n);
    const double difference = sa.mean - sb.mean;
    // Both samples constant: the means either agree (up to rounding) or differ for sure.
    if (va + vb == 0.0) {
        const bool same = std::fabs(difference) <= 1e-9 * std::fmax(1.0, std::fabs(sa.mean));
        r.t = same ? 0.0 : std::copysign(INFINITY, difference);
        r.pValue = same ? 1.0 : 0.0;
        return r;
    }
    r.t = difference / std::sqrt(va + vb);
    r.degreesOfFreedom = (va + vb) * (va + vb) /
                         (va * va / static_cast<double>(sa.n - 1) + vb * vb / static_cast<double>(sb.n - 1));
    const boost::math::students_t distribution(r.degreesOfFreedom);
    r.pValue = 2.0 * boost::math::cdf(boost::math::complement(distribution, std::fabs(r.t)));
    return r;
}

}  // namespace pujiang
