#pragma once
// Progress of a long run on stderr: a bar with ETA on a terminal, a plain line every 10 % (or
// every 10 s) otherwise, so that logs of batch jobs stay readable.

#include <chrono>
#include <cstddef>
#include <string>

namespace pujiang::cli {

class Progress {
public:
    Progress(std::string what, std::size_t total, bool enabled);
    void update(std::size_t done);
    void finish();

private:
    std::string m_what;
    std::size_t m_total;
    bool m_enabled, m_terminal;
    std::chrono::steady_clock::time_point m_start, m_lastLine;
    std::size_t m_lastDecile = 0;
};

}  // namespace pujiang::cli
