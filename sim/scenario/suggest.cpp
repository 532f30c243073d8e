#include "sim/scenario/suggest.h"

#include <algorithm>
#include <cctype>

#include "sim/core/message_text.h"

namespace pujiang {

namespace {

constexpr int kMaxSuggestionDistance = 2;

bool equalIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

}  // namespace

int editDistance(std::string_view a, std::string_view b) {
    // Optimal string alignment: Levenshtein plus adjacent transpositions ("tabels" -> "tables" is 1).
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

std::optional<std::string> suggestName(std::string_view word, std::span<const std::string> candidates) {
    // Long garbage keys are not worth a quadratic comparison against every candidate.
    constexpr std::size_t kMaxWordLength = 64;
    if (word.size() > kMaxWordLength) return std::nullopt;

    for (const std::string& candidate : candidates)
        if (equalIgnoringCase(word, candidate)) return candidate;

    std::optional<std::string> best;
    int bestDistance = kMaxSuggestionDistance + 1;
    for (const std::string& candidate : candidates) {
        const int distance = editDistance(word, candidate);
        // A one- or two-letter word is within two edits of almost anything.
        if (distance >= static_cast<int>(word.size())) continue;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    if (best) return best;

    // "serve_all" for "serve_all_present": a clear abbreviation of exactly one candidate.
    constexpr std::size_t kMinPrefixLength = 3;
    if (word.size() < kMinPrefixLength) return std::nullopt;
    std::optional<std::string> extension;
    for (const std::string& candidate : candidates) {
        if (!std::string_view(candidate).starts_with(word)) continue;
        if (extension) return std::nullopt;
        extension = candidate;
    }
    return extension;
}

OwnedPhrase didYouMean(const std::optional<std::string>& near) {
    if (!near) return {};
    return bilingual("（是否想写 '{}'？）", " (did you mean '{}'?)", *near);
}

std::string joinNames(std::span<const std::string> names) {
    std::string text;
    for (const std::string& name : names) {
        if (!text.empty()) text += ", ";
        text += name;
    }
    return text;
}

}  // namespace pujiang
