#include "sim/experiment/run_spill.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include <unistd.h>

namespace pujiang {
namespace {

[[noreturn]] void fail(const char* what, int code) {
    throw std::runtime_error(std::string("temporary file of finished runs: ") + what + ": " + std::strerror(code));
}

void put(std::FILE* file, const void* data, std::size_t bytes) {
    if (bytes != 0 && std::fwrite(data, 1, bytes, file) != bytes) fail("cannot write", errno ? errno : EIO);
}

void get(std::FILE* file, void* data, std::size_t bytes) {
    if (bytes != 0 && std::fread(data, 1, bytes, file) != bytes) {
        if (std::feof(file)) throw std::runtime_error("temporary file of finished runs: shorter than its records");
        fail("cannot read", errno ? errno : EIO);
    }
}

template <class T>
void putValue(std::FILE* file, const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    put(file, &value, sizeof value);
}

template <class T>
void getValue(std::FILE* file, T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    get(file, &value, sizeof value);
}

template <class T>
void putRows(std::FILE* file, const std::vector<T>& rows) {
    static_assert(std::is_trivially_copyable_v<T>);
    putValue(file, rows.size());
    put(file, rows.data(), rows.size() * sizeof(T));
}

template <class T>
void getRows(std::FILE* file, std::vector<T>& rows) {
    std::size_t count = 0;
    getValue(file, count);
    // No row list of a day is anywhere near this long; a larger count means the file is damaged.
    if (count > (std::size_t{1} << 28) / sizeof(T)) throw std::runtime_error("temporary file of finished runs: damaged");
    rows.resize(count);
    get(file, rows.data(), count * sizeof(T));
}

// Every member of a record, in declaration order, handed to `value` (fixed-size members) or `rows`
// (vectors): writing and reading walk the same list, so they cannot disagree on the layout.
// tests/experiment/run_holding_test.cpp checks that runs read back fold to the same bytes.
template <class Record, class Value, class Rows>
void eachMember(Record& record, Value value, Rows rows) {
    value(record.variant);
    value(record.replication);
    auto& r = record.result;
    value(r.overall);
    rows(r.queueTimeline);
    rows(r.waitHistogram);
    rows(r.byCategory);
    rows(r.byRoom);
    rows(r.byClass);
    value(r.little);
    value(r.events);
}

void putRecord(std::FILE* file, const RunRecord& record) {
    eachMember(
        record, [&](const auto& member) { putValue(file, member); }, [&](const auto& rows) { putRows(file, rows); });
}

void getRecord(std::FILE* file, RunRecord& record) {
    eachMember(
        record, [&](auto& member) { getValue(file, member); }, [&](auto& rows) { getRows(file, rows); });
}


// A file created exclusively under an unpredictable name, then unlinked: only this program can
// reach it, through its descriptor. (std::tmpfile would ignore $TMPDIR.)
std::FILE* unnamedTemporaryFile() {
    const char* folder = std::getenv("TMPDIR");
    std::string name = std::string(folder && *folder ? folder : "/tmp") + "/pujiang-runs-XXXXXX";
    const int fd = ::mkstemp(name.data());
    if (fd < 0) fail("cannot be created", errno);
    ::unlink(name.c_str());
    std::FILE* file = ::fdopen(fd, "w+b");
    if (!file) {
        const int code = errno;
        ::close(fd);
        fail("cannot be opened", code);
    }
    return file;
}

}  // namespace

RunSpill::RunSpill() : m_file(unnamedTemporaryFile()) {}

void RunSpill::append(const RunRecord& record) {
    errno = 0;
    putRecord(m_file.get(), record);
    ++m_records;
}

void RunSpill::forEach(const std::function<void(const RunRecord&)>& visit) const {
    std::FILE* file = m_file.get();
    errno = 0;
    if (std::fflush(file) != 0 || std::fseek(file, 0, SEEK_SET) != 0) fail("cannot be read back", errno ? errno : EIO);
    // Appends continue at the end, also after a throw: a stream that was read must be positioned
    // before it is written to.
    struct BackToTheEnd {
        std::FILE* file;
        ~BackToTheEnd() { std::fseek(file, 0, SEEK_END); }
    } backToTheEnd{file};
    RunRecord record;
    for (std::size_t i = 0; i < m_records; ++i) {
        getRecord(file, record);
        visit(record);
    }
}

}  // namespace pujiang
