#include "sim/training/text_script.h"

namespace pujiang {

namespace {

// Calls `test` on each code point of the three-byte UTF-8 sequences, where all of the ranges
// above live; other bytes are skipped, so malformed text cannot read past the end.
template <typename Test>
bool anyThreeByteCodePoint(std::string_view text, Test test) {
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if ((lead & 0xF0) != 0xE0) continue;
        const unsigned code = ((lead & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                              (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
        if (test(code)) return true;
    }
    return false;
}

bool isHan(unsigned code) { return code >= 0x3400 && code <= 0x9FFF; }

}  // namespace

bool containsHan(std::string_view text) { return anyThreeByteCodePoint(text, isHan); }

bool containsCjk(std::string_view text) {
    return anyThreeByteCodePoint(text, [](unsigned code) {
        return isHan(code) || (code >= 0x3000 && code <= 0x303F) || (code >= 0xFF00 && code <= 0xFFEF);
    });
}

}  // namespace pujiang
