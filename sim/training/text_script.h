#pragma once
// Which script a card text is written in: a Chinese text must hold Han characters, an English one
// none of them and no full-width punctuation either (a stray "，" shows as a gap in Latin fonts).

#include <string_view>

namespace pujiang {

// True when the UTF-8 text holds a CJK unified ideograph (U+3400..U+9FFF).
bool containsHan(std::string_view text);
// True when it holds a Han character, CJK punctuation (U+3000..U+303F) or a full-width form
// (U+FF00..U+FFEF).
bool containsCjk(std::string_view text);

}  // namespace pujiang
