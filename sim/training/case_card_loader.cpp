// Reading data/cases/*.toml into CaseCards. Every problem is reported with the place it is
// written and what would be allowed there; a card with any problem is dropped, and the whole load
// fails at the end with all problems of all files at once.

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <map>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "sim/core/message_text.h"
#include "sim/scenario/scenario_limits.h"
#include "sim/scenario/suggest.h"
#include "sim/scenario/toml_reader.h"
#include "sim/scenario/value_readers.h"
#include "sim/training/case_card.h"
#include "sim/training/case_card_keys.h"
#include "sim/training/text_script.h"

namespace pujiang {

namespace {

namespace fs = std::filesystem;

std::string quotedText(std::string_view text) { return fmt::format("\"{}\"", printable(text)); }

// "one of a, b, c"; Chinese "以下之一：a, b, c"
OwnedPhrase oneOf(const std::vector<std::string>& names) {
    return {choiceText(names, Language::Zh), choiceText(names, Language::En)};
}

// "is a string"; Chinese "的类型是 字符串", to follow "key = value".
OwnedPhrase isType(const toml::node& value) { return bilingual("的类型是 {}", "is {}", typeName(value)); }

// The category a file holds, from its name: "land.toml" and "land-more.toml" hold LAND.
std::optional<std::string> categoryOfFile(const fs::path& file) {
    std::string stem = file.stem().string();
    stem = stem.substr(0, stem.find('-'));
    std::transform(stem.begin(), stem.end(), stem.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    const std::vector<std::string> codes = cardCategoryCodes();
    if (std::find(codes.begin(), codes.end(), stem) == codes.end()) return std::nullopt;
    return stem;
}

// The fields of one [[card]] table. Each reader reports its own problems and returns nullopt
// after one; ok() says whether the card as a whole was clean.
class CardFields {
public:
    CardFields(const toml::table& table, DiagnosticList& diagnostics) : m_table(table), m_diagnostics(diagnostics) {}

    bool ok() const { return !m_failed; }
    const toml::node* node(std::string_view key) const { return m_table.get(key); }
    bool has(std::string_view key) const { return m_table.contains(key); }

    // Names the card in "missing" messages once its id is known.
    void setLabel(std::string label) { m_label = std::move(label); }

    void checkKeys() {
        for (const auto& [key, value] : m_table) {
            if (findCardKey(key.str())) continue;
            std::vector<std::string> valid;
            for (const CardKey& row : cardKeys()) valid.push_back(row.name);
            const std::string name = printable(key.str());
            const auto near = suggestName(key.str(), valid);
            report(positionOf(key.source()),
                   near ? bilingual("未知的键 '{}'（位于 [[card]]）；是否想写 '{}'？",
                                    "{}: unknown key in [[card]]; did you mean '{}'?", name, *near)
                        : bilingual("未知的键 '{}'（位于 [[card]]）；允许：{}", "{}: unknown key in [[card]]; allowed: {}",
                                    name, joinNames(valid)));
        }
    }

    // `condition` says when the key is required, e.g. " (history = \"long_standing\")".
    void missing(std::string_view key, const OwnedPhrase& condition = {}) {
        const std::string label = m_label.empty() ? "" : " " + m_label;
        report(positionOf(m_table), bilingual("{}：[[card]]{} 中缺少此键{}；允许：{}", "{}: missing in [[card]]{}{}; allowed: {}",
                                              key, label, condition, allowedOf(key)));
    }

    // "key = value <what>; allowed: <allowed>"; `what` follows the value in either language.
    void problem(std::string_view key, const toml::node& value, const OwnedPhrase& what, const OwnedPhrase& allowed) {
        const OwnedPhrase shown{valueText(value, Language::Zh), valueText(value, Language::En)};
        report(positionOf(value),
               bilingual("{} = {} {}；允许：{}", "{} = {} {}; allowed: {}", key, shown, what, allowed));
    }
    // The same with the key's own allowed values from the key table.
    void problem(std::string_view key, const toml::node& value, const OwnedPhrase& what) {
        problem(key, value, what, allowedOf(key));
    }

    // The required key's node, or nullptr after reporting it missing.
    const toml::node* require(std::string_view key) {
        const toml::node* value = node(key);
        if (!value) missing(key);
        return value;
    }

    std::optional<std::string> string(std::string_view key) {
        const toml::node* value = require(key);
        if (!value) return std::nullopt;
        if (const auto* text = value->as_string()) return text->get();
        problem(key, *value, isType(*value));
        return std::nullopt;
    }

    std::optional<std::string> text(std::string_view key, bool chinese) {
        auto value = string(key);
        if (!value) return std::nullopt;
        const toml::node& at = *node(key);
        const bool blank = std::all_of(value->begin(), value->end(), [](unsigned char c) { return std::isspace(c); });
        if (blank)
            problem(key, at, {"为空", "is empty"});
        else if (chinese && !containsHan(*value))
            problem(key, at, {"不含汉字", "has no Chinese characters"});
        else if (!chinese && containsCjk(*value))
            problem(key, at, {"含有汉字或全角标点", "has Chinese characters or full-width punctuation"});
        else
            return value;
        return std::nullopt;
    }

    std::optional<OwnedPhrase> phrase(std::string_view base) {
        auto zh = text(fmt::format("{}_zh", base), true);
        auto en = text(fmt::format("{}_en", base), false);
        if (!zh || !en) return std::nullopt;
        return OwnedPhrase{std::move(*zh), std::move(*en)};
    }

    std::optional<std::int64_t> integer(std::string_view key, std::int64_t low, std::int64_t high) {
        const toml::node* value = require(key);
        if (!value) return std::nullopt;
        const auto* number = value->as_integer();
        if (!number) {
            problem(key, *value, isType(*value));
            return std::nullopt;
        }
        if (number->get() < low || number->get() > high) {
            problem(key, *value, {"超出范围", "is out of range"});
            return std::nullopt;
        }
        return number->get();
    }

    std::optional<double> number(std::string_view key, double low, double high) {
        const toml::node* value = require(key);
        if (!value) return std::nullopt;
        const std::optional<double> number = value->value<double>();  // an integer is a number too
        if (!number || value->is_boolean()) {
            problem(key, *value, isType(*value));
            return std::nullopt;
        }
        if (!(*number >= low && *number <= high)) {
            problem(key, *value, {"超出范围", "is out of range"});
            return std::nullopt;
        }
        return number;
    }

    std::optional<bool> boolean(std::string_view key) {
        const toml::node* value = require(key);
        if (!value) return std::nullopt;
        if (const auto* flag = value->as_boolean()) return flag->get();
        problem(key, *value, isType(*value));
        return std::nullopt;
    }

    // A name from `names` at `key` (or at an array element `value` shown as `shown`); `what` names
    // the kind of thing: {"处理方式", "a disposition"}.
    template <typename Parse>
    auto choice(std::string_view shown, const toml::node& value, const std::vector<std::string>& names, Phrase what,
                Parse parse) -> decltype(parse(std::string_view())) {
        const auto* text = value.as_string();
        if (!text) {
            problem(shown, value, isType(value), oneOf(names));
            return std::nullopt;
        }
        if (auto parsed = parse(text->get())) return parsed;
        problem(shown, value,
                bilingual("不是已知的{}{}", "is not {}{}", what, didYouMean(suggestName(text->get(), names))),
                oneOf(names));
        return std::nullopt;
    }

    template <typename Parse>
    auto choice(std::string_view key, const std::vector<std::string>& names, Phrase what, Parse parse)
        -> decltype(parse(std::string_view())) {
        const toml::node* value = require(key);
        if (!value) return std::nullopt;
        return choice(key, *value, names, what, parse);
    }

    void report(const SourcePosition& at, OwnedPhrase message) {
        m_failed = true;
        m_diagnostics.add(at, std::move(message));
    }

    static OwnedPhrase allowedOf(std::string_view key) {
        const CardKey* row = findCardKey(key);
        return row ? OwnedPhrase{row->allowedZh, row->allowed} : OwnedPhrase{};
    }

private:

    const toml::table& m_table;
    DiagnosticList& m_diagnostics;
    std::string m_label;
    bool m_failed = false;
};

constexpr Phrase kDispositionWord{"处理方式", "a disposition"};

class CardLoader {
public:
    explicit CardLoader(DiagnosticList& diagnostics) : m_diagnostics(diagnostics) {}

    void readFile(const fs::path& file, std::vector<CaseCard>& cards) {
        const std::string shown = file.string();
        const std::optional<std::string> category = categoryOfFile(file);
        if (!category)
            m_diagnostics.add({shown}, bilingual("文件名 '{}' 不以类别代码开头；允许：<代码>.toml 或 <代码>-<任意文字>.toml，"
                                                 "<代码> 为以下之一的小写形式：{}",
                                                 "file name '{}' does not start with a category code; allowed: "
                                                 "<code>.toml or <code>-<anything>.toml, <code> one of {} in "
                                                 "lower case",
                                                 printable(file.filename().string()), joinNames(cardCategoryCodes())));
        const std::optional<std::string> text = readText(file, shown);
        if (!text) return;
        const std::optional<toml::table> root = parseScenarioToml(*text, shown, m_diagnostics);
        if (!root) return;

        for (const auto& [key, value] : *root)
            if (key.str() != "card")
                m_diagnostics.add(positionOf(key.source()),
                                  bilingual("未知的键 '{}'（位于文件顶层）；允许：只有 [[card]] 表",
                                            "{}: unknown key at the top of the file; allowed: [[card]] tables only",
                                            printable(key.str())));
        const toml::node* list = root->get("card");
        if (!list) {
            m_diagnostics.add({shown}, OwnedPhrase{"card：文件中没有 [[card]] 表；允许：一个或多个 [[card]] 表",
                                                   "card: the file holds no [[card]] table; allowed: one or more [[card]] "
                                                   "tables"});
            return;
        }
        const toml::array* array = list->as_array();
        if (!array || !array->is_array_of_tables()) {
            const OwnedPhrase value{valueText(*list, Language::Zh), valueText(*list, Language::En)};
            m_diagnostics.add(positionOf(*list), bilingual("card = {} {}；允许：[[card]] 表",
                                                           "card = {} {}; allowed: [[card]] tables", value, isType(*list)));
            return;
        }
        for (const toml::node& element : *array)
            if (auto card = readCard(*element.as_table(), category)) cards.push_back(std::move(*card));
    }

private:
    std::optional<std::string> readText(const fs::path& file, const std::string& shown) {
        std::error_code ec;
        if (!fs::is_regular_file(file, ec)) {
            m_diagnostics.add({shown}, OwnedPhrase{"无法打开案例文件：不是普通文件", "cannot open the case file: not a regular file"});
            return std::nullopt;
        }
        if (fs::file_size(file, ec) > kMaxScenarioBytes) {
            m_diagnostics.add({shown}, bilingual("案例文件过大；允许：最多 {} 字节",
                                                 "the case file is too large; allowed: at most {} bytes",
                                                 kMaxScenarioBytes));
            return std::nullopt;
        }
        std::ifstream in(file, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (in.bad()) {
            m_diagnostics.add({shown}, OwnedPhrase{"无法读取案例文件：读取出错", "cannot read the case file: read error"});
            return std::nullopt;
        }
        return text;
    }

    std::optional<CaseCard> readCard(const toml::table& table, const std::optional<std::string>& fileCategory) {
        CardFields fields(table, m_diagnostics);
        fields.checkKeys();
        CaseCard card;
        card.source = positionOf(table);

        auto parseCategory = [this](std::string_view code) -> std::optional<std::string> {
            const bool known = std::find(m_categoryCodes.begin(), m_categoryCodes.end(), code) != m_categoryCodes.end();
            return known ? std::optional<std::string>(code) : std::nullopt;
        };
        const auto category = fields.choice("category", m_categoryCodes, {"类别代码", "a category"}, parseCategory);
        if (category && fileCategory && *category != *fileCategory)
            fields.problem("category", *fields.node("category"),
                           bilingual("与文件不符：该文件存放 {} 类案例卡", "does not match the file, which holds {} cards",
                                     *fileCategory),
                           OwnedPhrase{quotedText(*fileCategory), quotedText(*fileCategory)});
        readId(fields, category, card);

        const auto legalClass =
            fields.choice("legal_class", legalClassNames(), {"信访事项类别", "a legal class"}, parseLegalClass);
        const auto history =
            fields.choice("history", caseHistoryNames(), {"来访经历", "a case history"}, parseCaseHistory);
        const auto groupSize = fields.integer("group_size", 1, kMaxCardGroupSize);
        const auto collective = fields.boolean("collective");
        const auto difficulty = fields.integer("difficulty", 1, kMaxDifficulty);
        if (fields.has("age_years"))
            card.ageYears = fields.number("age_years", 0.0, kMaxCaseAgeYears);
        else if (history == CaseHistory::LongStanding)
            fields.missing("age_years", {"（history = \"long_standing\"）", " (history = \"long_standing\")"});
        if (collective == true && groupSize && *groupSize < kMinCollectiveGroupSize)
            fields.problem("collective", *fields.node("collective"),
                           bilingual("需要至少 {} 人的群体（group_size = {}）", "needs a group of at least {} (group_size = {})",
                                     kMinCollectiveGroupSize, *groupSize),
                           bilingual("false，或 true 且 group_size ≥ {}", "false, or true with group_size >= {}",
                                     kMinCollectiveGroupSize));

        std::vector<std::optional<OwnedPhrase>> texts;
        for (std::string_view base : kCardTextBases) texts.push_back(fields.phrase(base));
        readDispositions(fields, card);
        if (!fields.ok()) return std::nullopt;

        card.category = *category;
        card.legalClass = *legalClass;
        card.history = *history;
        card.groupSize = static_cast<int>(*groupSize);
        card.collective = *collective;
        card.difficulty = static_cast<int>(*difficulty);
        OwnedPhrase* targets[] = {&card.title,      &card.petitioners, &card.story, &card.request,
                                  &card.background, &card.documents,   &card.rule,  &card.why,
                                  &card.wrongConsequence};
        static_assert(std::size(targets) == std::size(kCardTextBases));
        for (std::size_t i = 0; i < texts.size(); ++i) *targets[i] = std::move(*texts[i]);
        return card;
    }

    void readId(CardFields& fields, const std::optional<std::string>& category, CaseCard& card) {
        const auto id = fields.string("id");
        if (!id) return;
        fields.setLabel(quotedText(*id));
        const toml::node& at = *fields.node("id");
        const std::string prefix = category ? *category + "-" : std::string();
        const std::string_view digits = std::string_view(*id).substr(std::min(prefix.size(), id->size()));
        const bool wellFormed = id->starts_with(prefix) && !digits.empty() &&
                                std::all_of(digits.begin(), digits.end(), [](unsigned char c) { return std::isdigit(c); });
        // Without a valid category there is no prefix to hold the id to; only uniqueness is checked.
        if (category && !wellFormed) {
            fields.problem("id", at, {"不符合 <CATEGORY>-<数字> 的格式", "does not follow <CATEGORY>-<digits>"},
                           bilingual(R"("{0}" 后接数字，例如 "{0}01")", R"("{0}" followed by digits, e.g. "{0}01")", prefix));
            return;
        }
        const auto [seen, fresh] = m_ids.try_emplace(*id, positionOf(at));
        if (!fresh) {
            const SourcePosition& first = seen->second;
            fields.problem("id", at,
                           bilingual("与 {}:{}:{} 处的 id 重复", "repeats the id at {}:{}:{}", first.file, first.line,
                                     first.column),
                           {"每个 id 在所有文件中只出现一次", "each id once over all files"});
            return;
        }
        card.id = *id;
    }

    void readDispositions(CardFields& fields, CaseCard& card) {
        const std::vector<std::string> names = dispositionNames();
        const auto wrong = fields.choice("wrong", names, kDispositionWord, parseDisposition);
        if (const toml::node* list = fields.require("acceptable")) {
            const toml::array* array = list->as_array();
            if (!array || array->empty()) {
                fields.problem("acceptable", *list,
                               array ? OwnedPhrase{"未列出任何处理方式", "lists no disposition"} : isType(*list));
            } else {
                for (std::size_t i = 0; i < array->size(); ++i) {
                    const std::string shown = fmt::format("acceptable[{}]", i + 1);
                    const auto disposition =
                        fields.choice(shown, (*array)[i], names, kDispositionWord, parseDisposition);
                    if (!disposition) continue;
                    if (card.accepts(*disposition))
                        fields.problem(shown, (*array)[i], {"与前面的条目重复", "repeats an earlier entry"},
                                       {"每种处理方式只列一次", "each disposition once"});
                    else
                        card.acceptable.push_back(*disposition);
                }
            }
            if (wrong && card.accepts(*wrong))
                fields.problem("wrong", *fields.node("wrong"), {"也列在 acceptable 中", "is also listed in acceptable"},
                               {"不在 acceptable 中的处理方式", "a disposition not in acceptable"});
        }
        if (wrong) card.wrong = *wrong;
        readAssignment(fields, card);
    }

    void readAssignment(CardFields& fields, CaseCard& card) {
        const bool assign = card.accepts(Disposition::Assign);
        const char* withAssign[] = {"unit_zh", "unit_en", "deadline_days"};
        if (!assign) {
            for (const char* key : withAssign)
                if (const toml::node* value = fields.node(key))
                    fields.problem(key, *value,
                                   {"已设置，但 acceptable 未列出 \"assign\"",
                                    "is set but acceptable does not list \"assign\""},
                                   {"unit_zh、unit_en 和 deadline_days 只用于接受 assign 的案例卡",
                                    "unit_zh, unit_en and deadline_days only on cards that accept assign"});
            return;
        }
        // Missing keys are reported at acceptable, the reason they are needed.
        for (const char* key : withAssign)
            if (!fields.has(key))
                fields.report(positionOf(*fields.node("acceptable")),
                              bilingual("{}：acceptable 列出了 \"assign\"，但缺少此键；允许：{}",
                                        "{}: missing while acceptable lists \"assign\"; allowed: {}", key,
                                        CardFields::allowedOf(key)));
        const auto present = [&fields](const char* key) { return fields.has(key); };
        if (!std::all_of(std::begin(withAssign), std::end(withAssign), present)) return;
        auto unit = fields.phrase("unit");
        const auto days = fields.integer("deadline_days", 1, kMaxDeadlineDays);
        if (unit && days) card.assignment = Assignment{std::move(*unit), static_cast<int>(*days)};
    }

    DiagnosticList& m_diagnostics;
    const std::vector<std::string> m_categoryCodes = cardCategoryCodes();
    std::map<std::string, SourcePosition, std::less<>> m_ids;
};

std::vector<CaseCard> finish(const DiagnosticList& diagnostics, std::vector<CaseCard> cards) {
    if (!diagnostics.empty()) throw ScenarioError(diagnostics.sorted());
    return cards;
}

}  // namespace

std::vector<CaseCard> loadCaseCards(const fs::path& folder) {
    DiagnosticList diagnostics;
    std::vector<fs::path> files;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
        diagnostics.add({folder.string()},
                        OwnedPhrase{"无法打开案例文件夹：文件夹不存在", "cannot open the case folder: no such folder"});
    } else {
        for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec))
            if (entry.is_regular_file(ec) && entry.path().extension() == ".toml") files.push_back(entry.path());
        if (ec)
            // The system's text is English only; the Chinese gives the error's number instead.
            diagnostics.add({folder.string()}, bilingual("无法读取案例文件夹：系统错误 {0}", "cannot read the case folder: {1}",
                                                         ec.value(), ec.message()));
        else if (files.empty())
            diagnostics.add({folder.string()}, OwnedPhrase{"没有案例文件；允许：含有一个或多个 *.toml 文件的文件夹",
                                                        "no case files; allowed: a folder with one or more *.toml files"});
    }
    std::sort(files.begin(), files.end());
    CardLoader loader(diagnostics);
    std::vector<CaseCard> cards;
    for (const fs::path& file : files) loader.readFile(file, cards);
    return finish(diagnostics, std::move(cards));
}

std::vector<CaseCard> loadCaseCardFile(const fs::path& file) {
    DiagnosticList diagnostics;
    std::vector<CaseCard> cards;
    CardLoader(diagnostics).readFile(file, cards);
    return finish(diagnostics, std::move(cards));
}

}  // namespace pujiang
