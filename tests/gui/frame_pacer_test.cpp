#include "gui/frame_pacer.h"

#include <chrono>

#include <gtest/gtest.h>

#include "gui/process_cpu.h"

namespace pujiang::gui {
namespace {

TEST(FramePacer, DrawsOnlyAsOftenAsTheScreenChanges) {
    FramePacer pacer;
    pacer.noteFrame(100.0);
    EXPECT_DOUBLE_EQ(pacer.interval(Activity::Idle, 100.0), FramePacer::kIdleInterval);
    EXPECT_DOUBLE_EQ(pacer.interval(Activity::Background, 100.0), FramePacer::kBackgroundInterval);
    EXPECT_DOUBLE_EQ(pacer.interval(Activity::Playing, 100.0), FramePacer::kPlayingInterval);
    EXPECT_NEAR(pacer.waitBeforeFrame(Activity::Idle, 100.1), 0.9, 1e-9);
    EXPECT_DOUBLE_EQ(pacer.waitBeforeFrame(Activity::Idle, 101.1), 0.0);
    // Any input: fast frames for a second, whatever the app does, then back to its own pace.
    pacer.noteInput(100.2);
    EXPECT_DOUBLE_EQ(pacer.interval(Activity::Idle, 100.3), FramePacer::kInputInterval);
    EXPECT_DOUBLE_EQ(pacer.waitBeforeFrame(Activity::Idle, 100.3), 0.0);
    EXPECT_DOUBLE_EQ(pacer.interval(Activity::Playing, 101.1), FramePacer::kInputInterval);
    EXPECT_DOUBLE_EQ(pacer.interval(Activity::Playing, 101.3), FramePacer::kPlayingInterval);
    // The slower the activity, the fewer frames: idle < background < playing < input.
    EXPECT_GT(FramePacer::kIdleInterval, FramePacer::kBackgroundInterval);
    EXPECT_GT(FramePacer::kBackgroundInterval, FramePacer::kPlayingInterval);
    EXPECT_GT(FramePacer::kPlayingInterval, FramePacer::kInputInterval);
}

TEST(ProcessCpu, CountsTheWorkOfThisProcess) {
    const std::optional<double> before = processCpuSeconds();
    ASSERT_TRUE(before.has_value());
    // Busy work shows up as CPU time, and never more of it than the wall time it took (this test
    // runs one thread). Waits for 0.2 s of CPU however loaded the machine is, within 20 s.
    const auto start = std::chrono::steady_clock::now();
    volatile double sink = 0.0;
    std::optional<double> after = before;
    while (after && *after - *before < 0.2 && std::chrono::steady_clock::now() - start < std::chrono::seconds(20)) {
        for (int i = 0; i < 100000; ++i) sink = sink + 1.0;
        after = processCpuSeconds();
    }
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_TRUE(after.has_value());
    EXPECT_GE(*after - *before, 0.2);
    EXPECT_LE(*after - *before, wall + 0.02);  // one clock tick of rounding
}

}  // namespace
}  // namespace pujiang::gui
