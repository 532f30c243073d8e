#pragma once
// A scratch folder for one test, removed afterwards. Its name carries the process id and the
// running test's name, so test programs run in parallel by ctest never share one.

#include <filesystem>
#include <string>
#include <string_view>

#include <gtest/gtest.h>
#include <unistd.h>

namespace pujiang::testing {

class TempFolder {
public:
    explicit TempFolder(std::string_view tag) {
        const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
        m_path = std::filesystem::temp_directory_path() /
                 ("pujiang-" + std::string(tag) + "-" + std::to_string(::getpid()) + "-" +
                  (test ? test->name() : "outside-a-test"));
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    ~TempFolder() {
        std::error_code ignored;  // a destructor must not throw; a leftover folder is harmless
        std::filesystem::remove_all(m_path, ignored);
    }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

}  // namespace pujiang::testing
