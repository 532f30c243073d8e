#pragma once
// A class's results for the instructor: a printable HTML page (one self-contained file: inline CSS
// and SVG, no scripts, no external files) and a CSV of every attempt for a spreadsheet.

#include <string>
#include <vector>

#include "sim/core/language.h"
#include "sim/training/class_store.h"

namespace pujiang {

// Ranking (best attempt per trainee), score distribution, most-missed cards, objective attainment
// and the trainees with no attempt, in one language. All stored text is HTML-escaped.
std::string classReportHtml(const ClassInfo& info, const std::vector<Attempt>& attempts, Language language);

// One row per attempt: class, trainee, name, exercise, seed, score, max_score, started, ended,
// program_version, then one column per score part (the names in the order they first appear;
// empty where an attempt has no such part). RFC 4180 quoting.
std::string classExportCsv(const ClassInfo& info, const std::vector<Attempt>& attempts);

}  // namespace pujiang
