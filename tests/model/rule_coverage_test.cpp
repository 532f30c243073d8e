// docs/model.md names every rule of the model with an identifier (**[route.fallback]**); a test that
// verifies a rule carries that identifier, in brackets, in the comment above it. These tests keep
// the document and the tests in step: every rule has a test, and every tag names a rule that exists.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

const fs::path kSource = PUJIANG_SOURCE_DIR;

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The identifiers that docs/model.md defines: a list item that starts with **[id]**.
std::set<std::string> documentedRules() {
    std::set<std::string> rules;
    const std::regex definition(R"(^\s*- \*\*\[([a-z_]+(?:\.[a-z_0-9]+)+)\]\*\*)");
    std::istringstream doc(slurp(kSource / "docs" / "model.md"));
    for (std::string line; std::getline(doc, line);) {
        std::smatch m;
        if (std::regex_search(line, m, definition)) rules.insert(m[1]);
    }
    return rules;
}

// Rule tags in the comments of the test sources (not this file, which names rules as data).
std::set<std::string> taggedRules() {
    std::set<std::string> tags;
    const std::regex tag(R"(\[([a-z_]+(?:\.[a-z_0-9]+)+)\])");
    for (const auto& entry : fs::recursive_directory_iterator(kSource / "tests")) {
        const fs::path& path = entry.path();
        if (!entry.is_regular_file() || (path.extension() != ".cpp" && path.extension() != ".h")) continue;
        if (path.filename() == "rule_coverage_test.cpp") continue;
        std::istringstream source(slurp(path));
        for (std::string line; std::getline(source, line);) {
            const auto comment = line.find("//");
            if (comment == std::string::npos) continue;
            const std::string text = line.substr(comment);
            for (auto it = std::sregex_iterator(text.begin(), text.end(), tag); it != std::sregex_iterator(); ++it)
                tags.insert((*it)[1]);
        }
    }
    return tags;
}

TEST(RuleCoverage, DocumentDefinesTheRules) {
    const std::set<std::string> rules = documentedRules();
    EXPECT_GT(rules.size(), 150u);
    EXPECT_TRUE(rules.count("route.fallback"));
    EXPECT_TRUE(rules.count("agg.ci.diff"));
}

TEST(RuleCoverage, EveryRuleOfTheModelHasATest) {
    const std::set<std::string> tags = taggedRules();
    std::string missing;
    for (const std::string& rule : documentedRules())
        if (!tags.count(rule)) missing += " " + rule;
    EXPECT_TRUE(missing.empty()) << "rules of docs/model.md that no test names in a comment:" << missing;
}

// A bracketed name whose family (before the first dot) is a family of rules must be a rule: a
// misspelt tag is caught. Other bracketed names in comments ([rooms.selection]) are TOML tables.
TEST(RuleCoverage, EveryTagNamesARuleOfTheModel) {
    const std::set<std::string> rules = documentedRules();
    std::set<std::string> families;
    for (const std::string& rule : rules) families.insert(rule.substr(0, rule.find('.')));
    std::string unknown;
    for (const std::string& tag : taggedRules())
        if (families.count(tag.substr(0, tag.find('.'))) && !rules.count(tag)) unknown += " " + tag;
    EXPECT_TRUE(unknown.empty()) << "tests name rules that docs/model.md does not define:" << unknown;
}

}  // namespace
