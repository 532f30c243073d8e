#pragma once
// CPU time this process has used so far (user + system, every thread: the software OpenGL
// renderer's threads count too), read from /proc/self/stat; what `pujiang-gui --cpu-seconds`
// reports as a share of one core.

#include <optional>

namespace pujiang::gui {

// Seconds; nothing when /proc is not there or unreadable.
std::optional<double> processCpuSeconds();

}  // namespace pujiang::gui

namespace pujiang::gui {

// The share of one core used over `seconds` of wall time, starting `settle` seconds after the
// first frame (start-up and the first font atlas are not what a class waits through).
class CpuMeter {
public:
    explicit CpuMeter(double seconds, double settle = 2.0) : m_seconds(seconds), m_settle(settle) {}
    // After each drawn frame, with the wall clock in seconds; true once, when the measurement is
    // complete (also when /proc could not be read: then failed()).
    bool frameDone(double now);
    bool failed() const { return m_failed; }

    double wallSeconds() const { return m_end - m_start; }
    double cpuSeconds() const { return m_cpuEnd - m_cpuStart; }
    double shareOfOneCore() const { return wallSeconds() > 0 ? cpuSeconds() / wallSeconds() : 0.0; }
    int frames() const { return m_frames; }

private:
    double m_seconds, m_settle;
    double m_first = -1.0, m_start = -1.0, m_end = -1.0;
    double m_cpuStart = 0.0, m_cpuEnd = 0.0;
    int m_frames = 0;
    bool m_done = false, m_failed = false;
};

}  // namespace pujiang::gui
