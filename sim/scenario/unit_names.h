#pragma once
// The unit and type words of the key table ("min", "persons", ...; "integer", "clock", ...) in either
// language. The English word is the key: the key table and the reference doc write it, the GUI's
// editor and the loader's Chinese messages show the Chinese one.

#include <string_view>

#include "sim/core/language.h"

namespace pujiang {

// The unit in `language`; English returns `unit` itself, so the view lives as long as the argument.
// A unit without a Chinese form gives the English word back rather than nothing, so the editor still
// shows something; the key-text test fails for any unit of the key table that has no Chinese form.
std::string_view unitText(std::string_view unit, Language language);

// A key's type (KeyInfo::type: "integer", "array of strings", ...) in `language`, as messages name
// it; like unitText, an unknown type gives the English word back and a test fails for it.
std::string_view keyTypeText(std::string_view type, Language language);
// keyTypeText in both languages.
inline Phrase keyTypeTexts(std::string_view type) {
    return {keyTypeText(type, Language::Zh), keyTypeText(type, Language::En)};
}

}  // namespace pujiang
