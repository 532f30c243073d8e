#include "sim/core/bounded_read.h"

#include <algorithm>
#include <array>

namespace pujiang {

std::string readAtMost(std::istream& in, std::size_t limit) {
    std::string text;
    std::array<char, 1 << 16> block;
    while (text.size() < limit && in) {
        const std::size_t wanted = std::min(block.size(), limit - text.size());
        in.read(block.data(), static_cast<std::streamsize>(wanted));
        text.append(block.data(), static_cast<std::size_t>(in.gcount()));
    }
    return text;
}

}  // namespace pujiang
