#include "gui/compare_job.h"

#include <algorithm>
#include <exception>
#include <thread>
#include <utility>

#include "sim/experiment/experiment_definition.h"
#include "sim/experiment/vary_values.h"
#include "sim/scenario/diagnostics.h"

namespace pujiang::gui {

namespace {

// As the CLI's definitions name them: absolute, so a report says which file it was.
std::string absoluteName(const std::filesystem::path& file) {
    return std::filesystem::absolute(file).lexically_normal().string();
}

// The planned variants are the last of `list`; the reference among them goes first.
template <class T>
void moveReferenceFirst(std::vector<T>& list, const CompareRequest& request) {
    if (!request.referencePlanned || *request.referencePlanned >= request.planned.size()) return;
    const std::size_t index = list.size() - request.planned.size() + *request.referencePlanned;
    std::rotate(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(index),
                list.begin() + static_cast<std::ptrdiff_t>(index) + 1);
}

}  // namespace

std::optional<Experiment> makeCompareExperiment(const CompareRequest& request, const std::atomic<bool>* stop) {
    if (request.files.empty()) throw std::invalid_argument("a comparison needs at least one scenario file");
    // The CLI's definition, so the variants, labels and numbers are the CLI's and a run log saved
    // from here would be one `pujiang merge` accepts.
    std::vector<std::string> files;
    for (const std::filesystem::path& f : request.files) files.push_back(f.string());
    ExperimentDefinition definition =
        request.mode == CompareMode::Files
            ? compareDefinition(files, request.seed, request.replications)
            : sweepDefinition(files.front(), {parseVary(request.vary)}, {}, request.seed, request.replications);
    std::optional<Experiment> experiment = buildExperiment(definition, stop);
    if (!experiment || request.planned.empty()) return experiment;
    // Planned variants join the CLI's; the definition names them so it never passes for the CLI's.
    std::vector<ExperimentVariant> variants = experiment->variants();
    for (const PlannedVariant& p : request.planned) {
        variants.push_back(ExperimentVariant{p.label, p.spec, {}, p.interventions});
        definition["planned"].push_back({{"label", p.label}, {"file", p.file}, {"interventions", p.interventions.size()}});
    }
    if (request.referencePlanned) definition["reference"] = request.planned.at(*request.referencePlanned).label;
    moveReferenceFirst(variants, request);
    return Experiment(std::move(variants), request.seed, request.replications, definition.dump());
}

std::vector<std::string> compareVariantFiles(const CompareRequest& request, std::size_t variants) {
    std::vector<std::string> files;
    if (request.mode == CompareMode::Files) {
        for (const std::filesystem::path& f : request.files) files.push_back(absoluteName(f));
    } else if (!request.files.empty()) {
        files.assign(variants - request.planned.size(), absoluteName(request.files.front()));
    }
    for (const PlannedVariant& p : request.planned) files.push_back(p.file);
    moveReferenceFirst(files, request);
    return files;
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
        m_message = {};
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

std::string CompareJob::message(Language language) const {
    std::lock_guard lock(m_mutex);
    return m_message.in(language);
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
        results.files = compareVariantFiles(request, experiment->variants().size());
        results.definitions = experiment->variants();
        results.variants = experiment->fold();
        {
            std::lock_guard lock(m_mutex);
            m_results = std::move(results);
        }
        m_state = CompareState::Finished;
    } catch (const std::exception& error) {
        {
            std::lock_guard lock(m_mutex);
            m_message = errorText(error);
        }
        m_state = CompareState::Failed;
    }
}

}  // namespace pujiang::gui
