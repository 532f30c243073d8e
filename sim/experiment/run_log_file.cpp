#include "sim/experiment/run_log_file.h"

#include <cerrno>
#include <stdexcept>
#include <system_error>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pujiang {

namespace {

std::string reason(int code) { return std::generic_category().message(code); }

off_t sizeOf(int fd) {
    struct stat info {};
    if (::fstat(fd, &info) != 0) return -1;
    return info.st_size;
}

// The length of the file up to and including its last newline.
off_t wholeLinesLength(int fd, off_t size) {
    char buffer[4096];
    for (off_t end = size; end > 0;) {
        const off_t start = end > static_cast<off_t>(sizeof buffer) ? end - static_cast<off_t>(sizeof buffer) : 0;
        const ssize_t n = ::pread(fd, buffer, static_cast<std::size_t>(end - start), start);
        if (n != end - start) return -1;
        for (ssize_t i = n - 1; i >= 0; --i)
            if (buffer[i] == '\n') return start + i + 1;
        end = start;
    }
    return 0;
}

}  // namespace

RunLogFile::RunLogFile(std::string path) : m_path(std::move(path)) {
    m_fd = ::open(m_path.c_str(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
    if (m_fd < 0) throw std::runtime_error(m_path + ": cannot open the run log: " + reason(errno));
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        const int code = errno;
        ::close(m_fd);
        m_fd = -1;
        if (code == EWOULDBLOCK)
            throw std::runtime_error(m_path + ": another program is writing this run log (two runs of one shard, or a "
                                              "requeued job while the old one runs); wait for it or use another --runs file");
        throw std::runtime_error(m_path + ": cannot lock the run log: " + reason(code));
    }
    // A record cut by a kill (no newline yet) would glue itself to the next one appended.
    const off_t size = sizeOf(m_fd);
    const off_t whole = size > 0 ? wholeLinesLength(m_fd, size) : 0;
    if (size < 0 || whole < 0) throw std::runtime_error(m_path + ": cannot read the run log: " + reason(errno));
    if (whole < size) {
        if (::ftruncate(m_fd, whole) != 0) throw std::runtime_error(m_path + ": cannot drop a cut record: " + reason(errno));
        m_dropped = static_cast<long>(size - whole);
    }
}

RunLogFile::~RunLogFile() {
    if (m_fd >= 0) ::close(m_fd);  // closing releases the lock
}

bool RunLogFile::empty() const { return sizeOf(m_fd) == 0; }

void RunLogFile::append(const std::string& line) {
    std::string record = line;
    record += '\n';
    const off_t before = sizeOf(m_fd);
    // One write() normally takes the whole record; a short one (a disk filling up) is continued
    // only to learn the system's reason, then cut back.
    std::size_t done = 0;
    int code = 0;
    while (done < record.size()) {
        const ssize_t written = ::write(m_fd, record.data() + done, record.size() - done);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) {
            code = written < 0 ? errno : ENOSPC;
            break;
        }
        done += static_cast<std::size_t>(written);
    }
    if (done == record.size()) return;
    // Part of a record: cut it, so the log ends with a whole one.
    if (done > 0 && before >= 0) (void)::ftruncate(m_fd, before);
    throw std::runtime_error(m_path + ": cannot write to the run log: " + reason(code));
}

}  // namespace pujiang
