#include "app/output_files.h"

#include <filesystem>
#include <optional>
#include <string_view>
#include <system_error>

#include <fmt/format.h>

namespace pujiang::cli {

namespace {

namespace fs = std::filesystem;

// Two names for one file: the same path once resolved, or (both existing) the same inode.
bool sameFile(const std::string& a, const std::string& b) {
    std::error_code error;
    if (fs::exists(a, error) && fs::exists(b, error)) return fs::equivalent(a, b, error);
    const fs::path left = fs::weakly_canonical(a, error);
    const fs::path right = fs::weakly_canonical(b, error);
    return !error && left == right;
}

// The offset of the first byte of `text` that is not part of well-formed UTF-8, if any.
std::optional<std::size_t> firstNonUtf8Byte(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > text.size()) return i;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
        const auto second = static_cast<unsigned char>(length > 1 ? text[i + 1] : 0);
        if ((lead == 0xC0 || lead == 0xC1) || (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) ||
            (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second >= 0x90) || lead > 0xF4)
            return i;
        i += length;
    }
    return std::nullopt;
}

// Results and run logs are JSON, which holds UTF-8 only: a name that is not would make the
// writer fail after the whole run. Refused first, the offending byte shown as \xNN.
void checkUtf8Name(const NamedFile& file) {
    const std::optional<std::size_t> bad = firstNonUtf8Byte(file.path);
    if (!bad) return;
    std::string shown = file.path.substr(0, *bad);  // valid: shown as it is, Chinese included
    for (const char c : std::string_view(file.path).substr(*bad)) {
        const auto byte = static_cast<unsigned char>(c);
        shown += byte < 0x80 ? std::string(1, c) : fmt::format("\\x{:02X}", byte);
    }
    throw CLI::ValidationError(file.flag, fmt::format("the name '{}' is not UTF-8 text (byte {} is 0x{:02X}); results "
                                                      "and run logs record names as UTF-8: rename the file",
                                                      shown, *bad + 1, static_cast<unsigned char>(file.path[*bad])));
}

void checkOne(const NamedFile& output) {
    const fs::path path(output.path);
    const fs::path parent = path.parent_path();
    std::error_code error;
    if (!parent.empty() && !fs::is_directory(parent, error))
        throw CLI::ValidationError(output.flag, fmt::format("folder '{}' does not exist", parent.string()));
    if (fs::is_directory(path, error))
        throw CLI::ValidationError(output.flag, fmt::format("'{}' is a folder; give a file name", output.path));
}

}  // namespace

void checkOutputFiles(const std::vector<NamedFile>& outputs, const std::vector<NamedFile>& inputs) {
    for (const std::vector<NamedFile>* files : {&outputs, &inputs})
        for (const NamedFile& file : *files) checkUtf8Name(file);
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        if (outputs[i].path.empty()) continue;
        checkOne(outputs[i]);
        for (std::size_t j = i + 1; j < outputs.size(); ++j)
            if (!outputs[j].path.empty() && sameFile(outputs[i].path, outputs[j].path))
                throw CLI::ValidationError(outputs[i].flag,
                                           fmt::format("'{}' is also given to {}: each output needs a file of its own",
                                                       outputs[i].path, outputs[j].flag));
        for (const NamedFile& input : inputs)
            if (!input.path.empty() && sameFile(outputs[i].path, input.path))
                throw CLI::ValidationError(outputs[i].flag, fmt::format("'{}' is the {} this command reads; it would be "
                                                                        "overwritten: choose another file",
                                                                        outputs[i].path, input.flag));
    }
}

CLI::Validator outputFileName() {
    return CLI::Validator([](std::string& name) { return name.empty() ? std::string("an empty file name") : std::string(); },
                          "FILE");
}

}  // namespace pujiang::cli
