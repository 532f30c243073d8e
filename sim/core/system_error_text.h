#pragma once
// Why a file could not be opened, read or written, in both languages. The system's own text
// (strerror) is English only; the causes a user meets and can act on get Chinese words of their
// own, so that a link loop or a locked folder is never reported as a missing file.

#include "sim/core/language.h"

namespace pujiang {

// The reason for errno value `code`: "no such file", "permission denied", "too many levels of
// symbolic links", "no space left on device", ...; any other code gets the system's English text,
// and in Chinese its number.
OwnedPhrase systemErrorText(int code);

}  // namespace pujiang
