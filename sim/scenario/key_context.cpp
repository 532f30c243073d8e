#include "sim/scenario/key_context.h"

#include "sim/scenario/toml_reader.h"

namespace pujiang {

std::string KeyContext::subject() const { return m_path + " = " + valueText(m_node); }

void KeyContext::error(std::string message) const { m_diagnostics.add(positionOf(m_node), std::move(message)); }

void KeyContext::errorAt(const SourcePosition& at, std::string message) const {
    m_diagnostics.add(at, std::move(message));
}

}  // namespace pujiang
