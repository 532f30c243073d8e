#include "sim/reception/batch_factory.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <boost/random/uniform_01.hpp>

#include "sim/reception/batch_random.h"

namespace pujiang {

namespace {

std::vector<double> cumulativeShares(const std::vector<double>& shares) {
    std::vector<double> cumulative;
    double total = 0.0;
    for (double s : shares) total += s;
    double running = 0.0;
    for (double s : shares) {
        running += s / total;
        cumulative.push_back(running);
    }
    if (!cumulative.empty()) cumulative.back() = 1.0;
    return cumulative;
}

std::size_t pick(const std::vector<double>& cumulative, double u) {
    auto it = std::upper_bound(cumulative.begin(), cumulative.end(), u);
    if (it == cumulative.end()) --it;
    return static_cast<std::size_t>(it - cumulative.begin());
}

// x is a whole number already (rounded persons, capped by a whole maxReceived): only clamped.
std::uint16_t personCount(double x, double low, double high) {
    return static_cast<std::uint16_t>(std::clamp(x, low, high));
}

}  // namespace

BatchFactory::BatchFactory(const ScenarioSpec& spec) : m_spec(spec) {
    if (spec.categories.empty()) throw std::invalid_argument("scenario has no categories");
    std::vector<double> shares;
    for (const auto& c : spec.categories) shares.push_back(c.share);
    m_categoryCumulative = cumulativeShares(shares);
    m_streamClassCumulative = cumulativeShares(spec.stream.classShares);
    for (const std::string& name : spec.priority.classes) {
        if (name == "urgent") m_priority.push_back({ClassTest::Urgent, 0});
        else if (name == "collective") m_priority.push_back({ClassTest::Collective, 0});
        else if (name == "appointment") m_priority.push_back({ClassTest::Appointment, 0});
        else if (name == "long_standing") m_priority.push_back({ClassTest::LongStanding, 0});
        else if (name == "repeat") m_priority.push_back({ClassTest::Repeat, 0});
        else if (name == "law_related") m_priority.push_back({ClassTest::LawRelated, 0});
        else if (name == "other") m_priority.push_back({ClassTest::Other, 0});
        else if (name.starts_with("category:")) {
            const std::string code = name.substr(9);
            std::size_t index = 0;
            while (index < spec.categories.size() && spec.categories[index].code != code) ++index;
            if (index == spec.categories.size()) throw std::invalid_argument("unknown category in priority class '" + name + "'");
            m_priority.push_back({ClassTest::Category, static_cast<std::uint16_t>(index)});
        } else if (name.size() == 6 && name.starts_with("class") && name[5] >= '0' && name[5] <= '9')
            m_priority.push_back({ClassTest::StreamClass, static_cast<std::uint16_t>(name[5] - '0')});
        else throw std::invalid_argument("unknown priority class '" + name + "'");
    }
}

Batch BatchFactory::make(std::uint64_t key, ArrivalSource source) const { return build(key, source, nullptr); }

Batch BatchFactory::makeInjected(std::uint64_t key, const Inject& inject) const {
    return build(key, ArrivalSource::WalkIn, &inject);
}

Batch BatchFactory::build(std::uint64_t key, ArrivalSource source, const Inject* inject) const {
    Batch b;
    b.key = key;
    b.source = source;
    BatchEngine engine = batchEngine(key, BatchPurpose::Attributes);
    boost::random::uniform_01<double> u;
    // Every draw happens whether or not its result is used, so that changing one parameter
    // (say, the collective share) does not shift the draws behind the others.
    b.category = static_cast<std::uint16_t>(pick(m_categoryCumulative, u(engine)));
    if (inject) b.category = inject->category;
    const CategorySpec& category = m_spec.categories[b.category];
    const double collectiveDraw = u(engine);
    const double groupDraw = m_spec.batches.groupSize.sample(engine);
    const double collectiveGroupDraw = m_spec.batches.collectiveGroupSize.sample(engine);
    const double companionsDraw = m_spec.batches.companions.sample(engine);
    b.lawRelated = u(engine) < category.lawRelatedProbability;
    b.repeat = u(engine) < m_spec.batches.repeatProbability;
    b.longStanding = u(engine) < m_spec.batches.longStandingProbability;
    b.urgent = u(engine) < m_spec.batches.urgentProbability;
    const double preparedDraw = u(engine);
    const double classDraw = u(engine);
    b.complexity = m_spec.batches.complexity.sample(engine);

    b.collective = collectiveDraw < category.collectiveProne;
    double onSite = std::max(1.0, std::round(b.collective ? collectiveGroupDraw : groupDraw));
    double extraCompanions = std::max(0.0, std::round(companionsDraw));
    if (inject) {
        // The inject says who comes: the whole group is on site, nobody else with it.
        b.collective = inject->collective;
        b.urgent = inject->urgent;
        b.longStanding = inject->longStanding;
        b.repeat = b.repeat || inject->longStanding;  // a long-standing matter has been raised before
        onSite = std::max(1.0, static_cast<double>(inject->persons));
        extraCompanions = 0.0;
    }
    const double received = std::min<double>(onSite, m_spec.batches.maxReceived);
    b.groupSize = personCount(received, 1.0, 65535.0);
    b.companions = personCount(onSite - received + extraCompanions, 0.0, 65535.0);
    if (b.longStanding) b.complexity *= m_spec.batches.longStandingComplexity;
    b.prepared = source == ArrivalSource::Appointment && preparedDraw < m_spec.appointments.preparedProbability;
    if (!m_streamClassCumulative.empty())
        b.streamClass = static_cast<std::uint8_t>(pick(m_streamClassCumulative, classDraw));
    b.priorityClass = priorityRank(b);
    return b;
}

std::uint8_t BatchFactory::priorityRank(const Batch& b) const {
    for (std::size_t rank = 0; rank < m_priority.size(); ++rank) {
        const PriorityTest& t = m_priority[rank];
        bool match = false;
        switch (t.test) {
        case ClassTest::Urgent: match = b.urgent; break;
        case ClassTest::Collective: match = b.collective; break;
        case ClassTest::Appointment: match = b.source == ArrivalSource::Appointment; break;
        case ClassTest::LongStanding: match = b.longStanding; break;
        case ClassTest::Repeat: match = b.repeat; break;
        case ClassTest::LawRelated: match = b.lawRelated; break;
        case ClassTest::StreamClass: match = b.streamClass == t.index; break;
        case ClassTest::Category: match = b.category == t.index; break;
        case ClassTest::Other: match = true; break;
        }
        if (match) return static_cast<std::uint8_t>(rank);
    }
    return static_cast<std::uint8_t>(m_priority.size());
}

}  // namespace pujiang
