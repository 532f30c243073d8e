#pragma once
// Where pujiang-gui keeps the user's things, by the XDG base-directory rules: settings and the
// recent list under $XDG_CONFIG_HOME/pujiang (else ~/.config/pujiang), files the user makes
// (intervention logs, reports) under $XDG_DATA_HOME/pujiang (else ~/.local/share/pujiang).
// Never the working directory: a trainer starts the app from a menu, and the source tree or a
// system folder is no place for a class's files.

#include <filesystem>

namespace pujiang::gui {

// Empty when neither the XDG variable nor HOME is set.
std::filesystem::path userConfigDir();
std::filesystem::path userDataDir();

}  // namespace pujiang::gui
