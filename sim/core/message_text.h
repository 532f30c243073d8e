#pragma once
// Messages in both languages (the scenario loader's, and errors the GUI shows). Each message is written
// once per language with the same arguments, so the two cannot drift apart in what they name:
//   bilingual("{} 超出范围；允许：{}", "{} is out of range; allowed: {}", key.subject(), allowed)
// An argument that is a Phrase or an OwnedPhrase (a range text, a type name) gives each language
// its own words; any other argument (a key path, a number, what the user wrote) is the same in
// both. Key paths, quoted values and file names stay as the user wrote them in either language.

#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "sim/core/language.h"

namespace pujiang {

template <class T>
const T& inLanguage(const T& argument, Language) {
    return argument;
}
inline std::string_view inLanguage(const Phrase& argument, Language language) { return argument.in(language); }
inline const std::string& inLanguage(const OwnedPhrase& argument, Language language) {
    return argument.in(language);
}

template <class T>
using InLanguage = decltype(inLanguage(std::declval<const T&>(), Language::En));

// Both formats are checked at compile time against the arguments as each language sees them.
template <class... Args>
OwnedPhrase bilingual(fmt::format_string<InLanguage<Args>...> zh, fmt::format_string<InLanguage<Args>...> en,
                      const Args&... args) {
    return {fmt::format(zh, inLanguage(args, Language::Zh)...), fmt::format(en, inLanguage(args, Language::En)...)};
}

}  // namespace pujiang
