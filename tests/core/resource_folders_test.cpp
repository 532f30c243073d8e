// The programs' shipped data is found from where they are, or from PUJIANG_RESOURCES; a test
// binary (not beside pujiang-source-dir, not installed) finds nothing unless told.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "sim/core/resource_folders.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

TEST(ResourceFolders, PujiangResourcesNamesTheFolder) {
    ::setenv("PUJIANG_RESOURCES", PUJIANG_SOURCE_DIR, 1);
    const std::optional<ResourceFolders> found = findResourceFolders();
    ASSERT_TRUE(found);
    EXPECT_TRUE(fs::is_regular_file(found->data / "ui_strings.tsv"));
    EXPECT_TRUE(fs::is_regular_file(found->scenarios / "pujiang-2003.toml"));
    EXPECT_TRUE(fs::is_directory(found->exercises));
    ::setenv("PUJIANG_RESOURCES", fs::temp_directory_path().c_str(), 1);
    EXPECT_FALSE(findResourceFolders());
    try {
        resourceFolders();
        ADD_FAILURE() << "found data in an empty folder";
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string(error.what()).find("PUJIANG_RESOURCES"), std::string::npos) << error.what();
    }
    ::unsetenv("PUJIANG_RESOURCES");
    EXPECT_EQ(executablePath().filename(), "core_tests");
}

}  // namespace
}  // namespace pujiang
