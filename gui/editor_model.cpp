#include "gui/editor_model.h"

#include <utility>

#include "sim/scenario/diagnostics.h"
#include "sim/scenario/scenario_toml_writer.h"

namespace pujiang::gui {

namespace {

const std::vector<std::string>& lookup(const std::map<std::string, std::vector<std::string>, std::less<>>& map,
                                       std::string_view key) {
    static const std::vector<std::string> kNone;
    const auto it = map.find(key);
    return it == map.end() ? kNone : it->second;
}

std::string_view trimmed(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const std::size_t last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

}  // namespace

void EditorModel::open(const std::filesystem::path& file) { open(ScenarioDocument::fromFile(file)); }

void EditorModel::open(ScenarioDocument document) {
    std::vector<Diagnostic> problems = document.problems();
    m_document = std::move(document);
    m_path = m_document->sourceName();
    m_savedText = m_document->toToml();
    m_undo.clear();
    m_redo.clear();
    m_rejected.clear();
    refresh(std::move(problems));
}

bool EditorModel::set(const std::string& key, std::string_view text) {
    text = trimmed(text);
    if (text.empty()) return reset(key);
    Snapshot before = snapshot();
    const std::string oldText = m_document->toToml();
    std::vector<Diagnostic> problems = m_document->setValue(key, text);
    if (m_document->toToml() == oldText) {
        // Unchanged: either the same value again, or an override that could not be written, whose
        // messages differ from the document's own problems.
        if (problems != m_rawProblems)
            m_rejected[key] = std::move(problems);
        else
            m_rejected.erase(key);
        refresh(m_rawProblems);
        return false;
    }
    m_rejected.erase(key);
    pushUndo(std::move(before));
    refresh(std::move(problems));
    return true;
}

bool EditorModel::reset(const std::string& key) {
    Snapshot before = snapshot();
    const std::string oldText = m_document->toToml();
    m_document->removeValue(key);
    m_rejected.erase(key);
    if (m_document->toToml() == oldText) {
        refresh(m_rawProblems);
        return false;
    }
    pushUndo(std::move(before));
    refresh(m_document->problems());
    return true;
}

void EditorModel::appendElement(const std::string& arrayName) {
    Snapshot before = snapshot();
    m_document->appendElement(arrayName);
    pushUndo(std::move(before));
    m_rejected.clear();  // keys of elements may now name other elements
    refresh(m_document->problems());
}

void EditorModel::removeElement(const std::string& arrayName, std::size_t oneBasedIndex) {
    Snapshot before = snapshot();
    m_document->removeElement(arrayName, oneBasedIndex);
    pushUndo(std::move(before));
    m_rejected.clear();
    refresh(m_document->problems());
}

void EditorModel::pushUndo(Snapshot before) {
    m_undo.push_back(std::move(before));
    if (m_undo.size() > kMaxUndo) m_undo.pop_front();
    m_redo.clear();
}

void EditorModel::undo() {
    if (m_undo.empty()) return;
    m_redo.push_back(snapshot());
    Snapshot previous = std::move(m_undo.back());
    m_undo.pop_back();
    restore(std::move(previous));
}

void EditorModel::redo() {
    if (m_redo.empty()) return;
    m_undo.push_back(snapshot());
    Snapshot next = std::move(m_redo.back());
    m_redo.pop_back();
    restore(std::move(next));
}

void EditorModel::restore(Snapshot snapshot) {
    m_document = std::move(snapshot.document);
    m_rejected.clear();
    refresh(std::move(snapshot.problems));
}

void EditorModel::save() {
    m_document->saveAs(m_path);
    m_savedText = m_document->toToml();
    refresh(m_rawProblems);
}

void EditorModel::saveAs(const std::filesystem::path& file) {
    m_document->saveAs(file);
    m_path = m_document->sourceName();
    m_savedText = m_document->toToml();
    refresh(m_document->problems());  // the messages name the file
}

void EditorModel::saveAs(const std::filesystem::path& file, const std::string& name) {
    const bool renamed =
        !name.empty() && name != scenarioName() && set("name", inlineTomlValue(toml::value<std::string>(name)));
    try {
        saveAs(file);
    } catch (...) {
        if (renamed) undo();  // nothing was written: the document keeps its name too
        throw;
    }
}

std::string EditorModel::scenarioName() const {
    const std::optional<std::string> written = m_document->valueText("name");
    if (!written) return {};
    try {
        // One line of TOML, as valueText gives it: parsing undoes the quoting and escapes.
        return toml::parse("v = " + *written)["v"].value_or(std::string());
    } catch (const toml::parse_error&) {
        return {};
    }
}

std::optional<ScenarioSpec> EditorModel::spec() const {
    if (!isOpen() || !isValid()) return std::nullopt;
    try {
        return m_document->spec();
    } catch (const ScenarioError&) {
        return std::nullopt;
    }
}

const std::vector<std::string>& EditorModel::messagesFor(std::string_view key) const {
    return lookup(m_keyMessages, key);
}

const std::vector<std::string>& EditorModel::groupMessages(std::string_view path) const {
    return lookup(m_groupMessages, path);
}

void EditorModel::setLanguage(Language language) {
    if (language == m_language) return;
    m_language = language;
    if (isOpen()) refresh(m_rawProblems);
}

std::vector<std::string> EditorModel::messageTexts() const {
    std::vector<std::string> texts;
    auto addBoth = [&texts](const Diagnostic& d) {
        texts.push_back(d.message);
        texts.push_back(d.messageZh);
    };
    for (const Diagnostic& d : m_rawProblems) addBoth(d);
    for (const auto& [key, rejection] : m_rejected)
        for (const Diagnostic& d : rejection) addBoth(d);
    return texts;
}

void EditorModel::refresh(std::vector<Diagnostic> problems) {
    ++m_revision;
    m_dirty = m_document->toToml() != m_savedText;
    m_groups = editorGroups(*m_document);
    m_rawProblems = std::move(problems);
    m_problems = mapProblems(m_rawProblems, m_groups, m_language);

    m_keyMessages.clear();
    m_groupMessages.clear();
    m_generalMessages.clear();
    for (const EditorProblem& problem : m_problems) {
        for (const std::string& key : problem.keys) m_keyMessages[key].push_back(problem.shortText);
        for (const std::string& group : problem.groups) m_groupMessages[group].push_back(problem.shortText);
        if (problem.keys.empty() && problem.groups.empty()) m_generalMessages.push_back(problem.shortText);
    }
    // A rejection is shown under its field: the "editor KEY=VALUE" it is reported under says no more.
    for (const auto& [key, rejection] : m_rejected)
        for (const Diagnostic& d : rejection) m_keyMessages[key].push_back(d.messageIn(m_language));
}

}  // namespace pujiang::gui
