#include "sim/scenario/scenario_document.h"

#include <span>
#include <stdexcept>

#include <fmt/format.h>

#include "sim/core/atomic_file.h"
#include "sim/scenario/document_path.h"
#include "sim/scenario/overrides.h"
#include "sim/scenario/scenario_flattening.h"
#include "sim/scenario/scenario_loader.h"
#include "sim/scenario/scenario_text_patch.h"
#include "sim/scenario/scenario_toml_writer.h"
#include "sim/scenario/toml_reader.h"

namespace pujiang {

namespace {

namespace fs = std::filesystem;

// The merged chain with the loaded name written out: without it the name would be the stem of
// whatever file the document is saved to.
toml::table namedTable(toml::table table, const ScenarioSpec& loaded) {
    table.insert_or_assign("name", loaded.name);
    return table;
}

// The key of an array of tables, e.g. "rooms" or "walk_ins.profile".
std::vector<DocumentStep> arraySteps(std::string_view arrayName) {
    std::vector<DocumentStep> steps = resolveDocumentKey(arrayName);
    const DocumentStep& last = steps.back();
    if (last.row->kind != KeyKind::TableArray || last.index || last.everyElement)
        throw std::invalid_argument(fmt::format("'{}' is not an array of tables such as rooms", arrayName));
    return steps;
}

}  // namespace

ScenarioDocument::ScenarioDocument(toml::table table, std::string sourceName, Origin origin)
    : m_table(std::move(table)), m_sourceName(std::move(sourceName)), m_origin(std::move(origin)) {}

ScenarioDocument ScenarioDocument::read(std::string_view toml, const std::string& sourceName, const fs::path& baseDir,
                                        const ScenarioSpec& loaded) {
    DiagnosticList diagnostics;
    const std::optional<toml::table> own = parseScenarioToml(toml, sourceName, diagnostics);
    if (!own) throw ScenarioError(diagnostics.sorted());
    Origin origin{std::string(toml), baseDir, flattenScenarioBases(toml, sourceName, baseDir)};
    toml::table table = namedTable(mergeScenarioLayer(origin.bases, *own), loaded);
    return ScenarioDocument(std::move(table), sourceName, std::move(origin));
}

ScenarioDocument ScenarioDocument::fromFile(const fs::path& file) {
    const ScenarioSpec loaded = loadScenarioFile(file);  // every problem, in the loader's words
    DiagnosticList diagnostics;
    const std::optional<std::string> text = readScenarioText(file, SourcePosition{file.string(), 0, 0}, diagnostics);
    if (!text) throw ScenarioError(diagnostics.sorted());
    return read(*text, file.string(), file.parent_path(), loaded);
}

ScenarioDocument ScenarioDocument::fromString(std::string_view toml, const std::string& sourceName,
                                              const fs::path& baseDir) {
    return read(toml, sourceName, baseDir, loadScenarioString(toml, sourceName, baseDir));
}

std::string ScenarioDocument::toToml() const { return writeScenarioToml(m_table); }

ScenarioSpec ScenarioDocument::spec() const { return loadScenarioString(toToml(), m_sourceName); }

std::vector<Diagnostic> ScenarioDocument::problems() const {
    try {
        spec();
    } catch (const ScenarioError& error) {
        return error.diagnostics;
    }
    return {};
}

std::optional<std::string> ScenarioDocument::valueText(std::string_view key) const {
    const std::vector<DocumentStep> steps = resolveDocumentKey(key);
    const toml::node* node = findNode(m_table, steps);
    if (!node) return std::nullopt;
    const DocumentStep& last = steps.back();
    return inlineTomlValue(*node, last.index ? last.row->path + "[]" : last.row->path);
}

std::vector<Diagnostic> ScenarioDocument::setValue(std::string_view key, std::string_view valueText) {
    KeyOverride item;
    try {
        item = parseOverride(fmt::format("{}={}", key, valueText), "editor");
    } catch (const ScenarioError& error) {
        return error.diagnostics;
    }
    // On a copy: with rooms[*] an override can fail in one element after it was written into others.
    toml::table edited = m_table;
    toml::table* const layers[] = {&edited};
    DiagnosticList diagnostics;
    applyOverrides(std::span<const KeyOverride>(&item, 1), layers, diagnostics);
    if (!diagnostics.empty()) return diagnostics.sorted();
    m_table = std::move(edited);
    return problems();
}

void ScenarioDocument::removeValue(std::string_view key) {
    const std::vector<DocumentStep> steps = resolveDocumentKey(key);
    if (steps.back().index || steps.back().everyElement)
        throw std::invalid_argument(fmt::format("'{}' names elements, not a value; removeElement removes them", key));
    eraseNode(m_table, steps);
}

std::size_t ScenarioDocument::elementCount(std::string_view arrayName) const {
    const toml::node* node = findNode(m_table, arraySteps(arrayName));
    const toml::array* array = node ? node->as_array() : nullptr;
    return array ? array->size() : 0;
}

void ScenarioDocument::appendElement(std::string_view arrayName) {
    const std::vector<DocumentStep> steps = arraySteps(arrayName);
    toml::table& holder = holderOf(m_table, steps);
    const std::string& name = steps.back().name;
    if (!holder.contains(name)) holder.insert(name, toml::array{});
    toml::array* array = holder.get_as<toml::array>(name);
    if (!array) throw std::invalid_argument(fmt::format("{} is not an array in the scenario", arrayName));
    toml::table element;
    if (!array->empty() && array->back().is_table()) element = *array->back().as_table();
    array->push_back(std::move(element));
}

void ScenarioDocument::removeElement(std::string_view arrayName, std::size_t oneBasedIndex) {
    toml::node* node = findNode(m_table, arraySteps(arrayName));
    toml::array* array = node ? node->as_array() : nullptr;
    const std::size_t size = array ? array->size() : 0;
    if (oneBasedIndex == 0 || oneBasedIndex > size)
        throw std::out_of_range(fmt::format("{}[{}]: the scenario has {} of them", arrayName, oneBasedIndex, size));
    array->erase(array->begin() + static_cast<std::ptrdiff_t>(oneBasedIndex - 1));
}

std::optional<std::string> ScenarioDocument::patchedText(const fs::path& target) const {
    std::optional<std::string> name;
    if (const auto* written = m_table.get_as<std::string>("name")) name = written->get();
    return patchScenarioTextForSaveAs(m_origin.text, m_origin.bases, m_table, m_origin.baseDir, target, name);
}

std::string ScenarioDocument::textToSave(const fs::path& target) const {
    std::optional<std::string> patched = patchedText(target);
    return patched ? std::move(*patched) : toToml();
}

void ScenarioDocument::saveAs(const fs::path& file) {
    const std::optional<std::string> patched = patchedText(file);
    std::string text = patched ? *patched : toToml();
    writeFileAtomically(file, [&text](std::ostream& out) { out << text; });
    m_sourceName = file.string();
    // The next save patches what was written. A full rewrite has no `base`: nothing lies below it.
    if (!patched) m_origin.bases = toml::table{};
    m_origin.text = std::move(text);
    m_origin.baseDir = file.parent_path();
}

}  // namespace pujiang
