#include "gui/compare_job.h"

#include <algorithm>
#include <exception>
#include <thread>
#include <utility>

#include <nlohmann/json.hpp>

#include "sim/experiment/vary_values.h"
#include "sim/scenario/scenario_loader.h"

namespace pujiang::gui {

namespace {

using Definition = nlohmann::ordered_json;

std::string absoluteName(const std::filesystem::path& file) {
    return std::filesystem::absolute(file).lexically_normal().string();
}

// As app/compare_command.cpp's buildCompareExperiment: the app cannot be linked here, and the
// experiment's numbers depend only on the specs, the seed and the replications, which match.
std::vector<ExperimentVariant> fileVariants(const CompareRequest& request, const std::atomic<bool>* stop) {
    std::vector<ExperimentVariant> variants;
    for (const std::filesystem::path& file : request.files) {
        if (stop && stop->load()) return {};
        ExperimentVariant v;
        v.spec = loadScenarioFile(absoluteName(file));
        v.label = v.spec.name;
        int copies = 0;
        for (const ExperimentVariant& other : variants) copies += other.spec.name == v.spec.name;
        if (copies > 0) v.label += " (" + std::to_string(copies + 1) + ")";
        variants.push_back(std::move(v));
    }
    return variants;
}

// As app/sweep_command.cpp's buildSweepExperiment with one --vary and no --set.
std::vector<ExperimentVariant> sweepVariants(const std::string& file, const VarySpec& vary,
                                             const std::atomic<bool>* stop) {
    std::vector<ExperimentVariant> variants;
    for (const std::string& value : vary.values) {
        if (stop && stop->load()) return {};
        ExperimentVariant variant;
        variant.factors.emplace_back(vary.key, value);
        variant.label = vary.key + "=" + value;
        variant.spec = loadScenarioFile(file, {parseOverride(variant.label, "--vary")});
        variants.push_back(std::move(variant));
    }
    return variants;
}

}  // namespace

std::optional<Experiment> makeCompareExperiment(const CompareRequest& request, const std::atomic<bool>* stop) {
    if (request.files.empty()) throw std::invalid_argument("a comparison needs at least one scenario file");
    // The definition is the CLI's, so a run log saved from here would be one `pujiang merge` accepts.
    Definition definition;
    std::vector<ExperimentVariant> variants;
    if (request.mode == CompareMode::Files) {
        definition["command"] = "compare";
        Definition files = Definition::array();
        for (const std::filesystem::path& f : request.files) files.push_back(absoluteName(f));
        definition["files"] = files;
        variants = fileVariants(request, stop);
    } else {
        const VarySpec vary = parseVary(request.vary);
        const std::string file = absoluteName(request.files.front());
        definition["command"] = "sweep";
        definition["file"] = file;
        definition["vary"] = Definition::array({Definition{{"key", vary.key}, {"values", vary.values}}});
        definition["set"] = Definition::array();
        variants = sweepVariants(file, vary, stop);
    }
    if (variants.empty()) return std::nullopt;  // stopped
    definition["seed"] = request.seed;
    definition["replications"] = request.replications;
    return Experiment(std::move(variants), request.seed, request.replications, definition.dump());
}

CompareJob::~CompareJob() {
    cancel();
    wait();
}

void CompareJob::start(CompareRequest request) {
    cancel();
    wait();
    {
        std::lock_guard lock(m_mutex);
        m_message.clear();
        m_results.reset();
    }
    m_stop = false;
    m_done = 0;
    m_total = 0;
    m_state = CompareState::Running;
    m_thread = std::thread([this, request = std::move(request)] { run(request); });
}

void CompareJob::cancel() { m_stop = true; }

void CompareJob::wait() {
    if (m_thread.joinable()) m_thread.join();
}

std::string CompareJob::message() const {
    std::lock_guard lock(m_mutex);
    return m_message;
}

std::optional<CompareResults> CompareJob::takeResults() {
    std::lock_guard lock(m_mutex);
    std::optional<CompareResults> results = std::move(m_results);
    m_results.reset();
    return results;
}

void CompareJob::run(const CompareRequest& request) {
    try {
        std::optional<Experiment> experiment = makeCompareExperiment(request, &m_stop);
        if (!experiment) {
            m_state = CompareState::Cancelled;
            return;
        }
        m_total = experiment->totalRuns();
        ExperimentRunOptions options;
        // 0: all hardware threads but one, which the window and its software renderer need.
        options.jobs = request.jobs > 0
                           ? request.jobs
                           : std::max(1, static_cast<int>(std::thread::hardware_concurrency()) - 1);
        options.progress = [this](std::size_t done, std::size_t) { m_done = done; };
        options.stop = &m_stop;
        if (!experiment->run(options)) {
            m_state = CompareState::Cancelled;
            return;
        }
        CompareResults results;
        results.mode = request.mode;
        results.seed = experiment->seed();
        results.replications = experiment->replications();
        for (const ExperimentVariant& v : experiment->variants()) results.labels.push_back(v.label);
        results.variants = experiment->fold();
        {
            std::lock_guard lock(m_mutex);
            m_results = std::move(results);
        }
        m_state = CompareState::Finished;
    } catch (const std::exception& error) {
        {
            std::lock_guard lock(m_mutex);
            m_message = error.what();
        }
        m_state = CompareState::Failed;
    }
}

}  // namespace pujiang::gui
