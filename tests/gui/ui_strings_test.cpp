#include <fstream>
#include <stdexcept>

#include <gtest/gtest.h>

#include "gui/ui_strings.h"

namespace pujiang::gui {
namespace {

std::filesystem::path writeTemp(const char* name, const char* content) {
    const std::filesystem::path path = std::filesystem::temp_directory_path() / name;
    std::ofstream(path) << content;
    return path;
}

TEST(UiStrings, ChineseByDefaultEnglishOnRequest) {
    UiStrings strings = UiStrings::loadTsv(writeTemp("pujiang_ui_ok.tsv", "# c\n\na.b\t时钟\tClock\n"));
    EXPECT_STREQ(strings.get("a.b"), "时钟");
    strings.setLanguage(Language::En);
    EXPECT_STREQ(strings.get("a.b"), "Clock");
    EXPECT_STREQ(strings.get("no.such.id"), "no.such.id");
}

TEST(UiStrings, MalformedLinesAndDuplicatesNameTheLine) {
    try {
        UiStrings::loadTsv(writeTemp("pujiang_ui_bad.tsv", "a\tx\ty\nb\tonly two\n"));
        FAIL();
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(":2:"), std::string::npos) << e.what();
    }
    EXPECT_THROW(UiStrings::loadTsv(writeTemp("pujiang_ui_dup.tsv", "a\tx\ty\na\tx\ty\n")), std::runtime_error);
}

TEST(UiStrings, ProjectTableLoads) {
    const UiStrings strings = UiStrings::loadTsv(PUJIANG_SOURCE_DIR "/data/ui_strings.tsv");
    EXPECT_GT(strings.size(), 20u);
    EXPECT_THROW(parseLanguage("fr"), std::invalid_argument);
}

}  // namespace
}  // namespace pujiang::gui
