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
// getf fills both languages from the same arguments: a text with a placeholder more or fewer
// than its translation would show the other language's numbers in the wrong place, or the id.
TEST(UiStrings, BothLanguagesOfAnIdTakeTheSameArguments) {
    std::ifstream in(PUJIANG_SOURCE_DIR "/data/ui_strings.tsv");
    const std::regex placeholder(R"(\{[^{}]*\})");
    std::string line;
    std::size_t withArguments = 0;
    while (std::getline(in, line)) {
        if (line.empty() || line.front() == '#') continue;
        const std::size_t tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
        ASSERT_NE(tab2, std::string::npos) << line;
        const std::string zh = line.substr(tab1 + 1, tab2 - tab1 - 1), en = line.substr(tab2 + 1);
        const auto count = [&](const std::string& text) {
            return std::distance(std::sregex_iterator(text.begin(), text.end(), placeholder), std::sregex_iterator());
        };
        EXPECT_EQ(count(zh), count(en)) << line;
        if (count(en) > 0) ++withArguments;
    }
    EXPECT_GT(withArguments, 3u);
    UiStrings strings = UiStrings::loadTsv(writeTemp("pujiang_ui_fmt.tsv", "d\t{} 个\t{} desks\n"));
    EXPECT_EQ(strings.getf("d", 3), "3 个");
    strings.setLanguage(Language::En);
    EXPECT_EQ(strings.getf("d", 3), "3 desks");
    EXPECT_EQ(strings.getf("d"), "d");  // a missing argument shows the id, never throws
}

TEST(UiStrings, EveryIdTheCodeAsksForIsInTheTable) {
    const UiStrings strings = UiStrings::loadTsv(PUJIANG_SOURCE_DIR "/data/ui_strings.tsv");
    std::set<std::string> asked;
    // Where ids are written: text.get(...), setStatus(...), the detail-line helpers add/row/flag,
    // functions returning an id, and the ids in ternaries inside any of them.
    const std::regex call(R"re((?:\bget\(|\bgetf\(|\bsetStatus\(|\badd\(|\brow\(|\bflag\(|\breturn )([^;{}]*))re");
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
    for (const InterventionKind kind :
         {InterventionKind::OpenRoom, InterventionKind::CloseRoom, InterventionKind::CallLawyer,
          InterventionKind::ExtendHours, InterventionKind::Decide, InterventionKind::Arrive, InterventionKind::LeaderAway,
          InterventionKind::WalkInFactor, InterventionKind::LawyerAbsent, InterventionKind::Media,
          InterventionKind::SendLeader, InterventionKind::Redirect, InterventionKind::CallHead})
        asked.insert("act.kind." + std::string(interventionKindName(kind)));
    for (const char* why : {"day_over", "no_room", "already_open", "already_closed", "no_hours", "no_minutes",
                            "no_closing_time", "no_category", "no_persons", "no_factor", "no_lawyer", "not_waiting",
                            "top_leader_room"})
        asked.insert(std::string("why.") + why);
    for (const std::string& id : asked) EXPECT_TRUE(strings.has(id)) << id << " is not in data/ui_strings.tsv";
}

}  // namespace
}  // namespace pujiang::gui
