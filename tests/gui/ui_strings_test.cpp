#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>

#include <gtest/gtest.h>

#include "gui/event_log_view.h"
#include "gui/ui_strings.h"
#include "sim/reception/intervention.h"

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

// UiStrings::get shows an unknown id as itself, so a typo would reach the screen quietly: every
// id the GUI asks for must be in the table. Literal ids are read from the sources; ids built at
// run time from a prefix are enumerated here.
TEST(UiStrings, EveryIdTheCodeAsksForIsInTheTable) {
    const UiStrings strings = UiStrings::loadTsv(PUJIANG_SOURCE_DIR "/data/ui_strings.tsv");
    std::set<std::string> asked;
    // Where ids are written: text.get(...), setStatus(...), the detail-line helpers add/row/flag,
    // functions returning an id, and the ids in ternaries inside any of them.
    const std::regex call(R"re((?:\bget\(|\bsetStatus\(|\badd\(|\brow\(|\bflag\(|\breturn )([^;{}]*))re");
    const std::regex literal(R"re("([a-z_]+(?:\.[a-z_0-9]+)+)")re");
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(PUJIANG_SOURCE_DIR "/gui")) {
        if (entry.path().extension() != ".cpp" && entry.path().extension() != ".h") continue;
        ++files;
        std::ifstream in(entry.path());
        std::stringstream content;
        content << in.rdbuf();
        const std::string source = content.str();
        for (std::sregex_iterator c(source.begin(), source.end(), call), end; c != end; ++c) {
            const std::string arguments = (*c)[1];
            for (std::sregex_iterator l(arguments.begin(), arguments.end(), literal); l != end; ++l)
                asked.insert((*l)[1]);
        }
    }
    ASSERT_GT(files, 10u);
    ASSERT_GT(asked.size(), 100u) << "the pattern should find the GUI's ids";
    for (std::size_t k = 0; k < kTraceKindCount; ++k) asked.insert(traceKindLabelId(static_cast<TraceKind>(k)));
    for (const InterventionKind kind : {InterventionKind::OpenRoom, InterventionKind::CloseRoom,
                                        InterventionKind::CallLawyer, InterventionKind::ExtendHours})
        asked.insert("act.kind." + std::string(interventionKindName(kind)));
    for (const char* why : {"day_over", "no_room", "already_open", "already_closed", "no_hours", "no_minutes",
                            "no_closing_time"})
        asked.insert(std::string("why.") + why);
    for (const std::string& id : asked) EXPECT_TRUE(strings.has(id)) << id << " is not in data/ui_strings.tsv";
}

}  // namespace
}  // namespace pujiang::gui
