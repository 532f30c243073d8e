#pragma once
// Every visible word of the reports — the CLI's day, compare, sweep and plan tables and the HTML
// comparison page — in Chinese and English, in one table of phrases (report_strings.cpp) keyed by a
// readable id: grep a string seen on screen to find its id. Metric names come from the metric table.

#include <string>
#include <string_view>

#include <fmt/format.h>

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
    // Text reports (CLI): day report
    DayReportTitle,
    ScenarioLine,
    DayReportIntro,
    SectionTitle,
    VolumeSection,
    OutcomesSection,
    WaitingSection,
    ResourcesSection,
    RoomsHeading,
    ClassesHeading,
    CategoriesHeading,
    ClassColumn,
    CellNNote,
    // compare
    CompareIntro,
    CompareLegend,
    SelectionHeadingLower,
    SelectionHeadingHigher,
    SelectionSelected,
    SelectionSurvivor,
    SelectionEliminated,
    SelectionReplications,
    SelectionGuaranteeSelected,
    SelectionGuaranteeSurvivors,
    SelectionTableUsesAll,
    // sweep
    SweepIntro,
    CombinationColumn,
    HalfWidthRow,
    // plan
    PlanTitle,
    PlanSearch,
    PlanIntro,
    PlanEvaluated,
    PlanMeets,
    PlanFails,
    PlanCheapest,
    PlanMean,
    PlanBound,
    PlanRunnerUps,
    PlanQueueingHeading,
    PlanQueueingColumns,
    PlanOverloaded,
    PlanNone,
};

// The label in the chosen language; every id has both.
std::string_view reportLabel(ReportLabel id, Language language);

// A label that is a format string ("{} replications, seed {}"), filled in. Both languages take the
// same arguments; a language may reorder them with positions ("{1} … {0}").
template <typename... Args>
std::string reportText(ReportLabel id, Language language, Args&&... args) {
    return fmt::format(fmt::runtime(reportLabel(id, language)), std::forward<Args>(args)...);
}

}  // namespace pujiang
