#include "sim/training/exercise_keys.h"

#include <algorithm>

#include <fmt/format.h>

#include "sim/core/message_text.h"
#include "sim/reception/day_result.h"
#include "sim/scenario/key_table.h"
#include "sim/scenario/suggest.h"
#include "sim/scenario/value_readers.h"
#include "sim/training/case_card_keys.h"
#include "sim/training/exercise.h"

namespace pujiang {

namespace {

using K = ExerciseKeyKind;

constexpr Phrase kZhText{"非空的中文字符串（含汉字）", "a non-empty string in Chinese (with CJK characters)"};
constexpr Phrase kEnText{"非空的英文字符串（不含汉字或全角标点）",
                         "a non-empty string in English (no CJK characters or full-width punctuation)"};
constexpr Phrase kClock{R"(时刻 "HH:MM"，00:00..47:59)", R"(clock time "HH:MM", 00:00..47:59)"};
constexpr Phrase kYuan{"数字 0..10000000（元）", "number 0..10000000 (yuan)"};
constexpr Phrase kCount{"整数 0..1000", "integer 0..1000"};

OwnedPhrase oneOf(const std::vector<std::string>& names) {
    return {choiceText(names, Language::Zh), choiceText(names, Language::En)};
}

OwnedPhrase owned(const Phrase& phrase) { return {std::string(phrase.zh), std::string(phrase.en)}; }
OwnedPhrase owned(OwnedPhrase phrase) { return phrase; }

ExerciseKey table(std::string path, Phrase description, bool required = false) {
    const bool array = path.ends_with("[]");
    std::string name = path;
    std::erase(name, '[');
    std::erase(name, ']');
    OwnedPhrase allowed = array ? bilingual("一个或多个 [[{}]] 表", "one or more [[{}]] tables", name)
                                : bilingual("[{}] 表", "a [{}] table", name);
    return {std::move(path), array ? K::TableArray : K::Table, array ? "array of tables" : "table", std::move(allowed),
            owned(description), "", required};
}

template <typename Allowed>
ExerciseKey value(std::string path, std::string type, const Allowed& allowed, Phrase description,
                  std::string defaultText = "", bool required = false) {
    return {std::move(path), K::Value, std::move(type), owned(allowed), owned(description),
            std::move(defaultText), required};
}

ExerciseKey requiredValue(std::string path, std::string type, const auto& allowed, Phrase description) {
    return value(std::move(path), std::move(type), allowed, description, "", true);
}

// Both languages of a text: "<base>_zh" and "<base>_en".
void texts(std::vector<ExerciseKey>& keys, std::string_view base, Phrase description, bool required = true) {
    keys.push_back(value(fmt::format("{}_zh", base), "string", kZhText, description, "", required));
    keys.push_back(value(fmt::format("{}_en", base), "string", kEnText, description, "", required));
}

std::vector<ExerciseKey> buildKeys() {
    std::vector<std::string> metrics(metricNames().begin(), metricNames().end());
    for (const std::string& name : trainingMetricNames()) metrics.push_back(name);
    const OwnedPhrase costNote{"数字 0..10000000（元）", "number 0..10000000 (yuan)"};

    std::vector<ExerciseKey> keys;
    keys.push_back(table("exercise", {"练习本身：名称、场景、种子、角色、难度、时长", "the exercise itself: title, scenario, seed, roles, difficulty, duration"}, true));
    keys.push_back(requiredValue("exercise.id", "string",
                                 Phrase{"与文件名（不含 .toml）相同", "the file name without .toml"},
                                 {"练习的标识", "the exercise's identifier"}));
    texts(keys, "exercise.title", {"标题", "title"});
    keys.push_back(requiredValue("exercise.scenario", "path",
                                 Phrase{"场景文件的路径，相对于本文件", "path of a scenario file, relative to this file"},
                                 {"所演练的接访日", "the reception day played"}));
    keys.push_back(requiredValue("exercise.seed", "integer", Phrase{"整数 ≥ 0", "integer >= 0"},
                                 {"随机数种子", "the random seed"}));
    keys.push_back(value("exercise.seed_policy", "choice", oneOf(seedPolicyNames()),
                         {"fixed：每次都演练同一天；drawn：第 k 次演练用 mix(seed, k)",
                          "fixed: every attempt plays the same day; drawn: attempt k plays mix(seed, k)"},
                         "\"fixed\""));
    keys.push_back(requiredValue("exercise.roles", "array",
                                 bilingual("由 {} 组成的非空数组，不重复", "a non-empty array of {}, no repeats",
                                           joinNames(roleNames())),
                                 {"学员扮演的角色", "the trainee's roles"}));
    keys.push_back(requiredValue("exercise.difficulty", "integer",
                                 bilingual("整数 1..{}", "integer 1..{}", kMaxExerciseDifficulty),
                                 {"难度", "difficulty"}));
    keys.push_back(requiredValue("exercise.duration", "duration",
                                 Phrase{"时长 1min..8h，例如 \"40min\"", "duration 1min..8h, e.g. \"40min\""},
                                 {"一次演练预计用时（真实时间）", "how long a session takes (real time)"}));
    keys.push_back(value("exercise.decision_time", "duration",
                         Phrase{"时长 0..1h；0 表示不限时", "duration 0..1h; 0 means no limit"},
                         {"图形界面中决定一个案例的时限", "time to decide a case in the GUI"}, "0"));

    keys.push_back(table("briefing", {"情况介绍", "the briefing"}, true));
    texts(keys, "briefing.situation", {"情况", "the situation"});
    texts(keys, "briefing.role", {"学员的角色和权限", "the trainee's role and powers"});
    texts(keys, "briefing.resources", {"可用的资源", "the resources at hand"});
    texts(keys, "briefing.success", {"怎样算做得好", "what good looks like"});

    keys.push_back(table("featured", {"哪些接谈带案例卡", "which consultations carry a case card"}));
    keys.push_back(value("featured.categories", "array",
                         bilingual("类别代码数组：{}", "an array of category codes: {}", joinNames(cardCategoryCodes())),
                         {"带案例卡的类别；空表示所有有卡的类别", "categories with cards; empty: every category with cards"},
                         "[]"));
    keys.push_back(value("featured.cards", "array",
                         Phrase{"data/cases/ 中案例卡 id 的数组", "an array of card ids of data/cases/"},
                         {"只用这些案例卡；空表示这些类别的所有卡", "only these cards; empty: every card of the categories"},
                         "[]"));
    keys.push_back(value("featured.from", "clock", kClock, {"从此时起开始的接谈才带卡", "consultations from this time on"},
                         "\"00:00\""));
    keys.push_back(value("featured.max_cases", "integer",
                         bilingual("整数 0..{}", "integer 0..{}", kMaxFeaturedCases),
                         {"一天中最多几个带卡案例", "most featured cases in the day"}, "5"));

    keys.push_back(table("budget", {"预算、各项干预的费用和次数上限", "the budget, the cost of each intervention and limits"}));
    keys.push_back(value("budget.total", "number", kYuan, {"预算；0 表示不设预算（仍计费用）", "the budget; 0: none (costs still counted)"}, "0"));
    keys.push_back(table("budget.costs", {"每项干预的费用（元）", "what each intervention costs (yuan)"}));
    keys.push_back(table("budget.limits", {"每项干预最多几次；不写表示不限", "how many times each may be taken; unset: no limit"}));
    for (const std::string& action : actionKindNames()) {
        if (action == "extend_hours") {
            keys.push_back(value("budget.costs.overtime_hour", "number", costNote,
                                 {"延长一小时的费用（全天延长按开放的接待室计）",
                                  "one room-hour of extension (a whole-day extension counts every open room)"},
                                 "0"));
        } else {
            keys.push_back(value("budget.costs." + action, "number", costNote, {"每次的费用", "cost of each"}, "0"));
        }
        keys.push_back(value("budget.limits." + action, "integer", kCount, {"最多次数", "most times"}));
    }

    keys.push_back(table("scoring", {"评分的分值", "points of the score"}));
    keys.push_back(value("scoring.case_points", "number", bilingual("数字 0..{}", "number 0..{}", kMaxWeight),
                         {"每个处理得当的案例", "each case decided appropriately"}, "10"));
    keys.push_back(value("scoring.compliance_points", "number", bilingual("数字 0..{}", "number 0..{}", kMaxWeight),
                         {"所有决定都合法时的满分", "all of it when every decision was lawful"}, "20"));
    keys.push_back(value("scoring.cost_points", "number", bilingual("数字 0..{}", "number 0..{}", kMaxWeight),
                         {"一分钱没花时的满分", "all of it when nothing was spent"}, "10"));

    keys.push_back(table("objectives[]", {"目标：从当天结果中读一个数，与阈值比较", "an objective: one figure of the day against a threshold"}, true));
    keys.push_back(requiredValue("objectives[].id", "string", Phrase{"练习内唯一的名字", "a name unique in the exercise"},
                                 {"目标的标识", "the objective's identifier"}));
    keys.push_back(requiredValue("objectives[].metric", "choice", oneOf(metrics),
                                 {"当天的指标（docs/results-schema.md）或决定的指标",
                                  "a day metric (docs/results-schema.md) or a figure of the decisions"}));
    keys.push_back(value("objectives[].at_most", "number", Phrase{"数字；与 at_least 二选一", "number; exactly one of at_most, at_least"},
                         {"指标不超过此值即达成", "met when the figure is at most this"}));
    keys.push_back(value("objectives[].at_least", "number", Phrase{"数字；与 at_most 二选一", "number; exactly one of at_most, at_least"},
                         {"指标不低于此值即达成", "met when the figure is at least this"}));
    keys.push_back(value("objectives[].weight", "number", bilingual("数字 > 0，至多 {}", "number > 0, at most {}", kMaxWeight),
                         {"达成时的分值", "points when met"}, "10"));
    keys.push_back(value("objectives[].tolerance", "number", Phrase{"数字 > 0", "number > 0"},
                         {"超出阈值这么多时部分得分降为 0", "partial credit falls to 0 this far past the threshold"},
                         "(|threshold|, or 1 when it is 0)"));
    texts(keys, "objectives[].label", {"学员看到的说明", "what the trainee reads"});

    keys.push_back(table("injects[]", {"按时发生的突发情况", "what happens to the trainee, at a time"}));
    keys.push_back(requiredValue("injects[].at", "clock", kClock, {"发生时刻", "when"}));
    keys.push_back(requiredValue("injects[].kind", "choice", oneOf(injectKindNames()), {"类型", "what happens"}));
    keys.push_back(value("injects[].category", "string",
                         bilingual("类别代码：{}", "a category code: {}", joinNames(cardCategoryCodes())),
                         {"来访的类别（collective_visit、urgent_case、repeat_case 必需）",
                          "the visit's category (collective_visit, urgent_case, repeat_case: required)"}));
    keys.push_back(value("injects[].persons", "integer",
                         bilingual("整数 5..{}", "integer 5..{}", kMaxCollectivePersons),
                         {"来访人数（collective_visit 必需）", "people who come (collective_visit: required)"}));
    keys.push_back(value("injects[].room", "integer", Phrase{"整数 1..场景的接待室数", "integer 1..rooms of the scenario"},
                         {"哪个接待室（leader_away 必需）", "which room (leader_away: required)"}));
    keys.push_back(value("injects[].minutes", "duration", Phrase{"时长 > 0，至多 24h", "duration > 0, at most 24h"},
                         {"持续多久（leader_away、media 必需）", "how long (leader_away, media: required)"}));
    keys.push_back(value("injects[].factor", "number", Phrase{"数字 0..1，不含 0", "number 0..1, not 0"},
                         {"仍来访的比例（rain 必需）", "share of walk-ins who still come (rain: required)"}));
    keys.push_back(value("injects[].card", "string", Phrase{"data/cases/ 中同类别的案例卡 id", "a card id of data/cases/ of the same category"},
                         {"来访批次带这张案例卡", "the injected batch carries this card"}));
    texts(keys, "injects[].message", {"弹出给学员的消息", "the pop-up the trainee reads"});

    keys.push_back(table("reference", {"出题人的参考方案，用于讲评", "the exercise author's reference plan, for the debrief"}));
    keys.push_back(value("reference.dispositions", "choice", oneOf({"card_advice", "none"}),
                         {"未列出的案例如何处理：card_advice 为案例卡的第一种恰当处理",
                          "cases not listed: card_advice is the card's first acceptable disposition"},
                         "\"card_advice\""));
    keys.push_back(table("reference.actions[]", {"参考方案中的调度", "a coordinator action of the plan"}));
    keys.push_back(requiredValue("reference.actions[].at", "clock", kClock, {"时刻", "when"}));
    keys.push_back(requiredValue("reference.actions[].kind", "choice", oneOf(actionKindNames()), {"做什么", "what"}));
    keys.push_back(value("reference.actions[].room", "integer", Phrase{"整数 1..场景的接待室数", "integer 1..rooms of the scenario"},
                         {"哪个接待室（open_room、close_room、send_leader、redirect、call_head 必需；extend_hours 不写表示全天）",
                          "which room (open_room, close_room, send_leader, redirect, call_head: required; extend_hours: unset means the whole day)"}));
    keys.push_back(value("reference.actions[].minutes", "duration", Phrase{"时长 > 0，至多 12h", "duration > 0, at most 12h"},
                         {"延长多久（extend_hours 必需）", "how much later it closes (extend_hours: required)"}));
    keys.push_back(value("reference.actions[].category", "string",
                         bilingual("类别代码：{}", "a category code: {}", joinNames(cardCategoryCodes())),
                         {"改派哪个类别（redirect 必需）", "the category redirected (redirect: required)"}));
    keys.push_back(value("reference.actions[].inject", "integer", Phrase{"整数 1..突发情况数", "integer 1..number of injects"},
                         {"接待哪个突发来访（send_leader 必需）", "the injected visit received (send_leader: required)"}));
    keys.push_back(table("reference.decisions[]", {"参考方案中对某张案例卡的决定", "the plan's decision on one card"}));
    keys.push_back(requiredValue("reference.decisions[].card", "string", Phrase{"data/cases/ 中的案例卡 id", "a card id of data/cases/"},
                                 {"案例卡", "the card"}));
    keys.push_back(requiredValue("reference.decisions[].disposition", "choice", oneOf(dispositionNames()),
                                 {"处理方式", "the disposition"}));
    return keys;
}

}  // namespace

std::vector<std::string> trainingMetricNames() {
    return {"decisions.appropriate_share", "decisions.lawful_share", "decisions.in_court_legal_share",
            "media.reneged", "cost.spent"};
}

std::span<const ExerciseKey> exerciseKeys() {
    static const std::vector<ExerciseKey> kKeys = buildKeys();
    return kKeys;
}

const ExerciseKey* findExerciseKey(std::string_view path) {
    const auto keys = exerciseKeys();
    const auto it = std::find_if(keys.begin(), keys.end(), [path](const ExerciseKey& key) { return key.path == path; });
    return it == keys.end() ? nullptr : &*it;
}

std::vector<const ExerciseKey*> exerciseChildKeys(std::string_view tablePath) {
    std::vector<const ExerciseKey*> children;
    for (const ExerciseKey& row : exerciseKeys())
        if (parentPath(row.path) == tablePath) children.push_back(&row);
    return children;
}

}  // namespace pujiang
