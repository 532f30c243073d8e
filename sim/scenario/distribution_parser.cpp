#include "sim/scenario/distribution_parser.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include <fmt/format.h>

#include "sim/reception/scenario_spec.h"
#include "sim/scenario/key_context.h"
#include "sim/scenario/scenario_limits.h"
#include "sim/core/message_text.h"
#include "sim/scenario/suggest.h"
#include "sim/scenario/toml_reader.h"
#include "sim/scenario/units.h"
#include "sim/scenario/value_readers.h"

namespace pujiang {

namespace {

using ParameterSet = std::vector<std::string>;

// Alternative parameter sets of each kind; a table must use exactly one of them.
std::vector<ParameterSet> parameterSets(DistributionKind kind) {
    switch (kind) {
    case DistributionKind::Constant: return {{"value"}};
    case DistributionKind::Exponential: return {{"mean"}};
    case DistributionKind::Uniform: return {{"low", "high"}};
    case DistributionKind::Triangular: return {{"low", "mode", "high"}};
    case DistributionKind::Normal: return {{"mean", "sd"}};
    case DistributionKind::Lognormal: return {{"mean", "sd"}};
    case DistributionKind::Gamma: return {{"shape", "scale"}, {"mean", "sd"}};
    case DistributionKind::Empirical: return {{"values", "weights"}};
    case DistributionKind::Poisson: return {{"mean"}};
    }
    return {};
}

// Keep in step with build() below, which enforces these.
std::string_view constraints(DistributionKind kind) {
    switch (kind) {
    case DistributionKind::Constant: return "value >= 0 (any sign where negative values are allowed)";
    case DistributionKind::Exponential: return "mean > 0";
    case DistributionKind::Uniform: return "low <= high; low >= 0 unless negative values are allowed";
    case DistributionKind::Triangular: return "low <= mode <= high; low >= 0 unless negative values are allowed";
    case DistributionKind::Normal: return "sd >= 0, mean >= -3 sd; truncated at 0";
    case DistributionKind::Lognormal: return "mean > 0, sd >= 0 (of the value itself, not of its log)";
    case DistributionKind::Gamma: return "shape > 0 (a number), scale > 0; or mean > 0, sd > 0";
    case DistributionKind::Empirical:
        return "values and weights are arrays of the same length; weights >= 0 with a sum > 0; values >= 0 unless "
               "negative values are allowed";
    case DistributionKind::Poisson: return "0 <= mean <= 1e+06; integer samples";
    }
    return {};
}

std::vector<std::string> kindNames() {
    std::vector<std::string> names;
    for (std::string_view name : distributionNames()) names.emplace_back(name);
    return names;
}

// Reads the parameters of one distribution table and checks them; every problem is reported.
// Build functions read all parameters first, then check them: a parameter that could not be read
// would only add noise to the checks, so they are skipped after a read failed.
class ParameterReader {
public:
    ParameterReader(const KeyContext& key, const toml::table& table, const DistributionDomain& domain,
                    DistributionKind kind)
        : m_key(key), m_table(table), m_domain(domain), m_kind(kind) {}

    bool ok() const { return !m_readFailed && !m_checkFailed; }

    KeyContext param(std::string_view name) const {
        return m_key.child(*m_table.get(name), fmt::format("{}.{}", m_key.path(), name));
    }

    // A duration (duration domains) or a number (dimensionless domains), any sign.
    double quantity(std::string_view name) { return quantity(param(name)); }

    double quantity(const KeyContext& key) {
        return read(m_domain.quantity == Quantity::Duration ? readDuration(key, kAnyDuration)
                                                             : readNumber(key, kAnyNumber));
    }

    double number(std::string_view name) { return read(readNumber(param(name), kAnyNumber)); }

    // Reports `name` out of range unless `condition` holds.
    void require(std::string_view name, bool condition, const OwnedPhrase& allowed) {
        if (condition || m_readFailed) return;
        reportRange(param(name), allowed);
        m_checkFailed = true;
    }
    void requirePositive(std::string_view name, double value) { require(name, value > 0.0, bound(kAbove, name)); }
    void requireNonNegative(std::string_view name, double value) {
        require(name, value >= 0.0, bound(kAtLeast, name));
    }
    // Sample values (constant, uniform and triangular low, empirical values) may be negative
    // only in signed domains.
    void requireSampleSign(std::string_view name, double value) {
        if (!m_domain.allowNegative) requireNonNegative(name, value);
    }

    // values (quantities) or weights (numbers >= 0) of an empirical distribution.
    std::vector<double> list(std::string_view name, bool quantities) {
        const KeyContext key = param(name);
        const OwnedPhrase nonEmpty{"非空数组", "a non-empty array"};
        const auto elements = readArray(key, nonEmpty);
        if (!elements || elements->empty()) {
            if (elements) reportRange(key, nonEmpty);
            m_readFailed = true;
            return {};
        }
        std::vector<double> values;
        for (const KeyContext& element : *elements) {
            const double value = quantities ? quantity(element) : read(readNumber(element, kNonNegative));
            if (quantities && !m_domain.allowNegative && value < 0.0) {
                reportRange(element, bound(kAtLeast, name));
                m_checkFailed = true;
            }
            values.push_back(value);
        }
        return values;
    }

private:
    double read(std::optional<double> value) {
        if (!value) m_readFailed = true;
        return value.value_or(0.0);
    }

    static constexpr Phrase kAbove{">", ">"};
    static constexpr Phrase kAtLeast{"≥", ">="};

    // "duration >= 0", "number > 0"
    OwnedPhrase bound(Phrase op, std::string_view name) const {
        const bool dimensionless =
            m_domain.quantity == Quantity::Number || (m_kind == DistributionKind::Gamma && name == "shape");
        return bilingual("{} {} 0", "{} {} 0", dimensionless ? Phrase{"数字", "number"} : Phrase{"时长", "duration"}, op);
    }

    const KeyContext& m_key;
    const toml::table& m_table;
    const DistributionDomain& m_domain;
    DistributionKind m_kind;
    bool m_readFailed = false;
    bool m_checkFailed = false;
};

Distribution build(ParameterReader& p, DistributionKind kind, const ParameterSet& set) {
    switch (kind) {
    case DistributionKind::Constant: {
        const double value = p.quantity("value");
        p.requireSampleSign("value", value);
        return Distribution::constant(value);
    }
    case DistributionKind::Exponential: {
        const double mean = p.quantity("mean");
        p.requirePositive("mean", mean);
        return Distribution::exponential(mean);
    }
    case DistributionKind::Uniform: {
        const double low = p.quantity("low"), high = p.quantity("high");
        p.requireSampleSign("low", low);
        p.require("high", high >= low, {"high ≥ low", "high >= low"});
        return Distribution::uniform(low, high);
    }
    case DistributionKind::Triangular: {
        const double low = p.quantity("low"), mode = p.quantity("mode"), high = p.quantity("high");
        p.requireSampleSign("low", low);
        p.require("mode", low <= mode && mode <= high, {"low ≤ mode ≤ high", "low <= mode <= high"});
        p.require("high", high >= low, {"high ≥ low", "high >= low"});
        return Distribution::triangular(low, mode, high);
    }
    case DistributionKind::Normal: {
        const double mean = p.quantity("mean"), sd = p.quantity("sd");
        p.requireNonNegative("sd", sd);
        // Truncation at 0 is done by rejection; below -3 sd almost every draw would be rejected.
        p.require("mean", sd < 0.0 || mean >= -3.0 * sd,
                  {"mean ≥ -3 sd（正态分布在 0 处截断）", "mean >= -3 sd (the normal is truncated at 0)"});
        return Distribution::normalTruncated(mean, sd);
    }
    case DistributionKind::Lognormal: {
        const double mean = p.quantity("mean"), sd = p.quantity("sd");
        p.requirePositive("mean", mean);
        p.requireNonNegative("sd", sd);
        return Distribution::lognormal(mean, sd);
    }
    case DistributionKind::Gamma: {
        if (set.front() == "shape") {
            const double shape = p.number("shape"), scale = p.quantity("scale");
            p.requirePositive("shape", shape);
            p.requirePositive("scale", scale);
            return Distribution::gamma(shape, scale);
        }
        const double mean = p.quantity("mean"), sd = p.quantity("sd");
        p.requirePositive("mean", mean);
        p.requirePositive("sd", sd);
        if (!p.ok()) return {};
        return Distribution::gamma(mean * mean / (sd * sd), sd * sd / mean);
    }
    case DistributionKind::Empirical: {
        std::vector<double> values = p.list("values", true);
        std::vector<double> weights = p.list("weights", false);
        if (!p.ok()) return {};
        p.require("weights", weights.size() == values.size(),
                  bilingual("weights 与 values 个数相同（{}）", "as many weights as values ({})", values.size()));
        p.require("weights", std::accumulate(weights.begin(), weights.end(), 0.0) > 0.0,
                  {"weights 之和 > 0", "weights with a sum > 0"});
        if (!p.ok()) return {};
        return Distribution::empirical(std::move(values), std::move(weights));
    }
    case DistributionKind::Poisson: {
        const double mean = p.quantity("mean");
        p.requireNonNegative("mean", mean);
        // Boost's Poisson sampler overflows its integer type far below the general number bound.
        p.require("mean", mean <= kMaxPoissonMean,
                  bilingual("0 ≤ mean ≤ {:g}", "0 <= mean <= {:g}", kMaxPoissonMean));
        return Distribution::poisson(mean);
    }
    }
    return {};
}

std::optional<Distribution> readTable(const KeyContext& key, const toml::table& table,
                                      const DistributionDomain& domain) {
    const std::vector<std::string> names = kindNames();
    const toml::node* distNode = table.get("dist");
    if (!distNode) {
        key.error(bilingual("{}：分布表需要 dist = \"<kind>\"；允许的类型：{}",
                            "{}: a distribution table needs dist = \"<kind>\"; allowed kinds: {}", key.path(),
                            joinNames(names)));
        return std::nullopt;
    }
    const std::optional<std::size_t> index =
        readChoice(key.child(*distNode, key.path() + ".dist"), names, {"分布类型", "distribution"});
    if (!index) return std::nullopt;
    DistributionKind kind{};
    parseDistributionKind(names[*index], kind);

    const std::vector<ParameterSet> sets = parameterSets(kind);
    std::vector<std::string> known;
    for (const ParameterSet& set : sets)
        for (const std::string& name : set)
            if (std::find(known.begin(), known.end(), name) == known.end()) known.push_back(name);
    const OwnedPhrase takes = bilingual("{} 的参数：{}", "{} takes: {}", names[*index],
                                        OwnedPhrase{distributionParameters(kind, Language::Zh),
                                                    distributionParameters(kind, Language::En)});

    bool ok = true;
    for (auto&& [name, value] : table) {
        if (name == "dist" || std::find(known.begin(), known.end(), name.str()) != known.end()) continue;
        key.errorAt(positionOf(name.source()),
                    bilingual("{1} 中的参数 '{0}' 未知{2}；{3}", "unknown parameter '{0}' in {1}{2}; {3}", name.str(),
                              key.path(), didYouMean(suggestName(name.str(), known)), takes));
        ok = false;
    }

    // The set the table uses: the one any of whose names appear (the first when none do).
    std::vector<const ParameterSet*> used;
    for (const ParameterSet& set : sets)
        if (std::any_of(set.begin(), set.end(), [&table](const std::string& n) { return table.contains(n); }))
            used.push_back(&set);
    if (used.size() > 1) {
        key.error(bilingual("{}：混用了不同的参数组；{}", "{}: mixes parameter sets; {}", key.path(), takes));
        return std::nullopt;
    }
    const ParameterSet& set = used.empty() ? sets.front() : *used.front();
    for (const std::string& name : set) {
        if (table.contains(name)) continue;
        key.error(bilingual("{}：{} 需要参数 '{}'；{}", "{}: {} needs '{}'; {}", key.path(), names[*index], name, takes));
        ok = false;
    }
    if (!ok) return std::nullopt;

    ParameterReader reader(key, table, domain, kind);
    Distribution distribution = build(reader, kind, set);
    if (!reader.ok()) return std::nullopt;
    return distribution;
}

std::optional<Distribution> readPlain(const KeyContext& key, const DistributionDomain& domain) {
    const toml::node& node = key.node();
    if (domain.allowNone && node.is_string()) {
        const std::string& text = node.as_string()->get();
        if (text == "none") return Distribution::constant(kNoLimit);
        if (!parseDuration(text)) {
            key.error(bilingual("{} 既不是 \"none\" 也不是时长；{}", "{} is neither \"none\" nor a duration; {}",
                                key.subject(), kDurationHint));
            return std::nullopt;
        }
    }
    const bool durations = domain.quantity == Quantity::Duration;
    if (durations ? !(node.is_string() || node.is_integer()) : !node.is_number()) {
        reportType(key, allowedText(domain));
        return std::nullopt;
    }
    const std::optional<double> value = durations ? readDuration(key, kAnyDuration) : readNumber(key, kAnyNumber);
    if (!value) return std::nullopt;
    if (!domain.allowNegative && *value < 0.0) {
        reportRange(key, allowedText(domain));
        return std::nullopt;
    }
    return Distribution::constant(*value);
}

}  // namespace

std::string DistributionDomain::describe(Language language) const {
    Phrase text;
    if (quantity == Quantity::Number)
        text = {"数字 ≥ 0，或数值的分布", "number >= 0, or a distribution of numbers"};
    else if (allowNegative)
        text = {"时长（可为负），或时长的分布", "duration (may be negative), or a distribution of durations"};
    else if (allowNone)
        text = {"\"none\"、时长 ≥ 0，或时长的分布", "\"none\", a duration >= 0, or a distribution of durations"};
    else
        text = {"时长 ≥ 0，或时长的分布", "duration >= 0, or a distribution of durations"};
    std::string described(text.in(language));
    if (positiveMean) described += Phrase{"（均值须 > 0）", " with mean > 0"}.in(language);
    return described;
}

std::optional<Distribution> readDistribution(const KeyContext& key, const DistributionDomain& domain) {
    const toml::table* table = key.node().as_table();
    std::optional<Distribution> distribution = table ? readTable(key, *table, domain) : readPlain(key, domain);
    if (distribution && domain.positiveMean && !(distribution->mean() > 0.0)) {
        key.error(bilingual("{}：均值为 {}；允许：{}", "{}: the mean is {}; allowed: {}", key.path(), distribution->mean(),
                            allowedText(domain)));
        return std::nullopt;
    }
    return distribution;
}

std::string distributionConstraints(DistributionKind kind) { return std::string(constraints(kind)); }

std::string distributionParameters(DistributionKind kind, Language language) {
    std::string text;
    for (const ParameterSet& set : parameterSets(kind)) {
        if (!text.empty()) text += Phrase{" 或 ", " or "}.in(language);
        text += joinNames(set);
    }
    return text;
}

}  // namespace pujiang
