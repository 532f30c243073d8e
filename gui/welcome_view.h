#pragma once
// What the window shows before a scenario is open: the scenarios shipped with the project by
// title with their one-line description (a click opens one), the queueing-theory validation
// scenarios folded away below, the recently opened files, a button for any other file, and the
// ways into the training mode (exercises, class records).

#include <filesystem>
#include <optional>
#include <vector>

#include "gui/recent_files.h"
#include "gui/scenario_catalog.h"
#include "gui/ui_strings.h"

namespace pujiang::gui {

struct WelcomeCatalog {
    std::vector<CatalogEntry> days;        // scenarios/*.toml
    std::vector<CatalogEntry> validation;  // scenarios/validation/*.toml
};

// Reads the catalog of a scenarios folder (its validation subfolder too).
WelcomeCatalog readWelcomeCatalog(const std::filesystem::path& scenarioFolder);

struct WelcomeChoice {
    std::optional<std::filesystem::path> open;  // a scenario to open
    bool browse = false;                        // "open another file..."
    bool training = false;                      // the training mode's exercises
    bool classRecords = false;                  // the instructor's view of class records
};

WelcomeChoice drawWelcome(const WelcomeCatalog& catalog, const RecentFiles& recent, const UiStrings& text);

}  // namespace pujiang::gui
