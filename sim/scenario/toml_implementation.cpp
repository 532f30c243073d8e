// toml++'s parser compiled into this project for the fuzzing build (see the top
// CMakeLists.txt): toml++ builds its implementation in the one file that defines
// TOML_IMPLEMENTATION. Release builds link Debian's libtomlplusplus instead.
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
