#pragma once
// One value being read by its key-table row: the TOML node, the path shown in messages, the
// draft it is stored in and the diagnostics it reports to (internal to sim/scenario).

#include <string>

#include <toml++/toml.h>

#include "sim/scenario/diagnostics.h"
#include "sim/scenario/scenario_draft.h"

namespace pujiang {

class KeyContext {
public:
    KeyContext(const toml::node& node, std::string path, ScenarioDraft& draft, DiagnosticList& diagnostics)
        : m_node(node), m_path(std::move(path)), m_draft(draft), m_diagnostics(diagnostics) {}

    const toml::node& node() const { return m_node; }
    // Display path, e.g. "rooms[2].tables" or "rooms[2].consultation.sd".
    const std::string& path() const { return m_path; }
    ScenarioDraft& draft() const { return m_draft; }

    // A part of this value (array element, distribution parameter) with its own path.
    KeyContext child(const toml::node& node, std::string path) const {
        return KeyContext(node, std::move(path), m_draft, m_diagnostics);
    }

    // "rooms[2].tables = 0": how messages name the offending value (the same in both languages,
    // but for the type name standing in for a value that has none).
    OwnedPhrase subject() const;
    // Reports a problem at this value's position, or at `at` (e.g. a key inside this value), in
    // both languages (message_text.h), and marks the value refused so cross-checks pass it over.
    void error(OwnedPhrase message) const;
    void errorAt(const SourcePosition& at, OwnedPhrase message) const;

private:
    const toml::node& m_node;
    std::string m_path;
    ScenarioDraft& m_draft;
    DiagnosticList& m_diagnostics;
};

}  // namespace pujiang
