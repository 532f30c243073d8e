#pragma once
// Every visible word of the HTML comparison report, in Chinese and English, in one table
// (report_strings.cpp) keyed by a readable id: grep a string seen on screen to find its id.

#include <string_view>

#include "sim/report/run_report.h"

namespace pujiang {

enum class ReportLabel {
    // Document and header
    Title,
    Subtitle,
    VariantsHeading,
    VariantColumn,
    ScenarioTitle,
    File,
    Seed,
    Replications,
    IntervalNote,
    NotAvailable,
    // Headline metrics (their labels: the metric table)
    HeadlineHeading,
    MetricColumn,
    // Charts
    MeansHeading,
    MeansNote,
    QueueHeading,
    QueueNote,
    QueueAxis,
    ClockAxis,
    WaitHeading,
    WaitNote,
    WaitAxis,
    ShareAxis,
    OutcomeHeading,
    OutcomeNote,
    // Breakdown tables
    BreakdownHeading,
    BreakdownNote,
    RoomColumn,
    CategoryColumn,
    NoRows,
};

// The label in the chosen language; every id has both.
std::string_view reportLabel(ReportLabel id, Language language);

}  // namespace pujiang
