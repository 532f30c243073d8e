#include "gui/file_browser.h"

#include <algorithm>

#include <imgui.h>

#include "gui/scenario_catalog.h"

namespace pujiang::gui {

namespace fs = std::filesystem;

std::vector<BrowserEntry> listDirectory(const fs::path& directory, const std::string& extension) {
    std::vector<BrowserEntry> folders, files;
    std::error_code ec;
    for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.empty() || name.front() == '.') continue;
        std::error_code typeError;
        if (it->is_directory(typeError))
            folders.push_back(BrowserEntry{name, true, {}});
        else if (it->path().extension() == extension)
            files.push_back(BrowserEntry{name, false, extension == ".toml" ? readScenarioHeading(it->path()).title : ""});
    }
    const auto byName = [](const BrowserEntry& a, const BrowserEntry& b) { return a.name < b.name; };
    std::sort(folders.begin(), folders.end(), byName);
    std::sort(files.begin(), files.end(), byName);
    folders.insert(folders.end(), files.begin(), files.end());
    return folders;
}

FileBrowser::FileBrowser(fs::path start, std::string extension, const char* titleId)
    : m_extension(std::move(extension)), m_titleId(titleId) {
    changeDirectory(start);
}

void FileBrowser::changeDirectory(const fs::path& directory) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(directory, ec);
    m_directory = ec ? directory : canonical;
    m_entries = listDirectory(m_directory, m_extension);
    m_selected = -1;
    m_fontsChanged = true;  // titles and names may hold characters new to the atlas
}

std::vector<std::string> FileBrowser::glyphTexts() const {
    std::vector<std::string> texts{m_directory.string()};
    for (const BrowserEntry& entry : m_entries) {
        texts.push_back(entry.name);
        texts.push_back(entry.title);
    }
    return texts;
}

bool FileBrowser::takeFontsChanged() {
    const bool changed = m_fontsChanged;
    m_fontsChanged = false;
    return changed;
}

std::optional<fs::path> FileBrowser::draw(const UiStrings& text) {
    const char* title = text.get(m_titleId);
    if (m_requestOpen) {
        changeDirectory(m_directory);  // the folder may have changed since last time
        ImGui::OpenPopup(title);
        m_requestOpen = false;
    }
    std::optional<fs::path> chosen;
    const ImVec2 size(ImGui::GetFontSize() * 36, ImGui::GetFontSize() * 24);
    ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title, nullptr)) return chosen;
    if (ImGui::Button(text.get("browser.up"))) changeDirectory(m_directory.parent_path());
    ImGui::SameLine();
    ImGui::TextUnformatted(m_directory.string().c_str());
    ImGui::BeginChild("entries", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 1.2f), true);
    std::optional<fs::path> enter;
    for (int i = 0; i < static_cast<int>(m_entries.size()); ++i) {
        const BrowserEntry& entry = m_entries[static_cast<std::size_t>(i)];
        const std::string label = entry.directory       ? "[" + entry.name + "]"
                                  : entry.title.empty() ? entry.name
                                                        : entry.title + "   (" + entry.name + ")";
        if (ImGui::Selectable(label.c_str(), m_selected == i, ImGuiSelectableFlags_AllowDoubleClick)) {
            m_selected = i;
            if (ImGui::IsMouseDoubleClicked(0)) {
                if (entry.directory)
                    enter = m_directory / entry.name;
                else
                    chosen = m_directory / entry.name;
            }
        }
    }
    if (m_entries.empty()) ImGui::TextDisabled("%s", text.get("browser.empty"));
    ImGui::EndChild();
    if (enter) changeDirectory(*enter);
    const bool fileSelected = m_selected >= 0 && m_selected < static_cast<int>(m_entries.size()) &&
                              !m_entries[static_cast<std::size_t>(m_selected)].directory;
    ImGui::BeginDisabled(!fileSelected);
    if (ImGui::Button(text.get("browser.open")) && fileSelected)
        chosen = m_directory / m_entries[static_cast<std::size_t>(m_selected)].name;
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(text.get("browser.cancel"))) ImGui::CloseCurrentPopup();
    if (chosen) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return chosen;
}

}  // namespace pujiang::gui
