#pragma once
// What every command checks about the files it will write, before any work: the folder exists,
// the name is not empty and not a folder, no two outputs are the same file, no output is one of
// the command's inputs (a scenario, a result file, a log), and every name, input or output, is
// UTF-8 text, as the JSON that records them must be — a typo must cost nothing and destroy nothing.

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace pujiang::cli {

struct NamedFile {
    std::string path;  // empty: not given
    std::string flag;  // "--json", or "scenario" for a positional input
};

// Throws CLI::ValidationError naming the flag(s) and the file (a name that is not UTF-8 with the
// offending byte).
void checkOutputFiles(const std::vector<NamedFile>& outputs, const std::vector<NamedFile>& inputs = {});

// For add_option(...)->check(): an output file name may not be empty (`--json ""`).
CLI::Validator outputFileName();

}  // namespace pujiang::cli
