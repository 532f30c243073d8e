#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "sim/scenario/distribution_parser.h"
#include "sim/scenario/enum_value_labels.h"
#include "sim/scenario/key_descriptions_zh.h"
#include "sim/scenario/key_table.h"
#include "sim/scenario/unit_names.h"
#include "sim/scenario/value_readers.h"

namespace pujiang {
namespace {

// True when the UTF-8 text holds a CJK unified ideograph (U+4E00..U+9FFF): a Chinese text that is
// only an English copy or a bare literal would not.
bool hasCjk(std::string_view text) {
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if ((lead & 0xF0) != 0xE0) continue;
        const unsigned code = ((lead & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                              (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
        if (code >= 0x4E00 && code <= 0x9FFF) return true;
    }
    return false;
}

TEST(KeyTextZh, EveryRowHasChineseTexts) {
    for (const KeyInfo& row : keyTable()) {
        EXPECT_FALSE(row.description.empty()) << row.path;
        EXPECT_TRUE(hasCjk(row.descriptionZh)) << row.path << " has no Chinese description (key_descriptions_zh.cpp)";
        EXPECT_EQ(row.allowed.empty(), row.allowedZh.empty()) << row.path;
        EXPECT_TRUE(row.allowed.empty() || hasCjk(row.allowedZh)) << row.path << ": " << row.allowedZh;
        EXPECT_EQ(row.unit.empty(), row.unitZh.empty()) << row.path;
        EXPECT_TRUE(row.unit.empty() || hasCjk(row.unitZh)) << row.path << ": unit " << row.unit;
    }
}

TEST(KeyTextZh, ChineseDescriptionsNameOnlyKeysOfTheTable) {
    std::set<std::string_view> seen;
    for (const KeyDescriptionZh& entry : keyDescriptionsZh()) {
        EXPECT_TRUE(seen.insert(entry.path).second) << "duplicate " << entry.path;
        EXPECT_NE(findKey(entry.path), nullptr) << "stale Chinese description for " << entry.path;
    }
    EXPECT_EQ(seen.size(), keyTable().size());
    EXPECT_TRUE(keyDescriptionZh("rooms.tables").empty());
}

TEST(KeyTextZh, LanguagePicksTheText) {
    const KeyInfo* opens = findKey("day.opens");
    ASSERT_NE(opens, nullptr);
    EXPECT_EQ(&opens->describe(Language::En), &opens->description);
    EXPECT_EQ(&opens->describe(Language::Zh), &opens->descriptionZh);
    EXPECT_EQ(opens->unitIn(Language::En), "min after 00:00");
    EXPECT_EQ(opens->unitIn(Language::Zh), "时刻（00:00 起的分钟）");
    EXPECT_EQ(opens->allowedIn(Language::En), R"("HH:MM", 00:00..47:59)");
    EXPECT_EQ(opens->allowedIn(Language::Zh), R"(时刻 "HH:MM"，00:00..47:59)");
}

TEST(KeyTextZh, AllowedTextsComeFromTheSameFactories) {
    auto zh = [](std::string_view path) {
        const KeyInfo* row = findKey(path);
        return row ? row->allowedZh : "(no key " + std::string(path) + ")";
    };
    EXPECT_EQ(zh("rooms[].tables"), "整数 1..1000");
    EXPECT_EQ(zh("run.seed"), "整数 ≥ 0");
    EXPECT_EQ(zh("categories[].law_related"), "数字 0..1");
    EXPECT_EQ(zh("consultation.unmatched_factor"), "数字 > 0");
    EXPECT_EQ(zh("outcomes.on_spot"), "数字 ≥ 0");
    EXPECT_EQ(zh("lawyers.max_wait"), "时长 ≥ 0");
    EXPECT_EQ(zh("appointments.slot_length"), "时长 > 0");
    EXPECT_EQ(zh("triage.rebalance"), "true 或 false");
    EXPECT_EQ(zh("title"), "任意文字");
    EXPECT_EQ(zh("day.closing_rule"), "以下之一：finish_current, serve_all_present, stop_at_close");
    EXPECT_EQ(zh("rooms[].consultation"), "时长 ≥ 0，或时长的分布");
    EXPECT_EQ(zh("batches.patience"), R"("none"、时长 ≥ 0，或时长的分布)");
    EXPECT_EQ(zh("stream.interarrival"), "时长 ≥ 0，或时长的分布（均值须 > 0）");
    EXPECT_EQ(zh("rooms").rfind("最多 ", 0), 0u) << zh("rooms");
    // The English is what messages and the reference doc use; it must not change.
    EXPECT_EQ(findKey("rooms[].tables")->allowed, "integer 1..1000");
    EXPECT_EQ(findKey("stream.interarrival")->allowed, "duration >= 0, or a distribution of durations with mean > 0");
}

TEST(KeyTextZh, RangesDescribeThemselvesInBothLanguages) {
    EXPECT_EQ(IntegerRange({1, 1000}).describe(), "integer 1..1000");
    EXPECT_EQ(IntegerRange({1, 1000}).describe(Language::Zh), "整数 1..1000");
    EXPECT_EQ(kNonNegative.describe(), "number >= 0");
    EXPECT_EQ(kNonNegative.describe(Language::Zh), "数字 ≥ 0");
    EXPECT_EQ(kAnyNumber.describe(Language::Zh), "数字");
    EXPECT_EQ(DurationRange{}.describe(), "duration >= 0");
    EXPECT_EQ(DurationRange{}.describe(Language::Zh), "时长 ≥ 0");
    EXPECT_EQ(DurationRange({0.0, 600.0}).describe(Language::Zh), "时长 0..10h");
    EXPECT_EQ(DistributionDomain{Quantity::Number}.describe(Language::Zh), "数字 ≥ 0，或数值的分布");
    EXPECT_EQ((DistributionDomain{Quantity::Duration, true}).describe(Language::Zh), "时长（可为负），或时长的分布");
    const std::vector<std::string> names = {"fifo", "priority"};
    EXPECT_EQ(choiceText(names), "one of fifo, priority");
    EXPECT_EQ(choiceText(names, Language::Zh), "以下之一：fifo, priority");
}

TEST(KeyTextZh, EveryEnumValueHasALabel) {
    int enumKeys = 0;
    for (const KeyInfo& row : keyTable()) {
        if (row.type != "enum") {
            EXPECT_TRUE(row.choices.empty()) << row.path;
            continue;
        }
        ++enumKeys;
        EXPECT_FALSE(row.choices.empty()) << row.path;
        for (const std::string& value : row.choices) {
            EXPECT_TRUE(hasCjk(enumValueLabel(row.path, value, Language::Zh))) << row.path << " = " << value;
            const std::string_view en = enumValueLabel(row.path, value, Language::En);
            EXPECT_FALSE(en.empty()) << row.path << " = " << value;
            EXPECT_FALSE(hasCjk(en)) << row.path << " = " << value;
        }
    }
    EXPECT_GE(enumKeys, 5);
    EXPECT_EQ(enumValueLabel("day.closing_rule", "serve_all_present", Language::Zh), "接待完所有在场者（记加班）");
    EXPECT_EQ(enumValueLabel("day.closing_rule", "serve_all_present", Language::En), "serve everyone present (overtime)");
    EXPECT_TRUE(enumValueLabel("day.closing_rule", "close_early", Language::Zh).empty());
    EXPECT_TRUE(enumValueLabel("day.opens", "08:00", Language::Zh).empty());
}

TEST(KeyTextZh, EnumLabelsNameOnlyEnumKeysAndTheirValues) {
    std::set<std::string_view> keys;
    for (const EnumKeyLabels& key : enumKeyLabels()) {
        EXPECT_TRUE(keys.insert(key.keyPath).second) << "duplicate " << key.keyPath;
        const KeyInfo* row = findKey(key.keyPath);
        ASSERT_NE(row, nullptr) << "stale labels for " << key.keyPath;
        EXPECT_EQ(row->type, "enum") << key.keyPath;
        std::set<std::string_view> values;
        for (const EnumValueLabel& label : key.values) {
            EXPECT_TRUE(values.insert(label.value).second) << key.keyPath << ": duplicate " << label.value;
            EXPECT_NE(std::find(row->choices.begin(), row->choices.end(), label.value), row->choices.end())
                << key.keyPath << ": stale label for " << label.value;
        }
    }
}

TEST(KeyTextZh, EveryUnitOfTheTableHasAChineseName) {
    std::set<std::string> units;
    for (const KeyInfo& row : keyTable()) {
        if (row.unit.empty()) continue;
        units.insert(row.unit);
        EXPECT_EQ(row.unitZh, unitText(row.unit, Language::Zh)) << row.path;
    }
    EXPECT_GE(units.size(), 10u);
    for (const std::string& unit : units) {
        EXPECT_TRUE(hasCjk(unitText(unit, Language::Zh))) << "no Chinese name for the unit " << unit;
        EXPECT_EQ(unitText(unit, Language::En), unit);
    }
    EXPECT_EQ(unitText("min", Language::Zh), "分钟");
    EXPECT_EQ(unitText("", Language::Zh), "");
    // An unknown unit comes back in English, visible rather than blank; the loop above catches it.
    EXPECT_EQ(unitText("furlongs", Language::Zh), "furlongs");
}

// The loader's Chinese messages name a key's type ("缺少必需的键 'name'（字符串；…）").
TEST(KeyTextZh, EveryTypeOfTheTableHasAChineseName) {
    std::set<std::string> types;
    for (const KeyInfo& row : keyTable()) types.insert(row.type);
    EXPECT_GE(types.size(), 10u);
    for (const std::string& type : types) {
        EXPECT_TRUE(hasCjk(keyTypeText(type, Language::Zh))) << "no Chinese name for the type " << type;
        EXPECT_EQ(keyTypeText(type, Language::En), type);
    }
}

}  // namespace
}  // namespace pujiang
