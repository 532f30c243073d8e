#pragma once
// The one language switch of every front end (CLI reports, HTML, GUI) and the one way to pick a
// translated text: every visible text is a Phrase, Chinese first, looked up with Phrase::in.
// The tables of phrases: the metric table (sim/reception/metric_table.cpp), the report texts
// (sim/report/report_strings.cpp, for the CLI's tables and the HTML page) and the GUI's own words
// (data/ui_strings.tsv).

#include <stdexcept>
#include <string>
#include <string_view>

namespace pujiang {

enum class Language { Zh, En };

template <typename Text>
struct BasicPhrase {
    Text zh, en;
    constexpr const Text& in(Language language) const { return language == Language::Zh ? zh : en; }
};
// A phrase of the compiled tables.
using Phrase = BasicPhrase<std::string_view>;
// A phrase read from a file (the GUI's table).
using OwnedPhrase = BasicPhrase<std::string>;

// "zh" or "en"; anything else throws std::invalid_argument listing the valid names.
inline Language parseLanguage(std::string_view name) {
    if (name == "zh") return Language::Zh;
    if (name == "en") return Language::En;
    throw std::invalid_argument("unknown language '" + std::string(name) + "'; valid: zh, en");
}

}  // namespace pujiang
