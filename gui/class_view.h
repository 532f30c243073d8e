#pragma once
// The instructor's view of a class-records file (sim/training/class_store.h): the classes in it,
// a class's roster and attempts (trainee, score, start and end), and the class report's figures
// (ranking, score histogram, most-missed cards, objective attainment). The file is chosen with the
// app's file browser; everything shown is read from it, nothing is written.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "gui/file_browser.h"
#include "gui/ui_strings.h"
#include "sim/training/class_store.h"

namespace pujiang::gui {

// Everything of a class-records file, read once when it is opened (or reloaded).
struct ClassRecords {
    std::filesystem::path file;
    std::vector<ClassInfo> classes;
    std::vector<std::vector<Attempt>> attempts;  // by index into classes
};

// Throws LocalizedError (naming the file) when it is not a class-records file of a version this
// program reads.
ClassRecords readClassRecords(const std::filesystem::path& file);

class ClassView {
public:
    explicit ClassView(std::filesystem::path browseFrom);

    // Reads the file; on failure keeps what was shown and says why. Returns whether it opened.
    bool open(const std::filesystem::path& file);
    const std::optional<ClassRecords>& records() const { return m_records; }
    void selectClass(std::size_t index) { m_selected = index; }
    std::size_t selectedClass() const { return m_selected; }

    void draw(const UiStrings& text);

    // Names, notes and labels read from the file, for the font atlas; fontsChanged is true once
    // after a file was opened.
    std::vector<std::string> glyphTexts() const;
    bool takeFontsChanged();

private:
    void drawClass(const ClassInfo& info, const std::vector<Attempt>& attempts, const UiStrings& text);

    FileBrowser m_browser;
    std::optional<ClassRecords> m_records;
    std::size_t m_selected = 0;
    OwnedPhrase m_error;
    bool m_fontsChanged = false;
};

}  // namespace pujiang::gui
