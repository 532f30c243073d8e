#pragma once
// Where an experiment that folds its runs as they finish keeps them when no run log was asked
// for: an unnamed temporary file in $TMPDIR (or /tmp; unlinked at once, so gone when the program
// ends, however it ends), so that Ctrl-C can still save every finished run as a run log without
// holding them in memory. Records are written in a private binary form - a run log line costs
// more to format than a short day costs to run - and are only ever read back by the same program.
// After a failed write the file is no longer trusted: its owner drops it (Experiment).

#include <cstdio>
#include <functional>
#include <memory>

#include "sim/experiment/day_result_io.h"

namespace pujiang {

class RunSpill {
public:
    // Throws std::runtime_error with the system's reason when no temporary file can be made.
    RunSpill();

    // Throws std::runtime_error with the system's reason when the write fails (a full disk).
    void append(const RunRecord& record);
    // Every record appended, in the order they were; throws std::runtime_error when they cannot
    // be read back. Appending may go on afterwards, whether or not this threw.
    void forEach(const std::function<void(const RunRecord&)>& visit) const;
    std::size_t size() const { return m_records; }

private:
    struct Closer {
        void operator()(std::FILE* file) const { std::fclose(file); }
    };
    std::unique_ptr<std::FILE, Closer> m_file;
    std::size_t m_records = 0;
};

}  // namespace pujiang
