#pragma once
// Shared by the libFuzzer targets (one per parser that reads outside input): the input as text, a
// scratch folder of this process for inputs that must be files, and the source tree for the
// shipped scenarios and case cards a target starts from.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace pujiang::fuzzing {

inline std::filesystem::path sourceDir() { return PUJIANG_SOURCE_DIR; }

inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// A folder of this process under the system's temporary folder, removed when it exits.
const std::filesystem::path& scratchFolder();

// Writes `text` to `name` in the scratch folder (replacing it) and returns its path.
std::filesystem::path writeScratch(std::string_view name, std::string_view text);

// `text` cut at each `separator` line into at most `maxParts` parts (the last keeps the rest), so
// one input can hold a file and the files it names.
std::vector<std::string_view> splitParts(std::string_view text, std::string_view separator, std::size_t maxParts);

}  // namespace pujiang::fuzzing
