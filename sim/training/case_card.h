#pragma once
// The case cards of the training mode: a featured consultation paused for the trainee, who plays
// the receiving leader, reads the card and picks a disposition. The cards live in data/cases/ (one
// file per subject category, format in docs/cases.md); this library only reads them and names the
// dispositions. It knows nothing of the GUI that will show them.

#include <array>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sim/core/language.h"
#include "sim/scenario/diagnostics.h"

namespace pujiang {

// What the receiving leader does with the case; docs/cases.md says when each is right.
enum class Disposition {
    OnSpot,        // 当场解决: a clear entitlement the departments present can grant now
    Assign,        // 交办: a named unit investigates and answers within a deadline
    Define,        // 依法定性: a reasoned answer under the law, e.g. no basis for the demand
    LegalChannel,  // 诉访分离: the matter belongs to a court, arbitration or reconsideration
    ConsultFirst,  // ask the accompanying lawyer or the department head before deciding
};
inline constexpr std::array kDispositions = {Disposition::OnSpot, Disposition::Assign, Disposition::Define,
                                             Disposition::LegalChannel, Disposition::ConsultFirst};

// The three official classes of petitions (2022 Regulation, Arts. 29-31).
enum class LegalClass { Suggestion, Accusation, Appeal };
inline constexpr std::array kLegalClasses = {LegalClass::Suggestion, LegalClass::Accusation, LegalClass::Appeal};

enum class CaseHistory { FirstVisit, Repeat, LongStanding, InCourt };
inline constexpr std::array kCaseHistories = {CaseHistory::FirstVisit, CaseHistory::Repeat,
                                              CaseHistory::LongStanding, CaseHistory::InCourt};

// The names written in the card files ("on_spot", "accusation", "long_standing") and the labels a
// trainee reads ("当场解决" / "Solve on the spot").
std::string_view dispositionName(Disposition disposition);
Phrase dispositionLabel(Disposition disposition);
std::optional<Disposition> parseDisposition(std::string_view name);

std::string_view legalClassName(LegalClass legalClass);
Phrase legalClassLabel(LegalClass legalClass);
std::optional<LegalClass> parseLegalClass(std::string_view name);

std::string_view caseHistoryName(CaseHistory history);
Phrase caseHistoryLabel(CaseHistory history);
std::optional<CaseHistory> parseCaseHistory(std::string_view name);

// Who takes an assigned case and by when it must be answered.
struct Assignment {
    OwnedPhrase unit;      // e.g. 县人力社保局 / county human-resources and social-security bureau
    int deadlineDays = 60;  // statutory handling time 60 days, 90 at most with the extension
};

struct CaseCard {
    std::string id;        // "LAND-01", unique over all files
    std::string category;  // a code of defaultCategories(), the same for every card of a file
    LegalClass legalClass = LegalClass::Appeal;
    CaseHistory history = CaseHistory::FirstVisit;
    int groupSize = 1;          // persons who come
    bool collective = false;    // a collective visit with representatives; needs groupSize >= 5
    int difficulty = 1;         // 1 (plain) .. 3 (hard)
    std::optional<double> ageYears;  // how old the matter is; always set for long-standing cases

    OwnedPhrase title, petitioners, story, request, background, documents;
    OwnedPhrase rule;  // the applicable rule in plain words

    std::vector<Disposition> acceptable;  // at least one, no repeats
    OwnedPhrase why;                      // why those dispositions are right
    Disposition wrong = Disposition::OnSpot;  // the common mistake, never in acceptable
    OwnedPhrase wrongConsequence;
    std::optional<Assignment> assignment;  // set exactly when acceptable holds Assign

    SourcePosition source;  // where the card's [[card]] header stands

    bool accepts(Disposition disposition) const;
};

// Reads every *.toml file of `folder` in name order. Each file is named after its category
// ("land.toml", or "land-more.toml" to split one). Every problem of every file is collected and
// thrown as one ScenarioError ("file:line:column: key = value ...; allowed: ..."); nothing is
// returned unless all cards are good.
std::vector<CaseCard> loadCaseCards(const std::filesystem::path& folder);
// The same checks for one file (ids are unique within it).
std::vector<CaseCard> loadCaseCardFile(const std::filesystem::path& file);

// The card with this id, or nullptr.
const CaseCard* findCard(std::span<const CaseCard> cards, std::string_view id);

}  // namespace pujiang
