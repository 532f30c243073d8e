#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <imgui.h>

#include "gui/font_setup.h"
#include "gui/ui_strings.h"

namespace pujiang::gui {
namespace {

const std::filesystem::path kStrings = PUJIANG_SOURCE_DIR "/data/ui_strings.tsv";

// A decoder of our own (not ImGui's), so a bug in how the ranges are built cannot hide itself.
template <class F>
void forEachCodepoint(std::string_view text, F&& f) {
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        ASSERT_NE(length, 0) << "invalid UTF-8 in \"" << text << "\"";
        ASSERT_LE(i + static_cast<std::size_t>(length), text.size());
        unsigned c = length == 1 ? lead : lead & (0x7Fu >> length);
        for (int k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
        f(c);
        i += static_cast<std::size_t>(length);
    }
}

TEST(GlyphRanges, CoverEveryCharacterOfEveryUiString) {
    const UiStrings strings = UiStrings::loadTsv(kStrings);
    const std::vector<std::string_view> texts = strings.allTexts();
    const ImVector<ImWchar> ranges = buildGlyphRanges(texts);
    for (std::string_view text : texts)
        forEachCodepoint(text, [&](unsigned c) {
            EXPECT_TRUE(rangesContain(ranges.Data, c)) << "U+" << std::hex << c << " of \"" << text << "\"";
        });
}

TEST(GlyphRanges, EveryUiCharacterIsInTheBuiltAtlas) {
    if (!std::filesystem::exists(kDefaultFontFile)) GTEST_SKIP() << "font not installed: " << kDefaultFontFile;
    const UiStrings strings = UiStrings::loadTsv(kStrings);
    const std::vector<std::string_view> texts = strings.allTexts();
    const ImVector<ImWchar> ranges = buildGlyphRanges(texts);
    ImFontAtlas atlas;  // no context, no window: the atlas is built on the CPU
    ImFont* font = addUiFont(atlas, kDefaultFontFile, 18.0f, ranges.Data);
    ASSERT_NE(font, nullptr);
    ASSERT_TRUE(atlas.Build());
    int checked = 0;
    for (std::string_view text : texts)
        forEachCodepoint(text, [&](unsigned c) {
            ++checked;
            EXPECT_NE(font->FindGlyphNoFallback(static_cast<ImWchar>(c)), nullptr)
                << "U+" << std::hex << c << " of \"" << text << "\" has no glyph";
        });
    EXPECT_GT(checked, 100);
    // 浦 is missing from ImGui's "simplified common" range: it must be here because we add every UI text.
    EXPECT_NE(font->FindGlyphNoFallback(static_cast<ImWchar>(0x6D66)), nullptr);
}

}  // namespace
}  // namespace pujiang::gui
