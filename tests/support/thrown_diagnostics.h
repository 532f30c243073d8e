#pragma once
// The diagnostics of a load that must fail (a scenario or case cards): what its ScenarioError
// holds, or nothing and a test failure when it succeeds.

#include <vector>

#include <gtest/gtest.h>

#include "sim/scenario/diagnostics.h"

namespace pujiang::testing {

template <typename Load>
std::vector<Diagnostic> thrownDiagnostics(Load&& load) {
    try {
        load();
    } catch (const ScenarioError& error) {
        return error.diagnostics;
    }
    ADD_FAILURE() << "loaded without errors";
    return {};
}

}  // namespace pujiang::testing
