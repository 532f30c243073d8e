#include "app/progress.h"

#include <cstdio>

#include <fmt/format.h>
#include <unistd.h>

namespace pujiang::cli {

namespace {

std::string clock(double seconds) {
    const long s = static_cast<long>(seconds + 0.5);
    return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60) : fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

Progress::Progress(std::string what, std::size_t total, bool enabled)
    : m_what(std::move(what)),
      m_total(total),
      m_enabled(enabled && total > 0),
      m_terminal(::isatty(STDERR_FILENO)),
      m_start(std::chrono::steady_clock::now()),
      m_lastLine(m_start) {}

void Progress::update(std::size_t done) {
    if (!m_enabled) return;
    const auto now = std::chrono::steady_clock::now();
    const double elapsed = std::chrono::duration<double>(now - m_start).count();
    const double fraction = static_cast<double>(done) / static_cast<double>(m_total);
    const double eta = done > 0 ? elapsed * (1.0 - fraction) / fraction : 0.0;
    if (m_terminal) {
        constexpr int kWidth = 30;
        const int filled = static_cast<int>(fraction * kWidth);
        std::fprintf(stderr, "\r%s [%s%s] %3.0f%% %zu/%zu ETA %s ", m_what.c_str(), std::string(filled, '#').c_str(),
                     std::string(kWidth - filled, '.').c_str(), 100.0 * fraction, done, m_total, clock(eta).c_str());
        return;
    }
    // Quick runs stay silent in logs; long ones report every 10 % or every 10 s.
    if (elapsed < 2.0) return;
    const std::size_t decile = static_cast<std::size_t>(fraction * 10.0);
    if (decile > m_lastDecile || std::chrono::duration<double>(now - m_lastLine).count() >= 10.0) {
        m_lastDecile = decile;
        m_lastLine = now;
        std::fprintf(stderr, "%s: %zu/%zu runs (%.0f%%), elapsed %s, ETA %s\n", m_what.c_str(), done, m_total,
                     100.0 * fraction, clock(elapsed).c_str(), clock(eta).c_str());
    }
}

void Progress::finish() {
    if (m_enabled && m_terminal) std::fprintf(stderr, "\r%*s\r", 90, "");
}

}  // namespace pujiang::cli
