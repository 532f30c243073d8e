#include "gui/scenario_editor.h"

#include <algorithm>
#include <cfloat>
#include <exception>

#include <fmt/format.h>
#include <imgui.h>

#include "gui/widget_labels.h"
#include <imgui_stdlib.h>

#include "gui/editor_texts.h"
#include "gui/shipped_scenarios.h"

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

// The key table's row in full, in the UI's language: what the short key name in the first column
// stands for.
void keyTooltip(const KeyInfo& info, const UiStrings& text) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
    ImGui::TextUnformatted(info.path.c_str());
    ImGui::Separator();
    ImGui::TextUnformatted(keyDescription(info, text).c_str());
    ImGui::Spacing();
    ImGui::Text("%s: %s", text.get("editor.tip.type"), keyType(info, text).c_str());
    if (const std::string allowed = keyAllowed(info, text); !allowed.empty())
        ImGui::Text("%s: %s", text.get("editor.tip.allowed"), allowed.c_str());
    ImGui::Text("%s: %s", text.get("editor.tip.default"), keyDefault(info, text).c_str());
    if (const std::string unit = keyUnit(info, text); !unit.empty())
        ImGui::Text("%s: %s", text.get("editor.tip.unit"), unit.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// Lets only digits and ':' into a clock field.
int clockCharFilter(ImGuiInputTextCallbackData* data) {
    const ImWchar c = data->EventChar;
    return (c >= '0' && c <= '9') || c == ':' ? 0 : 1;
}

// A field whose text cannot be what it asks for gets a red frame while it is typed in.
void pushInvalidFrame(bool invalid) {
    if (!invalid) return;
    ImGui::PushStyleColor(ImGuiCol_Border, kRed);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.5f);
}

void popInvalidFrame(bool invalid) {
    if (!invalid) return;
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

}  // namespace

// [SECTION] Opening and the model's state

bool ScenarioEditor::open(const std::filesystem::path& file) {
    try {
        m_model.open(file);
    } catch (const std::exception& error) {
        const OwnedPhrase why = errorText(error);
        setStatus("editor.open_failed", OwnedPhrase{fmt::format("{}\n{}", file.string(), why.zh),
                                                    fmt::format("{}\n{}", file.string(), why.en)});
        m_fontsChanged = true;  // the reason may hold characters new to the atlas
        return false;
    }
    m_selected.clear();
    m_buffers.clear();
    m_activeKey.clear();
    m_focusKey.clear();
    m_saveAsOpen = false;
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

// [SECTION] Saving

bool ScenarioEditor::isShipped() const { return isOpen() && isShippedScenario(m_model.path(), m_shippedDir); }

const char* ScenarioEditor::saveBlockedReason() const {
    if (!isOpen()) return "editor.no_document";
    // A scenario with problems does not load: saving it would leave a file nothing can run.
    if (!m_model.isValid()) return "editor.save.has_problems";
    if (isShipped()) return "editor.save.shipped";
    return nullptr;
}

bool ScenarioEditor::save() {
    const char* blocked = saveBlockedReason();
    if (blocked && std::string_view(blocked) == "editor.save.shipped") {
        openSaveAs();
        return false;
    }
    if (blocked) {
        setStatus(blocked, "");
        return false;
    }
    try {
        m_model.save();
        setStatus("editor.saved", m_model.path());
        return true;
    } catch (const std::exception& error) {
        setStatus("editor.save_failed", errorText(error));
        return false;
    }
}

void ScenarioEditor::openSaveAs() {
    if (!isOpen()) return;
    const std::filesystem::path current(m_model.path());
    std::string name = m_model.scenarioName();
    if (name.empty()) name = current.stem().string();
    m_saveAsName = name + "-2";
    // A copy of a shipped scenario goes where the user works, not among the shipped ones.
    const std::filesystem::path folder = isShipped() ? std::filesystem::current_path() : current.parent_path();
    m_saveAsPath = (folder / (m_saveAsName + ".toml")).string();
    m_saveAsOpen = true;
    m_saveAsOpened = false;
}

const char* ScenarioEditor::saveAsBlockedReason(const std::string& file, const std::string& name) const {
    if (!isOpen()) return "editor.no_document";
    if (!m_model.isValid()) return "editor.save.has_problems";
    if (name.empty()) return "editor.save_as.no_name";
    if (file.empty()) return "editor.save_as.no_file";
    if (isShippedScenario(file, m_shippedDir)) return "editor.save_as.shipped_target";
    return nullptr;
}

bool ScenarioEditor::saveAs(const std::string& file, const std::string& name) {
    if (const char* blocked = saveAsBlockedReason(file, name)) {
        setStatus(blocked, "");
        return false;
    }
    try {
        m_model.saveAs(file, name);
        setStatus("editor.saved", m_model.path());
        m_saveAsOpen = false;
        return true;
    } catch (const std::exception& error) {
        setStatus("editor.save_failed", errorText(error));
        return false;
    }
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

std::string ScenarioEditor::glyphText() const {
    std::string text = m_status.zh + m_messageGlyphs;
    return isOpen() ? m_model.document().toToml() + text : text;
}

bool ScenarioEditor::takeFontsChanged() {
    const bool changed = m_fontsChanged;
    m_fontsChanged = false;
    return changed;
}

void ScenarioEditor::setStatus(std::string id, OwnedPhrase detail) {
    m_statusId = std::move(id);
    m_status = std::move(detail);
}

// Buffers hold what the boxes show; after a change to the document they are read again, except
// the one being typed in and those whose edit was rejected (the user fixes the text they wrote).
void ScenarioEditor::syncWithModel() {
    if (!isOpen() || m_model.revision() == m_syncedRevision) return;
    m_syncedRevision = m_model.revision();
    noteMessageGlyphs();
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

void ScenarioEditor::noteMessageGlyphs() {
    for (const std::string& message : m_model.messageTexts()) {
        for (std::size_t i = 0; i < message.size();) {
            const auto lead = static_cast<unsigned char>(message[i]);
            std::size_t length = 1;
            if (lead >= 0xC0) length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            // A whole UTF-8 sequence matches only at a character's start, so find() is exact.
            const std::string_view character = std::string_view(message).substr(i, length);
            if (lead >= 0x80 && m_messageGlyphs.find(character) == std::string::npos) {
                m_messageGlyphs += character;
                m_fontsChanged = true;
            }
            i += length;
        }
    }
}

ScenarioEditor::FieldBuffer& ScenarioEditor::buffer(const EditorField& field) {
    auto it = m_buffers.find(field.key);
    if (it == m_buffers.end()) {
        FieldBuffer made;
        made.input = fieldInput(*field.info);
        if (const std::optional<std::string> value = m_model.valueText(field.key)) {
            made.written = true;
            if (std::optional<std::string> shown = shownText(made.input, *value)) {
                made.text = std::move(*shown);
            } else {
                made.input = FieldInput::Toml;  // show what the file says rather than hide it
                made.text = *value;
            }
        }
        it = m_buffers.emplace(field.key, std::move(made)).first;
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
            setStatus("editor.edit_failed", errorText(error));
        }
    }
}

// [SECTION] Drawing

void ScenarioEditor::draw(const UiStrings& text) {
    if (!isOpen()) {
        if (!m_statusId.empty())
            redWrapped(fmt::format("{}: {}", text.get(m_statusId.c_str()), m_status.in(text.language())));
        ImGui::TextWrapped("%s", text.get("editor.no_document"));
        return;
    }
    // The loader's messages follow the language switch.
    m_model.setLanguage(text.language());
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
    drawSaveAsDialog(text);
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

    // Save is greyed out while the editor shows a problem; for a shipped scenario it is Save As.
    ImGui::SameLine();
    const char* blocked = saveBlockedReason();
    const bool shipped = blocked && std::string_view(blocked) == "editor.save.shipped";
    ImGui::BeginDisabled(blocked && !shipped);
    if (ImGui::Button(text.get("editor.save"))) save();
    ImGui::EndDisabled();
    tooltipFor(text.get(blocked ? blocked : "editor.save.help"));
    ImGui::SameLine();
    ImGui::BeginDisabled(!m_model.isValid());
    if (ImGui::Button(text.get("editor.save_as"))) openSaveAs();
    ImGui::EndDisabled();
    tooltipFor(text.get(m_model.isValid() ? "editor.save_as.help" : "editor.save.has_problems"));

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
        const std::string line = fmt::format("{} {}", text.get(m_statusId.c_str()), m_status.in(text.language()));
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
        ImGui::TextWrapped("%s", keyDescription(*group.info, text).c_str());
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
    hintText(text.get("editor.edit_hint"));
}

void ScenarioEditor::drawField(const EditorField& field, const UiStrings& text) {
    const KeyInfo& info = *field.info;
    FieldBuffer& value = buffer(field);
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
    if (m_focusKey == field.key) {
        ImGui::SetKeyboardFocusHere();
        ImGui::SetScrollHereY(0.5f);
        m_focusKey.clear();
    }
    drawValue(field, value, text);
    for (const std::string& message : m_model.messagesFor(field.key)) redWrapped(message);

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", keyUnit(info, text).c_str());

    ImGui::TableNextColumn();
    if (value.written) {
        const std::string key = field.key;
        if (ImGui::SmallButton(text.get("editor.reset"))) later([this, key] { m_model.reset(key); });
        tooltipFor(text.get("editor.reset.help"));
    }
    ImGui::PopID();
}

void ScenarioEditor::drawValue(const EditorField& field, FieldBuffer& value, const UiStrings& text) {
    const KeyInfo& info = *field.info;
    const float em = ImGui::GetFontSize();
    // What the field shows when the document writes nothing: the key's default.
    const std::string fallback = shownDefault(value.input, info);
    switch (value.input) {
    case FieldInput::Choice: {
        const std::string current = value.written ? value.text : fallback;
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (ImGui::BeginCombo("##value", enumLabel(info, current, text).c_str())) {
            for (const std::string& choice : info.choices) {
                const bool selected = choice == current;
                // The label in the UI's language; the file gets the value itself.
                if (ImGui::Selectable(enumLabel(info, choice, text).c_str(), selected)) {
                    value.text = choice;
                    value.written = true;
                    commit(field.key, valueToWrite(value.input, choice));
                }
                if (ImGui::IsItemHovered()) {
                    const std::string written = fmt::format("{} = \"{}\"", keyName(info.path), choice);
                    ImGui::SetTooltip("%s", written.c_str());
                }
                if (selected) ImGui::SetItemDefaultFocus();
            }
            ImGui::EndCombo();
        }
        return;
    }
    case FieldInput::Checkbox: {
        bool checked = (value.written ? value.text : fallback) == "true";
        if (ImGui::Checkbox("##value", &checked)) {
            value.text = checked ? "true" : "false";
            value.written = true;
            commit(field.key, value.text);
        }
        return;
    }
    case FieldInput::Clock:
    case FieldInput::Minutes:
    case FieldInput::Toml: break;
    }

    const std::string hint = fallback.empty() ? keyDefault(info, text) : fallback;
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_AutoSelectAll;
    ImGuiInputTextCallback filter = nullptr;
    bool invalid = false;
    if (value.input == FieldInput::Clock) {
        ImGui::SetNextItemWidth(em * 10);
        flags |= ImGuiInputTextFlags_CallbackCharFilter;
        filter = clockCharFilter;
        invalid = !value.text.empty() && !isClockText(value.text);
    } else if (value.input == FieldInput::Minutes) {
        ImGui::SetNextItemWidth(em * 10);
        flags |= ImGuiInputTextFlags_CharsDecimal;
        invalid = !value.text.empty() && !minutesOf(value.text);
    } else {
        ImGui::SetNextItemWidth(-FLT_MIN);
    }
    // No EnterReturnsTrue: the box writes what is typed into the buffer every frame, and the edit
    // is committed when the box is left (Enter, Tab or a click elsewhere).
    pushInvalidFrame(invalid);
    ImGui::InputTextWithHint("##value", hint.c_str(), &value.text, flags, filter);
    popInvalidFrame(invalid);
    if (invalid && ImGui::IsItemHovered()) {
        const bool clock = value.input == FieldInput::Clock;
        ImGui::SetTooltip("%s", text.get(clock ? "editor.clock.invalid" : "editor.minutes.invalid"));
    }
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemDeactivatedAfterEdit()) commit(field.key, valueToWrite(value.input, value.text));
    if (active)
        m_activeKey = field.key;
    else if (m_activeKey == field.key)
        m_activeKey.clear();
}

void ScenarioEditor::commit(const std::string& key, std::string tomlText) {
    later([this, key, tomlText = std::move(tomlText)] {
        if (m_model.set(key, tomlText) && hasNonAscii(tomlText)) m_fontsChanged = true;
    });
}

void ScenarioEditor::drawSaveAsDialog(const UiStrings& text) {
    const std::string title = fmt::format("{}###save_as", text.get("editor.save_as.title"));
    if (m_saveAsOpen && !m_saveAsOpened) {
        ImGui::OpenPopup(title.c_str());
        m_saveAsOpened = true;
    }
    // Called while closed too, so that a dialog closed from outside (another file opened) goes.
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        m_saveAsOpen = false;
        return;
    }
    const float em = ImGui::GetFontSize();
    if (isShipped()) {
        ImGui::PushTextWrapPos(em * 30);
        ImGui::TextWrapped("%s", text.get("editor.save.shipped"));
        ImGui::PopTextWrapPos();
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text.get("editor.save_as.name"));
    ImGui::SameLine(em * 6);
    ImGui::SetNextItemWidth(em * 24);
    const std::string nameBefore = m_saveAsName;
    if (ImGui::InputText("##save_as_name", &m_saveAsName)) {
        // The file follows the name until the user gives it a name of its own.
        std::filesystem::path file(m_saveAsPath);
        if (file.stem().string() == nameBefore && !m_saveAsName.empty())
            m_saveAsPath = file.replace_filename(m_saveAsName + ".toml").string();
    }
    tooltipFor(text.get("editor.save_as.name.help"));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text.get("editor.save_as.file"));
    ImGui::SameLine(em * 6);
    ImGui::SetNextItemWidth(em * 24);
    ImGui::InputText("##save_as_path", &m_saveAsPath);

    const char* blocked = saveAsBlockedReason(m_saveAsPath, m_saveAsName);
    if (blocked) redWrapped(text.get(blocked));
    ImGui::BeginDisabled(blocked != nullptr);
    if (ImGui::Button(text.get("editor.save_as.confirm"))) saveAs(m_saveAsPath, m_saveAsName);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(text.get("browser.cancel"))) m_saveAsOpen = false;
    if (!m_saveAsOpen) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
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
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s\n%s", problem.shortText.c_str(), text.get("editor.problem.help"));
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
