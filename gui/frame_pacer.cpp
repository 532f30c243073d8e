#include "gui/frame_pacer.h"

#include <algorithm>

namespace pujiang::gui {

double FramePacer::interval(Activity activity, double now) const {
    if (now - m_lastInput < kAfterInput) return kInputInterval;
    switch (activity) {
    case Activity::Playing: return kPlayingInterval;
    case Activity::Background: return kBackgroundInterval;
    case Activity::Idle: break;
    }
    return kIdleInterval;
}

double FramePacer::waitBeforeFrame(Activity activity, double now) const {
    return std::max(0.0, m_lastFrame + interval(activity, now) - now);
}

}  // namespace pujiang::gui
