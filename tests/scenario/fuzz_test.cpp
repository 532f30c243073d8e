#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

#include "scenario_test_support.h"

namespace pujiang {
namespace {

// Loading must either succeed or throw ScenarioError: no crash, no other exception.
void expectSpecOrScenarioError(std::string_view text, const std::string& what) {
    try {
        loadScenarioString(text, "fuzz.toml", testing::fixtureDir() / "scenario");
    } catch (const ScenarioError& error) {
        EXPECT_FALSE(error.diagnostics.empty()) << what;
    } catch (const std::exception& error) {
        ADD_FAILURE() << what << ": unexpected " << typeid(error).name() << ": " << error.what();
    }
}

std::string fullScenario() {
    std::ifstream in(testing::fixtureDir() / "scenario" / "full.toml", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(ScenarioFuzz, TruncatedPrefixesNeverCrash) {
    const std::string text = fullScenario();
    ASSERT_GT(text.size(), 1000u);
    for (std::size_t length = 0; length <= text.size(); ++length)
        expectSpecOrScenarioError(std::string_view(text).substr(0, length), "prefix " + std::to_string(length));
}

TEST(ScenarioFuzz, RandomByteFlipsNeverCrash) {
    const std::string text = fullScenario();
    std::mt19937 rng(20030918);
    std::uniform_int_distribution<std::size_t> position(0, text.size() - 1);
    std::uniform_int_distribution<int> flips(1, 4);
    // Mostly bytes that mean something in TOML, sometimes any byte.
    const std::string_view interesting = "\"'[]{}=,.#\n -+0123456789:_aehmnsdx\\";
    std::uniform_int_distribution<std::size_t> pick(0, interesting.size() - 1);
    std::uniform_int_distribution<int> anyByte(0, 255);
    for (int round = 0; round < 3000; ++round) {
        std::string mutated = text;
        for (int i = flips(rng); i > 0; --i) {
            const char byte = round % 3 == 0 ? static_cast<char>(anyByte(rng)) : interesting[pick(rng)];
            mutated[position(rng)] = byte;
        }
        expectSpecOrScenarioError(mutated, "round " + std::to_string(round));
    }
}

TEST(ScenarioFuzz, HostileShapesNeverCrash) {
    const std::string deep = std::string(300, '[') + std::string(300, ']');
    expectSpecOrScenarioError("a = " + deep, "deep array");
    expectSpecOrScenarioError(std::string(10000, '['), "open brackets");
    expectSpecOrScenarioError("[[rooms]]\nname = \"x\"\ncount = 1000\ntables = 1000\n", "many tables");
    std::string manyRooms = "appointments.count = 1\n";
    for (int i = 0; i < 1200; ++i) manyRooms += "[[rooms]]\nname = \"r" + std::to_string(i) + "\"\n";
    expectSpecOrScenarioError(manyRooms, "many rooms");
    expectSpecOrScenarioError("base = \"/dev/null\"", "device base");
    expectSpecOrScenarioError("base = \"" + std::string(5000, 'a') + "\"", "long base");
    expectSpecOrScenarioError(std::string("\0\0\0", 3), "nul bytes");
    expectSpecOrScenarioError("day.opens = \"\xff\xfe\"", "invalid UTF-8");
}

}  // namespace
}  // namespace pujiang
