#pragma once
// --jobs and --force-jobs, shared by run, compare, sweep and plan. Results never depend on the
// number of threads, but memory does (each thread holds a replication: ~790 MB at the 50 M-arrival
// cap), and threads beyond the cores only slow a run: --jobs is capped at this machine's core
// count unless --force-jobs says the user means it.

#include <algorithm>
#include <iostream>
#include <thread>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace pujiang::cli {

inline constexpr int kMaxForcedJobs = 1024;

struct JobsOption {
    int jobs = 0;  // 0: all cores
    bool force = false;

    // The threads to use: `jobs` capped at the cores (with a note on standard error), unless forced.
    int resolved() const {
        const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
        if (jobs <= cores || force) return jobs;
        std::cerr << fmt::format("pujiang: --jobs {} is more than this machine's {} cores; using {} (results are the "
                                 "same; add --force-jobs to use {} threads)\n",
                                 jobs, cores, cores, jobs);
        return cores;
    }
};

inline void addJobsOptions(CLI::App* app, JobsOption& option, const std::string& description) {
    app->add_option("--jobs,-j", option.jobs, description + " (at most the core count unless --force-jobs)")
        ->check(CLI::Range(0, kMaxForcedJobs));
    app->add_flag("--force-jobs", option.force, "Use --jobs threads even beyond the core count");
}

}  // namespace pujiang::cli
