#pragma once
// How often the window redraws. Without vsync (Xvfb, virtual machines, remote desktops: what
// training rooms have) an unpaced loop draws as fast as the CPU allows and burns a core while
// nothing moves. The pacer asks for a frame only as often as what is on screen changes: at 60 Hz
// for a second after any input (hover, typing, dragging feel immediate), at 15 Hz while the day
// plays (dots glide between places; 15 Hz still reads as motion and keeps a software renderer,
// about 20 ms of CPU a frame at 1600x900, near 30 % of a core), at 5 Hz while a comparison
// runs in the background (its progress bar), and once a second when nothing happens at all.

namespace pujiang::gui {

// What the app is doing, as far as redrawing goes.
enum class Activity { Idle, Background, Playing };

class FramePacer {
public:
    static constexpr double kAfterInput = 1.0;  // seconds of fast frames after the last input
    static constexpr double kInputInterval = 1.0 / 60.0;
    static constexpr double kPlayingInterval = 1.0 / 15.0;
    static constexpr double kBackgroundInterval = 1.0 / 5.0;
    static constexpr double kIdleInterval = 1.0;

    // `now` in seconds on any steady clock.
    void noteInput(double now) { m_lastInput = now; }
    void noteFrame(double now) { m_lastFrame = now; }
    // The shortest time between frames for what the app is doing now.
    double interval(Activity activity, double now) const;
    // Seconds to wait before the next frame is due (0: draw now).
    double waitBeforeFrame(Activity activity, double now) const;

private:
    double m_lastInput = -1e9;
    double m_lastFrame = -1e9;
};

}  // namespace pujiang::gui
