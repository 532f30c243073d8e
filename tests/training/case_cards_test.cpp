// The shipped case cards (data/cases/): enough of them, every category covered, both languages
// written, and every disposition both right and wrong somewhere, so a trainee cannot win by
// always giving the same answer.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "sim/reception/scenario_spec.h"
#include "sim/training/case_card.h"
#include "sim/training/case_card_keys.h"
#include "sim/training/text_script.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMinCards = 60;
constexpr int kMinCardsPerCategory = 4;
constexpr int kMinCardsPerDisposition = 3;

const fs::path kSourceDir = PUJIANG_SOURCE_DIR;

const std::vector<CaseCard>& shippedCards() {
    static const std::vector<CaseCard> kCards = loadCaseCards(kSourceDir / "data" / "cases");
    return kCards;
}

// Every text of a card with the key it is written under.
std::vector<std::pair<std::string, const OwnedPhrase*>> textsOf(const CaseCard& card) {
    std::vector<std::pair<std::string, const OwnedPhrase*>> texts = {
        {"title", &card.title},       {"petitioners", &card.petitioners}, {"story", &card.story},
        {"request", &card.request},   {"background", &card.background},   {"documents", &card.documents},
        {"rule", &card.rule},         {"why", &card.why},                 {"wrong_consequence", &card.wrongConsequence},
    };
    if (card.assignment) texts.emplace_back("unit", &card.assignment->unit);
    return texts;
}

TEST(ShippedCards, LoadWithoutProblems) {
    try {
        EXPECT_GE(shippedCards().size(), kMinCards);
    } catch (const ScenarioError& error) {
        FAIL() << error.what();
    }
}

TEST(ShippedCards, CoverEveryCategory) {
    std::map<std::string, int> perCategory;
    for (const CaseCard& card : shippedCards()) ++perCategory[card.category];
    for (const CategorySpec& category : defaultCategories())
        EXPECT_GE(perCategory[category.code], kMinCardsPerCategory) << category.code;
}

TEST(ShippedCards, EveryTextIsWrittenInBothLanguages) {
    for (const CaseCard& card : shippedCards()) {
        for (const auto& [key, text] : textsOf(card)) {
            EXPECT_TRUE(containsHan(text->zh)) << card.id << " " << key << "_zh: " << text->zh;
            EXPECT_FALSE(text->en.empty()) << card.id << " " << key << "_en";
            EXPECT_FALSE(containsCjk(text->en)) << card.id << " " << key << "_en: " << text->en;
        }
    }
}

TEST(ShippedCards, IdsAreUniqueAndFindable) {
    std::set<std::string> ids;
    for (const CaseCard& card : shippedCards()) {
        EXPECT_TRUE(ids.insert(card.id).second) << card.id << " twice";
        const CaseCard* found = findCard(shippedCards(), card.id);
        ASSERT_NE(found, nullptr) << card.id;
        EXPECT_EQ(found, &card);
    }
    EXPECT_EQ(findCard(shippedCards(), "LAND-999"), nullptr);
}

TEST(ShippedCards, EveryDispositionIsRightSomewhereAndWrongSomewhere) {
    for (Disposition disposition : kDispositions) {
        int right = 0, wrong = 0;
        for (const CaseCard& card : shippedCards()) {
            right += card.accepts(disposition) ? 1 : 0;
            wrong += card.wrong == disposition ? 1 : 0;
        }
        EXPECT_GE(right, kMinCardsPerDisposition) << dispositionName(disposition);
        EXPECT_GE(wrong, kMinCardsPerDisposition) << dispositionName(disposition);
    }
}

TEST(ShippedCards, AssignedCardsNameAUnitAndALawfulDeadline) {
    for (const CaseCard& card : shippedCards()) {
        EXPECT_EQ(card.assignment.has_value(), card.accepts(Disposition::Assign)) << card.id;
        EXPECT_FALSE(card.accepts(card.wrong)) << card.id;
        if (card.assignment) {
            EXPECT_GE(card.assignment->deadlineDays, 1) << card.id;
            EXPECT_LE(card.assignment->deadlineDays, kMaxDeadlineDays) << card.id;
        }
    }
}

TEST(ShippedCards, GroupsAndAgesAreConsistent) {
    std::set<CaseHistory> histories;
    for (const CaseCard& card : shippedCards()) {
        histories.insert(card.history);
        EXPECT_TRUE(!card.collective || card.groupSize >= kMinCollectiveGroupSize) << card.id;
        EXPECT_TRUE(card.history != CaseHistory::LongStanding || card.ageYears.has_value()) << card.id;
    }
    EXPECT_EQ(histories.size(), kCaseHistories.size()) << "every kind of history appears";
}

TEST(Dispositions, NamesRoundTripAndLabelsAreInBothLanguages) {
    for (Disposition disposition : kDispositions) {
        EXPECT_EQ(parseDisposition(dispositionName(disposition)), disposition);
        EXPECT_TRUE(containsHan(dispositionLabel(disposition).zh)) << dispositionName(disposition);
        EXPECT_FALSE(dispositionLabel(disposition).en.empty());
        EXPECT_FALSE(containsCjk(dispositionLabel(disposition).en)) << dispositionName(disposition);
    }
    EXPECT_EQ(parseDisposition("onspot"), std::nullopt);
    EXPECT_EQ(dispositionLabel(Disposition::OnSpot).zh, "当场解决");
    EXPECT_EQ(dispositionLabel(Disposition::LegalChannel).zh, "引导依法诉讼（诉访分离）");
}

TEST(Dispositions, LegalClassesAndHistoriesRoundTrip) {
    for (LegalClass legalClass : kLegalClasses) {
        EXPECT_EQ(parseLegalClass(legalClassName(legalClass)), legalClass);
        EXPECT_TRUE(containsHan(legalClassLabel(legalClass).zh));
    }
    for (CaseHistory history : kCaseHistories) {
        EXPECT_EQ(parseCaseHistory(caseHistoryName(history)), history);
        EXPECT_TRUE(containsHan(caseHistoryLabel(history).zh));
    }
}

TEST(CardDocs, NameEveryKeyAndDisposition) {
    std::ifstream in(kSourceDir / "docs" / "cases.md");
    ASSERT_TRUE(in) << "docs/cases.md is missing";
    std::stringstream text;
    text << in.rdbuf();
    const std::string doc = text.str();
    auto mentions = [&doc](std::string_view name) { return doc.find(fmt::format("`{}`", name)) != std::string::npos; };
    for (const CardKey& key : cardKeys()) EXPECT_TRUE(mentions(key.name)) << key.name;
    for (Disposition disposition : kDispositions)
        EXPECT_TRUE(mentions(dispositionName(disposition))) << dispositionName(disposition);
}

}  // namespace
}  // namespace pujiang
