#include <gtest/gtest.h>

#include "scenario_test_support.h"

namespace pujiang {
namespace {

TEST(Diagnostics, FormatShowsWhatIsKnown) {
    EXPECT_EQ((Diagnostic{"a.toml", 3, 9, "bad"}).format(), "a.toml:3:9: bad");
    EXPECT_EQ((Diagnostic{"a.toml", 0, 0, "bad"}).format(), "a.toml: bad");
    EXPECT_EQ((Diagnostic{"", 0, 0, "bad"}).format(), "bad");
}

TEST(Diagnostics, ErrorWhatJoinsEveryDiagnostic) {
    const ScenarioError error({Diagnostic{"a.toml", 1, 2, "one"}, Diagnostic{"b.toml", 0, 0, "two"}});
    EXPECT_STREQ(error.what(), "a.toml:1:2: one\nb.toml: two");
    EXPECT_EQ(error.diagnostics.size(), 2u);
}

TEST(Diagnostics, SortedByFileThenPosition) {
    DiagnosticList list;
    list.add({"b.toml", 5, 1}, "b5");
    list.add({"a.toml", 0, 0}, "a-file");
    list.add({"a.toml", 2, 7}, "a2");
    list.add({"b.toml", 1, 3}, "b1");
    std::vector<std::string> order;
    for (const Diagnostic& d : list.sorted()) order.push_back(d.message);
    EXPECT_EQ(order, (std::vector<std::string>{"b1", "b5", "a2", "a-file"}));
}

TEST(Diagnostics, ManyProblemsAreCapped) {
    std::string text;
    for (int i = 0; i < 1500; ++i) text += "junk" + std::to_string(i) + " = 1\n";
    const std::vector<Diagnostic> found = testing::problems(text);
    ASSERT_EQ(found.size(), DiagnosticList::kMaxKept + 1);
    EXPECT_EQ(found.back().format(), "... and 501 more problems");
}

}  // namespace
}  // namespace pujiang
