#include "gui/debrief_view.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>

#include <fmt/format.h>
#include <imgui.h>

#include "gui/aar_save.h"
#include "gui/batch_details.h"
#include "gui/charts.h"
#include "gui/training_briefing_view.h"
#include "gui/training_hud.h"
#include "gui/widget_labels.h"
#include "sim/report/after_action_report.h"

namespace pujiang::gui {

namespace {

const ImVec4 kHeading(0.15f, 0.35f, 0.6f, 1.0f);
const ImVec4 kGood(0.1f, 0.5f, 0.2f, 1.0f);
const ImVec4 kBad(0.75f, 0.2f, 0.2f, 1.0f);

void heading(const char* label) {
    ImGui::Spacing();
    ImGui::TextColored(kHeading, "%s", label);
}

std::string points(double got, double most) { return fmt::format("{:.1f} / {:.0f}", got, most); }
std::string interval(const Summary& s) { return fmt::format("{:+.1f}  [{:+.1f}, {:+.1f}]", s.mean, s.ciLow, s.ciHigh); }
std::string meanInterval(const Summary& s) { return fmt::format("{:.1f}  [{:.1f}, {:.1f}]", s.mean, s.ciLow, s.ciHigh); }

std::string localStamp() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%d-%H%M", &local);
    return buffer;
}

void drawScoreTable(const Debrief& d, const UiStrings& text) {
    heading(text.get("debrief.score_parts"));
    if (!ImGui::BeginTable("parts", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn(text.get("debrief.part"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(text.get("debrief.you"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(text.get("debrief.baseline"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(text.get("debrief.reference"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    const auto row = [&](const char* id, double ScoreBreakdown::*got, double ScoreBreakdown::*most) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(text.get(id));
        for (const PlayedDay* day : {&d.trainee, &d.baseline, &d.reference}) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(points(day->score.*got, day->score.*most).c_str());
        }
    };
    row("debrief.part.objectives", &ScoreBreakdown::objectivePoints, &ScoreBreakdown::objectiveMax);
    row("debrief.part.cases", &ScoreBreakdown::casePoints, &ScoreBreakdown::caseMax);
    row("debrief.part.compliance", &ScoreBreakdown::compliancePoints, &ScoreBreakdown::complianceMax);
    row("debrief.part.cost", &ScoreBreakdown::costPoints, &ScoreBreakdown::costMax);
    row("debrief.part.total", &ScoreBreakdown::total, &ScoreBreakdown::max);
    ImGui::EndTable();
}

void drawOverDays(const Debrief& d, const UiStrings& text) {
    heading(text.getf("debrief.over_days", d.days).c_str());
    if (ImGui::BeginTable("days", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        const auto row = [&](const char* id, const std::string& value) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(text.get(id));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(value.c_str());
        };
        row("debrief.you", meanInterval(d.score.trainee));
        row("debrief.baseline", meanInterval(d.score.baseline));
        row("debrief.reference", meanInterval(d.score.reference));
        row("debrief.you_minus_baseline", interval(d.score.traineeMinusBaseline));
        row("debrief.you_minus_reference", interval(d.score.traineeMinusReference));
        row("debrief.reference_minus_baseline", interval(d.score.referenceMinusBaseline));
        ImGui::EndTable();
    }
    hintText(text.get("debrief.paired_hint"));
    const std::string you = text.get("debrief.you"), baseline = text.get("debrief.baseline"),
                      reference = text.get("debrief.reference");
    const ChartInterval rows[] = {
        {you, d.score.trainee.mean, d.score.trainee.ciLow, d.score.trainee.ciHigh},
        {baseline, d.score.baseline.mean, d.score.baseline.ciLow, d.score.baseline.ciHigh},
        {reference, d.score.reference.mean, d.score.reference.ciLow, d.score.reference.ciHigh},
    };
    IntervalChartData chart;
    const std::string title = text.getf("debrief.chart_title", d.days);
    chart.title = title;
    chart.intervals = rows;
    intervalChart("score_days", chart, ImVec2(-1, ImGui::GetTextLineHeightWithSpacing() * 7.0f));
}

void drawObjectives(const Exercise& e, const Debrief& d, const UiStrings& text) {
    heading(text.get("training.objectives"));
    if (!ImGui::BeginTable("objectives", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn(text.get("training.objective"), ImGuiTableColumnFlags_WidthStretch, 2.4f);
    ImGui::TableSetupColumn(text.get("debrief.your_day"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(text.get("training.target"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(text.getf("debrief.days_mean", d.days).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < d.trainee.score.objectives.size(); ++i) {
        const ObjectiveScore& o = d.trainee.score.objectives[i];
        if (!o.objective) continue;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", o.objective->label.in(text.language()).c_str());
        ImGui::TableNextColumn();
        ImGui::TextColored(o.met ? kGood : kBad, "%s", objectiveValueText(*o.objective, o.value).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(objectiveTarget(*o.objective, text).c_str());
        ImGui::TableNextColumn();
        if (i < d.objectives.size()) {
            const Summary& s = d.objectives[i].trainee;
            ImGui::TextUnformatted(fmt::format("{}  [{}, {}]", objectiveValueText(*o.objective, s.mean),
                                               objectiveValueText(*o.objective, s.ciLow),
                                               objectiveValueText(*o.objective, s.ciHigh))
                                       .c_str());
        }
    }
    ImGui::EndTable();
    (void)e;
}

void drawCases(const Debrief& d, const UiStrings& text) {
    const Language language = text.language();
    heading(text.get("debrief.cases"));
    if (d.trainee.figures.cases.empty()) hintText(text.get("debrief.no_cases"));
    int n = 0;
    for (const CaseJudgement& c : d.trainee.figures.cases) {
        if (!c.card) continue;
        ImGui::PushID(n++);
        const std::string what(dispositionLabel(c.disposition).in(language));
        // A card's title can be longer than the column: wrapped, never cut.
        ImGui::PushStyleColor(ImGuiCol_Text, c.appropriate ? kGood : kBad);
        ImGui::TextWrapped("%s  %s", text.get(c.appropriate ? "debrief.tick" : "debrief.cross"), c.card->title.in(language).c_str());
        ImGui::PopStyleColor();
        ImGui::Indent();
        ImGui::TextWrapped("%s", text.getf(c.decided ? "debrief.case_decided" : "debrief.case_passed", c.card->id, what).c_str());
        if (!c.lawful) ImGui::TextColored(kBad, "%s", text.get("debrief.case_unlawful"));
        std::string acceptable;
        for (const Disposition a : c.card->acceptable) {
            if (!acceptable.empty()) acceptable += text.get("training.list_separator");
            acceptable += dispositionLabel(a).in(language);
        }
        ImGui::TextWrapped("%s", text.getf("debrief.case_acceptable", acceptable).c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", c.card->why.in(language).c_str());
        if (!c.appropriate && c.disposition == c.card->wrong)
            ImGui::TextWrapped("%s", c.card->wrongConsequence.in(language).c_str());
        ImGui::PopStyleColor();
        ImGui::Unindent();
        ImGui::PopID();
    }
}

void drawActions(const Exercise& e, const Debrief& d, const UiStrings& text) {
    heading(text.get("debrief.actions"));
    if (d.actions.empty()) {
        hintText(text.get("debrief.no_actions"));
        return;
    }
    if (!ImGui::BeginTable("actions", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn(text.get("training.action"), ImGuiTableColumnFlags_WidthStretch, 2.4f);
    ImGui::TableSetupColumn(text.get("debrief.effect"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(text.get("debrief.with_without"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableHeadersRow();
    for (const ActionEffect& a : d.actions) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        std::string what = fmt::format("{} {}", formatClock(a.planned.at), actionKindLabel(a.planned.kind).in(text.language()));
        if (a.planned.room != kWholeDay && a.planned.room < e.spec.rooms.size())
            what += " · " + e.spec.rooms[a.planned.room].name;
        ImGui::TextWrapped("%s", what.c_str());
        ImGui::TableNextColumn();
        ImGui::TextColored(a.effect() >= 0 ? kGood : kBad, "%+.1f", a.effect());
        ImGui::TableNextColumn();
        ImGui::Text("%.1f / %.1f", a.withIt, a.withoutIt);
    }
    ImGui::EndTable();
}

void drawSave(const Exercise& e, const Debrief& d, DebriefViewState& state, const UiStrings& text) {
    if (state.reportPath[0] == '\0')
        std::snprintf(state.reportPath, sizeof state.reportPath, "%s", defaultReportPath(e, localStamp()).c_str());
    heading(text.get("debrief.save_title"));
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 9.0f);
    ImGui::InputText("##report", state.reportPath, sizeof state.reportPath);
    ImGui::SameLine();
    if (ImGui::Button(text.get("debrief.save"), ImVec2(-1, 0))) {
        const std::optional<OwnedPhrase> why =
            saveAfterActionReport(state.reportPath, e, d, text.language(), state.masters);
        state.saved = !why;
        state.message = why ? *why : OwnedPhrase{text.getf("debrief.saved", state.reportPath),
                                                 text.getf("debrief.saved", state.reportPath)};
    }
    if (!state.message.en.empty())
        ImGui::TextColored(state.saved ? kGood : kBad, "%s", state.message.in(text.language()).c_str());
}

}  // namespace

void drawDebrief(TrainingSession& training, DebriefViewState& state, const UiStrings& text) {
    const Exercise& e = training.exercise();
    const DebriefJob& job = training.debrief();
    if (ImGui::Button(text.get("training.back_to_list"))) {
        training.backToList();
        state = DebriefViewState{{}, {}, false, state.masters};
        return;
    }
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text.getf("debrief.title", e.title.in(text.language())).c_str());
    ImGui::Separator();
    // Whether the attempt went into the class records (only when played from a class seat).
    if (const std::optional<OwnedPhrase>& recorded = training.recordResult())
        ImGui::TextWrapped("%s", recorded->in(text.language()).c_str());
    switch (job.state()) {
    case DebriefState::Idle:
    case DebriefState::Running:
        // A wait state, never a frozen window: the days are played on another thread.
        ImGui::TextWrapped("%s", text.getf("debrief.working", job.days(), fmt::format("{:.0f}", job.secondsRunning())).c_str());
        ImGui::ProgressBar(-1.0f * static_cast<float>(ImGui::GetTime()), ImVec2(ImGui::GetFontSize() * 16.0f, 0),
                           text.get("debrief.wait"));
        return;
    case DebriefState::Failed:
        ImGui::TextColored(kBad, "%s", text.get("debrief.failed"));
        ImGui::TextWrapped("%s", job.error().in(text.language()).c_str());
        return;
    case DebriefState::Done: break;
    }
    const std::shared_ptr<const Debrief> result = job.result();
    const Debrief& d = *result;
    ImGui::Text("%s", text.getf("debrief.headline", fmt::format("{:.1f}", d.trainee.score.total),
                                fmt::format("{:.0f}", d.trainee.score.max), fmt::format("{:.0f}", d.trainee.score.percent()))
                          .c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s", text.getf("debrief.same_day", fmt::format("{:.1f}", d.baseline.score.total),
                                        fmt::format("{:.1f}", d.reference.score.total))
                                  .c_str());
    // Two columns on a wide window: figures left, cases and actions right.
    const float em = ImGui::GetFontSize();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const bool twoColumns = avail.x > em * 56.0f;
    const float saveHeight = ImGui::GetFrameHeightWithSpacing() * 3.2f;
    ImGui::BeginChild("figures", ImVec2(twoColumns ? avail.x * 0.52f : 0, -saveHeight), false);
    drawScoreTable(d, text);
    drawOverDays(d, text);
    drawObjectives(e, d, text);
    if (twoColumns) {
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("feedback", ImVec2(0, -saveHeight), true);
    }
    drawCases(d, text);
    drawActions(e, d, text);
    heading(text.get("debrief.improve"));
    // The three largest losses, as the after-action report lists them.
    const std::vector<ImprovementPoint> improve = improvementPoints(e, d);
    for (std::size_t i = 0; i < std::min<std::size_t>(improve.size(), 3); ++i) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", improve[i].text.in(text.language()).c_str());
    }
    ImGui::EndChild();
    drawSave(e, d, state, text);
}

}  // namespace pujiang::gui
