#include "sim/scenario/key_context.h"

#include "sim/scenario/toml_reader.h"

namespace pujiang {

OwnedPhrase KeyContext::subject() const {
    return {m_path + " = " + valueText(m_node, Language::Zh), m_path + " = " + valueText(m_node, Language::En)};
}

void KeyContext::error(OwnedPhrase message) const { errorAt(positionOf(m_node), std::move(message)); }

void KeyContext::errorAt(const SourcePosition& at, OwnedPhrase message) const {
    m_draft.rejected.insert(m_path);
    m_diagnostics.add(at, std::move(message));
}

}  // namespace pujiang
