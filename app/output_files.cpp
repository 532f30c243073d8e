#include "app/output_files.h"

#include <filesystem>
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
