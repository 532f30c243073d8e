#pragma once
// A small file browser inside the app for opening scenario files: one directory at a time,
// folders first then *.toml files, each group sorted by name and shown by the scenario's title
// with its file name; double-click or Open to choose.
// The listing is separate from the drawing so it is tested without a display.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "gui/ui_strings.h"

namespace pujiang::gui {

struct BrowserEntry {
    std::string name;
    bool directory = false;
    std::string title;  // a scenario's own title (scenario_catalog.h); empty for folders and untitled files
};

// Folders (not hidden) then files with `extension`, each sorted by name; unreadable: empty.
std::vector<BrowserEntry> listDirectory(const std::filesystem::path& directory, const std::string& extension);

class FileBrowser {
public:
    // Lists files ending in `extension` (scenarios by default; the instructor view lists
    // ".sqlite" class records) under the title `titleId` of the string table.
    explicit FileBrowser(std::filesystem::path start, std::string extension = ".toml",
                         const char* titleId = "browser.title");

    void open() { m_requestOpen = true; }
    // Draws the modal when open; returns the chosen file once.
    std::optional<std::filesystem::path> draw(const UiStrings& text);

    const std::filesystem::path& directory() const { return m_directory; }
    const std::vector<BrowserEntry>& entries() const { return m_entries; }
    // The folder's names and titles, for the font atlas; fontsChanged is true once after a
    // folder with text outside the atlas was listed.
    std::vector<std::string> glyphTexts() const;
    bool takeFontsChanged();
    void changeDirectory(const std::filesystem::path& directory);

private:
    std::filesystem::path m_directory;
    std::string m_extension;
    const char* m_titleId;
    std::vector<BrowserEntry> m_entries;
    int m_selected = -1;
    bool m_requestOpen = false;
    bool m_fontsChanged = false;
};

}  // namespace pujiang::gui
