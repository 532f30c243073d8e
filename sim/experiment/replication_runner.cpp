#include "sim/experiment/replication_runner.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "sim/reception/reception_day.h"

namespace pujiang {

DayResult runReplication(const ScenarioSpec& spec, std::uint64_t seed, std::uint64_t replication, TraceSink* trace) {
    ReceptionDay day(spec, seed, replication, trace);
    day.runToEnd();
    return day.result();
}

DayResult runPlannedReplication(const ScenarioSpec& spec, std::uint64_t seed, std::uint64_t replication,
                                std::span<const Intervention> plan, TraceSink* trace) {
    ReceptionDay day(spec, seed, replication, trace);
    // Stable: entries logged at the same instant keep the order they were made in.
    std::vector<Intervention> ordered(plan.begin(), plan.end());
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Intervention& a, const Intervention& b) { return a.time < b.time; });
    for (const Intervention& step : ordered) {
        if (day.finished()) break;
        day.runUntil(step.time);
        if (!day.whyNot(step)) day.apply(step);
    }
    day.runToEnd();
    return day.result();
}

int effectiveJobs(int requested) {
    if (requested > 0) return requested;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

Aggregate runReplications(const ScenarioSpec& spec, const ReplicationOptions& options) {
    Aggregate aggregate(spec);
    aggregate.keepReplications(options.keepReplications);
    const int total = options.replications;
    const int jobs = std::min(effectiveJobs(options.jobs), std::max(1, total));
    if (jobs == 1) {
        for (int i = 0; i < total; ++i) {
            aggregate.add(runReplication(spec, options.seed, static_cast<std::uint64_t>(i)));
            if (options.progress) options.progress(i + 1, total);
        }
        return aggregate;
    }

    // Workers take the next index but never run more than `window` ahead of the oldest
    // replication not yet folded in: the reorder buffer stays small.
    const int window = 4 * jobs;
    std::mutex mutex;
    std::condition_variable changed;
    int nextIndex = 0, folded = 0;
    std::map<int, DayResult> ready;
    std::exception_ptr failure;

    auto worker = [&] {
        for (;;) {
            int index;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return failure || nextIndex >= total || nextIndex < folded + window; });
                if (failure || nextIndex >= total) return;
                index = nextIndex++;
            }
            DayResult result;
            try {
                result = runReplication(spec, options.seed, static_cast<std::uint64_t>(index));
            } catch (...) {
                std::lock_guard lock(mutex);
                if (!failure) failure = std::current_exception();
                changed.notify_all();
                return;
            }
            std::unique_lock lock(mutex);
            ready.emplace(index, std::move(result));
            while (!ready.empty() && ready.begin()->first == folded) {
                aggregate.add(ready.begin()->second);
                ready.erase(ready.begin());
                ++folded;
                if (options.progress) options.progress(folded, total);
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> threads;
    for (int j = 0; j < jobs; ++j) threads.emplace_back(worker);
    for (auto& t : threads) t.join();
    if (failure) std::rethrow_exception(failure);
    return aggregate;
}

}  // namespace pujiang
