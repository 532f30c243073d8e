#include "sim/training/decision_log.h"

#include <charconv>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

#include "sim/core/localized_error.h"
#include "sim/core/message_text.h"
#include "sim/scenario/suggest.h"
#include "sim/training/case_card_keys.h"

namespace pujiang {

namespace {

constexpr std::string_view kExercise = "# exercise=", kDecision = "# decision=";

// The value after " name=" in a line of "key=value" fields, or empty.
std::string_view field(std::string_view line, std::string_view name) {
    const std::string key = fmt::format(" {}=", name);
    const std::size_t at = line.find(key);
    if (at == std::string_view::npos) return {};
    std::string_view rest = line.substr(at + key.size());
    return rest.substr(0, rest.find(' '));
}

}  // namespace

std::string formatDecisionLog(const DecisionLog& log) {
    std::string text = formatInterventionLog(log.interventions, {log.scenario, log.seed});
    const std::size_t firstLineEnd = text.find('\n') + 1;
    text.insert(firstLineEnd, fmt::format("{}{}\n", kExercise, log.exercise));
    std::size_t decide = 0;
    for (const Intervention& i : log.interventions) {
        if (i.kind != InterventionKind::Decide) continue;
        text += fmt::format("{}{} batch={} card={} disposition={}\n", kDecision, decide + 1, i.batch,
                            decide < log.cards.size() ? log.cards[decide] : "?",
                            dispositionName(log.dispositions.at(decide)));
        ++decide;
    }
    return text;
}

DecisionLog parseDecisionLog(std::string_view text) {
    DecisionLog log;
    const std::optional<InterventionLogOrigin> origin = interventionLogOrigin(text);
    if (!origin)
        throw LocalizedError(OwnedPhrase{"第 1 行：不是决定记录；允许：以 \"# scenario=名称 seed=种子\" 开头的文件",
                                         "line 1: not a decision log; allowed: a file that starts with \"# scenario=NAME seed=SEED\""});
    log.scenario = origin->scenario;
    log.seed = origin->seed;
    log.interventions = parseInterventionLog(text);
    std::size_t lineNumber = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        start = end + 1;
        ++lineNumber;
        if (line.starts_with(kExercise)) log.exercise = std::string(line.substr(kExercise.size()));
        if (!line.starts_with(kDecision)) continue;
        const std::string padded = " " + std::string(line.substr(2));
        const std::optional<Disposition> d = parseDisposition(field(padded, "disposition"));
        if (!d)
            throw LocalizedError(bilingual("第 {} 行：disposition 不是已知的处理方式；允许：{}",
                                           "line {}: disposition is not a known disposition; allowed: {}", lineNumber,
                                           joinNames(dispositionNames())));
        log.dispositions.push_back(*d);
        log.cards.emplace_back(field(padded, "card"));
    }
    std::size_t decides = 0;
    for (const Intervention& i : log.interventions) decides += i.kind == InterventionKind::Decide ? 1 : 0;
    if (decides != log.dispositions.size())
        throw LocalizedError(bilingual("记录有 {} 个决定行，但有 {} 个处理方式行；两者应一一对应",
                                       "the log has {} decide lines but {} decision lines; they must match one to one",
                                       decides, log.dispositions.size()));
    if (log.exercise.empty())
        throw LocalizedError(OwnedPhrase{"决定记录中缺少 \"# exercise=\" 行", "the decision log has no \"# exercise=\" line"});
    return log;
}

DecisionLog readDecisionLogFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw LocalizedError(bilingual("{}：无法打开决定记录", "{}: cannot open the decision log", file.string()));
    try {
        return parseDecisionLog(std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
    } catch (const LocalizedError& error) {
        const OwnedPhrase text = errorText(error);
        throw LocalizedError(OwnedPhrase{fmt::format("{}：{}", file.string(), text.zh), fmt::format("{}: {}", file.string(), text.en)});
    }
}

}  // namespace pujiang
