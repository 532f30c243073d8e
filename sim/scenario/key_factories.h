#pragma once
// Building blocks of the key table (internal to sim/scenario): one factory per kind of value, so
// a row states only its path, default, description, range and field, and gets its type, unit,
// "allowed" text (English and Chinese) and reader from the factory. Fields are reached through the draft, so rows of
// [[rooms]] keys write into the element being read (draft.rooms.back()).

#include <cstdint>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

#include "sim/core/distribution.h"
#include "sim/core/language.h"
#include "sim/scenario/distribution_parser.h"
#include "sim/scenario/key_context.h"
#include "sim/scenario/key_table.h"
#include "sim/scenario/scenario_draft.h"
#include "sim/scenario/value_readers.h"

namespace pujiang {

struct KeyText {
    const char* path;
    const char* defaultText;  // a TOML value as it would be written in a file
    const char* description;
};

template <class T>
using DraftField = T& (*)(ScenarioDraft&);

// `unit` is the English unit word; its Chinese form comes from unitText (sim/scenario/unit_names.h).
KeyInfo valueKey(const KeyText& text, std::string type, std::string unit, OwnedPhrase allowed,
                 std::function<void(const KeyContext&)> read);
KeyInfo tableKey(const char* path, const char* description);
KeyInfo tableArrayKey(const KeyText& text, std::size_t maxElements, void (*clear)(ScenarioDraft&),
                      void (*append)(ScenarioDraft&));

KeyInfo integerKey(const KeyText& text, IntegerRange range, const char* unit, DraftField<int> field);
KeyInfo integerKey(const KeyText& text, IntegerRange range, const char* unit, DraftField<std::uint64_t> field);
KeyInfo numberKey(const KeyText& text, NumberRange range, const char* unit, DraftField<double> field);
KeyInfo booleanKey(const KeyText& text, DraftField<bool> field);
KeyInfo stringKey(const KeyText& text, DraftField<std::string> field);
KeyInfo durationKey(const KeyText& text, DurationRange range, DraftField<double> field);
// A duration stored in days (e.g. "60d"; other units are converted).
KeyInfo clockKey(const KeyText& text, DraftField<double> field);
KeyInfo distributionKey(const KeyText& text, DistributionDomain domain, const char* unit,
                        DraftField<Distribution> field);

// `what` names the kind of value in messages: "closing rule" ("x is not a known closing rule").
template <class E, std::size_t N>
KeyInfo enumKey(const KeyText& text, const E (&values)[N], const char* (*name)(E), Phrase what,
                std::type_identity_t<DraftField<E>> field) {
    std::vector<std::string> names;
    for (E value : values) names.emplace_back(name(value));
    std::vector<E> choices(std::begin(values), std::end(values));
    OwnedPhrase allowed{choiceText(names, Language::Zh), choiceText(names, Language::En)};
    KeyInfo row = valueKey(text, "enum", "", std::move(allowed), [names, choices, what, field](const KeyContext& key) {
        if (const auto index = readChoice(key, names, what)) field(key.draft()) = choices[*index];
    });
    // The GUI offers these in a drop-down; enumValueLabel (sim/scenario/enum_value_labels.h) names them.
    row.choices = std::move(names);
    return row;
}

// A row whose default is computed rather than written (e.g. "(day.opens)"): the defaults test
// skips it and the reference doc shows the text as a note.
KeyInfo computedDefault(KeyInfo row);
// A key every element of its table array must set.
KeyInfo required(KeyInfo row);

}  // namespace pujiang
