// Makes the class-records file the instructor view's screenshot tests show:
//   make_class_db OUT.sqlite [EXERCISE_ID]
// (see class_db_fixture.h: real attempts, the exercise played under four plans).

#include <filesystem>
#include <iostream>

#include "sim/training/exercise.h"
#include "tests/gui/class_db_fixture.h"

int main(int argc, char** argv) {
    using namespace pujiang;
    if (argc < 2) {
        std::cerr << "usage: make_class_db OUT.sqlite [EXERCISE_ID]\n";
        return 2;
    }
    try {
        const std::filesystem::path out = argv[1];
        std::filesystem::remove(out);
        std::filesystem::remove(out.string() + "-wal");
        std::filesystem::remove(out.string() + "-shm");
        const std::vector<CaseCard> cards = loadCaseCards(PUJIANG_SOURCE_DIR "/data/cases");
        const std::string id = argc > 2 ? argv[2] : "morning-rush-2003";
        const Exercise exercise = loadExerciseFile(std::string(PUJIANG_SOURCE_DIR "/exercises/") + id + ".toml", cards);
        gui::testing::writeClassFixture(out, exercise, cards);
        std::cout << out.string() << '\n';
    } catch (const std::exception& error) {
        std::cerr << "make_class_db: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
