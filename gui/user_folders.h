#pragma once
// Where pujiang-gui keeps the user's things, by the XDG base-directory rules: settings and the
// recent list under $XDG_CONFIG_HOME/pujiang (else ~/.config/pujiang), files the user makes
// (intervention logs, reports) under $XDG_DATA_HOME/pujiang (else ~/.local/share/pujiang).
// Never the working directory: a trainer starts the app from a menu, and the source tree or a
// system folder is no place for a class's files.

#include <filesystem>
#include <string>

namespace pujiang::gui {

// Empty when neither the XDG variable nor HOME is set.
std::filesystem::path userConfigDir();
std::filesystem::path userDataDir();
// `file` in `subfolder` of the user's data folder ("reports", "interventions"): where a file the
// user saves goes unless they type another path; just `file` when there is no data folder.
std::filesystem::path userDataFile(const char* subfolder, const std::string& file);

}  // namespace pujiang::gui
