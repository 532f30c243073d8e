// The layers of the code read one way: core <- reception <- scenario <- {experiment, training} <-
// report <- {app, gui}. A file may include its own layer and those below, never one above; nothing under
// sim/ includes SFML or ImGui. Checked on the sources, so a wrong include fails here, not in review.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

namespace pujiang {
namespace {

namespace fs = std::filesystem;

// The rank of each folder: a file may include folders of the same or a lower rank.
const std::map<std::string, int>& ranks() {
    static const std::map<std::string, int> kRanks = {
        {"sim/core", 0},   {"sim/reception", 1}, {"sim/scenario", 2}, {"sim/experiment", 3},
        {"sim/training", 3}, {"sim/report", 4},  {"app", 5},          {"gui", 5},
    };
    return kRanks;
}

std::string folderOf(const std::string& relative) {
    for (const auto& [folder, rank] : ranks())
        if (relative.rfind(folder + "/", 0) == 0) return folder;
    return {};
}

struct Include {
    std::string file, target;
};

std::vector<Include> projectIncludes() {
    const fs::path root = PUJIANG_SOURCE_DIR;
    const std::regex include(R"re(^\s*#\s*include\s*[<"]([^>"]+)[>"])re");
    std::vector<Include> found;
    for (const char* top : {"sim", "app", "gui"}) {
        for (const fs::directory_entry& entry : fs::recursive_directory_iterator(root / top)) {
            const std::string ext = entry.path().extension().string();
            if (ext != ".h" && ext != ".cpp") continue;
            std::ifstream in(entry.path());
            std::string line;
            std::smatch m;
            while (std::getline(in, line))
                if (std::regex_search(line, m, include))
                    found.push_back({fs::relative(entry.path(), root).string(), m[1].str()});
        }
    }
    return found;
}

TEST(Layering, NoFileIncludesALayerAboveItsOwn) {
    const std::vector<Include> includes = projectIncludes();
    ASSERT_GT(includes.size(), 100u) << "the sources were not found under " << PUJIANG_SOURCE_DIR;
    for (const Include& i : includes) {
        const std::string from = folderOf(i.file), to = folderOf(i.target);
        if (from.empty() || to.empty() || from == to) continue;
        EXPECT_LE(ranks().at(to), ranks().at(from)) << i.file << " includes " << i.target;
        EXPECT_FALSE(from == "app" && to == "gui") << i.file << " includes " << i.target;
        EXPECT_FALSE(from == "gui" && to == "app") << i.file << " includes " << i.target;
    }
}

TEST(Layering, TheSimulatorNeverIncludesTheWindowLibraries) {
    for (const Include& i : projectIncludes()) {
        if (i.file.rfind("sim/", 0) != 0) continue;
        EXPECT_EQ(i.target.find("SFML"), std::string::npos) << i.file;
        EXPECT_EQ(i.target.find("imgui"), std::string::npos) << i.file;
    }
}

}  // namespace
}  // namespace pujiang
