#pragma once
// Saving what the GUI shows as files: a comparison's results and the day in view, as the same
// self-contained HTML report the CLI writes (sim/report builds both) and as CSV tables. Every
// file is written atomically: whole or not at all. No ImGui here, so every writer is tested
// headless; each throws std::runtime_error naming the file when it cannot be written.

#include <filesystem>

#include "gui/compare_job.h"
#include "gui/day_session.h"
#include "sim/reception/metric_table.h"

namespace pujiang::gui {

// The page `pujiang compare --html` (or `sweep --html`) writes for the same variants and results.
void saveCompareHtml(const std::filesystem::path& file, const CompareResults& results, pujiang::Language language);
// The compare table: a header row and one row per variant (sim/report/experiment_report.h).
void saveCompareCsv(const std::filesystem::path& file, const CompareResults& results);

// The day so far as the HTML report of a one-replication run (the CLI's page for
// `run FILE --seed SEED --replications 1 --json` then `report`, when no intervention was made).
void saveDayHtml(const std::filesystem::path& file, const DaySession& session, pujiang::Language language);
// The day's key figures so far, as `run --replications 1 --csv` writes them
// (scope,group,metric,n,mean,sd,ci_low,ci_high).
void saveDayCsv(const std::filesystem::path& file, const DaySession& session);

// The day's event log so far, as `run --trace` writes it (time_min,clock,kind,batch,room,detail):
// for a day without interventions, byte for byte the CLI's trace of the same seed. A log that
// dropped its oldest records (gui/event_log.h) writes those it kept.
void saveDayEventsCsv(const std::filesystem::path& file, const DaySession& session);

// `file` with its extension replaced (the CSV saved beside an HTML report of the same name).
std::filesystem::path withExtension(std::filesystem::path file, const char* extension);
// `file` with `suffix` added to its stem and its extension replaced: "day.html" -> "day-events.csv".
std::filesystem::path withSuffix(const std::filesystem::path& file, const char* suffix, const char* extension);

}  // namespace pujiang::gui
