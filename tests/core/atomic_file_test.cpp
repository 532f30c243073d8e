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

}  // namespace
}  // namespace pujiang
