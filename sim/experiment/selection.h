#pragma once
// Selecting the best variant with a stated probability of correct selection: the fully
// sequential indifference-zone procedure of Kim & Nelson (2001), "KN", with common random
// numbers. After a first stage of n0 replications of every variant, replications are added one at
// a time; after each, a variant is dropped as soon as its running sum of paired differences
// against another survivor falls below a boundary that shrinks to zero at r = h²S²/δ². With
// probability at least PCS the one variant left is the best or within δ of it (docs/experiments.md).
//
// KnSelection only sees values through a callback, so it is tested on synthetic data; the
// driver selectBestVariant() feeds it an Experiment that it grows stage by stage.

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "sim/experiment/experiment.h"
#include "sim/reception/day_result.h"

namespace pujiang {

enum class Goal { Minimize, Maximize };

struct SelectionSpec {
    Goal goal = Goal::Minimize;
    double pcs = 0.95;           // 1 - alpha: probability of correct selection
    double indifference = 1.0;   // delta, in the metric's unit: smaller differences do not matter
    int firstStage = 10;         // n0 >= 2
    int maxReplications = 10000; // cap: stop there and report the survivors as a set
};

// eta = ((2 alpha / (k - 1))^(-2 / (n0 - 1)) - 1) / 2 and h² = 2 eta (n0 - 1) (KN with c = 1).
struct KnConstants {
    double eta = 0.0;
    double hSquared = 0.0;
};
KnConstants knConstants(std::size_t variants, int firstStage, double pcs);

struct SelectionStatus {
    int replications = 0;                     // observations used: up to its elimination, or to the end
    double mean = 0.0;                        // of the metric over those observations
    std::optional<std::size_t> eliminatedBy;  // the survivor it was worse than by more than the boundary
};

struct SelectionResult {
    KnConstants constants;
    int firstStage = 0;
    int replications = 0;                // r when the procedure stopped
    std::vector<std::size_t> survivors;  // ascending; one when a variant was selected
    std::vector<SelectionStatus> variants;
    bool selected() const { return survivors.size() == 1; }
};

// Value of the metric in replication `replication` (0-based) of variant `variant`.
using SelectionValue = std::function<double(std::size_t variant, int replication)>;

class KnSelection {
public:
    // Throws std::invalid_argument for fewer than one variant, pcs outside (1/k, 1), delta <= 0,
    // n0 < 2 or a cap below n0.
    KnSelection(std::size_t variants, const SelectionSpec& spec);

    // Takes replications up to `available` (exclusive), checking for eliminations after each one,
    // and stops early once finished; so the outcome does not depend on how the calls are staged.
    // Nothing happens before `available` reaches the first stage.
    void advance(const SelectionValue& value, int available);
    bool finished() const;
    const SelectionResult& result() const { return m_result; }

private:
    void startFirstStage(const SelectionValue& value);
    void screen();
    double better(double sumI, double sumL) const;  // sum of (i - l), signed so that positive is better

    SelectionSpec m_spec;
    std::size_t m_k;
    std::vector<double> m_sums;             // of the metric, per variant, over the first r replications
    std::vector<std::vector<double>> m_s2;  // S²_il of the first-stage differences
    SelectionResult m_result;
};

// The whole procedure on values that exist for every replication up to the cap.
SelectionResult selectBest(std::size_t variants, const SelectionSpec& spec, const SelectionValue& value);

// Grows `experiment` from max(its replications, n0) by max(1, r/10) replications per stage until
// the procedure finishes. `runStage` runs the missing runs (and may report progress with the
// number of survivors); it returns false when interrupted, and then so does this (nullopt).
// Every variant is run in every stage, even those already eliminated (Experiment runs all
// variants), so the comparison table covers them all at the final replication count.
std::optional<SelectionResult> selectBestVariant(Experiment& experiment, Metric metric, const SelectionSpec& spec,
                                                 const std::function<bool(std::size_t survivors)>& runStage);

// What a report says about a selection.
struct SelectionReport {
    Metric metric = Metric::WaitMean;
    SelectionSpec spec;
    SelectionResult result;
};

}  // namespace pujiang
