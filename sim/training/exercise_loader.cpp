// Reading exercises/*.toml into Exercises. The exercise key table (exercise_keys.cpp) decides which
// keys exist and which are required; the value readers of sim/scenario read and range-check single
// values, so an exercise file's messages read like a scenario file's. Every problem of every file
// is collected and thrown at the end as one ScenarioError.

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <set>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "sim/core/message_text.h"
#include "sim/reception/day_result.h"
#include "sim/scenario/key_context.h"
#include "sim/scenario/key_table.h"
#include "sim/scenario/scenario_draft.h"
#include "sim/scenario/scenario_loader.h"
#include "sim/scenario/suggest.h"
#include "sim/scenario/toml_reader.h"
#include "sim/scenario/value_readers.h"
#include "sim/training/case_card_keys.h"
#include "sim/training/exercise.h"
#include "sim/training/exercise_keys.h"
#include "sim/training/text_script.h"

namespace pujiang {

namespace {

namespace fs = std::filesystem;

// "[exercise]", "[[injects]]", "[budget.costs]"
std::string tableName(std::string_view tablePath) {
    if (tablePath.empty()) return "the top level";
    std::string name(tablePath);
    std::erase(name, '[');
    std::erase(name, ']');
    return tablePath.ends_with("[]") ? fmt::format("[[{}]]", name) : fmt::format("[{}]", name);
}

// The key as written in its table: "objectives" for the row "objectives[]".
std::string_view bareName(std::string_view path) {
    std::string_view name = keyName(path);
    if (name.ends_with("[]")) name.remove_suffix(2);
    return name;
}

OwnedPhrase allowedOf(std::string_view path) {
    const ExerciseKey* row = findExerciseKey(path);
    return row ? row->allowed : OwnedPhrase{};
}

// Reads one exercise file. Values are read through KeyContexts over a scratch scenario draft: the
// value readers only check and report, they store nothing there.
class ExerciseReader {
public:
    ExerciseReader(const fs::path& file, std::span<const CaseCard> cards, DiagnosticList& diagnostics)
        : m_file(file), m_shown(file.string()), m_cards(cards), m_diagnostics(diagnostics) {}

    std::optional<Exercise> read() {
        const std::optional<std::string> text = readScenarioText(m_file, {m_shown}, m_diagnostics);
        if (!text) return std::nullopt;
        const std::optional<toml::table> root = parseScenarioToml(*text, m_shown, m_diagnostics);
        if (!root) return std::nullopt;
        const std::size_t before = m_diagnostics.size();
        checkTable(*root, "", {m_shown});
        Exercise exercise;
        exercise.file = m_file;
        readExercise(*root, exercise);
        readBriefing(*root, exercise);
        readFeatured(*root, exercise);
        readBudget(*root, exercise);
        readScoring(*root, exercise);
        readObjectives(*root, exercise);
        readInjects(*root, exercise);
        readReference(*root, exercise);
        if (m_diagnostics.size() != before) return std::nullopt;
        return exercise;
    }

private:
    // ---- generic checks driven by the key table

    // Unknown keys (with a suggestion), keys of the wrong shape, and missing required keys of one
    // table at `tablePath` ("" top level, "injects[]" an inject). `at` is the table's position.
    void checkTable(const toml::table& table, std::string_view tablePath, const SourcePosition& at) {
        const std::vector<const ExerciseKey*> rows = exerciseChildKeys(tablePath);
        std::vector<std::string> names;
        for (const ExerciseKey* row : rows) names.emplace_back(bareName(row->path));
        for (const auto& [key, value] : table) {
            const std::string_view keyName = key.str();  // a lambda may not capture a structured binding (clang 14)
            const auto row = std::find_if(rows.begin(), rows.end(),
                                          [&](const ExerciseKey* r) { return bareName(r->path) == keyName; });
            const std::string name = printable(key.str());
            if (row == rows.end()) {
                const auto near = suggestName(key.str(), names);
                m_diagnostics.add(positionOf(key.source()),
                                  near ? bilingual("未知的键 '{}'（位于 {}）；是否想写 '{}'？",
                                                   "{}: unknown key in {}; did you mean '{}'?", name,
                                                   tableName(tablePath), *near)
                                       : bilingual("未知的键 '{}'（位于 {}）；允许：{}", "{}: unknown key in {}; allowed: {}",
                                                   name, tableName(tablePath), joinNames(names)));
                continue;
            }
            const bool wantTable = (*row)->kind == ExerciseKeyKind::Table;
            const bool wantArray = (*row)->kind == ExerciseKeyKind::TableArray;
            const toml::array* array = value.as_array();
            if ((wantTable && !value.is_table()) || (wantArray && !(array && array->is_array_of_tables())))
                m_diagnostics.add(positionOf(value),
                                  bilingual("{} = {} 的类型是 {}；允许：{}", "{} = {} is {}; allowed: {}", name,
                                            OwnedPhrase{valueText(value, Language::Zh), valueText(value, Language::En)},
                                            typeName(value),
                                            wantTable ? OwnedPhrase{fmt::format("[{}] 表", name), fmt::format("a [{}] table", name)}
                                                      : OwnedPhrase{fmt::format("[[{}]] 表", name),
                                                                    fmt::format("[[{}]] tables", name)}));
        }
        for (const ExerciseKey* row : rows)
            if (row->required && !table.contains(bareName(row->path))) missing(at, row->path, tablePath, {});
    }

    void missing(const SourcePosition& at, std::string_view path, std::string_view tablePath, const OwnedPhrase& when) {
        m_diagnostics.add(at, bilingual("{}：{} 中缺少此键{}；允许：{}", "{}: missing in {}{}; allowed: {}", bareName(path),
                                        tableName(tablePath), when, allowedOf(path)));
    }

    KeyContext context(const toml::node& node, std::string path) const {
        return KeyContext(node, std::move(path), m_scratch, m_diagnostics);
    }

    void problem(const KeyContext& key, const OwnedPhrase& what, const OwnedPhrase& allowed) {
        key.error(bilingual("{} {}；允许：{}", "{} {}; allowed: {}", key.subject(), what, allowed));
    }

    // A text of a table: "<base>_zh" in Chinese, "<base>_en" in English; both required.
    std::optional<OwnedPhrase> phrase(const toml::table& table, std::string_view prefix, std::string_view base) {
        std::optional<std::string> texts[2];
        bool ok = true;
        for (int i = 0; i < 2; ++i) {
            const bool chinese = i == 0;
            const std::string key = fmt::format("{}_{}", base, chinese ? "zh" : "en");
            const toml::node* node = table.get(key);
            if (!node) {
                ok = false;  // reported by checkTable when required
                continue;
            }
            const KeyContext ctx = context(*node, prefix.empty() ? key : fmt::format("{}.{}", prefix, key));
            texts[i] = readString(ctx);
            if (!texts[i]) {
                ok = false;
                continue;
            }
            const bool blank = std::all_of(texts[i]->begin(), texts[i]->end(), [](unsigned char c) { return std::isspace(c); });
            const OwnedPhrase allowed = chinese ? OwnedPhrase{"非空的中文字符串（含汉字）", "a non-empty string in Chinese (with CJK characters)"}
                                                : OwnedPhrase{"非空的英文字符串（不含汉字或全角标点）",
                                                              "a non-empty string in English (no CJK characters or full-width punctuation)"};
            if (blank)
                problem(ctx, {"为空", "is empty"}, allowed);
            else if (chinese && !containsHan(*texts[i]))
                problem(ctx, {"不含汉字", "has no Chinese characters"}, allowed);
            else if (!chinese && containsCjk(*texts[i]))
                problem(ctx, {"含有汉字或全角标点", "has Chinese characters or full-width punctuation"}, allowed);
            else
                continue;
            ok = false;
        }
        if (!ok) return std::nullopt;
        return OwnedPhrase{std::move(*texts[0]), std::move(*texts[1])};
    }

    // The key's context when it is written.
    std::optional<KeyContext> field(const toml::table& table, std::string_view prefix, std::string_view key) const {
        const toml::node* node = table.get(key);
        if (!node) return std::nullopt;
        return context(*node, prefix.empty() ? std::string(key) : fmt::format("{}.{}", prefix, key));
    }

    template <typename T, typename Read>
    void optional(const toml::table& table, std::string_view prefix, std::string_view key, T& target, Read read) {
        if (const auto ctx = field(table, prefix, key))
            if (auto value = read(*ctx)) target = static_cast<T>(*value);
    }

    std::optional<double> durationIn(const KeyContext& ctx, double low, double high, bool lowOpen) {
        return readDuration(ctx, DurationRange{low, high, lowOpen});
    }

    // A category code the scenario knows.
    std::optional<std::string> category(const KeyContext& ctx) {
        auto code = readString(ctx);
        if (!code) return std::nullopt;
        std::vector<std::string> codes;
        for (const CategorySpec& c : m_spec.categories) codes.push_back(c.code);
        if (std::find(codes.begin(), codes.end(), *code) != codes.end()) return code;
        if (m_specLoaded)
            problem(ctx, bilingual("不是场景中的类别{}", "is not a category of the scenario{}", didYouMean(suggestName(*code, codes))),
                    OwnedPhrase{choiceText(codes, Language::Zh), choiceText(codes, Language::En)});
        return std::nullopt;
    }

    // A 1-based room number of the scenario, returned 0-based.
    std::optional<std::uint32_t> room(const KeyContext& ctx) {
        const std::int64_t rooms = m_specLoaded ? static_cast<std::int64_t>(m_spec.rooms.size()) : 1'000'000;
        const auto number = readInteger(ctx, IntegerRange{1, rooms});
        if (!number) return std::nullopt;
        return static_cast<std::uint32_t>(*number - 1);
    }

    const CaseCard* card(const KeyContext& ctx) {
        const auto id = readString(ctx);
        if (!id) return nullptr;
        if (const CaseCard* found = findCard(m_cards, *id)) return found;
        std::vector<std::string> ids;
        for (const CaseCard& c : m_cards) ids.push_back(c.id);
        problem(ctx, bilingual("不是 data/cases/ 中的案例卡{}", "is not a card of data/cases/{}", didYouMean(suggestName(*id, ids))),
                {"data/cases/ 中的案例卡 id", "a card id of data/cases/"});
        return nullptr;
    }

    // ---- the tables

    const toml::table* subtable(const toml::table& root, std::string_view name) {
        const toml::node* node = root.get(name);
        return node ? node->as_table() : nullptr;
    }

    void readExercise(const toml::table& root, Exercise& exercise) {
        const toml::table* table = subtable(root, "exercise");
        if (!table) return;
        checkTable(*table, "exercise", positionOf(*table));
        if (const auto ctx = field(*table, "exercise", "id"))
            if (auto id = readString(*ctx)) {
                if (*id != m_file.stem().string())
                    problem(*ctx, {"与文件名不同", "differs from the file name"},
                            OwnedPhrase{fmt::format("\"{}\"", printable(m_file.stem().string())),
                                        fmt::format("\"{}\"", printable(m_file.stem().string()))});
                exercise.id = *id;
            }
        if (auto title = phrase(*table, "exercise", "title")) exercise.title = std::move(*title);
        if (const auto ctx = field(*table, "exercise", "scenario")) readScenario(*ctx, exercise);
        if (const auto ctx = field(*table, "exercise", "seed"))
            if (auto seed = readInteger(*ctx, IntegerRange{0})) exercise.seed = static_cast<std::uint64_t>(*seed);
        if (const auto ctx = field(*table, "exercise", "seed_policy"))
            if (auto index = readChoice(*ctx, seedPolicyNames(), {"种子策略", "seed policy"}))
                exercise.seedPolicy = static_cast<SeedPolicy>(*index);
        if (const auto ctx = field(*table, "exercise", "roles")) readRoles(*ctx, exercise);
        optional(*table, "exercise", "difficulty", exercise.difficulty,
                 [](const KeyContext& c) { return readInteger(c, IntegerRange{1, kMaxExerciseDifficulty}); });
        optional(*table, "exercise", "duration", exercise.durationMinutes,
                 [this](const KeyContext& c) { return durationIn(c, 1.0, 480.0, false); });
        optional(*table, "exercise", "decision_time", exercise.decisionSeconds, [this](const KeyContext& c) {
            const auto minutes = durationIn(c, 0.0, 60.0, false);
            return minutes ? std::optional<double>(*minutes * 60.0) : std::nullopt;
        });
    }

    void readScenario(const KeyContext& ctx, Exercise& exercise) {
        const auto path = readString(ctx);
        if (!path) return;
        exercise.scenario = m_file.parent_path() / *path;
        try {
            m_spec = loadScenarioFile(exercise.scenario);
            m_specLoaded = true;
            exercise.spec = m_spec;
        } catch (const ScenarioError& error) {
            problem(ctx, {"无法载入", "cannot be loaded"}, {"一个有效的场景文件", "a valid scenario file"});
            for (const Diagnostic& d : error.diagnostics)
                m_diagnostics.add({d.file, d.line, d.column}, OwnedPhrase{d.messageZh, d.message});
        }
    }

    void readRoles(const KeyContext& ctx, Exercise& exercise) {
        const auto elements = readArray(ctx, {"角色名称数组", "an array of role names"});
        if (!elements) return;
        if (elements->empty()) problem(ctx, {"未列出任何角色", "lists no role"}, allowedOf("exercise.roles"));
        for (const KeyContext& element : *elements) {
            const auto index = readChoice(element, roleNames(), {"角色", "role"});
            if (!index) continue;
            const auto role = static_cast<TraineeRole>(*index);
            if (exercise.hasRole(role))
                problem(element, {"与前面的条目重复", "repeats an earlier entry"}, {"每个角色只列一次", "each role once"});
            else
                exercise.roles.push_back(role);
        }
    }

    void readBriefing(const toml::table& root, Exercise& exercise) {
        const toml::table* table = subtable(root, "briefing");
        if (!table) return;
        checkTable(*table, "briefing", positionOf(*table));
        OwnedPhrase* targets[] = {&exercise.briefing.situation, &exercise.briefing.role, &exercise.briefing.resources,
                                  &exercise.briefing.success};
        const char* bases[] = {"situation", "role", "resources", "success"};
        for (std::size_t i = 0; i < std::size(bases); ++i)
            if (auto text = phrase(*table, "briefing", bases[i])) *targets[i] = std::move(*text);
    }

    void readFeatured(const toml::table& root, Exercise& exercise) {
        const toml::table* table = subtable(root, "featured");
        if (!table) return;
        checkTable(*table, "featured", positionOf(*table));
        FeaturedSpec& featured = exercise.featured;
        if (const auto ctx = field(*table, "featured", "categories"))
            if (const auto elements = readArray(*ctx, {"类别代码数组", "an array of category codes"}))
                for (const KeyContext& element : *elements)
                    if (auto code = category(element)) featured.categories.push_back(*code);
        if (const auto ctx = field(*table, "featured", "cards"))
            if (const auto elements = readArray(*ctx, {"案例卡 id 数组", "an array of card ids"}))
                for (const KeyContext& element : *elements)
                    if (const CaseCard* found = card(element)) featured.cards.push_back(found->id);
        optional(*table, "featured", "from", featured.from, [](const KeyContext& c) { return readClock(c); });
        optional(*table, "featured", "max_cases", featured.maxCases,
                 [](const KeyContext& c) { return readInteger(c, IntegerRange{0, kMaxFeaturedCases}); });
    }

    void readBudget(const toml::table& root, Exercise& exercise) {
        const toml::table* table = subtable(root, "budget");
        if (!table) return;
        checkTable(*table, "budget", positionOf(*table));
        Budget& budget = exercise.budget;
        optional(*table, "budget", "total", budget.total,
                 [](const KeyContext& c) { return readNumber(c, NumberRange{0.0, kMaxYuan}); });
        if (const toml::table* costs = subtable(*table, "costs")) {
            checkTable(*costs, "budget.costs", positionOf(*costs));
            double* targets[] = {&budget.costs.openRoom, &budget.costs.closeRoom, &budget.costs.callLawyer,
                                 &budget.costs.overtimeHour, &budget.costs.sendLeader, &budget.costs.redirect,
                                 &budget.costs.callHead};
            const char* keys[] = {"open_room", "close_room", "call_lawyer", "overtime_hour", "send_leader", "redirect",
                                  "call_head"};
            for (std::size_t i = 0; i < std::size(keys); ++i)
                optional(*costs, "budget.costs", keys[i], *targets[i],
                         [](const KeyContext& c) { return readNumber(c, NumberRange{0.0, kMaxYuan}); });
        }
        if (const toml::table* limits = subtable(*table, "limits")) {
            checkTable(*limits, "budget.limits", positionOf(*limits));
            std::optional<int>* targets[] = {&budget.limits.openRoom,   &budget.limits.closeRoom,
                                             &budget.limits.callLawyer, &budget.limits.extendHours,
                                             &budget.limits.sendLeader, &budget.limits.redirect,
                                             &budget.limits.callHead};
            const std::vector<std::string> keys = actionKindNames();
            for (std::size_t i = 0; i < keys.size(); ++i)
                if (const auto ctx = field(*limits, "budget.limits", keys[i]))
                    if (auto n = readInteger(*ctx, IntegerRange{0, 1000})) *targets[i] = static_cast<int>(*n);
        }
    }

    void readScoring(const toml::table& root, Exercise& exercise) {
        const toml::table* table = subtable(root, "scoring");
        if (!table) return;
        checkTable(*table, "scoring", positionOf(*table));
        const auto points = [](const KeyContext& c) { return readNumber(c, NumberRange{0.0, kMaxWeight}); };
        optional(*table, "scoring", "case_points", exercise.scoring.casePoints, points);
        optional(*table, "scoring", "compliance_points", exercise.scoring.compliancePoints, points);
        optional(*table, "scoring", "cost_points", exercise.scoring.costPoints, points);
    }

    // The elements of an array of tables, each checked against its rows; nothing when absent.
    template <typename ReadOne>
    void elements(const toml::table& parent, std::string_view prefix, std::string_view key, std::size_t most,
                  ReadOne readOne) {
        const std::string path = prefix.empty() ? std::string(key) : fmt::format("{}.{}", prefix, key);
        const toml::node* node = parent.get(key);
        const toml::array* array = node ? node->as_array() : nullptr;
        if (!array || !array->is_array_of_tables()) return;
        if (array->size() > most)
            m_diagnostics.add(positionOf(*node), bilingual("{}：列出了 {} 项；允许：最多 {} 项", "{}: {} entries; allowed: at most {}",
                                                           path, array->size(), most));
        const std::string tablePath = fmt::format("{}[]", path);
        for (std::size_t i = 0; i < array->size() && i < most; ++i) {
            const toml::table& table = *(*array)[i].as_table();
            checkTable(table, tablePath, positionOf(table));
            readOne(table, elementPath(path, i), positionOf(table));
        }
    }

    void readObjectives(const toml::table& root, Exercise& exercise) {
        std::set<std::string> ids;
        std::vector<std::string> metrics(metricNames().begin(), metricNames().end());
        for (const std::string& name : trainingMetricNames()) metrics.push_back(name);
        elements(root, "", "objectives", kMaxObjectives, [&](const toml::table& table, const std::string& at, const SourcePosition& where) {
            Objective objective;
            if (const auto ctx = field(table, at, "id"))
                if (auto id = readString(*ctx)) {
                    if (!ids.insert(*id).second)
                        problem(*ctx, {"与前面的目标重复", "repeats an earlier objective"}, {"每个 id 只用一次", "each id once"});
                    objective.id = *id;
                }
            if (const auto ctx = field(table, at, "metric"))
                if (auto index = readChoice(*ctx, metrics, {"指标", "metric"})) objective.metric = metrics[*index];
            const auto atMost = field(table, at, "at_most");
            const auto atLeast = field(table, at, "at_least");
            if (atMost && atLeast)
                problem(*atLeast, {"与 at_most 同时设置", "is set together with at_most"}, allowedOf("objectives[].at_least"));
            else if (!atMost && !atLeast)
                missing(where, "objectives[].at_most", "objectives[]", {"（或 at_least）", " (or at_least)"});
            else if (auto threshold = readNumber(atMost ? *atMost : *atLeast, kAnyNumber)) {
                objective.atMost = atMost.has_value();
                objective.threshold = *threshold;
            }
            optional(table, at, "weight", objective.weight,
                     [](const KeyContext& c) { return readNumber(c, NumberRange{0.0, kMaxWeight, true}); });
            objective.tolerance = objective.threshold == 0.0 ? 1.0 : std::fabs(objective.threshold);
            optional(table, at, "tolerance", objective.tolerance, [](const KeyContext& c) { return readNumber(c, kPositive); });
            if (auto label = phrase(table, at, "label")) objective.label = std::move(*label);
            exercise.objectives.push_back(std::move(objective));
        });
    }

    void readInjects(const toml::table& root, Exercise& exercise) {
        elements(root, "", "injects", kMaxInjects, [&](const toml::table& table, const std::string& at, const SourcePosition& where) {
            Inject inject;
            inject.source = where;
            optional(table, at, "at", inject.at, [](const KeyContext& c) { return readClock(c); });
            const auto kindCtx = field(table, at, "kind");
            std::optional<std::size_t> kind;
            if (kindCtx) kind = readChoice(*kindCtx, injectKindNames(), {"突发情况", "inject kind"});
            if (kind) inject.kind = static_cast<InjectKind>(*kind);
            const auto need = [&](std::string_view key) {
                if (!table.contains(key))
                    missing(where, fmt::format("injects[].{}", key), "injects[]",
                            bilingual("（kind = \"{}\"）", " (kind = \"{}\")", injectKindName(inject.kind)));
            };
            const bool arrival = kind && (inject.kind == InjectKind::CollectiveVisit || inject.kind == InjectKind::UrgentCase ||
                                          inject.kind == InjectKind::RepeatCase);
            if (arrival) need("category");
            if (kind && inject.kind == InjectKind::CollectiveVisit) need("persons");
            if (kind && inject.kind == InjectKind::LeaderAway) need("room");
            if (kind && (inject.kind == InjectKind::LeaderAway || inject.kind == InjectKind::Media)) need("minutes");
            if (kind && inject.kind == InjectKind::Rain) need("factor");
            if (const auto ctx = field(table, at, "category"))
                if (auto code = category(*ctx)) inject.category = *code;
            optional(table, at, "persons", inject.persons,
                     [](const KeyContext& c) { return readInteger(c, IntegerRange{5, kMaxCollectivePersons}); });
            if (const auto ctx = field(table, at, "room"))
                if (auto r = room(*ctx)) inject.room = *r;
            optional(table, at, "minutes", inject.minutes, [this](const KeyContext& c) { return durationIn(c, 0.0, 1440.0, true); });
            optional(table, at, "factor", inject.factor,
                     [](const KeyContext& c) { return readNumber(c, NumberRange{0.0, 1.0, true}); });
            if (const auto ctx = field(table, at, "card"))
                if (const CaseCard* found = card(*ctx)) {
                    if (!inject.category.empty() && found->category != inject.category)
                        problem(*ctx, bilingual("属于 {} 类，与 category 不符", "is a {} card, not of the inject's category",
                                                found->category),
                                allowedOf("injects[].card"));
                    inject.card = found->id;
                }
            if (auto message = phrase(table, at, "message")) inject.message = std::move(*message);
            exercise.injects.push_back(std::move(inject));
        });
        std::stable_sort(exercise.injects.begin(), exercise.injects.end(),
                         [](const Inject& a, const Inject& b) { return a.at < b.at; });
    }

    void readReference(const toml::table& root, Exercise& exercise) {
        const toml::table* table = subtable(root, "reference");
        if (!table) return;
        checkTable(*table, "reference", positionOf(*table));
        ReferencePlan& plan = exercise.reference;
        if (const auto ctx = field(*table, "reference", "dispositions"))
            if (auto index = readChoice(*ctx, std::vector<std::string>{"card_advice", "none"}, {"处理方式", "disposition rule"}))
                plan.otherwise = *index == 0 ? DispositionDefault::CardAdvice : DispositionDefault::None;
        const int injects = static_cast<int>(exercise.injects.size());
        elements(*table, "reference", "actions", kMaxPlannedActions,
                 [&](const toml::table& t, const std::string& at, const SourcePosition& where) {
            PlannedAction action;
            optional(t, at, "at", action.at, [](const KeyContext& c) { return readClock(c); });
            std::optional<std::size_t> kind;
            if (const auto ctx = field(t, at, "kind")) kind = readChoice(*ctx, actionKindNames(), {"调度", "action"});
            if (kind) action.kind = static_cast<ActionKind>(*kind);
            const auto need = [&](std::string_view key) {
                if (!t.contains(key))
                    missing(where, fmt::format("reference.actions[].{}", key), "reference.actions[]",
                            bilingual("（kind = \"{}\"）", " (kind = \"{}\")", actionKindName(action.kind)));
            };
            if (kind && action.kind != ActionKind::CallLawyer && action.kind != ActionKind::ExtendHours) need("room");
            if (kind && action.kind == ActionKind::ExtendHours) need("minutes");
            if (kind && action.kind == ActionKind::Redirect) need("category");
            if (kind && action.kind == ActionKind::SendLeader) need("inject");
            if (const auto ctx = field(t, at, "room"))
                if (auto r = room(*ctx)) action.room = *r;
            optional(t, at, "minutes", action.minutes, [this](const KeyContext& c) { return durationIn(c, 0.0, 720.0, true); });
            if (const auto ctx = field(t, at, "category"))
                if (auto code = category(*ctx)) action.category = *code;
            if (const auto ctx = field(t, at, "inject"))
                if (auto n = readInteger(*ctx, IntegerRange{1, std::max(injects, 1)})) action.inject = static_cast<int>(*n);
            plan.actions.push_back(std::move(action));
        });
        std::stable_sort(plan.actions.begin(), plan.actions.end(),
                         [](const PlannedAction& a, const PlannedAction& b) { return a.at < b.at; });
        elements(*table, "reference", "decisions", static_cast<std::size_t>(kMaxFeaturedCases + kMaxInjects),
                 [&](const toml::table& t, const std::string& at, const SourcePosition&) {
                     PlannedDecision decision;
                     if (const auto ctx = field(t, at, "card"))
                         if (const CaseCard* found = card(*ctx)) decision.card = found->id;
                     if (const auto ctx = field(t, at, "disposition"))
                         if (auto index = readChoice(*ctx, dispositionNames(), {"处理方式", "disposition"}))
                             decision.disposition = kDispositions[*index];
                     plan.decisions.push_back(std::move(decision));
                 });
    }

    fs::path m_file;
    std::string m_shown;
    std::span<const CaseCard> m_cards;
    DiagnosticList& m_diagnostics;
    mutable ScenarioDraft m_scratch;
    ScenarioSpec m_spec;
    bool m_specLoaded = false;
};

}  // namespace

bool isExerciseFile(const fs::path& file) {
    std::ifstream in(file);
    std::string line;
    for (int n = 0; n < 10'000 && std::getline(in, line); ++n) {
        const auto first = line.find_first_not_of(" \t");
        const auto last = line.find_last_not_of(" \t\r");
        if (first != std::string::npos && line.substr(first, last - first + 1) == "[exercise]") return true;
    }
    return false;
}

Exercise loadExerciseFile(const fs::path& file, std::span<const CaseCard> cards) {
    DiagnosticList diagnostics;
    std::optional<Exercise> exercise = ExerciseReader(file, cards, diagnostics).read();
    if (!diagnostics.empty() || !exercise) throw ScenarioError(diagnostics.sorted());
    return std::move(*exercise);
}

std::vector<Exercise> loadExercises(const fs::path& folder, std::span<const CaseCard> cards) {
    DiagnosticList diagnostics;
    std::vector<fs::path> files;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec))
        if (entry.is_regular_file(ec) && entry.path().extension() == ".toml") files.push_back(entry.path());
    if (ec)
        diagnostics.add({folder.string()}, bilingual("无法读取练习文件夹：系统错误 {0}", "cannot read the exercise folder: {1}",
                                                     ec.value(), ec.message()));
    std::sort(files.begin(), files.end());
    std::vector<Exercise> exercises;
    for (const fs::path& file : files)
        if (auto exercise = ExerciseReader(file, cards, diagnostics).read()) exercises.push_back(std::move(*exercise));
    if (!diagnostics.empty()) throw ScenarioError(diagnostics.sorted());
    return exercises;
}

}  // namespace pujiang
