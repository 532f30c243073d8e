#include "gui/aar_save.h"

#include <fmt/format.h>

#include "gui/user_folders.h"
#include "sim/core/atomic_file.h"
#include "sim/report/after_action_report.h"

namespace pujiang::gui {

namespace fs = std::filesystem;

fs::path defaultReportPath(const Exercise& exercise, const std::string& stamp) {
    return userDataFile("reports", fmt::format("{}-{}.html", exercise.id, stamp));
}

bool isInsideFolder(const fs::path& target, const fs::path& folder) {
    if (folder.empty()) return false;
    std::error_code error;
    const fs::path t = fs::weakly_canonical(fs::absolute(target), error);
    const fs::path f = fs::weakly_canonical(fs::absolute(folder), error);
    if (error) return false;
    // Compare part by part: /work/exercises-2 is not inside /work/exercises.
    auto ti = t.begin();
    for (auto fi = f.begin(); fi != f.end(); ++fi, ++ti) {
        if (fi->empty()) continue;  // a trailing separator
        if (ti == t.end() || *ti != *fi) return false;
    }
    return true;
}

std::vector<fs::path> masterFolders(const Exercise& exercise, std::span<const fs::path> masters) {
    std::vector<fs::path> folders(masters.begin(), masters.end());
    if (!exercise.file.empty()) folders.push_back(exercise.file.parent_path());
    if (!exercise.scenario.empty()) folders.push_back(exercise.scenario.parent_path());
    return folders;
}

std::optional<OwnedPhrase> saveAfterActionReport(const fs::path& target, const Exercise& exercise, const Debrief& debrief,
                                                 Language language, std::span<const fs::path> masters) {
    if (target.empty()) return OwnedPhrase{"请填写报告的保存路径。", "Give a path for the report."};
    for (const fs::path& folder : masterFolders(exercise, masters))
        if (isInsideFolder(target, folder))
            return OwnedPhrase{fmt::format("不能保存到练习或场景的原始文件夹：{}", folder.string()),
                               fmt::format("reports are never saved in the folder of the master exercises or "
                                           "scenarios: {}",
                                           folder.string())};
    try {
        if (target.has_parent_path()) fs::create_directories(target.parent_path());
        writeFileAtomically(target, [&](std::ostream& out) { out << afterActionReportHtml(exercise, debrief, language); });
    } catch (const std::exception& failure) {
        return OwnedPhrase{fmt::format("无法保存：{}", failure.what()), fmt::format("could not save: {}", failure.what())};
    }
    return std::nullopt;
}

}  // namespace pujiang::gui
