// `pujiang exercise play`: an exercise session in a terminal, typed or read from a script. It shows
// what the trainee must see at each stop (an inject, a case card, the end of the day) and takes the
// trainee's decisions and actions as lines (sim/training/play_script.h), so everything the GUI's
// training screens do can be done and tested without a screen.

#include "app/exercise_play.h"

#include "app/command.h"

#include <unistd.h>

#include <fstream>
#include <iostream>
#include <variant>

#include <fmt/format.h>

#include "sim/core/atomic_file.h"
#include "sim/core/localized_error.h"
#include "sim/core/message_text.h"
#include "sim/report/metric_format.h"
#include "sim/training/decision_log.h"
#include "sim/training/exercise_plan.h"
#include "sim/training/exercise_session.h"
#include "sim/training/play_script.h"
#include "sim/training/score_report.h"

namespace pujiang::cli {

namespace {

// Prints what the stop shows the trainee.
class StopPrinter {
public:
    StopPrinter(std::ostream& out, Language language) : m_out(out), m_language(language) {}

    void briefing(const Exercise& e, std::uint64_t seed) {
        const bool zh = m_language == Language::Zh;
        m_out << fmt::format("{} · {} {}\n\n", e.title.in(m_language), zh ? "种子" : "seed", seed);
        const std::pair<const char*, const char*> heads[] = {{"情况", "Situation"}, {"你的角色", "Your role"},
                                                             {"资源", "Resources"}, {"做得好是什么样", "What good looks like"}};
        const OwnedPhrase* texts[] = {&e.briefing.situation, &e.briefing.role, &e.briefing.resources, &e.briefing.success};
        for (int i = 0; i < 4; ++i)
            m_out << fmt::format("{}: {}\n", zh ? heads[i].first : heads[i].second, texts[i]->in(m_language));
        m_out << (zh ? "目标:\n" : "Objectives:\n");
        for (const Objective& o : e.objectives) m_out << fmt::format("  - {}\n", o.label.in(m_language));
        if (e.budget.total > 0) m_out << fmt::format("{}: {:.0f}\n", zh ? "预算（元）" : "Budget (yuan)", e.budget.total);
        m_out << fmt::format("{}: {}\n\n", zh ? "命令" : "Commands", playCommandsHelp());
    }

    void stop(const ExerciseSession& session, const ExerciseSession::Stop& stop) {
        const bool zh = m_language == Language::Zh;
        const std::string clock = formatClock(session.now());
        switch (stop.kind) {
        case ExerciseSession::StopKind::Inject:
            m_out << fmt::format("[{}] {}: {}\n", clock, zh ? "情况" : "inject", stop.inject->message.in(m_language));
            break;
        case ExerciseSession::StopKind::Case: caseCard(session, clock); break;
        case ExerciseSession::StopKind::Until: m_out << fmt::format("[{}]\n", clock); break;
        case ExerciseSession::StopKind::End:
            m_out << fmt::format("[{}] {}\n", clock, zh ? "这一天结束了；输入 finish 评分" : "the day is over; type finish to score it");
            break;
        }
    }

    void status(const ExerciseSession& session) {
        const bool zh = m_language == Language::Zh;
        const Exercise& e = session.exercise();
        m_out << fmt::format("[{}] {} {:.0f}{}; {} {}\n", formatClock(session.now()), zh ? "已花费" : "spent", session.spent(),
                             e.budget.total > 0 ? fmt::format(" / {:.0f}", e.budget.total) : std::string(),
                             zh ? "已决定案例" : "cases decided", session.training().decisions().size());
    }

private:
    void caseCard(const ExerciseSession& session, const std::string& clock) {
        const bool zh = m_language == Language::Zh;
        const PendingCase& pending = *session.pending();
        const CaseCard& card = *pending.card;
        m_out << fmt::format("[{}] {} {} · {} {} · {}\n", clock, zh ? "案例" : "case", card.id, zh ? "接待室" : "room",
                             pending.room + 1, card.title.in(m_language));
        const std::pair<const char*, const char*> heads[] = {{"来访人", "Petitioners"}, {"事由", "Story"},
                                                             {"诉求", "Asks for"},     {"经过", "History"},
                                                             {"手头材料", "Documents"}};
        const OwnedPhrase* texts[] = {&card.petitioners, &card.story, &card.request, &card.background, &card.documents};
        for (int i = 0; i < 5; ++i)
            m_out << fmt::format("  {}: {}\n", zh ? heads[i].first : heads[i].second, texts[i]->in(m_language));
        std::string options;
        for (Disposition d : kDispositions)
            options += fmt::format("{}{} ({})", options.empty() ? "" : ", ", dispositionName(d), dispositionLabel(d).in(m_language));
        m_out << fmt::format("  {}: decide {} | pass\n", zh ? "你的处理" : "Your disposition", options);
    }

    std::ostream& m_out;
    Language m_language;
};

// One line's command carried out; throws LocalizedError when the session cannot take it now.
// Returns false for `finish`.
bool carryOut(const PlayCommand& command, ExerciseSession& session, StopPrinter& printer, std::ostream& out) {
    const auto needsNoCase = [&] {
        if (session.pending())
            throw LocalizedError(OwnedPhrase{"有案例等待处理：先 decide 或 pass", "a case waits: decide or pass first"});
    };
    if (std::holds_alternative<PlayFinish>(command)) return false;
    if (std::holds_alternative<PlayStatus>(command)) {
        printer.status(session);
    } else if (std::holds_alternative<PlayNext>(command)) {
        needsNoCase();
        printer.stop(session, session.advance());
    } else if (const auto* until = std::get_if<PlayUntil>(&command)) {
        needsNoCase();
        if (until->clock < session.now())
            throw LocalizedError(OwnedPhrase{"时钟不能倒退", fmt::format("the clock is at {} already", formatClock(session.now()))});
        printer.stop(session, session.advance(until->clock));
    } else if (const auto* decide = std::get_if<PlayDecide>(&command)) {
        if (!session.pending()) throw LocalizedError(OwnedPhrase{"没有等待处理的案例", "no case waits for a decision"});
        const DecisionRecord& record = session.decide(decide->disposition);
        out << fmt::format("  → {} ({:.0f} min)\n", dispositionName(record.effect.carriedOut), record.effect.minutes);
    } else if (std::holds_alternative<PlayPass>(command)) {
        if (!session.pending()) throw LocalizedError(OwnedPhrase{"没有等待处理的案例", "no case waits for a decision"});
        session.pass();
    } else if (const auto* act = std::get_if<PlayAct>(&command)) {
        needsNoCase();
        const std::optional<Intervention> action = interventionOf(act->action, session);
        if (!action) throw LocalizedError(OwnedPhrase{"该注入的来访还没有到", "that inject's visit has not come yet"});
        if (const std::optional<std::string_view> why = session.whyNot(*action))
            throw LocalizedError(bilingual("现在不能这样做：{}", "cannot do that now: {}", std::string(*why)));
        const double cost = session.costOf(*action);
        session.act(*action);
        out << fmt::format("  → {} · {:.0f} · {:.0f}\n", actionKindName(act->action.kind), cost, session.spent());
    }
    return true;
}

}  // namespace

int playExercise(const Exercise& exercise, std::span<const CaseCard> cards, const PlayOptions& options) {
    std::ifstream file;
    if (!options.script.empty() && options.script != "-") {
        file.open(options.script);
        if (!file) throw std::runtime_error(fmt::format("{}: cannot open the script", options.script));
    }
    std::istream& in = file.is_open() ? static_cast<std::istream&>(file) : std::cin;
    const std::string source = file.is_open() ? options.script : std::string("stdin");
    // A person typing gets another try after a mistake; a script stops at its first bad line.
    const bool typing = !file.is_open() && ::isatty(STDIN_FILENO);

    ExerciseSession session(exercise, cards, options.seed);
    StopPrinter printer(std::cout, options.language);
    printer.briefing(exercise, options.seed);
    std::string line;
    for (int number = 1;; ++number) {
        if (typing) std::cout << "> " << std::flush;
        if (!std::getline(in, line)) break;
        try {
            const std::optional<PlayCommand> command = parsePlayLine(line, exercise);
            if (command && !carryOut(*command, session, printer, std::cout)) break;
        } catch (const LocalizedError& error) {
            const std::string message = fmt::format("{}:{}: {}", source, number, errorText(error).in(options.language));
            if (!typing) {
                std::cerr << message << '\n';
                return kExitUsage;
            }
            std::cout << message << '\n';
        }
    }
    if (session.pending()) session.pass();
    const PlayedDay played = finishPlayedDay(session);
    if (!options.record.empty()) {
        const DecisionLog log = decisionLogOf(exercise, options.seed, played);
        writeFileAtomically(options.record, [&](std::ostream& out) { out << formatDecisionLog(log); });
    }
    if (!options.json.empty())
        writeFileAtomically(options.json, [&](std::ostream& out) {
            out << scoreJson(exercise, options.seed, played.score, played.figures).dump(2) << '\n';
        });
    std::cout << '\n' << scoreText(exercise, played.score, played.figures, options.language);
    return 0;
}

}  // namespace pujiang::cli
