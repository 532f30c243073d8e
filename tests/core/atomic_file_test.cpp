// Files are written whole or not at all, and a failure says so in both languages.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <unistd.h>

#include "sim/core/atomic_file.h"
#include "sim/core/localized_error.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

fs::path scratch() {
    const fs::path folder = fs::temp_directory_path() / ("pujiang-atomic-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    return folder;
}

std::string readAll(const fs::path& file) {
    std::ifstream in(file);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(AtomicFile, AFailedWriteLeavesTheOldFileAndNoTemporary) {
    const fs::path folder = scratch();
    const fs::path file = folder / "out.txt";
    writeFileAtomically(file, [](std::ostream& out) { out << "first"; });
    EXPECT_THROW(writeFileAtomically(file,
                                     [](std::ostream& out) {
                                         out << "half";
                                         throw std::runtime_error("stopped");
                                     }),
                 std::runtime_error);
    EXPECT_EQ(readAll(file), "first");
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder)) ++entries;
    EXPECT_EQ(entries, 1u) << "no temporary file is left behind";
    fs::remove_all(folder);
}

TEST(AtomicFile, AFolderThatDoesNotExistIsReportedInBothLanguages) {
    const fs::path file = scratch() / "missing" / "out.txt";
    try {
        writeFileAtomically(file, [](std::ostream& out) { out << "x"; });
        FAIL() << "wrote into a folder that does not exist";
    } catch (const LocalizedError& error) {
        EXPECT_NE(std::string(error.what()).find("cannot create the file"), std::string::npos) << error.what();
        EXPECT_NE(error.text(Language::Zh).find("无法创建文件"), std::string::npos) << error.text(Language::Zh);
        EXPECT_EQ(errorText(error).zh, error.text(Language::Zh));
    }
    EXPECT_EQ(errorText(std::runtime_error("plain")).zh, "plain");
    fs::remove_all(file.parent_path().parent_path());
}

// An output that names a device is written to, never replaced by a regular file (as root, a
// rename over /dev/null would have made it one).
TEST(AtomicFile, ADeviceIsWrittenToAndStaysADevice) {
    writeFileAtomically("/dev/null", [](std::ostream& out) { out << "discarded"; });
    EXPECT_TRUE(fs::is_character_file("/dev/null"));
    try {
        writeFileAtomically("/dev/full", [](std::ostream& out) { out << std::string(1 << 16, 'x'); });
        FAIL() << "a full device took the write";
    } catch (const LocalizedError& error) {
        EXPECT_NE(std::string(error.what()).find("/dev/full: write failed: No space left on device"), std::string::npos)
            << error.what();
    }
    EXPECT_TRUE(fs::is_character_file("/dev/full"));
}

TEST(AtomicFile, AFolderIsRefusedAndLeftAsItWas) {
    const fs::path folder = scratch();
    const fs::path target = folder / "results";
    fs::create_directories(target);
    try {
        writeFileAtomically(target, [](std::ostream& out) { out << "x"; });
        FAIL() << "wrote over a folder";
    } catch (const LocalizedError& error) {
        EXPECT_NE(std::string(error.what()).find("exists and is not a regular file"), std::string::npos) << error.what();
    }
    EXPECT_TRUE(fs::is_directory(target));
    EXPECT_THROW(writeFileAtomically("", [](std::ostream& out) { out << "x"; }), LocalizedError);
    fs::remove_all(folder);
}

TEST(AtomicFile, ASymlinkIsWrittenThroughAndTheModeKept) {
    const fs::path folder = scratch();
    const fs::path real = folder / "real.json";
    const fs::path link = folder / "link.json";
    writeFileAtomically(real, [](std::ostream& out) { out << "old"; });
    fs::permissions(real, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    fs::create_symlink(real, link);
    writeFileAtomically(link, [](std::ostream& out) { out << "new"; });
    EXPECT_TRUE(fs::is_symlink(fs::symlink_status(link))) << "the link was replaced by a file";
    EXPECT_EQ(readAll(real), "new");
    EXPECT_EQ(fs::status(real).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    fs::remove_all(folder);
}

// The temporary file is never opened through a name someone could plant in advance: a symlink at
// the old predictable name (<out>.tmp.<pid>) leaves its target alone.
TEST(AtomicFile, APlantedSymlinkAtAGuessableNameIsNotFollowed) {
    const fs::path folder = scratch();
    const fs::path victim = folder / "victim.txt";
    writeFileAtomically(victim, [](std::ostream& out) { out << "precious"; });
    const fs::path out = folder / "out.json";
    fs::create_symlink(victim, fs::path(out.string() + ".tmp." + std::to_string(::getpid())));
    writeFileAtomically(out, [](std::ostream& o) { o << "result"; });
    EXPECT_EQ(readAll(victim), "precious");
    EXPECT_EQ(readAll(out), "result");
    fs::remove_all(folder);
}

}  // namespace
}  // namespace pujiang
