#pragma once
// A trace sink that folds every record into one hash: two runs are the same day exactly when
// their hashes match.

#include <cstdint>
#include <cstring>

#include "sim/reception/trace.h"

namespace pujiang::testing {

class TraceHash : public TraceSink {
public:
    void record(const TraceRecord& r) override {
        mix(&r.time, sizeof r.time);
        const auto kind = static_cast<std::uint8_t>(r.kind);
        mix(&kind, 1);
        mix(&r.batch, sizeof r.batch);
        mix(&r.room, sizeof r.room);
        mix(r.detail.data(), r.detail.size());
        ++count;
    }
    std::uint64_t hash = 0xCBF29CE484222325ULL;
    std::uint64_t count = 0;

private:
    void mix(const void* data, std::size_t n) {
        const auto* bytes = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < n; ++i) {
            hash ^= bytes[i];
            hash *= 0x100000001B3ULL;
        }
    }
};

}  // namespace pujiang::testing
