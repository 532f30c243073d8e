// pujiang-gui: watch, steer and edit a reception day. Interactive by default; --screenshot runs the
// day to --until, renders a few frames, saves the window as PNG and exits (tests and docs);
// --bench-frames measures frame times at the busiest moment of the day.

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <SFML/Graphics.hpp>
#include <SFML/OpenGL.hpp>
#include <backends/imgui_impl_opengl3.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <imgui.h>

#include "gui/batch_details.h"
#include "gui/font_setup.h"
#include "gui/gui_app.h"
#include "gui/frame_pacer.h"
#include "gui/imgui_sfml_adapter.h"
#include "gui/process_cpu.h"
#include "gui/text_fit.h"
#include "gui/training_session.h"
#include "gui/training_view_setup.h"
#include "gui/user_settings.h"
#include "gui/ui_strings.h"
#include "sim/core/resource_folders.h"
#include "sim/core/number_text.h"
#include "sim/core/statistics.h"
#include "sim/scenario/units.h"
// Last: Xlib defines macros (None, Status, Bool) that clash with names in the project's headers.
#include <X11/Xlib.h>

namespace {

using namespace pujiang;
using namespace pujiang::gui;
using SteadyClock = std::chrono::steady_clock;

struct Options {
    std::string file;
    std::string until;
    std::string screenshot;
    std::string lang = "zh";
    std::string size;
    std::string view = "floor";
    std::string strings;  // empty: the shipped data/ui_strings.tsv
    int benchFrames = 0;
    double cpuSeconds = 0.0;  // measure CPU use over this many seconds of the interactive loop
    bool play = false;        // start playing (with --cpu-seconds)
    double speed = 5.0;       // simulated minutes per second when playing
    float textScale = 0.0f;   // 0: the remembered size
    std::string openLater;  // opened after the first frame, as from the file browser
    std::string interventions;  // a saved intervention log to replay at start
    std::vector<std::string> compareWith;  // start a comparison of FILE with these
    bool compareCurrentDay = false;        // ... and with the day as it stands (after --interventions)
    std::string exercise;                  // the training views' exercise: an id or a file
    std::string classDb;                   // the class view's class-records file, or the trainee's class
    std::string trainee;                   // play as this trainee of the class in --class-db
    std::optional<std::int64_t> classId;   // which class of --class-db (default: its only one)
    int debriefDays = TrainingSession::kDebriefDays;
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

// The atlas holds exactly the characters the app can show; it is rebuilt when a scenario with new
// names is opened. The ranges must outlive the build, so they live here.
class FontAtlas {
public:
    bool rebuild(const std::vector<std::string>& texts, float scale) {
        std::vector<std::string_view> views(texts.begin(), texts.end());
        m_ranges = buildGlyphRanges(views);
        ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
        atlas.Clear();
        if (!addUiFont(atlas, kDefaultFontFile, std::round(18.0f * scale), m_ranges.Data)) return false;
        // Rasterise now rather than inside the first frame, so start-up time is accounted for.
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
        // The first texture is made by the renderer's first frame; later ones are replaced here.
        if (m_built) {
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }
        m_built = true;
        return true;
    }

private:
    ImVector<ImWchar> m_ranges;
    bool m_built = false;
};

// The hotkeys of AppKey; nothing for any other key.
std::optional<AppKey> hotkeyFor(const sf::Event::KeyEvent& key) {
    if (key.control) {
        switch (key.code) {
        case sf::Keyboard::O: return AppKey::Open;
        case sf::Keyboard::S: return AppKey::Save;
        case sf::Keyboard::Equal:
        case sf::Keyboard::Add: return AppKey::TextLarger;
        case sf::Keyboard::Hyphen:
        case sf::Keyboard::Subtract: return AppKey::TextSmaller;
        case sf::Keyboard::Num0:
        case sf::Keyboard::Numpad0: return AppKey::TextNormal;
        default: return std::nullopt;
        }
    }
    if (key.alt || key.system) return std::nullopt;
    switch (key.code) {
    case sf::Keyboard::Space: return AppKey::PlayPause;
    case sf::Keyboard::Right: return AppKey::NextEvent;
    case sf::Keyboard::F1: return AppKey::Help;
    default: return std::nullopt;
    }
}

// Where the time to the first frame goes, in seconds since start.
struct StartupTimes {
    double scenarioReady = 0.0, windowReady = 0.0, fontsReady = 0.0, firstFrame = 0.0;
};

struct FrameTimes {
    std::vector<double> milliseconds;
    long long vertices = 0, commands = 0;
    void countDrawData() {
        const ImDrawData* data = ImGui::GetDrawData();
        if (!data) return;
        vertices += data->TotalVtxCount;
        for (int i = 0; i < data->CmdListsCount; ++i) commands += data->CmdLists[i]->CmdBuffer.Size;
    }
    void report(const StartupTimes& startup, sf::Vector2u size, double clock) const {
        std::vector<double> sorted = milliseconds;
        double sum = 0.0;
        for (double t : sorted) sum += t;
        // Values, not references into the vector: the quantiles reorder it.
        const double mean = sum / static_cast<double>(sorted.size());
        const double longest = *std::max_element(sorted.begin(), sorted.end());
        const double p50 = quantileInPlace(sorted, 0.5);
        const double p95 = quantileInPlace(sorted, 0.95);
        fmt::print("pujiang-gui bench: {} frames at {}x{}, from {} (the busiest moment), playing at 5 simulated min/s\n",
                   sorted.size(), size.x, size.y, formatClock(clock));
        fmt::print("  frame time: mean {:.2f} ms, p50 {:.2f} ms, p95 {:.2f} ms, max {:.2f} ms\n",
                   mean, p50, p95, longest);
        const double frames = static_cast<double>(milliseconds.size());
        fmt::print("  per frame: {:.0f} vertices, {:.0f} draw commands\n", static_cast<double>(vertices) / frames,
                   static_cast<double>(commands) / frames);
        fmt::print("  first frame shown {:.3f} s after start (scenario and busiest moment ready {:.3f} s, window and "
                   "OpenGL {:.3f} s, font atlas {:.3f} s)\n",
                   startup.firstFrame, startup.scenarioReady, startup.windowReady, startup.fontsReady);
        fmt::print("  renderer: {}\n", reinterpret_cast<const char*>(glGetString(GL_RENDERER)));
    }
};

void reportCpu(const CpuMeter& cpu, sf::Vector2u size, const Pace& pace) {
    if (cpu.failed()) {
        fmt::print(stderr, "pujiang-gui: --cpu-seconds: /proc/self/stat could not be read\n");
        return;
    }
    const std::string doing =
        pace.playing ? fmt::format("playing at {:g} simulated min/s", pace.minutesPerSecond) : std::string("paused");
    fmt::print("pujiang-gui cpu: {:.1f} s {} at {}x{}: {:.1f} % of one core ({:.2f} s CPU, {} frames, {:.1f} frames/s)\n",
               cpu.wallSeconds(), doing, size.x, size.y, 100.0 * cpu.shareOfOneCore(), cpu.cpuSeconds(),
               cpu.frames(), cpu.frames() / cpu.wallSeconds());
    fmt::print("  renderer: {}\n", reinterpret_cast<const char*>(glGetString(GL_RENDERER)));
}

// --until past the day's end is allowed (it shows the finished day) but never silently: the
// clock stops at the day's last event, not at the time asked for.
void reportDayEndedEarlier(const DaySession& session, double until, const std::string& untilText) {
    const ReceptionDay& day = session.day();
    if (day.finished() && day.now() < until)
        fmt::print(stderr, "pujiang-gui: --until {}: the day ends at {} (its last event); showing the finished day\n",
                   untilText, formatClock(day.now()));
}

int run(const Options& options, SteadyClock::time_point started) {
    // The shipped data, found from where this program is (sim/core/resource_folders.h).
    const ResourceFolders resources = resourceFolders();
    UiStrings text = UiStrings::loadTsv(options.strings.empty() ? (resources.data / "ui_strings.tsv").string() : options.strings);
    text.setLanguage(parseLanguage(options.lang));
    const bool benchMode = options.benchFrames > 0;
    const std::string sizeText = options.size.empty() ? (benchMode ? "1280x800" : "1600x900") : options.size;
    const std::optional<sf::Vector2u> size = parseSize(sizeText);
    if (!size) {
        fmt::print(stderr, "pujiang-gui: --size {}: write WIDTHxHEIGHT, e.g. 1600x900 (320x240..8192x8192)\n",
                   sizeText);
        return 2;
    }
    std::optional<double> until;
    if (!options.until.empty()) {
        until = parseClock(options.until);
        if (!until) {
            fmt::print(stderr, "pujiang-gui: --until {}: {}\n", options.until, kClockHint.en);
            return 2;
        }
    }

    // Tests, docs and benchmarks must not touch the user's recent files or settings.
    const bool cpuMode = options.cpuSeconds > 0;
    const bool scripted = !options.screenshot.empty() || benchMode || cpuMode;
    std::string file = options.file;
    if (file.empty() && (benchMode || cpuMode)) file = (resources.scenarios / "pujiang-2003.toml").string();
    const std::filesystem::path browseFrom =
        file.empty() ? resources.scenarios : std::filesystem::absolute(file).parent_path();
    GuiApp app(std::move(text), RecentFiles(scripted ? std::filesystem::path() : RecentFiles::defaultStore()),
               browseFrom);
    app.setScenarioFolder(resources.scenarios);
    app.setTrainingFolders(resources.exercises, resources.data / "cases");
    UserSettings settings(scripted ? std::filesystem::path() : UserSettings::defaultStore());
    if (options.textScale > 0 && !settings.chooseTextScale(options.textScale)) {
        fmt::print(stderr, "pujiang-gui: --text-scale {}: allowed: {}\n", options.textScale,
                   fmt::join(UserSettings::kScales, ", "));
        return 2;
    }
    app.useSettings(std::move(settings));
    if (!file.empty() && !app.openScenario(file)) {
        fmt::print(stderr, "pujiang-gui: {}\n", app.loadError());
        return 2;
    }
    if (!options.interventions.empty()) {
        if (!app.hasSession()) {
            fmt::print(stderr, "pujiang-gui: --interventions needs a scenario: pujiang-gui FILE --interventions LOG\n");
            return 2;
        }
        try {
            app.session().replayLogFile(options.interventions);
        } catch (const std::exception& error) {
            fmt::print(stderr, "pujiang-gui: --interventions {}: {}\n", options.interventions, error.what());
            return 2;
        }
    }
    if (!options.compareWith.empty() || options.compareCurrentDay) {
        if (!app.hasSession()) {
            fmt::print(stderr, "pujiang-gui: --compare-with needs a scenario: pujiang-gui FILE --compare-with OTHER\n");
            return 2;
        }
        for (const std::string& other : options.compareWith) app.compare().settings().files.emplace_back(other);
        if (options.compareCurrentDay) app.compare().addCurrentDay(app.session(), app.text());
        app.compare().start();
        // A screenshot shows the finished comparison; in the window it runs in the background.
        if (!options.screenshot.empty()) app.compare().waitForJob();
    }
    // A screenshot shows the key figures with their many-day column; benchmarks measure the
    // window, not the background days.
    if (scripted) app.waitForBackground();
    if (until && app.hasSession()) {
        app.session().jumpTo(*until);
        reportDayEndedEarlier(app.session(), *until, options.until);
    }
    // A trainee's seat opens on the briefing of the class's exercise unless another training view is asked for.
    const std::string viewName = !options.trainee.empty() && options.view == "floor" ? "briefing" : options.view;
    const std::optional<View> view = parseView(viewName);
    if (!view) {
        fmt::print(stderr, "pujiang-gui: --view {}: allowed: {}\n", viewName, kViewNames);
        return 2;
    }
    if (isTrainingView(*view)) {
        const TrainingViewRequest request{options.exercise, options.classDb, options.trainee, options.classId,
                                          options.debriefDays};
        if (const std::optional<std::string> why = setUpTrainingView(app, *view, request)) {
            fmt::print(stderr, "pujiang-gui: {}\n", *why);
            return 2;
        }
        // A screenshot of the debrief shows its figures: wait for the days to be played.
        if (scripted) app.waitForBackground();
    } else {
        app.showView(*view);
    }
    if (const std::size_t colon = options.view.find(':'); colon != std::string::npos)
        app.editor().select(options.view.substr(colon + 1));
    double benchStart = 0.0;
    if (benchMode) {
        benchStart = app.session().busiestTime();
        app.session().jumpTo(benchStart);
        app.controls().pace.playing = true;
    }
    if (cpuMode) {
        app.controls().pace.playing = options.play;
        app.controls().pace.minutesPerSecond = options.speed;
    }

    if (!displayAvailable()) {
        const char* name = std::getenv("DISPLAY");
        fmt::print(stderr,
                   "pujiang-gui: cannot open an X display (DISPLAY={}). Run it on a desktop, or headless with\n"
                   "  xvfb-run -a -s \"-screen 0 1600x900x24\" pujiang-gui --scenario FILE --until HH:MM "
                   "--screenshot out.png\n",
                   name ? name : "unset");
        return 3;
    }

    StartupTimes startup;
    const auto sinceStart = [&] { return std::chrono::duration<double>(SteadyClock::now() - started).count(); };
    startup.scenarioReady = sinceStart();
    const std::string_view title = app.text().get("window.title");
    sf::RenderWindow window(sf::VideoMode(size->x, size->y), sf::String::fromUtf8(title.begin(), title.end()));
    Language titleLanguage = app.text().language();
    window.setPosition({0, 0});  // without a window manager SFML centres it partly off-screen
    window.setVerticalSyncEnabled(!benchMode);
    ImGuiSfmlAdapter adapter;
    if (!adapter.init(window)) {
        fmt::print(stderr, "pujiang-gui: could not set up OpenGL for ImGui\n");
        return 3;
    }
    ImGui::StyleColorsLight();
    // The style at the normal text size: a larger text size scales it (paddings, rounding) along.
    const ImGuiStyle baseStyle = ImGui::GetStyle();
    // The app's main window has no background of its own: the clear colour is its background.
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    const sf::Color background(static_cast<sf::Uint8>(bg.x * 255), static_cast<sf::Uint8>(bg.y * 255),
                               static_cast<sf::Uint8>(bg.z * 255));
    FontAtlas fonts;

    const bool screenshotMode = !options.screenshot.empty();
    // ImGui sizes tables and child windows from the previous frame: let the layout settle first.
    const int screenshotFrame = 3;
    FrameTimes times;
    CpuMeter cpu(options.cpuSeconds);
    // Benchmarks and screenshots draw every frame at once; a person's window draws only as often
    // as the screen changes (see frame_pacer.h).
    const bool paced = !benchMode && !screenshotMode;
    FramePacer pacer;
    sf::Clock frameClock;
    for (int frame = 0; window.isOpen();) {
        const SteadyClock::time_point frameStart = SteadyClock::now();
        bool input = false;
        sf::Event event;
        while (window.pollEvent(event)) {
            input = true;
            adapter.processEvent(event);
            if (event.type == sf::Event::Closed) window.close();
            if (event.type == sf::Event::Resized)
                window.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(event.size.width),
                                                      static_cast<float>(event.size.height))));
            // A key typed into a text field is the field's.
            if (event.type == sf::Event::KeyPressed && !ImGui::GetIO().WantTextInput)
                if (const std::optional<AppKey> key = hotkeyFor(event.key)) app.hotkey(*key);
        }
        if (!window.isOpen()) break;
        const double now = sinceStart();
        if (input) pacer.noteInput(now);
        if (paced && frame > screenshotFrame) {
            // Short naps, so input is answered within 10 ms even when the next frame is far off.
            if (const double wait = pacer.waitBeforeFrame(app.activity(), now); wait > 0.0) {
                sf::sleep(sf::seconds(static_cast<float>(std::min(wait, 0.01))));
                continue;
            }
        }
        pacer.noteFrame(now);
        // The title follows the language switch.
        if (app.text().language() != titleLanguage) {
            titleLanguage = app.text().language();
            window.setTitle(sf::String::fromUtf8(std::string_view(app.text().get("window.title")).begin(),
                                                 std::string_view(app.text().get("window.title")).end()));
        }
        if (frame == 0) startup.windowReady = sinceStart();
        const bool scaleChanged = app.takeTextScaleChanged() || frame == 0;
        if (app.takeFontsChanged() || scaleChanged) {
            const float scale = app.settings().textScale();
            if (!fonts.rebuild(app.glyphTexts(), scale)) {
                fmt::print(stderr, "pujiang-gui: cannot load the font {} (install fonts-wqy-microhei)\n",
                           kDefaultFontFile);
                return 3;
            }
            ImGui::GetStyle() = baseStyle;
            ImGui::GetStyle().ScaleAllSizes(scale);
        }
        if (frame == 1 && !options.openLater.empty()) {
            if (!app.openScenario(options.openLater)) {
                fmt::print(stderr, "pujiang-gui: {}\n", app.loadError());
                return 2;
            }
            if (until) {
                app.session().jumpTo(*until);
                reportDayEndedEarlier(app.session(), *until, options.until);
            }
        }
        if (frame == 0) startup.fontsReady = sinceStart();
        // A benchmark frame advances the day by a fixed 1/60 s so runs are comparable.
        const float dt = benchMode ? 1.0f / 60.0f : frameClock.restart().asSeconds();
        adapter.newFrame();
        app.frame(dt);
        window.clear(background);
        adapter.render();
        if (screenshotMode && frame == screenshotFrame) {
            sf::Texture texture;
            texture.create(window.getSize().x, window.getSize().y);
            texture.update(window);  // before display(): the back buffer holds this frame
            if (!texture.copyToImage().saveToFile(options.screenshot)) {
                fmt::print(stderr, "pujiang-gui: could not write {}\n", options.screenshot);
                return 1;
            }
            fmt::print("pujiang-gui: wrote {} at {}\n", options.screenshot,
                       app.hasSession() ? formatClock(app.session().day().now()) : std::string("-"));
            // What the screenshot tests at projector sizes check (text_fit.h).
            const CutLabels& cut = cutLabels();
            fmt::print("pujiang-gui: labels cut: {}{}\n", cut.count, cut.count ? " (first: " + cut.first + ")" : "");
            window.close();
            break;
        }
        window.display();
        ++frame;
        if (cpuMode && cpu.frameDone(now)) {
            reportCpu(cpu, window.getSize(), app.controls().pace);
            window.close();
        }
        if (benchMode) {
            glFinish();  // count the software renderer's work in the frame that caused it
            const SteadyClock::time_point end = SteadyClock::now();
            if (frame == 1) startup.firstFrame = std::chrono::duration<double>(end - started).count();
            else {
                times.milliseconds.push_back(std::chrono::duration<double, std::milli>(end - frameStart).count());
                times.countDrawData();
            }
            if (static_cast<int>(times.milliseconds.size()) >= options.benchFrames) {
                times.report(startup, window.getSize(), benchStart);
                window.close();
            }
        }
    }
    adapter.shutdown();
    return 0;
}

}  // namespace

namespace {

// A finite number lo..hi, checked as text: CLI11's Range lets NaN through.
CLI::Validator finiteRange(double lo, double hi) {
    return CLI::Validator(
        [lo, hi](std::string& text) -> std::string {
            if (pujiang::parseFiniteNumber(text, lo, hi)) return {};
            return fmt::format("'{}' is not a number {}..{}", text, lo, hi);
        },
        fmt::format("NUMBER in [{} - {}]", lo, hi));
}

}  // namespace

int main(int argc, char** argv) {
    const SteadyClock::time_point started = SteadyClock::now();
    Options options;
    std::string scenarioOption;
    CLI::App app{"pujiang-gui: watch, steer and edit a petition reception day"};
    app.add_option("FILE", options.file, "scenario file (same as --scenario); without one, open from the app");
    app.add_option("--scenario", scenarioOption, "scenario file");
    app.add_option("--until", options.until, "run the day to this clock time first (HH:MM)");
    app.add_option("--screenshot", options.screenshot, "save a PNG of the window and exit");
    app.add_option("--lang", options.lang, "UI language: zh (default) or en")->check(CLI::IsMember({"zh", "en"}));
    app.add_option("--size", options.size, "window size WIDTHxHEIGHT (default 1600x900; 1280x800 with --bench-frames)");
    app.add_option("--bench-frames", options.benchFrames,
                   "render N frames at the busiest moment of the day (default scenario: the 2003 day) and report "
                   "frame times")
        ->check(CLI::Range(1, 100000));
    app.add_option("--cpu-seconds", options.cpuSeconds,
                   "measure the CPU the window uses over this many seconds (after 2 s to settle) and exit; "
                   "paused unless --play (default scenario: the 2003 day)")
        ->check(finiteRange(1.0, 3600.0));
    app.add_flag("--play", options.play, "with --cpu-seconds: play the day during the measurement");
    app.add_option("--speed", options.speed, "with --play: simulated minutes per second (default 5)")
        ->check(finiteRange(Pace::kSlowest, Pace::kFastest));
    app.add_option("--text-scale", options.textScale,
                   "text size for this run (one of 0.85, 1, 1.15, 1.3, 1.5, 1.75, 2); default: the size last chosen "
                   "with Ctrl+= / Ctrl+-");
    app.add_option("--view", options.view, std::string("view in front at start: ") + kViewNames);
    app.add_option("--interventions", options.interventions,
                   "replay an intervention log saved from the app (same scenario and seed) before anything else");
    app.add_option("--compare-with", options.compareWith,
                   "start comparing FILE with these scenarios in the compare view (common random numbers)");
    app.add_flag("--compare-current-day", options.compareCurrentDay,
                 "add the day with its interventions (see --interventions) as a variant and start comparing");
    app.add_option("--open-later", options.openLater,
                   "open this scenario after the first frame, as the file browser does (tests the font rebuild)");
    app.add_option("--exercise", options.exercise,
                   "training views: the exercise (an id of exercises/ or a file; default the first)");
    app.add_option("--class-db", options.classDb, "--view class: the class-records file (.sqlite) to show");
    app.add_option("--trainee", options.trainee,
                   "play as this trainee of the class in --class-db: the class's exercise and seed, the attempt "
                   "recorded when finished");
    app.add_option("--class", options.classId, "with --trainee: which class of --class-db (default: its only class)");
    app.add_option("--debrief-days", options.debriefDays,
                   "days like the trainee's the debrief compares on (default 200; fewer is faster)")
        ->check(CLI::Range(2, 100000));
    app.add_option("--strings", options.strings, "UI string table (default: the project's data/ui_strings.tsv)");
    CLI11_PARSE(app, argc, argv);
    if (!scenarioOption.empty()) {
        if (!options.file.empty() && options.file != scenarioOption) {
            fmt::print(stderr, "pujiang-gui: give the scenario once, either as FILE or with --scenario\n");
            return 2;
        }
        options.file = scenarioOption;
    }
    try {
        return run(options, started);
    } catch (const std::exception& error) {
        fmt::print(stderr, "pujiang-gui: {}\n", error.what());
        return 2;
    }
}
