#pragma once
// The after-action report of an attempt: one self-contained, printable HTML page in Chinese or
// English (inline CSS and SVG, no scripts, no external files). It holds the timeline of injects,
// actions and decisions, the objectives table, the score breakdown beside the baseline's and the
// reference plan's, the counterfactual figures over days like it with a chart, the ranking of the
// trainee's actions, case-by-case feedback with each card's explanation, and three improvement
// points taken from the largest losses (docs/training.md, [training.aar]).

#include <string>
#include <vector>

#include "sim/core/language.h"
#include "sim/training/debrief.h"

namespace pujiang {

struct ImprovementPoint {
    double pointsLost = 0.0;
    OwnedPhrase text;
};

// The losses of the attempt against the best it could have scored, largest first: each objective
// not fully met, each case not handled appropriately, unlawful handling, money spent.
std::vector<ImprovementPoint> improvementPoints(const Exercise& exercise, const Debrief& debrief);

std::string afterActionReportHtml(const Exercise& exercise, const Debrief& debrief, Language language);

}  // namespace pujiang
