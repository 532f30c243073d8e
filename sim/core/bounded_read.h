#pragma once
// Reading a whole input whose size is capped, without reserving the cap: a 4 MiB scenario limit or
// a 64 MiB result-file limit must not cost that much memory (and zeroing) for every small file.

#include <cstddef>
#include <istream>
#include <string>

namespace pujiang {

// The stream's bytes up to its end, or its first `limit` bytes when it has more. Callers pass their
// cap + 1, so that a longer input (a file that grew after its size was checked, or a device) is
// seen as too long. A read error leaves `in.bad()` set.
std::string readAtMost(std::istream& in, std::size_t limit);

}  // namespace pujiang
