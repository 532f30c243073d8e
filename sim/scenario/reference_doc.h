#pragma once
// Renderings of the key table for people: the Markdown reference (docs/scenario-reference.md) and
// the plain-text listing printed by `pujiang keys`.

#include <string>

namespace pujiang {

// The full text of docs/scenario-reference.md: units, distributions, bases and errors, then one
// section per table with every key's type, default, unit, allowed values and description.
std::string scenarioReferenceMarkdown();

// Every key with its default, type, unit, allowed values and description, one block per key.
std::string keyTableText();

}  // namespace pujiang
