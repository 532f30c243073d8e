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

#include "sim/scenario/scenario_limits.h"
#include "sim/scenario/suggest.h"
#include "sim/scenario/toml_reader.h"
#include "sim/training/case_card.h"
#include "sim/training/case_card_keys.h"
#include "sim/training/text_script.h"

namespace pujiang {

namespace {

// Case files are written by exercise authors in the source tree and read by the CLI; their
// messages are not yet translated, so both languages carry the English text.
OwnedPhrase englishOnly(std::string message) { return {message, std::move(message)}; }

}  // namespace

namespace {

namespace fs = std::filesystem;

std::string quotedText(std::string_view text) { return fmt::format("\"{}\"", printable(text)); }

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
            std::string message = fmt::format("{}: unknown key in [[card]]", printable(key.str()));
            if (const auto near = suggestName(key.str(), valid))
                message += fmt::format("; did you mean '{}'?", *near);
            else
                message += "; allowed: " + joinNames(valid);
            report(positionOf(key.source()), std::move(message));
        }
    }

    void missing(std::string_view key, std::string_view condition = {}) {
        report(positionOf(m_table), fmt::format("{}: missing in [[card]]{}{}; allowed: {}", key,
                                                m_label.empty() ? "" : " " + m_label, condition, allowedOf(key)));
    }

    void problem(std::string_view key, const toml::node& value, std::string_view what, std::string_view allowed) {
        report(positionOf(value), fmt::format("{} = {} {}; allowed: {}", key, valueText(value), what, allowed));
    }
    // The same with the key's own allowed values from the key table.
    void problem(std::string_view key, const toml::node& value, std::string_view what) {
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
        problem(key, *value, fmt::format("is {}", typeName(*value).en));
        return std::nullopt;
    }

    std::optional<std::string> text(std::string_view key, bool chinese) {
        auto value = string(key);
        if (!value) return std::nullopt;
        const toml::node& at = *node(key);
        const bool blank = std::all_of(value->begin(), value->end(), [](unsigned char c) { return std::isspace(c); });
        if (blank)
            problem(key, at, "is empty");
        else if (chinese && !containsHan(*value))
            problem(key, at, "has no Chinese characters");
        else if (!chinese && containsCjk(*value))
            problem(key, at, "has Chinese characters or full-width punctuation");
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
            problem(key, *value, fmt::format("is {}", typeName(*value).en));
            return std::nullopt;
        }
        if (number->get() < low || number->get() > high) {
            problem(key, *value, "is out of range");
            return std::nullopt;
        }
        return number->get();
    }

    std::optional<double> number(std::string_view key, double low, double high) {
        const toml::node* value = require(key);
        if (!value) return std::nullopt;
        const std::optional<double> number = value->value<double>();  // an integer is a number too
        if (!number || value->is_boolean()) {
            problem(key, *value, fmt::format("is {}", typeName(*value).en));
            return std::nullopt;
        }
        if (!(*number >= low && *number <= high)) {
            problem(key, *value, "is out of range");
            return std::nullopt;
        }
        return number;
    }

    std::optional<bool> boolean(std::string_view key) {
        const toml::node* value = require(key);
        if (!value) return std::nullopt;
        if (const auto* flag = value->as_boolean()) return flag->get();
        problem(key, *value, fmt::format("is {}", typeName(*value).en));
        return std::nullopt;
    }

    // A name from `names` at `key` (or at an array element `value` shown as `shown`).
    template <typename Parse>
    auto choice(std::string_view shown, const toml::node& value, const std::vector<std::string>& names,
                std::string_view what, Parse parse) -> decltype(parse(std::string_view())) {
        const auto* text = value.as_string();
        if (!text) {
            problem(shown, value, fmt::format("is {}", typeName(value).en), "one of " + joinNames(names));
            return std::nullopt;
        }
        if (auto parsed = parse(text->get())) return parsed;
        const auto near = suggestName(text->get(), names);
        problem(shown, value,
                fmt::format("is not {}{}", what, near ? fmt::format(" (did you mean '{}'?)", *near) : ""),
                "one of " + joinNames(names));
        return std::nullopt;
    }

    template <typename Parse>
    auto choice(std::string_view key, const std::vector<std::string>& names, std::string_view what, Parse parse)
        -> decltype(parse(std::string_view())) {
        const toml::node* value = require(key);
        if (!value) return std::nullopt;
        return choice(key, *value, names, what, parse);
    }

    void report(const SourcePosition& at, std::string message) {
        m_failed = true;
        m_diagnostics.add(at, englishOnly(std::move(message)));
    }

    static std::string allowedOf(std::string_view key) {
        const CardKey* row = findCardKey(key);
        return row ? row->allowed : std::string();
    }

private:

    const toml::table& m_table;
    DiagnosticList& m_diagnostics;
    std::string m_label;
    bool m_failed = false;
};

class CardLoader {
public:
    explicit CardLoader(DiagnosticList& diagnostics) : m_diagnostics(diagnostics) {}

    void readFile(const fs::path& file, std::vector<CaseCard>& cards) {
        const std::string shown = file.string();
        const std::optional<std::string> category = categoryOfFile(file);
        if (!category)
            m_diagnostics.add({shown}, englishOnly(fmt::format("file name '{}' does not start with a category code; allowed: "
                                                   "<code>.toml or <code>-<anything>.toml, <code> one of {} in "
                                                   "lower case",
                                                   printable(file.filename().string()),
                                                   joinNames(cardCategoryCodes()))));
        const std::optional<std::string> text = readText(file, shown);
        if (!text) return;
        const std::optional<toml::table> root = parseScenarioToml(*text, shown, m_diagnostics);
        if (!root) return;

        for (const auto& [key, value] : *root)
            if (key.str() != "card")
                m_diagnostics.add(positionOf(key.source()), englishOnly(fmt::format("{}: unknown key at the top of the file; allowed: [[card]] tables only",
                                              printable(key.str()))));
        const toml::node* list = root->get("card");
        if (!list) {
            m_diagnostics.add({shown}, englishOnly("card: the file holds no [[card]] table; allowed: one or more [[card]] tables"));
            return;
        }
        const toml::array* array = list->as_array();
        if (!array || !array->is_array_of_tables()) {
            m_diagnostics.add(positionOf(*list), englishOnly(fmt::format("card = {} is {}; allowed: [[card]] tables",
                                                             valueText(*list), typeName(*list).en)));
            return;
        }
        for (const toml::node& element : *array)
            if (auto card = readCard(*element.as_table(), category)) cards.push_back(std::move(*card));
    }

private:
    std::optional<std::string> readText(const fs::path& file, const std::string& shown) {
        std::error_code ec;
        if (!fs::is_regular_file(file, ec)) {
            m_diagnostics.add({shown}, englishOnly("cannot open the case file: not a regular file"));
            return std::nullopt;
        }
        if (fs::file_size(file, ec) > kMaxScenarioBytes) {
            m_diagnostics.add({shown}, englishOnly(fmt::format("the case file is too large; allowed: at most {} bytes",
                                                   kMaxScenarioBytes)));
            return std::nullopt;
        }
        std::ifstream in(file, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (in.bad()) {
            m_diagnostics.add({shown}, englishOnly("cannot read the case file: read error"));
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
        const auto category = fields.choice("category", m_categoryCodes, "a category", parseCategory);
        if (category && fileCategory && *category != *fileCategory)
            fields.problem("category", *fields.node("category"),
                           fmt::format("does not match the file, which holds {} cards", *fileCategory),
                           quotedText(*fileCategory));
        readId(fields, category, card);

        const auto legalClass = fields.choice("legal_class", legalClassNames(), "a legal class", parseLegalClass);
        const auto history = fields.choice("history", caseHistoryNames(), "a case history", parseCaseHistory);
        const auto groupSize = fields.integer("group_size", 1, kMaxCardGroupSize);
        const auto collective = fields.boolean("collective");
        const auto difficulty = fields.integer("difficulty", 1, kMaxDifficulty);
        if (fields.has("age_years"))
            card.ageYears = fields.number("age_years", 0.0, kMaxCaseAgeYears);
        else if (history == CaseHistory::LongStanding)
            fields.missing("age_years", " (history = \"long_standing\")");
        if (collective == true && groupSize && *groupSize < kMinCollectiveGroupSize)
            fields.problem("collective", *fields.node("collective"),
                           fmt::format("needs a group of at least {} (group_size = {})", kMinCollectiveGroupSize,
                                       *groupSize),
                           fmt::format("false, or true with group_size >= {}", kMinCollectiveGroupSize));

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
            fields.problem("id", at, "does not follow <CATEGORY>-<digits>",
                           fmt::format("\"{}\" followed by digits, e.g. \"{}01\"", prefix, prefix));
            return;
        }
        const auto [seen, fresh] = m_ids.try_emplace(*id, positionOf(at));
        if (!fresh) {
            const SourcePosition& first = seen->second;
            fields.problem("id", at, fmt::format("repeats the id at {}:{}:{}", first.file, first.line, first.column),
                           "each id once over all files");
            return;
        }
        card.id = *id;
    }

    void readDispositions(CardFields& fields, CaseCard& card) {
        const std::vector<std::string> names = dispositionNames();
        const auto wrong = fields.choice("wrong", names, "a disposition", parseDisposition);
        if (const toml::node* list = fields.require("acceptable")) {
            const toml::array* array = list->as_array();
            if (!array || array->empty()) {
                fields.problem("acceptable", *list,
                               array ? "lists no disposition" : fmt::format("is {}", typeName(*list).en));
            } else {
                for (std::size_t i = 0; i < array->size(); ++i) {
                    const std::string shown = fmt::format("acceptable[{}]", i + 1);
                    const auto disposition = fields.choice(shown, (*array)[i], names, "a disposition", parseDisposition);
                    if (!disposition) continue;
                    if (card.accepts(*disposition))
                        fields.problem(shown, (*array)[i], "repeats an earlier entry", "each disposition once");
                    else
                        card.acceptable.push_back(*disposition);
                }
            }
            if (wrong && card.accepts(*wrong))
                fields.problem("wrong", *fields.node("wrong"), "is also listed in acceptable",
                               "a disposition not in acceptable");
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
                    fields.problem(key, *value, "is set but acceptable does not list \"assign\"",
                                   "unit_zh, unit_en and deadline_days only on cards that accept assign");
            return;
        }
        // Missing keys are reported at acceptable, the reason they are needed.
        for (const char* key : withAssign)
            if (!fields.has(key))
                fields.report(positionOf(*fields.node("acceptable")),
                              fmt::format("{}: missing while acceptable lists \"assign\"; allowed: {}", key,
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
        diagnostics.add({folder.string()}, englishOnly("cannot open the case folder: no such folder"));
    } else {
        for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec))
            if (entry.is_regular_file(ec) && entry.path().extension() == ".toml") files.push_back(entry.path());
        if (ec)
            diagnostics.add({folder.string()}, englishOnly(fmt::format("cannot read the case folder: {}", ec.message())));
        else if (files.empty())
            diagnostics.add({folder.string()}, englishOnly("no case files; allowed: a folder with one or more *.toml files"));
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
