#pragma once
// Shared by the GUI tests: the project's UI strings (scratch folders: tests/support/temp_folder.h).

#include "gui/ui_strings.h"
#include "tests/support/temp_folder.h"

namespace pujiang::gui::testing {

inline UiStrings projectStrings() { return UiStrings::loadTsv(PUJIANG_SOURCE_DIR "/data/ui_strings.tsv"); }

using pujiang::testing::TempFolder;

}  // namespace pujiang::gui::testing
