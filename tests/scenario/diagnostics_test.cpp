#include <gtest/gtest.h>

#include "scenario_test_support.h"

namespace pujiang {
namespace {

TEST(Diagnostics, FormatShowsWhatIsKnown) {
    EXPECT_EQ((Diagnostic{"a.toml", 3, 9, "bad", "坏"}).format(), "a.toml:3:9: bad");
    EXPECT_EQ((Diagnostic{"a.toml", 0, 0, "bad", "坏"}).format(), "a.toml: bad");
    EXPECT_EQ((Diagnostic{"", 0, 0, "bad", "坏"}).format(), "bad");
}

TEST(Diagnostics, FormatInChinese) {
    EXPECT_EQ((Diagnostic{"a.toml", 3, 9, "bad", "坏"}).format(Language::Zh), "a.toml:3:9: 坏");
    EXPECT_EQ((Diagnostic{"a.toml", 0, 0, "bad", "坏"}).format(Language::Zh), "a.toml: 坏");
}

TEST(Diagnostics, ErrorWhatJoinsEveryDiagnostic) {
    const ScenarioError error({Diagnostic{"a.toml", 1, 2, "one", "一"}, Diagnostic{"b.toml", 0, 0, "two", "二"}});
    EXPECT_STREQ(error.what(), "a.toml:1:2: one\nb.toml: two");
    EXPECT_EQ(error.text(Language::En), error.what());
    EXPECT_EQ(error.text(Language::Zh), "a.toml:1:2: 一\nb.toml: 二");
    EXPECT_EQ(error.diagnostics.size(), 2u);
}

TEST(Diagnostics, ErrorTextOfAnyException) {
    const OwnedPhrase scenario = errorText(ScenarioError({Diagnostic{"a.toml", 1, 2, "one", "一"}}));
    EXPECT_EQ(scenario.en, "a.toml:1:2: one");
    EXPECT_EQ(scenario.zh, "a.toml:1:2: 一");
    const OwnedPhrase other = errorText(std::runtime_error("disk full"));
    EXPECT_EQ(other.en, "disk full");
    EXPECT_EQ(other.zh, "disk full");
}

TEST(Diagnostics, SortedByFileThenPosition) {
    DiagnosticList list;
    list.add({"b.toml", 5, 1}, {"乙5", "b5"});
    list.add({"a.toml", 0, 0}, {"甲", "a-file"});
    list.add({"a.toml", 2, 7}, {"甲2", "a2"});
    list.add({"b.toml", 1, 3}, {"乙1", "b1"});
    std::vector<std::string> order, orderZh;
    for (const Diagnostic& d : list.sorted()) {
        order.push_back(d.message);
        orderZh.push_back(d.messageZh);
    }
    EXPECT_EQ(order, (std::vector<std::string>{"b1", "b5", "a2", "a-file"}));
    EXPECT_EQ(orderZh, (std::vector<std::string>{"乙1", "乙5", "甲2", "甲"}));
}

TEST(Diagnostics, ManyProblemsAreCapped) {
    std::string text;
    for (int i = 0; i < 1500; ++i) text += "junk" + std::to_string(i) + " = 1\n";
    const std::vector<Diagnostic> found = testing::problems(text);
    ASSERT_EQ(found.size(), DiagnosticList::kMaxKept + 1);
    EXPECT_EQ(found.back().format(), "... and 501 more problems");
    EXPECT_EQ(found.back().format(Language::Zh), "……另有 501 个问题");
}

}  // namespace
}  // namespace pujiang
