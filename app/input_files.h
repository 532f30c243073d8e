#pragma once
// The check of a file a command reads, for add_option(...)->check(). CLI11's ExistingFile says
// "File does not exist" for anything stat(2) refuses; this one names what stat(2) found — a link
// loop, a folder that may not be searched, a missing file — so the user fixes the right thing.

#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <sys/stat.h>

#include <cerrno>

#include "sim/core/system_error_text.h"

namespace pujiang::cli {

inline CLI::Validator existingFile() {
    return CLI::Validator(
        [](std::string& name) -> std::string {
            struct stat info {};
            if (::stat(name.c_str(), &info) != 0) return fmt::format("cannot open '{}': {}", name, systemErrorText(errno).en);
            if (S_ISDIR(info.st_mode)) return fmt::format("'{}' is a folder; give a file", name);
            return {};
        },
        "FILE");
}

}  // namespace pujiang::cli
