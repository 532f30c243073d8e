#include "gui/class_view.h"

#include <algorithm>

#include <fmt/format.h>
#include <imgui.h>

#include "gui/charts.h"
#include "gui/widget_labels.h"
#include "sim/core/localized_error.h"
#include "sim/training/class_summary.h"

namespace pujiang::gui {

namespace {

const ImVec4 kHeading(0.15f, 0.35f, 0.6f, 1.0f);

void heading(const char* label) {
    ImGui::Spacing();
    ImGui::TextColored(kHeading, "%s", label);
}

std::string scoreText(const Attempt& a) {
    return fmt::format("{:.1f} / {:.0f} ({:.0f}%)", a.score, a.maxScore, 100.0 * scoreShare(a));
}

const std::string& nameOf(const ClassInfo& info, const std::string& trainee) {
    for (const Trainee& t : info.roster)
        if (t.id == trainee) return t.name;
    return trainee;
}

bool beginTable(const char* id, int columns) {
    return ImGui::BeginTable(id, columns, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp |
                                              ImGuiTableFlags_BordersInnerH);
}

void cell(const std::string& value) {
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(value.c_str());
}

}  // namespace

ClassRecords readClassRecords(const std::filesystem::path& file) {
    ClassRecords records;
    records.file = file;
    const ClassStore store(file);
    records.classes = store.classes();
    for (const ClassInfo& info : records.classes) records.attempts.push_back(store.attempts(info.id));
    return records;
}

ClassView::ClassView(std::filesystem::path browseFrom) : m_browser(std::move(browseFrom), ".sqlite", "class.browser") {}

bool ClassView::open(const std::filesystem::path& file) {
    try {
        m_records = readClassRecords(file);
    } catch (const std::exception& failure) {
        m_error = errorText(failure);
        m_fontsChanged = true;
        return false;
    }
    m_error = {};
    m_selected = 0;
    m_fontsChanged = true;
    return true;
}

std::vector<std::string> ClassView::glyphTexts() const {
    std::vector<std::string> texts{m_error.zh, m_error.en};
    for (std::string& t : m_browser.glyphTexts()) texts.push_back(std::move(t));
    if (!m_records) return texts;
    texts.push_back(m_records->file.string());
    for (const ClassInfo& info : m_records->classes) {
        texts.push_back(info.exercise);
        texts.push_back(info.note);
        for (const Trainee& t : info.roster) texts.push_back(t.name + t.id);
    }
    for (const auto& attempts : m_records->attempts)
        for (const Attempt& a : attempts)
            for (const ObjectiveResult& o : a.objectives) texts.push_back(o.labelZh);
    return texts;
}

bool ClassView::takeFontsChanged() {
    const bool browser = m_browser.takeFontsChanged();
    const bool changed = m_fontsChanged || browser;
    m_fontsChanged = false;
    return changed;
}

void ClassView::draw(const UiStrings& text) {
    if (ImGui::Button(text.get("class.open"))) m_browser.open();
    if (const std::optional<std::filesystem::path> chosen = m_browser.draw(text)) open(*chosen);
    if (m_records) {
        ImGui::SameLine();
        if (ImGui::Button(text.get("class.reload"))) open(m_records->file);
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", m_records->file.string().c_str());
    }
    if (!m_error.en.empty()) ImGui::TextColored(ImVec4(0.75f, 0.2f, 0.2f, 1.0f), "%s", m_error.in(text.language()).c_str());
    if (!m_records) {
        hintText(text.get("class.intro"));
        return;
    }
    if (m_records->classes.empty()) {
        hintText(text.get("class.no_classes"));
        return;
    }
    m_selected = std::min(m_selected, m_records->classes.size() - 1);
    // The classes of the file as tabs would not fit a projector with many of them: a list on the left.
    const float em = ImGui::GetFontSize();
    const float listWidth = std::clamp(ImGui::GetContentRegionAvail().x * 0.2f, em * 10.0f, em * 16.0f);
    ImGui::BeginChild("classes", ImVec2(listWidth, 0), true);
    ImGui::TextColored(kHeading, "%s", text.get("class.classes"));
    for (std::size_t i = 0; i < m_records->classes.size(); ++i) {
        const ClassInfo& info = m_records->classes[i];
        const std::string label = fmt::format("#{} {}##class{}", info.id, info.exercise, i);
        if (ImGui::Selectable(label.c_str(), i == m_selected)) m_selected = i;
        ImGui::TextDisabled("%s", text.getf("class.class_line", info.roster.size(), m_records->attempts[i].size()).c_str());
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("class", ImVec2(0, 0), false);
    drawClass(m_records->classes[m_selected], m_records->attempts[m_selected], text);
    ImGui::EndChild();
}

void ClassView::drawClass(const ClassInfo& info, const std::vector<Attempt>& attempts, const UiStrings& text) {
    const Language language = text.language();
    ImGui::Text("%s", text.getf("class.header", info.id, info.exercise, info.seed, info.created).c_str());
    if (!info.note.empty()) hintText(info.note.c_str());
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float em = ImGui::GetFontSize();
    const bool twoColumns = avail.x > em * 44.0f;
    ImGui::BeginChild("records", ImVec2(twoColumns ? avail.x * 0.5f : 0, twoColumns ? 0 : avail.y * 0.5f), false);
    heading(text.getf("class.roster", info.roster.size()).c_str());
    if (beginTable("roster", 3)) {
        ImGui::TableSetupColumn(text.get("class.trainee_id"));
        ImGui::TableSetupColumn(text.get("class.name"));
        ImGui::TableSetupColumn(text.get("class.attempts_count"));
        ImGui::TableHeadersRow();
        for (const Trainee& t : info.roster) {
            ImGui::TableNextRow();
            cell(t.id);
            cell(t.name);
            cell(fmt::format("{}", std::count_if(attempts.begin(), attempts.end(),
                                                 [&](const Attempt& a) { return a.trainee == t.id; })));
        }
        ImGui::EndTable();
    }
    heading(text.getf("class.attempts", attempts.size()).c_str());
    if (attempts.empty()) hintText(text.get("class.no_attempts"));
    else if (beginTable("attempts", 4)) {
        ImGui::TableSetupColumn(text.get("class.trainee"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn(text.get("class.score"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableSetupColumn(text.get("class.started"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableSetupColumn(text.get("class.ended"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableHeadersRow();
        for (const Attempt& a : attempts) {
            ImGui::TableNextRow();
            cell(nameOf(info, a.trainee));
            cell(scoreText(a));
            cell(a.started);
            cell(a.ended);
        }
        ImGui::EndTable();
    }
    if (twoColumns) {
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("report", ImVec2(0, 0), true);
    } else {
        ImGui::EndChild();
        ImGui::BeginChild("report", ImVec2(0, 0), true);
    }
    heading(text.get("class.ranking"));
    const std::vector<RankedTrainee> ranking = rankTrainees(info, attempts);
    if (!ranking.empty() && beginTable("ranking", 3)) {
        ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, em * 2.0f);
        ImGui::TableSetupColumn(text.get("class.trainee"));
        ImGui::TableSetupColumn(text.get("class.best"));
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < ranking.size(); ++i) {
            ImGui::TableNextRow();
            cell(fmt::format("{}", i + 1));
            cell(ranking[i].trainee.name);
            cell(scoreText(*ranking[i].best));
        }
        ImGui::EndTable();
    }
    const std::vector<Trainee> missing = traineesWithoutAttempt(info, attempts);
    if (!missing.empty()) {
        std::string names;
        for (const Trainee& t : missing) names += (names.empty() ? "" : text.get("training.list_separator")) + t.name;
        hintText(text.getf("class.no_attempt_yet", names).c_str());
    }
    heading(text.get("class.histogram"));
    const std::vector<int> bins = scoreHistogram(attempts, 10);
    std::vector<double> edges, counts;
    for (std::size_t i = 0; i <= bins.size(); ++i) edges.push_back(static_cast<double>(i) / static_cast<double>(bins.size()));
    for (const int b : bins) counts.push_back(b);
    HistogramData histogramData;
    histogramData.edges = edges;
    histogramData.counts = counts;
    histogramData.x.format = formatPercent;
    histogramData.x.range = AxisRange{0.0, 1.0};
    histogram("scores", histogramData, ImVec2(-1, ImGui::GetTextLineHeightWithSpacing() * 7.0f));
    heading(text.get("class.missed"));
    const std::vector<MissedCard> missed = mostMissedCards(attempts);
    if (missed.empty()) hintText(text.get("class.none_missed"));
    else if (beginTable("missed", 2)) {
        ImGui::TableSetupColumn(text.get("class.card"));
        ImGui::TableSetupColumn(text.get("class.missed_of"));
        ImGui::TableHeadersRow();
        for (const MissedCard& m : missed) {
            ImGui::TableNextRow();
            cell(m.cardId);
            cell(fmt::format("{} / {}", m.missed, m.decided));
        }
        ImGui::EndTable();
    }
    heading(text.get("class.attainment"));
    const std::vector<ObjectiveAttainment> attainment = objectiveAttainment(attempts);
    if (beginTable("attainment", 2)) {
        ImGui::TableSetupColumn(text.get("training.objective"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn(text.get("class.met_of"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableHeadersRow();
        for (const ObjectiveAttainment& o : attainment) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", (language == Language::Zh ? o.labelZh : o.labelEn).c_str());
            cell(fmt::format("{} / {}", o.met, o.attempts));
        }
        ImGui::EndTable();
    }
    ImGui::EndChild();
}

}  // namespace pujiang::gui
