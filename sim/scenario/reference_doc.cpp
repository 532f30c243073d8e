#include "sim/scenario/reference_doc.h"

#include <fmt/format.h>

#include "sim/core/distribution.h"
#include "sim/reception/scenario_spec.h"
#include "sim/scenario/distribution_parser.h"
#include "sim/scenario/key_table.h"
#include "sim/scenario/scenario_limits.h"

namespace pujiang {

namespace {

constexpr std::string_view kIntro = R"(# Scenario file reference

<!-- Generated from the key table (sim/scenario/key_table.cpp) by scenarioReferenceMarkdown()
     (sim/scenario/reference_doc.cpp). Do not edit by hand: the scenario tests fail when this file
     is out of date. To regenerate it, run the test with PUJIANG_UPDATE_REFERENCE=1, e.g.
       PUJIANG_UPDATE_REFERENCE=1 <build>/tests/scenario/scenario_tests --gtest_filter='ScenarioReference.*' -->

A scenario is a TOML file describing one reception day (or one steady-state experiment). Only
`sim/scenario` reads these files; the model receives the typed `ScenarioSpec`. Every key below is
optional unless marked **required**; a key that is not written keeps its default. Unknown keys are
errors.

## Units

- **Durations** are strings with a unit and no space: `"90s"`, `"15min"`, `"1.5h"`, `"60d"`. The
  integer `0` also means zero. They are stored in minutes.
  Negative durations (`"-15min"`) are allowed only where a key says so.
- **Clock times** are strings `"HH:MM"` from `"00:00"` to `"47:59"` (a day may run past
  midnight), stored as minutes after 00:00 of the reception day.
- **Probabilities** are numbers from 0 to 1. Integers may be written where a number is expected.

## Distributions

A random quantity is either a plain value, meaning a constant (a duration for duration-valued keys,
a number for dimensionless ones), or an inline table naming the kind and its parameters:

```toml
consultation = { dist = "lognormal", mean = "25min", sd = "12.5min" }
group_size = { dist = "empirical", values = [1, 2, 3, 4, 5], weights = [0.645, 0.232, 0.083, 0.030, 0.011] }
```

Parameters of duration-valued keys are durations with units (gamma's `shape` is a plain number);
parameters of dimensionless keys are numbers. Samples are never negative unless the key allows
negative durations (`appointments.offset`).

)";

constexpr std::string_view kBaseAndErrors = R"(
## Bases

`base = "pujiang-2003.toml"` makes this file build on another scenario (the path is relative to this
file). The base is loaded first (it may have a base itself; cycles are errors) and this file's keys
override it: tables such as `[day]` merge key by key, while arrays — including `[[rooms]]`,
`[[categories]]` and `walk_ins.profile` — replace the base's array whole. A distribution written
here replaces the base's distribution whole. `name` and `title` are never inherited.

## Errors

Every problem in a file (and its bases) is reported at once, each as
`file:line:col: what is wrong; what is allowed`, for example
`scenarios/x.toml:12:10: rooms[2].tables = 0 is out of range; allowed: integer 1..1000`.
Tables of an array are counted from 1: `rooms[2]` is the second `[[rooms]]` table. A misspelt key
gets a "did you mean" suggestion, otherwise the list of valid keys in its table. The command line
prints the messages in English; the GUI shows them in its language, in Chinese for example
`rooms[2].tables = 0 超出范围；允许：整数 1..1000` (key paths, values and file names as written).
Each problem is reported once: a setting whose value cannot be read is not also compared with
other settings (`day.opens` before `day.closes`, `run.warmup` shorter than `run.horizon`) until it
is fixed. A file that cannot be opened is reported with the system's reason (no such file,
permission denied, too many levels of symbolic links), and a `base` holding a NUL is refused.

## Overrides

Commands that vary a scenario take overrides `KEY=VALUE`, e.g. `--set rooms[2].tables=3`. KEY is a
key of the tables below, written with dots (`run.seed`, `day.closes`, `outcomes.on_spot`); a table
of an array is picked by its number from 1 (`rooms[2].tables`, `categories[3].share`) or `*` for
all of them (`rooms[*].tables`). VALUE is written as in a file (`3`, `0.25`, `"15min"`, `true`,
`["12:00-13:30"]`, `{ dist = "exponential", mean = "8min" }`); a bare word that is not a TOML value
is a string, so `day.closes=17:30` and `day.closing_rule=finish_current` need no quotes. An
override replaces the value at its key, whether the file or a base wrote it, and creates missing
tables; the result is checked exactly like a file, and problems name the override:
`--set rooms[2].tables=0: rooms[2].tables = 0 is out of range; allowed: integer 1..1000`.
`base` cannot be overridden, and tables are set key by key.

)";

std::string escapeCell(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '|') out += '\\';
        out += c;
    }
    return out;
}

std::string defaultCell(const KeyInfo& row) {
    if (row.required) return "**required**";
    if (row.defaultText.empty()) return "";
    if (!row.literalDefault) return fmt::format("*{}*", escapeCell(row.defaultText));
    return fmt::format("`{}`", escapeCell(row.defaultText));
}

std::string limitsText() {
    return fmt::format(
        "Limits that keep a hostile file from exhausting memory: files of at most 4 MiB, at most {} bases in a "
        "chain, at most {} rooms after `count` expansion, at most {} tables per room, at most {} replications, "
        "`run.horizon` at most {:.0f}h, and at most {:.0f} expected arrivals per replication. So that the model's "
        "arithmetic stays finite, every number a file writes has a magnitude of at most {:g} and every duration at "
        "most {:.0f}h, whatever its key (a Poisson mean at most {:g}); beyond that a value is refused as too large.\n",
        kMaxBaseDepth, kMaxRooms, kMaxTablesPerRoom, kMaxReplications, kMaxHorizonHours, kMaxExpectedArrivals,
        kMaxNumberMagnitude, kMaxDurationMinutes / 60.0, kMaxPoissonMean);
}

std::string distributionTable() {
    std::string text = "| `dist` | Parameters | Checks |\n|---|---|---|\n";
    for (std::string_view name : distributionNames()) {
        DistributionKind kind{};
        parseDistributionKind(name, kind);
        text += fmt::format("| `{}` | {} | {} |\n", name, escapeCell(distributionParameters(kind)),
                            escapeCell(distributionConstraints(kind)));
    }
    return text;
}

// The categories a scenario gets when it writes no [[categories]].
std::string defaultCategoryTable() {
    const std::vector<CategorySpec> categories = defaultCategories();
    double total = 0.0;
    for (const CategorySpec& c : categories) total += c.share;
    std::string text =
        "\n## Default categories\n\n"
        "A scenario without `[[categories]]` gets these twelve. The shares are assumptions (the sources give no "
        "mix); `share` is the weight as written, the percentage its part of all arrivals.\n\n"
        "| `code` | `name_zh` | `name_en` | `share` | % of arrivals | `law_related` | `collective_prone` | "
        "`policy_scope` |\n|---|---|---|---|---|---|---|---|\n";
    for (const CategorySpec& c : categories)
        text += fmt::format("| `{}` | {} | {} | {} | {:.1f} | {} | {} | {} |\n", c.code, c.nameZh, escapeCell(c.nameEn),
                            c.share, 100.0 * c.share / total, c.lawRelatedProbability, c.collectiveProne,
                            c.policyScope ? "true" : "false");
    return text;
}

class MarkdownWriter {
public:
    std::string write() {
        m_out += kIntro;
        m_out += distributionTable();
        m_out += kBaseAndErrors;
        m_out += limitsText();
        section("", "## Top level", "Keys written before any table.");
        m_out += defaultCategoryTable();
        return std::move(m_out);
    }

private:
    void section(const std::string& tablePath, const std::string& heading, std::string_view description) {
        m_out += fmt::format("\n{}\n\n{}\n", heading, description);
        const std::vector<const KeyInfo*> children = childKeys(tablePath);
        bool tableStarted = false;
        for (const KeyInfo* row : children) {
            if (row->kind == KeyKind::Table) continue;
            if (!tableStarted) {
                m_out += "\n| Key | Type | Default | Unit | Allowed | Description |\n|---|---|---|---|---|---|\n";
                tableStarted = true;
            }
            m_out += fmt::format("| `{}` | {} | {} | {} | {} | {} |\n", keyName(row->path), escapeCell(row->type),
                                 defaultCell(*row), escapeCell(row->unit), escapeCell(row->allowed),
                                 escapeCell(row->description));
        }
        const std::string hashes = tablePath.empty() ? "##" : "###";
        for (const KeyInfo* row : children) {
            if (row->kind == KeyKind::Value) continue;
            const std::string inner = row->kind == KeyKind::TableArray ? row->path + "[]" : row->path;
            section(inner, fmt::format("{} {}", hashes, tableLabel(inner)), row->description);
        }
    }

    std::string m_out;
};

}  // namespace

std::string scenarioReferenceMarkdown() { return MarkdownWriter().write(); }

std::string keyTableText() {
    std::string text;
    for (const KeyInfo& row : keyTable()) {
        if (row.kind == KeyKind::Table) {
            text += fmt::format("{}\n    {}\n\n", tableLabel(row.path), row.description);
            continue;
        }
        const std::string unit = row.unit.empty() ? "" : ", " + row.unit;
        const std::string allowed = row.allowed.empty() ? "" : "; allowed: " + row.allowed;
        text += fmt::format("{} = {}  ({}{}{})\n    {}\n\n", row.path, row.defaultText, row.type, unit, allowed,
                            row.description);
    }
    return text;
}

}  // namespace pujiang
