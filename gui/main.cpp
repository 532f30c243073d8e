// pujiang-gui: watch a reception day. Interactive by default; with --screenshot it runs the day to
// --until, renders a few frames, saves the window as PNG and exits (for tests and docs).

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>
#include <SFML/Graphics.hpp>
#include <X11/Xlib.h>
#include <fmt/format.h>
#include <imgui.h>

#include "gui/floor_view.h"
#include "gui/font_setup.h"
#include "gui/imgui_sfml_adapter.h"
#include "gui/ui_strings.h"
#include "sim/reception/reception_day.h"
#include "sim/scenario/scenario_loader.h"
#include "sim/scenario/units.h"

namespace {

using namespace pujiang;
using namespace pujiang::gui;

struct Options {
    std::string file;
    std::string until;
    std::string screenshot;
    std::string lang = "zh";
    std::string size = "1600x900";
    std::string strings = PUJIANG_DATA_DIR "/ui_strings.tsv";
};

// [SECTION] Playback state: what the view owns. The day itself is only advanced through step/runUntil.
struct Playback {
    bool playing = false;
    float minutesPerSecond = 5.0f;
};

// SFML abort()s when it cannot open the display; ask Xlib first so we can fail politely. The
// connection stays open for the life of the process: closing it could make it the server's last
// client, and an X server resets when its last client leaves, so SFML's own connection a moment
// later could find no server (seen under Xvfb on a loaded machine).
bool displayAvailable() {
    static Display* display = XOpenDisplay(nullptr);
    return display != nullptr;
}

std::optional<sf::Vector2u> parseSize(const std::string& text) {
    unsigned w = 0, h = 0;
    char x = 0;
    if (std::sscanf(text.c_str(), "%u%c%u", &w, &x, &h) != 3 || x != 'x' || w < 320 || h < 240 || w > 8192 ||
        h > 8192)
        return std::nullopt;
    return sf::Vector2u(w, h);
}

void drawControls(ReceptionDay& day, Playback& playback, const UiStrings& text) {
    if (ImGui::Button(text.get(playback.playing ? "controls.pause" : "controls.play")))
        playback.playing = !playback.playing;
    ImGui::SameLine();
    if (ImGui::Button(text.get("controls.step"))) day.step();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("controls.step.help"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(160.0f);
    ImGui::SliderFloat(text.get("controls.speed"), &playback.minutesPerSecond, 1.0f, 120.0f, "%.0f");
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.get("controls.speed.help"));
}

void drawUi(ReceptionDay& day, const ScenarioSpec& spec, Playback& playback, const UiStrings& text) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("##main", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    // Header: scenario, clock, controls.
    ImGui::Text("%s: %s", text.get("header.scenario"), spec.title.empty() ? spec.name.c_str() : spec.title.c_str());
    ImGui::SameLine();
    ImGui::Text("   %s %s", text.get("header.clock"), formatClock(day.now()).c_str());
    if (day.finished()) {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(0.75f, 0.2f, 0.2f, 1.0f), "  %s", text.get("header.finished"));
    }
    drawControls(day, playback, text);
    ImGui::Separator();

    const float panelWidth = 340.0f;
    ImGui::BeginChild("floor", ImVec2(-panelWidth, 0), false);
    ImGui::TextUnformatted(text.get("floor.title"));
    drawFloorView(day, spec, text);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("panel", ImVec2(0, 0), true);
    ImGui::TextUnformatted(text.get("panel.title"));
    ImGui::Separator();
    drawKeyFigures(day, text);
    ImGui::EndChild();
    ImGui::End();
}

void advance(ReceptionDay& day, const Playback& playback, float seconds) {
    if (!playback.playing || day.finished()) return;
    day.runUntil(day.now() + static_cast<double>(playback.minutesPerSecond * seconds));
}

int run(const Options& options) {
    UiStrings text = UiStrings::loadTsv(options.strings);
    text.setLanguage(parseLanguage(options.lang));
    const std::optional<sf::Vector2u> size = parseSize(options.size);
    if (!size) {
        fmt::print(stderr, "pujiang-gui: --size {}: write WIDTHxHEIGHT, e.g. 1600x900 (320x240..8192x8192)\n",
                   options.size);
        return 2;
    }
    std::optional<double> until;
    if (!options.until.empty()) {
        until = parseClock(options.until);
        if (!until) {
            fmt::print(stderr, "pujiang-gui: --until {}: {}\n", options.until, kClockHint);
            return 2;
        }
    }

    const ScenarioSpec spec = loadScenarioFile(options.file);
    ReceptionDay day(spec, spec.run.seed, 0);
    if (until) day.runUntil(*until);

    if (!displayAvailable()) {
        const char* name = std::getenv("DISPLAY");
        fmt::print(stderr,
                   "pujiang-gui: cannot open an X display (DISPLAY={}). Run it on a desktop, or headless with\n"
                   "  xvfb-run -a -s \"-screen 0 1600x900x24\" pujiang-gui --scenario FILE --until HH:MM "
                   "--screenshot out.png\n",
                   name ? name : "unset");
        return 3;
    }

    sf::RenderWindow window(sf::VideoMode(size->x, size->y), text.get("window.title"));
    window.setPosition({0, 0});  // without a window manager SFML centres it partly off-screen
    window.setVerticalSyncEnabled(true);
    ImGuiSfmlAdapter adapter;
    if (!adapter.init(window)) {
        fmt::print(stderr, "pujiang-gui: could not set up OpenGL for ImGui\n");
        return 3;
    }
    ImGui::StyleColorsLight();

    // Every text that can appear: the UI table and the scenario's own names.
    std::vector<std::string_view> texts = text.allTexts();
    texts.push_back(spec.title);
    texts.push_back(spec.name);
    for (const RoomSpec& room : spec.rooms) texts.push_back(room.name);
    for (const CategorySpec& category : spec.categories) {
        texts.push_back(category.nameZh);
        texts.push_back(category.nameEn);
    }
    const ImVector<ImWchar> ranges = buildGlyphRanges(texts);
    if (!addUiFont(*ImGui::GetIO().Fonts, kDefaultFontFile, 18.0f, ranges.Data)) {
        fmt::print(stderr, "pujiang-gui: cannot load the font {} (install fonts-wqy-microhei)\n", kDefaultFontFile);
        return 3;
    }

    Playback playback;
    const bool screenshotMode = !options.screenshot.empty();
    // ImGui sizes tables and child windows from the previous frame: let the layout settle first.
    const int screenshotFrame = 3;
    sf::Clock frameClock;
    for (int frame = 0; window.isOpen(); ++frame) {
        sf::Event event;
        while (window.pollEvent(event)) {
            adapter.processEvent(event);
            if (event.type == sf::Event::Closed) window.close();
            if (event.type == sf::Event::Resized)
                window.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(event.size.width),
                                                      static_cast<float>(event.size.height))));
        }
        if (!window.isOpen()) break;
        advance(day, playback, frameClock.restart().asSeconds());
        adapter.newFrame();
        drawUi(day, spec, playback, text);
        window.clear(sf::Color(225, 228, 234));
        adapter.render();
        if (screenshotMode && frame == screenshotFrame) {
            sf::Texture texture;
            texture.create(window.getSize().x, window.getSize().y);
            texture.update(window);  // before display(): the back buffer holds this frame
            if (!texture.copyToImage().saveToFile(options.screenshot)) {
                fmt::print(stderr, "pujiang-gui: could not write {}\n", options.screenshot);
                return 1;
            }
            fmt::print("pujiang-gui: wrote {} at {}\n", options.screenshot, formatClock(day.now()));
            window.close();
            break;
        }
        window.display();
    }
    adapter.shutdown();
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    std::string scenarioOption;
    CLI::App app{"pujiang-gui: watch a petition reception day"};
    app.add_option("FILE", options.file, "scenario file (same as --scenario)");
    app.add_option("--scenario", scenarioOption, "scenario file");
    app.add_option("--until", options.until, "run the day to this clock time first (HH:MM)");
    app.add_option("--screenshot", options.screenshot, "save a PNG of the window and exit");
    app.add_option("--lang", options.lang, "UI language: zh (default) or en")->check(CLI::IsMember({"zh", "en"}));
    app.add_option("--size", options.size, "window size WIDTHxHEIGHT (default 1600x900)");
    app.add_option("--strings", options.strings, "UI string table (default: the project's data/ui_strings.tsv)");
    CLI11_PARSE(app, argc, argv);
    if (!scenarioOption.empty()) {
        if (!options.file.empty() && options.file != scenarioOption) {
            fmt::print(stderr, "pujiang-gui: give the scenario once, either as FILE or with --scenario\n");
            return 2;
        }
        options.file = scenarioOption;
    }
    if (options.file.empty()) {
        fmt::print(stderr, "pujiang-gui: no scenario: pujiang-gui FILE (opening files from the app comes later)\n");
        return 2;
    }
    try {
        return run(options);
    } catch (const std::exception& error) {
        fmt::print(stderr, "pujiang-gui: {}\n", error.what());
        return 2;
    }
}
