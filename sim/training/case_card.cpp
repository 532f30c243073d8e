#include "sim/training/case_card.h"

#include <algorithm>

namespace pujiang {

namespace {

// One row per enumerator: the name in the card files and the label shown to the trainee.
template <typename Enum>
struct NamedValue {
    Enum value;
    std::string_view name;
    Phrase label;
};

constexpr NamedValue<Disposition> kDispositionNames[] = {
    {Disposition::OnSpot, "on_spot", {"当场解决", "Solve on the spot"}},
    {Disposition::Assign, "assign", {"交办（限期）", "Assign with a deadline"}},
    {Disposition::Define, "define", {"依法定性答复", "Give a reasoned answer under the law"}},
    {Disposition::LegalChannel, "legal_channel",
     {"引导依法诉讼（诉访分离）", "Guide to the legal channel (litigation kept apart from petitions)"}},
    {Disposition::ConsultFirst, "consult_first",
     {"先请律师或部门负责人", "Ask the lawyer or the department head first"}},
};

constexpr NamedValue<LegalClass> kLegalClassNames[] = {
    {LegalClass::Suggestion, "suggestion", {"建议意见类", "Suggestion or opinion"}},
    {LegalClass::Accusation, "accusation", {"检举控告类", "Report or accusation"}},
    {LegalClass::Appeal, "appeal", {"申诉求决类", "Appeal or demand"}},
};

constexpr NamedValue<CaseHistory> kCaseHistoryNames[] = {
    {CaseHistory::FirstVisit, "first_visit", {"初次来访", "First visit"}},
    {CaseHistory::Repeat, "repeat", {"重复来访", "Repeat visit"}},
    {CaseHistory::LongStanding, "long_standing", {"信访积案", "Long-standing case"}},
    {CaseHistory::InCourt, "in_court", {"已进入诉讼", "Already before a court"}},
};

template <typename Enum, std::size_t N>
const NamedValue<Enum>& rowOf(const NamedValue<Enum> (&rows)[N], Enum value) {
    // Every enumerator has a row (the tests walk the k* arrays), so the search always succeeds.
    return *std::find_if(std::begin(rows), std::end(rows), [value](const auto& row) { return row.value == value; });
}

template <typename Enum, std::size_t N>
std::optional<Enum> parseName(const NamedValue<Enum> (&rows)[N], std::string_view name) {
    for (const auto& row : rows)
        if (row.name == name) return row.value;
    return std::nullopt;
}

}  // namespace

std::string_view dispositionName(Disposition disposition) { return rowOf(kDispositionNames, disposition).name; }
Phrase dispositionLabel(Disposition disposition) { return rowOf(kDispositionNames, disposition).label; }
std::optional<Disposition> parseDisposition(std::string_view name) { return parseName(kDispositionNames, name); }

std::string_view legalClassName(LegalClass legalClass) { return rowOf(kLegalClassNames, legalClass).name; }
Phrase legalClassLabel(LegalClass legalClass) { return rowOf(kLegalClassNames, legalClass).label; }
std::optional<LegalClass> parseLegalClass(std::string_view name) { return parseName(kLegalClassNames, name); }

std::string_view caseHistoryName(CaseHistory history) { return rowOf(kCaseHistoryNames, history).name; }
Phrase caseHistoryLabel(CaseHistory history) { return rowOf(kCaseHistoryNames, history).label; }
std::optional<CaseHistory> parseCaseHistory(std::string_view name) { return parseName(kCaseHistoryNames, name); }

bool CaseCard::accepts(Disposition disposition) const {
    return std::find(acceptable.begin(), acceptable.end(), disposition) != acceptable.end();
}

const CaseCard* findCard(std::span<const CaseCard> cards, std::string_view id) {
    const auto it = std::find_if(cards.begin(), cards.end(), [id](const CaseCard& card) { return card.id == id; });
    return it == cards.end() ? nullptr : &*it;
}

}  // namespace pujiang
