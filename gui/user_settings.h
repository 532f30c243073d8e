#pragma once
// What pujiang-gui remembers between runs (the text size chosen for a projector), kept as `key = value` lines in settings.txt under the user's config folder. An empty
// store path keeps everything in memory: scripted runs (screenshots, benchmarks, tests) never
// read or write the user's settings.

#include <filesystem>

namespace pujiang::gui {

class UserSettings {
public:
    // The text-size steps Ctrl+= and Ctrl+- walk through; 1 is the normal 18 px font.
    static constexpr float kScales[] = {0.85f, 1.0f, 1.15f, 1.3f, 1.5f, 1.75f, 2.0f};

    // Where the settings live by default; empty when no config folder is known.
    static std::filesystem::path defaultStore();

    // Reads the store; a missing or unreadable file, or a value out of range, gives the default.
    explicit UserSettings(std::filesystem::path store);

    float textScale() const { return m_textScale; }
    // One step larger or smaller (stays at the ends); saves; returns whether the scale changed.
    bool growText();
    bool shrinkText();
    // Back to 1; saves.
    bool resetText();
    // One of kScales (saves); false, changing nothing, for any other value.
    bool chooseTextScale(float scale);

private:
    bool setScale(float scale);
    void save() const;

    std::filesystem::path m_store;
    float m_textScale = 1.0f;
};

}  // namespace pujiang::gui
