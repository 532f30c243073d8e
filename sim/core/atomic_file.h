#pragma once
// Output files appear whole or not at all: written to a temporary file beside the target, then
// renamed over it. A failed or interrupted run never leaves a half-written result.

#include <filesystem>
#include <functional>
#include <ostream>

namespace pujiang {

// Calls `write` with a stream to a temporary file, then renames it to `path`. Throws
// std::runtime_error naming the file when it cannot be created or written.
void writeFileAtomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write);

}  // namespace pujiang
