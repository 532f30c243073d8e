#include "gui/result_export.h"

#include <functional>

#include "sim/core/atomic_file.h"
#include "sim/report/experiment_report.h"
#include "sim/report/html_report.h"
#include "sim/report/run_report.h"
#include "sim/report/trace_csv.h"

namespace pujiang::gui {

namespace {

// The default paths are in the user's data folder, which may not exist yet.
void writeInFolder(const std::filesystem::path& file, const std::function<void(std::ostream&)>& write) {
    if (const std::filesystem::path folder = file.parent_path(); !folder.empty())
        std::filesystem::create_directories(folder);
    writeFileAtomically(file, write);
}

}  // namespace

void saveCompareHtml(const std::filesystem::path& file, const CompareResults& results, pujiang::Language language) {
    writeInFolder(file, [&](std::ostream& out) {
        writeExperimentHtml(out, results.definitions, results.variants, results.files, results.seed,
                            results.replications, language);
    });
}

void saveCompareCsv(const std::filesystem::path& file, const CompareResults& results) {
    writeInFolder(file, [&](std::ostream& out) {
        writeCompareTableCsv(out, results.labels, results.files, results.variants);
    });
}

void saveDayHtml(const std::filesystem::path& file, const DaySession& session, pujiang::Language language) {
    const std::vector<ReportInput> inputs{
        dayReportInput(session.spec(), session.sourceFile(), session.seed(), session.result())};
    writeInFolder(file, [&](std::ostream& out) { writeHtmlReport(out, inputs, language); });
}

void saveDayCsv(const std::filesystem::path& file, const DaySession& session) {
    Aggregate aggregate(session.spec());
    aggregate.add(session.result());
    const RunInfo run{&session.spec(), session.sourceFile(), session.seed(), 1};
    writeInFolder(file, [&](std::ostream& out) { writeResultsCsv(out, run, aggregate); });
}

void saveDayEventsCsv(const std::filesystem::path& file, const DaySession& session) {
    writeInFolder(file, [&](std::ostream& out) {
        CsvTraceSink csv(out, session.spec());
        for (const LoggedEvent& event : session.log().events())
            csv.record(TraceRecord{event.time, event.kind, event.batch, event.room, event.detail});
    });
}

std::filesystem::path withSuffix(const std::filesystem::path& file, const char* suffix, const char* extension) {
    return file.parent_path() / (file.stem().string() + suffix + extension);
}

std::filesystem::path withExtension(std::filesystem::path file, const char* extension) {
    return file.replace_extension(extension);
}

}  // namespace pujiang::gui
