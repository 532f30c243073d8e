#pragma once
// A set of room numbers kept as bits and walked in ascending order. Routing keeps a few of these
// (rooms with a free table, rooms with someone in line, rooms that cover a category) so that an
// arrival or a freed table looks only at the rooms that matter instead of at every room: the
// same rooms, in the same order, as a walk over all of them would accept.

#include <bit>
#include <cstdint>
#include <vector>

namespace pujiang {

class RoomSet {
public:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

    explicit RoomSet(std::size_t rooms = 0) : m_words((rooms + 63) / 64, 0) {}

    void assign(std::uint32_t room, bool member) {
        const std::uint64_t bit = std::uint64_t{1} << (room % 64);
        if (member) m_words[room / 64] |= bit;
        else m_words[room / 64] &= ~bit;
    }
    bool contains(std::uint32_t room) const { return (m_words[room / 64] >> (room % 64)) & 1u; }
    bool empty() const { return next(0) == kNone; }

    // The smallest member >= `from`, or kNone. Read from the live bits, so a loop
    // `for (r = next(0); r != kNone; r = next(r + 1))` sees changes made to later rooms on the way.
    std::uint32_t next(std::uint32_t from) const {
        std::size_t word = from / 64;
        if (word >= m_words.size()) return kNone;
        std::uint64_t bits = m_words[word] & (~std::uint64_t{0} << (from % 64));
        while (bits == 0) {
            if (++word == m_words.size()) return kNone;
            bits = m_words[word];
        }
        return static_cast<std::uint32_t>(word * 64 + static_cast<std::size_t>(std::countr_zero(bits)));
    }

private:
    std::vector<std::uint64_t> m_words;
};

}  // namespace pujiang
