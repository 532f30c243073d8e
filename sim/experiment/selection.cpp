#include "sim/experiment/selection.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace pujiang {

KnConstants knConstants(std::size_t variants, int firstStage, double pcs) {
    if (variants < 2) return {};  // nothing to tell apart
    const double alpha = 1.0 - pcs;
    const double n0 = static_cast<double>(firstStage);
    KnConstants c;
    c.eta = 0.5 * (std::pow(2.0 * alpha / static_cast<double>(variants - 1), -2.0 / (n0 - 1.0)) - 1.0);
    c.hSquared = 2.0 * c.eta * (n0 - 1.0);
    return c;
}

KnSelection::KnSelection(std::size_t variants, const SelectionSpec& spec)
    : m_spec(spec), m_k(variants), m_sums(variants, 0.0), m_s2(variants, std::vector<double>(variants, 0.0)) {
    if (variants < 1) throw std::invalid_argument("selection needs at least one variant");
    const double lowest = variants > 1 ? 1.0 / static_cast<double>(variants) : 0.0;
    if (!(spec.pcs > lowest && spec.pcs < 1.0))
        throw std::invalid_argument("the probability of correct selection must be above 1/k and below 1");
    if (!(spec.indifference > 0.0)) throw std::invalid_argument("the indifference zone must be positive");
    if (spec.firstStage < 2) throw std::invalid_argument("the first stage needs at least 2 replications");
    if (spec.maxReplications < spec.firstStage)
        throw std::invalid_argument("the cap on replications is below the first stage");
    m_result.constants = knConstants(variants, spec.firstStage, spec.pcs);
    m_result.firstStage = spec.firstStage;
    m_result.variants.resize(variants);
    for (std::size_t i = 0; i < variants; ++i) m_result.survivors.push_back(i);
}

bool KnSelection::finished() const {
    return m_result.replications > 0 &&
           (m_result.survivors.size() <= 1 || m_result.replications >= m_spec.maxReplications);
}

double KnSelection::better(double sumI, double sumL) const {
    return m_spec.goal == Goal::Maximize ? sumI - sumL : sumL - sumI;
}

void KnSelection::startFirstStage(const SelectionValue& value) {
    const int n0 = m_spec.firstStage;
    std::vector<std::vector<double>> x(m_k, std::vector<double>(static_cast<std::size_t>(n0)));
    for (int r = 0; r < n0; ++r)
        for (std::size_t i = 0; i < m_k; ++i) {
            x[i][static_cast<std::size_t>(r)] = value(i, r);
            m_sums[i] += x[i][static_cast<std::size_t>(r)];
        }
    // S²_il: sample variance of the paired differences X_i - X_l over the first stage.
    for (std::size_t i = 0; i < m_k; ++i)
        for (std::size_t l = i + 1; l < m_k; ++l) {
            const double meanDifference = (m_sums[i] - m_sums[l]) / n0;
            double squares = 0.0;
            for (std::size_t r = 0; r < static_cast<std::size_t>(n0); ++r) {
                const double d = x[i][r] - x[l][r] - meanDifference;
                squares += d * d;
            }
            m_s2[i][l] = m_s2[l][i] = squares / (n0 - 1);
        }
    m_result.replications = n0;
    screen();
}

void KnSelection::screen() {
    const double r = m_result.replications;
    const double delta = m_spec.indifference;
    const double h2 = m_result.constants.hSquared;
    // Everyone is judged against the survivors at the start of the check (KN's I_old), so the
    // order of the variants does not matter; the best so far is never dropped.
    const std::vector<std::size_t> before = m_result.survivors;
    std::vector<std::size_t> kept;
    for (std::size_t i : before) {
        std::optional<std::size_t> by;
        for (std::size_t l : before) {
            if (l == i) continue;
            // r W_il(r) with c = 1: the allowed shortfall of the sum, shrinking linearly to 0.
            const double allowed = std::max(0.0, 0.5 * delta * (h2 * m_s2[i][l] / (delta * delta) - r));
            if (better(m_sums[i], m_sums[l]) < -allowed) {
                by = l;
                break;
            }
        }
        SelectionStatus& status = m_result.variants[i];
        status.replications = m_result.replications;
        status.mean = m_sums[i] / r;
        if (by) status.eliminatedBy = by;
        else kept.push_back(i);
    }
    m_result.survivors = std::move(kept);
}

void KnSelection::advance(const SelectionValue& value, int available) {
    if (m_result.replications == 0) {
        if (available < m_spec.firstStage) return;
        startFirstStage(value);
    }
    while (!finished() && m_result.replications < available) {
        const int r = m_result.replications;
        for (std::size_t i : m_result.survivors) m_sums[i] += value(i, r);
        m_result.replications = r + 1;
        screen();
    }
}

SelectionResult selectBest(std::size_t variants, const SelectionSpec& spec, const SelectionValue& value) {
    KnSelection selection(variants, spec);
    selection.advance(value, spec.maxReplications);
    return selection.result();
}

std::optional<SelectionResult> selectBestVariant(Experiment& experiment, Metric metric, const SelectionSpec& spec,
                                                 const std::function<bool(std::size_t survivors)>& runStage) {
    KnSelection selection(experiment.variants().size(), spec);
    experiment.growReplications(spec.firstStage);
    const SelectionValue value = [&](std::size_t variant, int replication) {
        return experiment.result(static_cast<int>(variant), replication)[metric];
    };
    for (;;) {
        if (!runStage(selection.result().survivors.size())) return std::nullopt;
        selection.advance(value, experiment.replications());
        if (selection.finished()) return selection.result();
        const int r = experiment.replications();
        experiment.growReplications(std::min(spec.maxReplications, r + std::max(1, r / 10)));
    }
}

}  // namespace pujiang
