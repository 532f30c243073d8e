#pragma once
// A class roster from a CSV file (as a spreadsheet saves it): a header line `trainee_id,name`,
// then one trainee per line. UTF-8, with or without a byte-order mark; CRLF or LF; fields may be
// quoted as RFC 4180 says (a name with a comma), but a field may not span lines.

#include <filesystem>
#include <vector>

#include "sim/training/class_store.h"

namespace pujiang {

// Throws LocalizedError listing every problem as "file:line: what; allowed: ...".
std::vector<Trainee> readRosterCsv(const std::filesystem::path& path);

}  // namespace pujiang
