#include "gui/scenario_editor.h"

#include <algorithm>
#include <cfloat>
#include <exception>

#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

namespace pujiang::gui {

namespace {

const ImVec4 kRed(0.85f, 0.25f, 0.25f, 1.0f);
const ImVec4 kGreen(0.30f, 0.70f, 0.35f, 1.0f);

bool hasNonAscii(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

void redWrapped(const std::string& message) {
    ImGui::PushStyleColor(ImGuiCol_Text, kRed);
    ImGui::TextWrapped("%s", message.c_str());
    ImGui::PopStyleColor();
}

void tooltipFor(const char* help) {
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", help);
}

std::string groupLabel(const EditorGroup& group, const UiStrings& text) {
    if (group.path.empty()) return text.get("editor.top_level");
    switch (group.kind) {
    case GroupKind::Array: return fmt::format("{} ({})", group.title, group.elementCount);
    case GroupKind::Element:
        return group.elementName.empty() ? group.title : fmt::format("{}  {}", group.title, group.elementName);
    case GroupKind::Table: break;
    }
    return group.title;
}

// The key table's row in full: what the short key name in the first column stands for.
void keyTooltip(const KeyInfo& info, const UiStrings& text) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
    ImGui::TextUnformatted(info.path.c_str());
    ImGui::Separator();
    ImGui::TextUnformatted(info.description.c_str());
    ImGui::Spacing();
    ImGui::Text("%s: %s", text.get("editor.tip.type"), info.type.c_str());
    if (!info.allowed.empty()) ImGui::Text("%s: %s", text.get("editor.tip.allowed"), info.allowed.c_str());
    ImGui::Text("%s: %s", text.get("editor.tip.default"),
                info.required ? text.get("editor.required") : info.defaultText.c_str());
    if (!info.unit.empty()) ImGui::Text("%s: %s", text.get("editor.tip.unit"), info.unit.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

}  // namespace

// [SECTION] Opening and the model's state

bool ScenarioEditor::open(const std::filesystem::path& file) {
    try {
        m_model.open(file);
    } catch (const std::exception& error) {
        setStatus("editor.open_failed", fmt::format("{}\n{}", file.string(), error.what()));
        return false;
    }
    m_selected.clear();
    m_buffers.clear();
    m_activeKey.clear();
    m_focusKey.clear();
    m_saveAsPath = m_model.path();
    m_runRequest.reset();
    m_fontsChanged = true;
    setStatus("", "");
    syncWithModel();
    return true;
}

bool ScenarioEditor::requestRun() {
    if (!isOpen()) return false;
    m_runRequest = m_model.spec();
    return m_runRequest.has_value();
}

std::optional<ScenarioSpec> ScenarioEditor::takeRunRequest() {
    std::optional<ScenarioSpec> request = std::move(m_runRequest);
    m_runRequest.reset();
    return request;
}

void ScenarioEditor::select(std::string_view groupPath) {
    m_selected = std::string(groupPath);
    m_scrollToSelected = true;
}

void ScenarioEditor::focusField(const std::string& key) {
    for (const EditorGroup& group : m_model.groups()) {
        for (const EditorField& field : group.fields) {
            if (field.key != key) continue;
            select(group.path);
            m_focusKey = key;
            return;
        }
    }
}

std::string ScenarioEditor::glyphText() const { return isOpen() ? m_model.document().toToml() : std::string(); }

bool ScenarioEditor::takeFontsChanged() {
    const bool changed = m_fontsChanged;
    m_fontsChanged = false;
    return changed;
}

void ScenarioEditor::setStatus(std::string id, std::string detail) {
    m_statusId = std::move(id);
    m_status = std::move(detail);
}

// Buffers hold what the boxes show; after a change to the document they are read again, except
// the one being typed in and those whose edit was rejected (the user fixes the text they wrote).
void ScenarioEditor::syncWithModel() {
    if (!isOpen() || m_model.revision() == m_syncedRevision) return;
    m_syncedRevision = m_model.revision();
    for (auto it = m_buffers.begin(); it != m_buffers.end();) {
        const bool keep = it->first == m_activeKey || m_model.hasRejection(it->first);
        if (keep) it->second.written = m_model.valueText(it->first).has_value();
        it = keep ? std::next(it) : m_buffers.erase(it);
    }
    const std::vector<EditorGroup>& groups = m_model.groups();
    m_groupProblems.assign(groups.size(), 0);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        for (const EditorProblem& problem : m_model.problems()) {
            const bool namesGroup = std::find(problem.groups.begin(), problem.groups.end(), groups[g].path) !=
                                    problem.groups.end();
            const bool namesField = std::any_of(groups[g].fields.begin(), groups[g].fields.end(),
                                                [&problem](const EditorField& field) {
                                                    return std::find(problem.keys.begin(), problem.keys.end(),
                                                                     field.key) != problem.keys.end();
                                                });
            if (namesGroup || namesField) ++m_groupProblems[g];
        }
    }
    if (!findGroup(m_selected)) {
        // The selected element was removed (or undone away): show its array instead.
        const std::size_t bracket = m_selected.rfind('[');
        const std::string array = bracket == std::string::npos ? std::string() : m_selected.substr(0, bracket);
        m_selected = findGroup(array) ? array : std::string();
    }
}

ScenarioEditor::FieldBuffer& ScenarioEditor::buffer(const std::string& key) {
    auto it = m_buffers.find(key);
    if (it == m_buffers.end()) {
        const std::optional<std::string> value = m_model.valueText(key);
        it = m_buffers.emplace(key, FieldBuffer{value.value_or(""), value.has_value()}).first;
    }
    return it->second;
}

const EditorGroup* ScenarioEditor::findGroup(std::string_view path) const {
    for (const EditorGroup& group : m_model.groups())
        if (group.path == path) return &group;
    return nullptr;
}

void ScenarioEditor::later(std::function<void()> change) { m_deferred.push_back(std::move(change)); }

void ScenarioEditor::applyDeferred() {
    std::vector<std::function<void()>> changes = std::move(m_deferred);
    m_deferred.clear();
    for (const std::function<void()>& change : changes) {
        try {
            change();
        } catch (const std::exception& error) {
            setStatus("editor.edit_failed", error.what());
        }
    }
}

// [SECTION] Drawing

void ScenarioEditor::draw(const UiStrings& text) {
    if (!isOpen()) {
        if (!m_statusId.empty()) redWrapped(fmt::format("{}: {}", text.get(m_statusId.c_str()), m_status));
        ImGui::TextWrapped("%s", text.get("editor.no_document"));
        return;
    }
    // One child for the whole editor, so "the editor has focus" covers its panels and nothing else.
    ImGui::BeginChild("##scenario_editor");
    handleShortcuts();
    drawToolbar(text);
    syncWithModel();
    ImGui::Separator();

    const ImGuiStyle& style = ImGui::GetStyle();
    const float problemsHeight = ImGui::GetTextLineHeightWithSpacing() * 6 + style.WindowPadding.y * 2;
    ImGui::BeginChild("##groups", ImVec2(ImGui::GetFontSize() * 17, -problemsHeight), true);
    drawGroupList(text);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##fields", ImVec2(0, -problemsHeight), true);
    drawGroup(text);
    ImGui::EndChild();
    ImGui::BeginChild("##problems", ImVec2(0, 0), true);
    drawProblems(text);
    ImGui::EndChild();
    ImGui::EndChild();
    // The groups drawn above belong to the model: changes to it wait until drawing is done.
    applyDeferred();
}

void ScenarioEditor::handleShortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    // While a box is being typed in, Ctrl+Z is the box's own undo.
    if (!io.KeyCtrl || ImGui::IsAnyItemActive() || !ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows)) return;
    const int z = ImGui::GetKeyIndex(ImGuiKey_Z);
    const int y = ImGui::GetKeyIndex(ImGuiKey_Y);
    if (z >= 0 && ImGui::IsKeyPressed(z)) {
        if (io.KeyShift)
            m_model.redo();
        else
            m_model.undo();
    } else if (y >= 0 && ImGui::IsKeyPressed(y)) {
        m_model.redo();
    }
    syncWithModel();
}

void ScenarioEditor::drawToolbar(const UiStrings& text) {
    ImGui::BeginDisabled(!m_model.canUndo());
    if (ImGui::Button(text.get("editor.undo"))) m_model.undo();
    ImGui::EndDisabled();
    tooltipFor(text.get("editor.undo.help"));
    ImGui::SameLine();
    ImGui::BeginDisabled(!m_model.canRedo());
    if (ImGui::Button(text.get("editor.redo"))) m_model.redo();
    ImGui::EndDisabled();
    tooltipFor(text.get("editor.redo.help"));

    ImGui::SameLine();
    if (ImGui::Button(text.get("editor.save"))) {
        try {
            m_model.save();
            setStatus("editor.saved", m_model.path());
        } catch (const std::exception& error) {
            setStatus("editor.save_failed", error.what());
        }
    }
    tooltipFor(text.get("editor.save.help"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18);
    ImGui::InputText("##save_as_path", &m_saveAsPath);
    ImGui::SameLine();
    ImGui::BeginDisabled(m_saveAsPath.empty());
    if (ImGui::Button(text.get("editor.save_as"))) {
        try {
            m_model.saveAs(m_saveAsPath);
            setStatus("editor.saved", m_model.path());
        } catch (const std::exception& error) {
            setStatus("editor.save_failed", error.what());
        }
    }
    ImGui::EndDisabled();
    tooltipFor(text.get("editor.save_as.help"));

    ImGui::SameLine();
    ImGui::BeginDisabled(!m_model.isValid());
    if (ImGui::Button(text.get("editor.run"))) requestRun();
    ImGui::EndDisabled();
    tooltipFor(text.get(m_model.isValid() ? "editor.run.help" : "editor.run.invalid"));

    ImGui::SameLine();
    const std::size_t count = m_model.problems().size();
    if (count == 0)
        ImGui::TextColored(kGreen, "%s", text.get("editor.valid"));
    else
        ImGui::TextColored(kRed, "%zu %s", count, text.get(count == 1 ? "editor.problem_one" : "editor.problem_many"));

    ImGui::TextDisabled("%s", m_model.path().c_str());
    if (m_model.dirty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("(%s)", text.get("editor.unsaved"));
    }
    if (!m_statusId.empty()) {
        ImGui::SameLine();
        const std::string line = fmt::format("{} {}", text.get(m_statusId.c_str()), m_status);
        if (m_statusId == "editor.saved")
            ImGui::TextUnformatted(line.c_str());
        else
            ImGui::TextColored(kRed, "%s", line.c_str());
    }
}

void ScenarioEditor::drawGroupList(const UiStrings& text) {
    const std::vector<EditorGroup>& groups = m_model.groups();
    const float indent = ImGui::GetStyle().IndentSpacing * 0.6f;
    const float buttonWidth = ImGui::CalcTextSize("+").x + ImGui::GetStyle().FramePadding.x * 2;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const EditorGroup& group = groups[g];
        ImGui::PushID(static_cast<int>(g));
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent * static_cast<float>(group.depth));
        const bool hasButton = group.kind != GroupKind::Table;
        const float width = hasButton ? ImGui::GetContentRegionAvail().x - buttonWidth - ImGui::GetStyle().ItemSpacing.x
                                      : 0.0f;
        const bool problems = g < m_groupProblems.size() && m_groupProblems[g] > 0;
        if (problems) ImGui::PushStyleColor(ImGuiCol_Text, kRed);
        if (ImGui::Selectable(groupLabel(group, text).c_str(), group.path == m_selected, 0, ImVec2(width, 0)))
            m_selected = group.path;
        if (problems) ImGui::PopStyleColor();
        if (m_scrollToSelected && group.path == m_selected) {
            ImGui::SetScrollHereY(0.5f);
            m_scrollToSelected = false;
        }
        if (group.kind == GroupKind::Array) {
            ImGui::SameLine();
            if (ImGui::SmallButton("+")) {
                const std::string array = group.arrayName;
                const std::size_t next = group.elementCount + 1;
                later([this, array, next] {
                    m_model.appendElement(array);
                    select(fmt::format("{}[{}]", array, next));
                });
            }
            tooltipFor(text.get("editor.add_element.help"));
        } else if (group.kind == GroupKind::Element) {
            ImGui::SameLine();
            if (ImGui::SmallButton("-")) {
                const std::string array = group.arrayName;
                const std::size_t index = group.index;
                later([this, array, index] { m_model.removeElement(array, index); });
            }
            tooltipFor(text.get("editor.remove_element.help"));
        }
        ImGui::PopID();
    }
}

void ScenarioEditor::drawGroup(const UiStrings& text) {
    const EditorGroup* found = findGroup(m_selected);
    if (!found) return;
    const EditorGroup& group = *found;
    ImGui::TextUnformatted(groupLabel(group, text).c_str());
    if (group.info) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", group.info->description.c_str());
        ImGui::PopStyleColor();
    }
    for (const std::string& message : m_model.groupMessages(group.path)) redWrapped(message);

    if (group.kind != GroupKind::Table) {
        const std::string array = group.arrayName;
        if (group.kind == GroupKind::Array)
            ImGui::Text("%s: %zu", text.get("editor.element_count"), group.elementCount);
        const std::size_t count = m_model.document().elementCount(array);
        if (ImGui::Button(text.get("editor.add_element")))
            later([this, array, count] {
                m_model.appendElement(array);
                select(fmt::format("{}[{}]", array, count + 1));
            });
        tooltipFor(text.get("editor.add_element.help"));
        if (group.kind == GroupKind::Element) {
            ImGui::SameLine();
            const std::size_t index = group.index;
            if (ImGui::Button(text.get("editor.remove_element")))
                later([this, array, index] { m_model.removeElement(array, index); });
            tooltipFor(text.get("editor.remove_element.help"));
        }
    }
    if (group.fields.empty()) return;

    ImGui::Spacing();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("##fields_table", 4, flags)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupColumn(text.get("editor.key"), ImGuiTableColumnFlags_WidthFixed, em * 13);
    ImGui::TableSetupColumn(text.get("editor.value"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(text.get("editor.unit"), ImGuiTableColumnFlags_WidthFixed, em * 7);
    ImGui::TableSetupColumn("##reset", ImGuiTableColumnFlags_WidthFixed, em * 5);
    ImGui::TableHeadersRow();
    for (const EditorField& field : group.fields) drawField(field, text);
    ImGui::EndTable();
    ImGui::TextDisabled("%s", text.get("editor.edit_hint"));
}

void ScenarioEditor::drawField(const EditorField& field, const UiStrings& text) {
    const KeyInfo& info = *field.info;
    FieldBuffer& value = buffer(field.key);
    ImGui::PushID(field.key.c_str());
    ImGui::TableNextRow();

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    const std::string name(keyName(info.path));
    if (value.written)
        ImGui::TextUnformatted(name.c_str());
    else
        ImGui::TextDisabled("%s", name.c_str());  // the default applies
    if (ImGui::IsItemHovered()) keyTooltip(info, text);

    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (m_focusKey == field.key) {
        ImGui::SetKeyboardFocusHere();
        ImGui::SetScrollHereY(0.5f);
        m_focusKey.clear();
    }
    const char* hint = info.required ? text.get("editor.required") : info.defaultText.c_str();
    // No EnterReturnsTrue: the box writes what is typed into the buffer every frame, and the edit
    // is committed when the box is left (Enter, Tab or a click elsewhere).
    ImGui::InputTextWithHint("##value", hint, &value.text, ImGuiInputTextFlags_AutoSelectAll);
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        const std::string key = field.key;
        const std::string typed = value.text;
        later([this, key, typed] {
            if (m_model.set(key, typed) && hasNonAscii(typed)) m_fontsChanged = true;
        });
    }
    if (active)
        m_activeKey = field.key;
    else if (m_activeKey == field.key)
        m_activeKey.clear();
    for (const std::string& message : m_model.messagesFor(field.key)) redWrapped(message);

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", info.unit.c_str());

    ImGui::TableNextColumn();
    if (value.written) {
        const std::string key = field.key;
        if (ImGui::SmallButton(text.get("editor.reset"))) later([this, key] { m_model.reset(key); });
        tooltipFor(text.get("editor.reset.help"));
    }
    ImGui::PopID();
}

void ScenarioEditor::drawProblems(const UiStrings& text) {
    const std::vector<EditorProblem>& problems = m_model.problems();
    if (problems.empty()) {
        ImGui::TextColored(kGreen, "%s", text.get("editor.no_problems"));
        return;
    }
    ImGui::TextUnformatted(text.get("editor.problems"));
    for (std::size_t p = 0; p < problems.size(); ++p) {
        const EditorProblem& problem = problems[p];
        ImGui::PushID(static_cast<int>(p));
        ImGui::PushStyleColor(ImGuiCol_Text, kRed);
        const bool clicked = ImGui::Selectable(problem.shortText.c_str());
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", problem.text.c_str(), text.get("editor.problem.help"));
        if (clicked) {
            if (!problem.keys.empty())
                focusField(problem.keys.front());
            else if (!problem.groups.empty())
                select(problem.groups.front());
        }
        ImGui::PopID();
    }
}

}  // namespace pujiang::gui
