#include "sim/core/atomic_file.h"

#include <fstream>
#include <stdexcept>
#include <system_error>

#include <unistd.h>

#include "sim/core/localized_error.h"
#include "sim/core/message_text.h"

namespace pujiang {

void writeFileAtomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write) {
    std::filesystem::path temporary = path;
    temporary += ".tmp." + std::to_string(::getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw LocalizedError(bilingual("{}：无法创建文件（文件夹是否存在？）", "{}: cannot create the file (does the folder exist?)",
                                           path.string()));
        try {
            write(out);
        } catch (...) {
            out.close();
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            throw;
        }
        out.flush();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            throw LocalizedError(bilingual("{}：写入失败", "{}: write failed", path.string()));
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw LocalizedError(bilingual("{}：无法把写好的文件移到位（{}）", "{}: cannot move the finished file into place: {}",
                                       path.string(), error.message()));
    }
}

}  // namespace pujiang
