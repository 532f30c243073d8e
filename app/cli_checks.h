#pragma once
// CLI11 checks of number options, run on the text before CLI11 converts it (sim/core/number_text.h
// says why): a seed must be a whole number that fits, a range refuses NaN and infinities.

#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "sim/core/number_text.h"

namespace pujiang::cli {

inline CLI::Validator seedNumber() {
    return CLI::Validator(
        [](std::string& text) -> std::string {
            if (parseSeedText(text)) return {};
            return fmt::format("'{}' is not a seed: a whole number 0..18446744073709551615", text);
        },
        "SEED");
}

inline CLI::Validator finiteRange(double lo, double hi) {
    return CLI::Validator(
        [lo, hi](std::string& text) -> std::string {
            if (parseFiniteNumber(text, lo, hi)) return {};
            return fmt::format("'{}' is not a number {}..{}", text, lo, hi);
        },
        fmt::format("NUMBER in [{} - {}]", lo, hi));
}

}  // namespace pujiang::cli
