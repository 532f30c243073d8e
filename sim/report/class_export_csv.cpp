// classExportCsv (declared in class_report.h): the attempts of a class as a spreadsheet reads them.

#include <algorithm>
#include <map>

#include "sim/report/csv_field.h"
#include "sim/report/class_report.h"

namespace pujiang {

namespace {

// Fields already quoted, joined into one line.
std::string csvLine(const std::vector<std::string>& fields) {
    std::string line;
    for (const std::string& field : fields) {
        if (!line.empty()) line += ',';
        line += field;
    }
    line += '\n';
    return line;
}

}  // namespace

std::string classExportCsv(const ClassInfo& info, const std::vector<Attempt>& attempts) {
    std::vector<std::string> partNames;
    for (const Attempt& attempt : attempts)
        for (const ScorePart& part : attempt.parts)
            if (std::find(partNames.begin(), partNames.end(), part.name) == partNames.end()) partNames.push_back(part.name);
    std::map<std::string, std::string> nameOf;
    for (const Trainee& trainee : info.roster) nameOf[trainee.id] = trainee.name;

    std::vector<std::string> header = {"class", "trainee", "name", "exercise", "seed", "score", "max_score",
                                       "started", "ended", "program_version"};
    for (const std::string& name : partNames) header.push_back(csvField(name));
    std::string csv = csvLine(header);
    for (const Attempt& a : attempts) {
        std::vector<std::string> row = {std::to_string(a.classId), csvField(a.trainee), csvField(nameOf[a.trainee]),
                                        csvField(a.exercise), std::to_string(a.seed), csvNumber(a.score),
                                        csvNumber(a.maxScore), csvField(a.started), csvField(a.ended),
                                        csvField(a.programVersion)};
        for (const std::string& name : partNames) {
            const auto part = std::find_if(a.parts.begin(), a.parts.end(), [&](const ScorePart& p) { return p.name == name; });
            row.push_back(part == a.parts.end() ? std::string() : csvNumber(part->points));
        }
        csv += csvLine(row);
    }
    return csv;
}

}  // namespace pujiang
