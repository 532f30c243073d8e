// Result documents as `pujiang report` reads them, then the HTML report drawn from them (charts
// included): a document may only be refused with ReportInputError, and whatever it holds must
// not break the drawing.

#include "fuzz_support.h"

#include <sstream>

#include "sim/report/html_report.h"
#include "sim/report/report_input.h"

using namespace pujiang;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::filesystem::path file = fuzzing::writeScratch("result.json", fuzzing::asText(data, size));
    try {
        std::vector<ReportInput> inputs{readReportInput(file)};
        labelReportInputs(inputs, {file});
        std::ostringstream html;
        writeHtmlReport(html, inputs, Language::En);
    } catch (const ReportInputError&) {
    }
    return 0;
}
