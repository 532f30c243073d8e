#pragma once
// The check that a Chinese message (Diagnostic::messageZh) says it in Chinese words. What may stay
// in Latin letters is what the user typed or reads in the file: quoted values, file names, key
// paths, durations like "15min", table labels like [[rooms]], upper-case codes and placeholders
// (LAND, LAND-01, TOML, HH:MM), and the words of the file's own vocabulary (key names, enum values,
// true/false), which each caller lists. Used for scenario messages and case-card messages.

#include <regex>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sim/scenario/diagnostics.h"

namespace pujiang::testing {

// The Latin words of `message` that are none of the things a Chinese message keeps as written,
// joined by spaces; empty for a good message. `vocabulary` holds the bare words (no '.' or '[')
// of the file format that may appear unquoted.
inline std::string strayLatin(const std::string& message, const std::set<std::string>& vocabulary) {
    static const std::regex quoted(R"('[^']*'|"[^"]*")");
    static const std::regex fileName(R"([A-Za-z0-9_./\-*]*\.(toml|md))");
    static const std::regex exponent(R"(\d+(\.\d+)?e[+-]?\d+)");
    static const std::regex duration(R"(\d+(\.\d+)?(min|s|h|d)\b)");
    static const std::regex tableLabel(R"(\[\[?[A-Za-z_][A-Za-z0-9_.]*\]\]?)");
    static const std::regex keyPath(
        R"([A-Za-z_][A-Za-z0-9_\-]*(\[[^\]]*\])?(\.[A-Za-z_][A-Za-z0-9_\-]*(\[[^\]]*\])?)*)");
    static const std::regex word(R"([A-Za-z_][A-Za-z0-9_]*)");
    static const std::regex upperCase(R"([A-Z0-9_]+)");
    const auto erase = [](const std::string& text, const std::regex& pattern) {
        return std::regex_replace(text, pattern, " ");
    };
    std::string text = erase(erase(erase(erase(erase(message, quoted), fileName), exponent), duration), tableLabel);
    std::string kept;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), keyPath); it != std::sregex_iterator(); ++it) {
        const std::string found = it->str();
        if (found.find_first_of(".[") == std::string::npos) kept += found + " ";
    }
    std::string stray;
    for (auto it = std::sregex_iterator(kept.begin(), kept.end(), word); it != std::sregex_iterator(); ++it) {
        const std::string found = it->str();
        if (vocabulary.count(found) || std::regex_match(found, upperCase)) continue;
        stray += (stray.empty() ? "" : " ") + found;
    }
    return stray;
}

// Every diagnostic has an English message and a Chinese one with no stray English; `context` names
// the case in failures.
inline void expectChinese(const std::vector<Diagnostic>& found, const std::string& context,
                          const std::set<std::string>& vocabulary) {
    for (const Diagnostic& d : found) {
        EXPECT_FALSE(d.messageZh.empty()) << context << ": " << d.format();
        EXPECT_EQ(strayLatin(d.messageZh, vocabulary), "")
            << context << ":\n  " << d.format(Language::Zh) << "\n  " << d.format();
        EXPECT_FALSE(d.message.empty()) << context;
    }
}

}  // namespace pujiang::testing
