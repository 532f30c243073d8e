#include "sim/core/atomic_file.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <system_error>

#include <ext/stdio_filebuf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sim/core/localized_error.h"
#include "sim/core/message_text.h"

namespace pujiang {

namespace {

namespace fs = std::filesystem;

std::string systemReason(int code) { return std::generic_category().message(code); }

// The mode a new file gets (0666 less the umask), read without changing the umask: umask(2)
// would set it for every thread of the program while it is read.
mode_t newFileMode() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("Umask:", 0) == 0) return 0666 & ~static_cast<mode_t>(std::strtoul(line.c_str() + 6, nullptr, 8));
    return 0644;
}

// Writes straight into a character device or a pipe (/dev/stdout, /dev/null, a process
// substitution): there is nothing to replace and nothing a rename could do.
void writeDirectly(const fs::path& path, const std::function<void(std::ostream&)>& write) {
    std::ofstream out(path, std::ios::binary);
    if (!out)
        throw LocalizedError(bilingual("{}：无法打开（{}）", "{}: cannot open it: {}", path.string(), systemReason(errno)));
    write(out);
    out.flush();
    if (!out)
        throw LocalizedError(bilingual("{}：写入失败（{}）", "{}: write failed: {}", path.string(), systemReason(errno)));
}

// Removes the temporary file unless the write reached its place.
class TemporaryFile {
public:
    explicit TemporaryFile(const fs::path& target) {
        std::string hidden = ".";
        hidden.append(target.filename().string()).append(".XXXXXX");
        m_name = (target.parent_path() / hidden).string();
        // mkstemp: an unpredictable name, created with O_EXCL, mode 0600 — a planted file or
        // symlink of that name cannot be written through.
        m_fd = ::mkstemp(m_name.data());
        if (m_fd < 0) {
            const int code = errno;
            throw LocalizedError(bilingual("{}：无法创建文件（{}；文件夹是否存在、能否写入？）",
                                           "{}: cannot create the file ({}; does the folder exist, may it be written?)",
                                           target.string(), systemReason(code)));
        }
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        if (m_fd >= 0) ::close(m_fd);
        if (!m_kept) ::unlink(m_name.c_str());
    }
    int fd() const { return m_fd; }
    const std::string& name() const { return m_name; }
    // The stream has closed the descriptor.
    void released() { m_fd = -1; }
    void kept() { m_kept = true; }

private:
    std::string m_name;
    int m_fd = -1;
    bool m_kept = false;
};

}  // namespace

void writeFileAtomically(const fs::path& requested, const std::function<void(std::ostream&)>& write) {
    if (requested.empty()) throw LocalizedError(OwnedPhrase{"输出文件名为空", "the output file name is empty"});
    std::error_code error;
    // What the name leads to, following links: /dev/stdout is a link to a pipe or a terminal.
    const fs::file_status status = fs::status(requested, error);
    if (fs::is_character_file(status) || fs::is_fifo(status)) return writeDirectly(requested, write);
    // A symlink is written through: the file it points to is replaced, the link stays.
    fs::path path = requested;
    if (fs::is_symlink(fs::symlink_status(requested, error))) {
        path = fs::weakly_canonical(requested, error);
        if (error)
            throw LocalizedError(bilingual("{}：无法解析符号链接（{}）", "{}: cannot follow the symbolic link: {}",
                                           requested.string(), error.message()));
    }
    mode_t mode = newFileMode();
    if (fs::exists(status)) {
        if (!fs::is_regular_file(status))
            throw LocalizedError(bilingual("{}：已存在且不是普通文件（文件夹或设备），不会覆盖它",
                                           "{}: exists and is not a regular file (a folder or a device); it is not replaced",
                                           requested.string()));
        mode = static_cast<mode_t>(status.permissions()) & 07777;
    }

    TemporaryFile temporary(path);
    if (::fchmod(temporary.fd(), mode) != 0) {
        const int code = errno;
        throw LocalizedError(bilingual("{}：无法设置文件权限（{}）", "{}: cannot set the file's mode: {}", path.string(), systemReason(code)));
    }
    {
        __gnu_cxx::stdio_filebuf<char> buffer(temporary.fd(), std::ios::out | std::ios::binary);
        temporary.released();
        std::ostream out(&buffer);
        write(out);
        out.flush();
        const int code = errno;
        if (!out || ::fsync(buffer.fd()) != 0)
            throw LocalizedError(bilingual("{}：写入失败（{}）", "{}: write failed: {}", path.string(),
                                           systemReason(out ? errno : code)));
        if (buffer.close() == nullptr)
            throw LocalizedError(bilingual("{}：写入失败（{}）", "{}: write failed: {}", path.string(), systemReason(errno)));
    }
    if (::rename(temporary.name().c_str(), path.c_str()) != 0) {
        const int code = errno;
        throw LocalizedError(bilingual("{}：无法把写好的文件移到位（{}）", "{}: cannot move the finished file into place: {}",
                                       path.string(), systemReason(code)));
    }
    temporary.kept();
}

}  // namespace pujiang
