// readAtMost (sim/core/bounded_read.h): the whole of a short input, exactly `limit` bytes of a
// longer one, across block boundaries.

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "sim/core/bounded_read.h"

namespace pujiang {
namespace {

std::string pattern(std::size_t size) {
    std::string text(size, '\0');
    for (std::size_t i = 0; i < size; ++i) text[i] = static_cast<char>('a' + i % 23);
    return text;
}

TEST(BoundedRead, AShortInputIsReadWhole) {
    for (const std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{65535}, std::size_t{65536},
                                   std::size_t{200'001}}) {
        std::istringstream in(pattern(size));
        EXPECT_EQ(readAtMost(in, 1'000'000), pattern(size)) << size;
        EXPECT_FALSE(in.bad());
    }
}

TEST(BoundedRead, ALongerInputStopsAtTheLimit) {
    for (const std::size_t limit : {std::size_t{1}, std::size_t{65536}, std::size_t{65537}, std::size_t{150'000}}) {
        std::istringstream in(pattern(limit + 10));
        EXPECT_EQ(readAtMost(in, limit), pattern(limit)) << limit;
    }
    std::istringstream exact(pattern(70'000));
    EXPECT_EQ(readAtMost(exact, 70'000).size(), 70'000u);
}

}  // namespace
}  // namespace pujiang
