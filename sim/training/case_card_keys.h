#pragma once
// The keys of a [[card]] table, declared once: the loader checks against this table, its messages
// quote the allowed values from it, and a test holds docs/cases.md to it.

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pujiang {

// Which keys are required, and when, is decided by the loader (docs/cases.md lists it); the table
// holds what every message needs.
struct CardKey {
    std::string name;     // as written in the file: "title_zh"
    std::string allowed;    // quoted after "allowed:" in messages
    std::string allowedZh;  // the same in Chinese, after "允许："; names and values as written in files
};

inline constexpr int kMaxCardGroupSize = 1000;
// A collective visit: five or more people, who must send representatives (at most five speak).
inline constexpr int kMinCollectiveGroupSize = 5;
// Handling time of the petition regulations (2005 Art. 33, 2022 Art. 34): 60 days plus 30 at most.
inline constexpr int kMaxDeadlineDays = 90;
inline constexpr double kMaxCaseAgeYears = 100.0;
inline constexpr int kMaxDifficulty = 3;

// The texts of a card; each is written twice, as <base>_zh and <base>_en.
inline constexpr std::string_view kCardTextBases[] = {"title",      "petitioners", "story", "request",
                                                      "background", "documents",   "rule",  "why",
                                                      "wrong_consequence"};

std::span<const CardKey> cardKeys();
const CardKey* findCardKey(std::string_view name);

// The valid names of each choice, in declaration order, for checks and messages.
std::vector<std::string> cardCategoryCodes();  // the codes of defaultCategories()
std::vector<std::string> dispositionNames();
std::vector<std::string> legalClassNames();
std::vector<std::string> caseHistoryNames();

}  // namespace pujiang
