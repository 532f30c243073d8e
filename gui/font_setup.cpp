#include "gui/font_setup.h"

#include <system_error>

namespace pujiang::gui {

ImVector<ImWchar> buildGlyphRanges(const std::vector<std::string_view>& texts) {
    ImFontGlyphRangesBuilder builder;
    static const ImWchar kLatin[] = {0x0020, 0x00FF, 0};
    builder.AddRanges(kLatin);
    for (std::string_view text : texts) builder.AddText(text.data(), text.data() + text.size());
    ImVector<ImWchar> ranges;
    builder.BuildRanges(&ranges);
    return ranges;
}

bool rangesContain(const ImWchar* ranges, unsigned codepoint) {
    for (; ranges[0] != 0; ranges += 2)
        if (codepoint >= ranges[0] && codepoint <= ranges[1]) return true;
    return false;
}

ImFont* addUiFont(ImFontAtlas& atlas, const std::filesystem::path& file, float pixelSize, const ImWchar* ranges) {
    std::error_code error;
    // ImGui asserts (aborts) on a missing file; check first so the caller can report it.
    if (!std::filesystem::is_regular_file(file, error)) return nullptr;
    ImFontConfig config;
    config.FontNo = 0;  // WQY Micro Hei: face 0 has TrueType outlines and Latin
    return atlas.AddFontFromFileTTF(file.string().c_str(), pixelSize, &config, ranges);
}

}  // namespace pujiang::gui
