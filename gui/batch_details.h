#pragma once
// What the GUI says about one batch or one room: the lines of a hover tooltip and of the
// "following" panel. Kept apart from drawing so the wording is the same everywhere.

#include <string>
#include <vector>

#include "gui/ui_strings.h"
#include "sim/reception/reception_day.h"

namespace pujiang::gui {

// "HH:MM" for minutes after midnight (hours may pass 24 for a day that runs late).
std::string formatClock(double minutes);

std::string categoryName(const ScenarioSpec& spec, std::size_t category, const UiStrings& text);

// Label/value lines: category, group size, arrival, stage, wait so far, patience left, room, ...
std::vector<std::pair<std::string, std::string>> batchDetails(const Batch& batch, const ReceptionDay& day,
                                                              const ScenarioSpec& spec, const UiStrings& text);

// Label/value lines for a room: team (leader level, departments), lawyer, hours, and each batch in
// hand with how long it has been at the table.
std::vector<std::pair<std::string, std::string>> roomDetails(std::size_t room, const ReceptionDay& day,
                                                             const ScenarioSpec& spec, const UiStrings& text);

// The team in a few words: "县级 · 土地、城建" / "County · LAND, URBAN".
std::string teamSummary(const RoomSpec& room, const ScenarioSpec& spec, const UiStrings& text);
// Its first words only, for a small card: "省级领导（主要领导）" / "Provincial leader (top)".
std::string teamLevel(const RoomSpec& room, const UiStrings& text);

}  // namespace pujiang::gui
