#include "sim/training/roster_csv.h"

#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "sim/core/localized_error.h"
#include "sim/core/message_text.h"

namespace pujiang {

namespace {

constexpr std::string_view kHeader = "trainee_id,name";
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// The fields of one line; nullopt when a quote is left open. Spaces around a field are dropped.
std::optional<std::vector<std::string>> splitLine(std::string_view line) {
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    bool wasQuoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c != '"')
                field += c;
            else if (i + 1 < line.size() && line[i + 1] == '"')
                field += line[++i];
            else
                quoted = false;
        } else if (c == '"' && trimmed(field).empty()) {
            quoted = wasQuoted = true;
            field.clear();
        } else if (c == ',') {
            fields.push_back(wasQuoted ? field : std::string(trimmed(field)));
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    if (quoted) return std::nullopt;
    fields.push_back(wasQuoted ? field : std::string(trimmed(field)));
    return fields;
}

class Problems {
public:
    explicit Problems(std::string file) : m_file(std::move(file)) {}
    void add(int line, const OwnedPhrase& what) {
        const std::string at = m_file + ":" + std::to_string(line) + ": ";
        m_zh += (m_zh.empty() ? "" : "\n") + at + what.zh;
        m_en += (m_en.empty() ? "" : "\n") + at + what.en;
    }
    void throwIfAny() const {
        if (!m_en.empty()) throw LocalizedError(OwnedPhrase{m_zh, m_en});
    }

private:
    std::string m_file, m_zh, m_en;
};

}  // namespace

std::vector<Trainee> readRosterCsv(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw LocalizedError(bilingual("{}：无法读取名单文件", "{}: cannot read the roster file", path.string()));
    Problems problems(path.string());
    std::vector<Trainee> roster;
    std::map<std::string, int> lineOfId;
    std::string line;
    int number = 0;
    bool sawHeader = false;
    int dataLines = 0;
    while (std::getline(in, line)) {
        ++number;
        if (number == 1 && line.starts_with(kByteOrderMark)) line.erase(0, kByteOrderMark.size());
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (trimmed(line).empty()) continue;
        const auto fields = splitLine(line);
        if (!sawHeader) {
            sawHeader = true;
            if (!fields || fields->size() != 2 || (*fields)[0] != "trainee_id" || (*fields)[1] != "name") {
                problems.add(number, bilingual("缺少表头；第一行应为 '{}'", "missing header; the first line must be '{}'", kHeader));
                problems.throwIfAny();  // without the header the columns mean nothing
            }
            continue;
        }
        ++dataLines;
        if (!fields) {
            problems.add(number, {"引号未闭合；允许：一个字段写在一行之内，字段中的引号写作 \"\"",
                                  "unclosed quote; allowed: a field within one line, a quote inside a field written \"\""});
            continue;
        }
        if (fields->size() != 2) {
            problems.add(number, bilingual("列数不对（{} 列）；允许：2 列（{}），含逗号的姓名加引号",
                                           "wrong number of columns ({}); allowed: 2 ({}), a name with a comma in quotes",
                                           fields->size(), kHeader));
            continue;
        }
        const std::string& id = (*fields)[0];
        const std::string& name = (*fields)[1];
        if (id.empty()) {
            problems.add(number, {"学员编号为空；允许：非空文本", "empty trainee_id; allowed: any non-empty text"});
            continue;
        }
        if (name.empty()) {
            problems.add(number, bilingual("学员 '{}' 的姓名为空；允许：非空文本", "empty name for trainee '{}'; allowed: any non-empty text", id));
            continue;
        }
        if (const auto [at, inserted] = lineOfId.emplace(id, number); !inserted) {
            problems.add(number, bilingual("学员编号 '{}' 与第 {} 行重复；允许：每个编号只出现一次",
                                           "duplicate trainee_id '{}' (first on line {}); allowed: each id once", id, at->second));
            continue;
        }
        roster.push_back({id, name});
    }
    if (!sawHeader)
        problems.add(1, bilingual("文件为空，缺少表头 '{}'", "empty file, missing header '{}'", kHeader));
    else if (dataLines == 0)
        problems.add(number, bilingual("名单中没有学员；允许：表头之后每行一名学员", "no trainees; allowed: one trainee per line after the header"));
    problems.throwIfAny();
    return roster;
}

}  // namespace pujiang
