#pragma once
// Draws a new batch's attributes (category, group, flags, complexity, patience) from its own
// per-batch engine, in a fixed order, whatever the source or the day's later events.

#include <cstdint>
#include <string>
#include <vector>

#include "sim/reception/batch.h"

namespace pujiang {

class BatchFactory {
public:
    explicit BatchFactory(const ScenarioSpec& spec);

    // `key` is the batch's identity (batchKey); `time` its arrival time, for absolute patience.
    Batch make(std::uint64_t key, ArrivalSource source) const;
    // What an inject (docs/model.md [intervene.arrive]) fixes about the batch it brings.
    struct Inject {
        std::uint16_t category = 0;
        std::uint32_t persons = 1;  // on site in the group
        bool collective = false, urgent = false, longStanding = false;
    };
    // A walk-in with these attributes fixed; the others come from the same twelve draws as make's.
    Batch makeInjected(std::uint64_t key, const Inject& inject) const;
    // Rank of a batch in the scenario's priority order (0 = highest).
    std::uint8_t priorityRank(const Batch& batch) const;

private:
    Batch build(std::uint64_t key, ArrivalSource source, const Inject* inject) const;
    enum class ClassTest : std::uint8_t { Urgent, Collective, Appointment, LongStanding, Repeat, LawRelated, StreamClass, Category, Other };
    struct PriorityTest {
        ClassTest test;
        std::uint16_t index;  // stream class or category index
    };

    const ScenarioSpec& m_spec;
    std::vector<double> m_categoryCumulative;
    std::vector<double> m_streamClassCumulative;
    std::vector<PriorityTest> m_priority;
};

}  // namespace pujiang
