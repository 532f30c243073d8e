// The guard in front of the TOML parser: dotted keys and headers nested deeper than any file needs
// are found (with their place) in keys, headers and inline tables, and nothing else is — dots in
// numbers, strings and comments are not keys.

#include <gtest/gtest.h>

#include <string>

#include "sim/scenario/toml_key_depth.h"

namespace pujiang {
namespace {

std::string dotted(std::size_t parts) {
    std::string key = "a";
    for (std::size_t i = 1; i < parts; ++i) key += ".a";
    return key;
}

TEST(TomlKeyDepth, FindsADeepKeyHeaderOrInlineKeyAtItsStart) {
    const std::string deep = dotted(kMaxTomlKeyDepth + 1);
    const std::optional<TextPlace> key = tooDeepKey("[run]\nseed = 1\n  " + deep + " = 1\n");
    ASSERT_TRUE(key);
    EXPECT_EQ(key->line, 3);
    EXPECT_EQ(key->column, 3);
    EXPECT_TRUE(tooDeepKey("[" + deep + "]\n"));
    EXPECT_TRUE(tooDeepKey("[[" + deep + "]]\n"));
    EXPECT_TRUE(tooDeepKey("x = { b = 1, " + deep + " = 2 }\n"));
    EXPECT_TRUE(tooDeepKey("x = [\n  { " + deep + " = 2 },\n]\n"));
    EXPECT_TRUE(tooDeepKey(dotted(50000) + " = 1"));
}

TEST(TomlKeyDepth, KeysAsDeepAsAllowedAndDotsElsewherePass) {
    EXPECT_FALSE(tooDeepKey(dotted(kMaxTomlKeyDepth) + " = 1\n"));
    std::string floats = "values = [";
    for (int i = 0; i < 5000; ++i) floats += "1.5, ";
    floats += "2.5]\n";
    EXPECT_FALSE(tooDeepKey(floats));
    EXPECT_FALSE(tooDeepKey("values = [\n" + std::string(3000, '1') + ".5,\n 2.5,\n]\n"));
    const std::string dots(5000, '.');
    EXPECT_FALSE(tooDeepKey("name = \"" + dots + "\"\n"));
    EXPECT_FALSE(tooDeepKey("name = '" + dots + "'\n"));
    EXPECT_FALSE(tooDeepKey("text = \"\"\"\n" + dots + "\n" + dots + "\n\"\"\"\n"));
    EXPECT_FALSE(tooDeepKey("text = '''\n" + dots + "\n'''\n"));
    EXPECT_FALSE(tooDeepKey("# " + dots + "\nx = 1 # " + dots + "\n"));
    EXPECT_FALSE(tooDeepKey("escaped = \"\\\"" + dots + "\"\n"));
}

}  // namespace
}  // namespace pujiang
