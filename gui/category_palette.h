#pragma once
// Token colours by category: twelve well-separated hues (the default category set has twelve),
// repeated with a darker shade beyond that.

#include <cstddef>

#include <imgui.h>

namespace pujiang::gui {

inline ImU32 categoryColour(std::size_t category) {
    static constexpr ImU32 kHues[] = {
        IM_COL32(31, 119, 180, 255), IM_COL32(255, 127, 14, 255), IM_COL32(44, 160, 44, 255),
        IM_COL32(214, 39, 40, 255),  IM_COL32(148, 103, 189, 255), IM_COL32(140, 86, 75, 255),
        IM_COL32(227, 119, 194, 255), IM_COL32(127, 127, 127, 255), IM_COL32(188, 189, 34, 255),
        IM_COL32(23, 190, 207, 255), IM_COL32(0, 80, 120, 255),     IM_COL32(200, 160, 0, 255),
    };
    constexpr std::size_t kCount = sizeof kHues / sizeof kHues[0];
    const ImU32 base = kHues[category % kCount];
    if (category < kCount) return base;
    // Second round: the same hue at 60% brightness.
    const auto scale = [&](int shift) { return static_cast<ImU32>(((base >> shift) & 0xFF) * 6 / 10) << shift; };
    return scale(IM_COL32_R_SHIFT) | scale(IM_COL32_G_SHIFT) | scale(IM_COL32_B_SHIFT) | (base & IM_COL32_A_MASK);
}

}  // namespace pujiang::gui
