#pragma once
// Documents generated from code (docs/scenario-reference.md, docs/exercise-reference.md) are kept
// in the tree for readers; a test holds each to its generator. With PUJIANG_UPDATE_REFERENCE=1 the
// test rewrites the file instead.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace pujiang::testing {

inline void expectGeneratedFileIsCurrent(const std::filesystem::path& file, const std::string& expected,
                                         std::string_view howToRegenerate) {
    const char* update = std::getenv("PUJIANG_UPDATE_REFERENCE");
    if (update && std::string_view(update) == "1") {
        std::ofstream out(file, std::ios::binary);
        out << expected;
        ASSERT_TRUE(out.good()) << "cannot write " << file;
        return;
    }
    std::ifstream in(file, std::ios::binary);
    std::stringstream actual;
    actual << in.rdbuf();
    EXPECT_TRUE(actual.str() == expected) << file << " is out of date; regenerate it with " << howToRegenerate;
}

}  // namespace pujiang::testing
