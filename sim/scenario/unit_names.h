#pragma once
// The unit words of the key table ("min", "persons", ...) in either language. The English word is
// the key: the key table and the reference doc write it, the GUI's editor shows the Chinese one.

#include <string_view>

#include "sim/core/language.h"

namespace pujiang {

// The unit in `language`; English returns `unit` itself, so the view lives as long as the argument.
// A unit without a Chinese form gives the English word back rather than nothing, so the editor still
// shows something; the key-text test fails for any unit of the key table that has no Chinese form.
std::string_view unitText(std::string_view unit, Language language);

}  // namespace pujiang
