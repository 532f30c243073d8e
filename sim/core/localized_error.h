#pragma once
// An error whose message exists in both languages: what() is the English text (what the CLI
// prints), text() the same in Chinese for a front end in Chinese mode. Scenario errors, intervention
// logs that do not fit and failed writes throw it; errorText() reads any exception in both.

#include <exception>
#include <stdexcept>
#include <utility>

#include "sim/core/language.h"

namespace pujiang {

class LocalizedError : public std::runtime_error {
public:
    explicit LocalizedError(OwnedPhrase text) : std::runtime_error(text.en), m_text(std::move(text)) {}
    const std::string& text(Language language) const { return m_text.in(language); }

private:
    OwnedPhrase m_text;
};

// An exception's message in both languages: a LocalizedError's two texts, anything else's what()
// in both, as the one text there is.
inline OwnedPhrase errorText(const std::exception& error) {
    if (const auto* localized = dynamic_cast<const LocalizedError*>(&error))
        return {localized->text(Language::Zh), localized->text(Language::En)};
    return {error.what(), error.what()};
}

}  // namespace pujiang
