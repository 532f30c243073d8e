#pragma once
// Shared helpers of the statistical validation tests: load a scenario from scenarios/, run its
// replications, and check a theoretical value against the 95% confidence interval.

#include <gtest/gtest.h>

#include <string>

#include "sim/experiment/replication_runner.h"
#include "sim/scenario/scenario_loader.h"

namespace pujiang::testing {

inline ScenarioSpec loadScenario(const std::string& relative) {
    return loadScenarioFile(std::string(PUJIANG_SOURCE_DIR) + "/scenarios/" + relative);
}

inline Aggregate runScenario(const ScenarioSpec& spec) {
    ReplicationOptions options;
    options.seed = spec.run.seed;
    options.replications = spec.run.replications;
    options.jobs = 0;
    return runReplications(spec, options);
}

// The theoretical value lies inside the 95% CI of the replication means, and the CI is narrow
// enough (relative half-width below `maxRelativeHalfWidth`) for that to mean something.
inline ::testing::AssertionResult insideInterval(const Summary& s, double theory, double maxRelativeHalfWidth) {
    if (!(s.ciLow <= theory && theory <= s.ciHigh))
        return ::testing::AssertionFailure() << "theory " << theory << " outside the 95% CI [" << s.ciLow << ", "
                                             << s.ciHigh << "] (mean " << s.mean << ", n " << s.n << ")";
    if (s.halfWidth() > maxRelativeHalfWidth * std::abs(theory))
        return ::testing::AssertionFailure() << "CI half-width " << s.halfWidth() << " too wide for theory " << theory;
    return ::testing::AssertionSuccess() << "theory " << theory << " in [" << s.ciLow << ", " << s.ciHigh << "]";
}

}  // namespace pujiang::testing
