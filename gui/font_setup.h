#pragma once
// The CJK UI font. Glyph ranges are built from the exact texts that will be shown (UI strings plus
// the scenario's names), so every character is in the atlas and the atlas stays small.

#include <filesystem>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace pujiang::gui {

inline constexpr const char* kDefaultFontFile = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

// Basic Latin and Latin-1 plus every character of `texts`. The result must outlive the atlas build.
ImVector<ImWchar> buildGlyphRanges(const std::vector<std::string_view>& texts);

// True when `codepoint` lies in one of the [first, last] pairs of a zero-terminated range list.
bool rangesContain(const ImWchar* ranges, unsigned codepoint);

// Adds the font (face 0 of the .ttc) to the atlas; returns null when the file cannot be loaded.
ImFont* addUiFont(ImFontAtlas& atlas, const std::filesystem::path& file, float pixelSize, const ImWchar* ranges);

}  // namespace pujiang::gui
