#pragma once
// The program's version, from the top-level project() (CMakeLists.txt): what `--version` prints
// and what every class-records attempt stores as the program that scored it.

#include <string_view>

namespace pujiang {

inline constexpr std::string_view kProgramVersion = PUJIANG_VERSION;
// The git commit the build was configured from ("unknown" when built outside a git checkout).
inline constexpr std::string_view kProgramCommit = PUJIANG_COMMIT;

}  // namespace pujiang
