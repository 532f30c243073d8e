// docs/exercise-reference.md, generated from the exercise key table so the document and the loader
// cannot disagree.

#include <fmt/format.h>

#include "sim/scenario/key_table.h"
#include "sim/training/exercise_keys.h"

namespace pujiang {

namespace {

constexpr std::string_view kIntro = R"(# Exercise file reference

<!-- Generated from the exercise key table (sim/training/exercise_keys.cpp) by
     exerciseReferenceMarkdown(). Do not edit by hand: the training tests fail when this file is
     out of date. To regenerate it, run the test with PUJIANG_UPDATE_REFERENCE=1, e.g.
       PUJIANG_UPDATE_REFERENCE=1 <build>/tests/training/training_tests --gtest_filter='ExerciseReference.*' -->

An exercise (`exercises/*.toml`) sets up a reception day for training: the day (a scenario file
and a seed), the trainee's role, a briefing, the objectives the day is scored on, a budget, the
injects that happen during the day, which consultations carry case cards (`data/cases/`,
[cases.md](cases.md)) and the author's reference plan for the debrief. What the session does with
each is stated in [training.md](training.md). `pujiang validate` and `pujiang exercise validate`
check exercise files; problems are reported as `file:line:column: key = value ...; allowed: ...`,
unknown keys with a suggestion, all problems of a file at once.

Units are those of scenario files ([scenario-reference.md](scenario-reference.md)): durations are
strings with a unit (`"40min"`, `"1h"`), clock times `"HH:MM"`, rooms are numbered from 1 in the
order the scenario lists them (a `[[rooms]]` table with `count = 3` is three rooms). Every text a
trainee reads is written twice, `<key>_zh` in Chinese and `<key>_en` in English. Keys are optional
unless marked **required**; a required table must be written.

)";

std::string cell(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '|') out += "\\|";
        else out += c;
    }
    return out;
}

std::string heading(std::string_view tablePath) {
    std::string name(tablePath);
    std::erase(name, '[');
    std::erase(name, ']');
    return tablePath.ends_with("[]") ? fmt::format("[[{}]]", name) : fmt::format("[{}]", name);
}

}  // namespace

std::string exerciseReferenceMarkdown() {
    std::string out(kIntro);
    for (const ExerciseKey& table : exerciseKeys()) {
        if (table.kind == ExerciseKeyKind::Value) continue;
        out += fmt::format("## `{}`{}\n\n{}.\n\n", heading(table.path), table.required ? " (required)" : "",
                           table.description.en);
        std::string rows;
        for (const ExerciseKey* key : exerciseChildKeys(table.path)) {
            if (key->kind != ExerciseKeyKind::Value) continue;
            rows += fmt::format("| `{}` | {} | {} | {} | {} |\n", keyName(key->path), key->type,
                                key->required ? "**required**" : (key->defaultText.empty() ? "—" : "`" + cell(key->defaultText) + "`"),
                                cell(key->allowed.en), cell(key->description.en));
        }
        if (!rows.empty()) out += "| key | type | default | allowed | meaning |\n|---|---|---|---|---|\n" + rows + "\n";
    }
    return out;
}

}  // namespace pujiang
