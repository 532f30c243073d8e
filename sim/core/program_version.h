#pragma once
// The program's version, from the top-level project() (CMakeLists.txt): what `--version` prints
// and what every class-records attempt stores as the program that scored it. Defined in a file
// generated at configure time (sim/core/program_version.cpp.in), so that a new commit recompiles
// that one file, not every file that sees a compile definition.

#include <string_view>

namespace pujiang {

extern const std::string_view kProgramVersion;
// The git commit the build was configured from ("unknown" when built outside a git checkout).
extern const std::string_view kProgramCommit;

}  // namespace pujiang
