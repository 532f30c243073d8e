#pragma once
// `pujiang report`: one self-contained HTML page comparing result files of `pujiang run --json`.
// Inline CSS and inline SVG charts only: no scripts, no fonts or styles from the network, so the
// file opens offline and can be mailed as is. The page depends only on its inputs (no dates), so
// the same inputs give the same bytes.

#include <ostream>
#include <vector>

#include "sim/report/report_input.h"
#include "sim/report/run_report.h"

namespace pujiang {

// Variants appear in the order given; variant i has the same colour in every chart and table.
void writeHtmlReport(std::ostream& out, const std::vector<ReportInput>& inputs, Language language);

}  // namespace pujiang
