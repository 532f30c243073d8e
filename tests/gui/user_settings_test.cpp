#include "gui/user_settings.h"

#include <cstdlib>
#include <fstream>

#include <gtest/gtest.h>
#include <unistd.h>

#include "gui/controls_view.h"
#include "gui/recent_files.h"
#include "gui/user_folders.h"

namespace pujiang::gui {
namespace {

namespace fs = std::filesystem;

class SettingsFolder : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("pujiang-settings-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    fs::path store() const { return m_dir / "config" / "settings.txt"; }
    fs::path m_dir;
};

TEST_F(SettingsFolder, TextSizeStepsAreRememberedAcrossRuns) {
    {
        UserSettings settings(store());
        EXPECT_EQ(settings.textScale(), 1.0f);
        EXPECT_TRUE(settings.growText());
        EXPECT_TRUE(settings.growText());
        EXPECT_EQ(settings.textScale(), 1.3f);
    }
    EXPECT_TRUE(fs::exists(store()));  // the folder is made on the first save
    UserSettings again(store());
    EXPECT_EQ(again.textScale(), 1.3f);
    EXPECT_TRUE(again.shrinkText());
    EXPECT_EQ(UserSettings(store()).textScale(), 1.15f);
}

TEST_F(SettingsFolder, TextSizeStopsAtTheEndsOfItsSteps) {
    UserSettings settings(store());
    while (settings.growText()) {
    }
    EXPECT_EQ(settings.textScale(), std::end(UserSettings::kScales)[-1]);
    EXPECT_FALSE(settings.growText());
    while (settings.shrinkText()) {
    }
    EXPECT_EQ(settings.textScale(), UserSettings::kScales[0]);
    EXPECT_TRUE(settings.resetText());
    EXPECT_EQ(settings.textScale(), 1.0f);
    EXPECT_FALSE(settings.resetText());
}

TEST_F(SettingsFolder, AHandEditedValueOffTheStepsGivesTheNormalSize) {
    for (const char* line : {"text_scale = 40", "text_scale = abc", "text_scale = 1.3x", "other = 1.5"}) {
        fs::create_directories(store().parent_path());
        std::ofstream(store()) << line << "\n";
        EXPECT_EQ(UserSettings(store()).textScale(), 1.0f) << line;
    }
    std::ofstream(store()) << "# comment\n  text_scale=1.5  \n";
    EXPECT_EQ(UserSettings(store()).textScale(), 1.5f);
}

TEST_F(SettingsFolder, WithoutAStoreNothingIsWritten) {
    UserSettings settings{fs::path()};
    EXPECT_TRUE(settings.growText());
    EXPECT_EQ(settings.textScale(), 1.15f);
    EXPECT_FALSE(fs::exists(m_dir));
}

TEST(UserFolders, FollowTheXdgVariablesThenHome) {
    const char* savedHome = std::getenv("HOME");
    const std::string home = savedHome ? savedHome : "";
    ::setenv("XDG_CONFIG_HOME", "/tmp/xdg-config", 1);
    ::setenv("XDG_DATA_HOME", "relative/ignored", 1);
    ::setenv("HOME", "/home/trainer", 1);
    EXPECT_EQ(userConfigDir(), fs::path("/tmp/xdg-config/pujiang"));
    EXPECT_EQ(userDataDir(), fs::path("/home/trainer/.local/share/pujiang"));
    EXPECT_EQ(RecentFiles::defaultStore(), fs::path("/tmp/xdg-config/pujiang/recent-scenarios.txt"));
    EXPECT_EQ(UserSettings::defaultStore(), fs::path("/tmp/xdg-config/pujiang/settings.txt"));
    ::unsetenv("XDG_CONFIG_HOME");
    ::unsetenv("XDG_DATA_HOME");
    EXPECT_EQ(userConfigDir(), fs::path("/home/trainer/.config/pujiang"));
    ::unsetenv("HOME");
    EXPECT_TRUE(userDataDir().empty());
    if (savedHome) ::setenv("HOME", home.c_str(), 1);
}

TEST(UserFolders, AnInterventionLogIsSavedInTheUsersDataFolder) {
    const char* savedHome = std::getenv("HOME");
    const std::string home = savedHome ? savedHome : "";
    ::setenv("XDG_DATA_HOME", "/srv/data", 1);
    EXPECT_EQ(defaultInterventionLog("pujiang-2003"), fs::path("/srv/data/pujiang/interventions/pujiang-2003-interventions.csv"));
    ::unsetenv("XDG_DATA_HOME");
    ::unsetenv("HOME");
    // Nowhere better to put it: the working directory, as a relative name.
    EXPECT_EQ(defaultInterventionLog("x"), fs::path("x-interventions.csv"));
    if (savedHome) ::setenv("HOME", home.c_str(), 1);
}

}  // namespace
}  // namespace pujiang::gui

namespace pujiang::gui {
namespace {

TEST(UserFolders, ReportsAndLogsGoToTheirSubfolderOfTheDataFolder) {
    const char* savedHome = std::getenv("HOME");
    const std::string home = savedHome ? savedHome : "";
    ::setenv("XDG_DATA_HOME", "/srv/data", 1);
    EXPECT_EQ(userDataFile("reports", "a.html"), std::filesystem::path("/srv/data/pujiang/reports/a.html"));
    ::unsetenv("XDG_DATA_HOME");
    ::unsetenv("HOME");
    EXPECT_EQ(userDataFile("reports", "a.html"), std::filesystem::path("a.html"));
    if (savedHome) ::setenv("HOME", home.c_str(), 1);
}

}  // namespace
}  // namespace pujiang::gui
