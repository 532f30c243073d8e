#include "gui/process_cpu.h"

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include <unistd.h>

namespace pujiang::gui {

std::optional<double> processCpuSeconds() {
    std::ifstream in("/proc/self/stat");
    const std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the
    // last ')'. Field 3 (state) comes first there; utime and stime are fields 14 and 15.
    const std::size_t close = stat.rfind(')');
    if (close == std::string::npos) return std::nullopt;
    std::istringstream fields(stat.substr(close + 1));
    std::string field;
    for (int number = 3; number <= 13; ++number)
        if (!(fields >> field)) return std::nullopt;
    unsigned long long user = 0, system = 0;
    if (!(fields >> user >> system)) return std::nullopt;
    const long ticks = ::sysconf(_SC_CLK_TCK);
    if (ticks <= 0) return std::nullopt;
    return static_cast<double>(user + system) / static_cast<double>(ticks);
}

}  // namespace pujiang::gui

namespace pujiang::gui {

bool CpuMeter::frameDone(double now) {
    if (m_done) return false;
    if (m_first < 0.0) m_first = now;
    if (m_start < 0.0) {
        if (now - m_first < m_settle) return false;
        const std::optional<double> cpu = processCpuSeconds();
        m_start = now;
        m_cpuStart = cpu.value_or(0.0);
        m_failed = !cpu;
        return false;
    }
    ++m_frames;
    if (now - m_start < m_seconds) return false;
    m_end = now;
    const std::optional<double> cpu = processCpuSeconds();
    m_cpuEnd = cpu.value_or(0.0);
    m_failed = m_failed || !cpu;
    m_done = true;
    return true;
}

}  // namespace pujiang::gui
