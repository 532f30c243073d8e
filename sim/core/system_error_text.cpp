#include "sim/core/system_error_text.h"

#include <cerrno>
#include <system_error>

#include <fmt/format.h>

namespace pujiang {

namespace {

struct KnownError {
    int code;
    Phrase text;
};

// English in the system's words but lower case, as the rest of a diagnostic is written.
constexpr KnownError kKnownErrors[] = {
    {ENOENT, {"文件不存在", "no such file"}},
    {EACCES, {"没有访问权限", "permission denied"}},
    {EPERM, {"不允许此操作", "operation not permitted"}},
    {ELOOP, {"符号链接层数过多（可能是循环链接）", "too many levels of symbolic links (a link loop?)"}},
    {ENOTDIR, {"路径中的某一部分不是文件夹", "a part of the path is not a folder"}},
    {EISDIR, {"这是文件夹，不是文件", "it is a folder, not a file"}},
    {ENAMETOOLONG, {"文件名太长", "file name too long"}},
    {ENOSPC, {"磁盘空间不足", "no space left on device"}},
    {EDQUOT, {"超出磁盘配额", "disk quota exceeded"}},
    {EROFS, {"文件系统只读", "read-only file system"}},
    {EIO, {"输入/输出错误", "input/output error"}},
};

}  // namespace

OwnedPhrase systemErrorText(int code) {
    for (const KnownError& known : kKnownErrors)
        if (known.code == code) return {std::string(known.text.zh), std::string(known.text.en)};
    return {fmt::format("系统错误 {}", code), std::generic_category().message(code)};
}

}  // namespace pujiang
