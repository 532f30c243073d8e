// The day a trainee plays: featured consultations stop the day until decided, a decision changes
// the day through the engine's `decide` intervention, and the whole day replays from its log.
// Rules: docs/training.md.

#include <gtest/gtest.h>

#include <filesystem>

#include "sim/scenario/scenario_loader.h"
#include "sim/training/training_day.h"
#include "tests/support/same_values.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

const std::vector<CaseCard>& cards() {
    static const std::vector<CaseCard> kCards = loadCaseCards(fs::path(PUJIANG_SOURCE_DIR) / "data" / "cases");
    return kCards;
}

const ScenarioSpec& day2003() {
    static const ScenarioSpec kSpec = loadScenarioFile(fs::path(PUJIANG_SOURCE_DIR) / "scenarios" / "pujiang-2003.toml");
    return kSpec;
}

const CaseCard& card(std::string_view id) {
    const CaseCard* found = findCard(cards(), id);
    EXPECT_NE(found, nullptr) << id;
    return *found;
}

// [training.effect]
TEST(DispositionEffect, AMatterBeforeACourtGoesToTheLegalChannel) {
    const CaseCard& inCourt = card("LEGAL-01");
    ASSERT_EQ(inCourt.history, CaseHistory::InCourt);
    const DispositionEffect right = dispositionEffect(inCourt, Disposition::LegalChannel, 30.0);
    EXPECT_EQ(right.outcome, Outcome::ReferredLegal);
    EXPECT_TRUE(right.appropriate);
    EXPECT_TRUE(right.lawful);
    EXPECT_DOUBLE_EQ(right.minutes, 30.0 * 20.0 / 25.0);
    const DispositionEffect wrong = dispositionEffect(inCourt, Disposition::Assign, 30.0);
    EXPECT_EQ(wrong.outcome, Outcome::Assigned);
    EXPECT_FALSE(wrong.appropriate);
    EXPECT_FALSE(wrong.lawful) << "handing a court's matter to a department interferes with the court";
    EXPECT_LT(wrong.satisfaction, right.satisfaction);
    EXPECT_GT(wrong.comeBack, right.comeBack);
}

// [training.effect] Consulting first adds the lawyer's minutes and then follows the card's advice.
TEST(DispositionEffect, ConsultingFirstFollowsTheAdviceAfterFifteenMinutes) {
    for (const CaseCard& c : cards()) {
        if (!c.accepts(Disposition::ConsultFirst)) continue;
        const DispositionEffect consult = dispositionEffect(c, Disposition::ConsultFirst, 20.0);
        EXPECT_NE(consult.carriedOut, Disposition::ConsultFirst) << c.id;
        const DispositionEffect direct = dispositionEffect(c, consult.carriedOut, 20.0);
        EXPECT_EQ(consult.outcome, direct.outcome) << c.id;
        EXPECT_DOUBLE_EQ(consult.minutes, direct.minutes + kConsultMinutes) << c.id;
        EXPECT_TRUE(consult.appropriate) << c.id;
    }
}

// [training.effect] On every card, a right answer satisfies more often and brings the petitioner
// back less often than the card's common wrong one.
TEST(DispositionEffect, TheRightAnswerBeatsTheCommonMistakeOnEveryCard) {
    for (const CaseCard& c : cards()) {
        const DispositionEffect wrong = dispositionEffect(c, c.wrong, 25.0);
        EXPECT_FALSE(wrong.appropriate) << c.id;
        for (const Disposition d : c.acceptable) {
            const DispositionEffect right = dispositionEffect(c, d, 25.0);
            EXPECT_TRUE(right.lawful) << c.id << " " << dispositionName(d);
            EXPECT_LT(right.comeBack, wrong.comeBack) << c.id << " " << dispositionName(d);
        }
    }
}

// Decides every featured case with the card's first acceptable disposition; returns the decisions.
std::vector<Disposition> decideAll(TrainingDay& day) {
    std::vector<Disposition> made;
    while (const PendingCase* pending = day.runUntilCase()) {
        EXPECT_EQ(day.day().now(), pending->time);
        made.push_back(pending->card->acceptable.front());
        day.decide(made.back());
    }
    return made;
}

// [training.featured] [intervene.decide]
TEST(TrainingDay, FeaturedCasesStopTheDayAndTheirDecisionsEndTheirConsultations) {
    FeaturedCases featured;
    featured.maxCases = 6;
    featured.from = 9 * 60;
    TrainingDay day(day2003(), 20030918, cards(), featured);
    const std::vector<Disposition> made = decideAll(day);
    EXPECT_TRUE(day.day().finished());
    ASSERT_EQ(made.size(), 6u);
    ASSERT_EQ(day.decisions().size(), 6u);
    for (const DecisionRecord& d : day.decisions()) {
        EXPECT_GE(d.time, 9 * 60);
        const CaseCard* c = findCard(cards(), d.cardId);
        ASSERT_NE(c, nullptr);
        EXPECT_TRUE(d.effect.appropriate) << d.cardId;
    }
    int decides = 0;
    for (const Intervention& i : day.day().interventions()) decides += i.kind == InterventionKind::Decide;
    EXPECT_EQ(decides, 6);
}

// [training.featured] The card of a featured batch is of its category, and only the listed
// categories are featured; the same seed shows the same cards.
TEST(TrainingDay, CardsComeFromTheFeaturedCategoriesTheSameOnTheSameDay) {
    FeaturedCases featured;
    featured.categories = {"LEGAL", "LABOUR"};
    featured.maxCases = 4;
    TrainingDay first(day2003(), 7, cards(), featured), second(day2003(), 7, cards(), featured);
    decideAll(first);
    decideAll(second);
    ASSERT_EQ(first.decisions().size(), 4u);
    for (std::size_t k = 0; k < first.decisions().size(); ++k) {
        const std::string& id = first.decisions()[k].cardId;
        EXPECT_TRUE(id.starts_with("LEGAL-") || id.starts_with("LABOUR-")) << id;
        EXPECT_EQ(id, second.decisions()[k].cardId);
        EXPECT_EQ(first.decisions()[k].batch, second.decisions()[k].batch);
    }
}

// [training.replay] The day's log and the trainee's dispositions play the same day again.
TEST(TrainingDay, TheLogAndTheDispositionsReplayTheDayExactly) {
    FeaturedCases featured;
    featured.maxCases = 5;
    TrainingDay played(day2003(), 11, cards(), featured);
    std::vector<Disposition> made;
    bool calledLawyer = false;
    while (const PendingCase* pending = played.runUntilCase()) {
        // A coordinator's intervention between decisions, and a wrong answer now and then.
        if (!calledLawyer) {
            const Intervention lawyer{InterventionKind::CallLawyer};
            ASSERT_FALSE(played.day().whyNot(lawyer));
            played.day().apply(lawyer);
            calledLawyer = true;
        }
        made.push_back(made.size() % 2 ? pending->card->wrong : pending->card->acceptable.front());
        played.decide(made.back());
    }
    played.day().runToEnd();

    TrainingDay replayed(day2003(), 11, cards(), featured);
    replayed.replay(played.day().interventions(), made);
    replayed.day().runToEnd();
    EXPECT_TRUE(testing::sameValues(replayed.day().result().overall, played.day().result().overall));
    ASSERT_EQ(replayed.decisions().size(), played.decisions().size());
    for (std::size_t k = 0; k < made.size(); ++k) {
        EXPECT_EQ(replayed.decisions()[k].cardId, played.decisions()[k].cardId);
        EXPECT_EQ(replayed.decisions()[k].effect.appropriate, played.decisions()[k].effect.appropriate);
    }
    // Another seed's day does not fit the log.
    TrainingDay otherSeed(day2003(), 12, cards(), featured);
    EXPECT_THROW(otherSeed.replay(played.day().interventions(), made), std::runtime_error);
}

}  // namespace
}  // namespace pujiang
