// The class-records store under several programs at once: four processes recording attempts into
// one file, and a process killed in the middle of recording one. Processes, not threads, because
// that is how trainees' programs share a store, and SQLite's locks are between processes.

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <iostream>
#include <set>

#include "sim/training/class_store.h"
#include "tests/support/temp_folder.h"
#include "tests/training/class_records_fixtures.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;
using testing::rowCount;
using testing::sampleAttempt;

constexpr int kWriters = 4;
constexpr int kAttemptsPerWriter = 50;
constexpr useconds_t kPauseBetweenAttemptsUs = 2000;

// Runs `body` in a child process that never returns into GoogleTest; its exit status is 0 when
// `body` returned, 1 when it threw.
template <class F>
pid_t inChild(F body) {
    const pid_t pid = fork();
    if (pid != 0) return pid;
    int status = 0;
    try {
        body();
    } catch (const std::exception& error) {
        std::cerr << "child " << getpid() << ": " << error.what() << "\n";
        status = 1;
    }
    _exit(status);
}

// A start line: children block on it until the parent opens it, so they all begin at the same
// time instead of one after another as they are forked.
class StartLine {
public:
    StartLine() {
        if (pipe(m_fds) != 0) throw std::runtime_error("pipe failed");
    }
    // In a child: returns when the parent calls open().
    void wait() {
        close(m_fds[1]);
        char ignored;
        if (read(m_fds[0], &ignored, 1) != 0) throw std::runtime_error("start line written to");
    }
    // In the parent: every child's read sees end-of-file.
    void open() {
        close(m_fds[0]);
        close(m_fds[1]);
    }

private:
    int m_fds[2];
};

// Waits for every child and expects each to have exited with status 0.
void expectAllSucceeded(const std::vector<pid_t>& children) {
    for (pid_t child : children) {
        int status = 0;
        ASSERT_EQ(waitpid(child, &status, 0), child);
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "child " << child << " failed";
    }
}

std::vector<Trainee> writersRoster() {
    std::vector<Trainee> roster;
    for (int w = 0; w < kWriters; ++w) roster.push_back({fmt::format("t{}", w), fmt::format("学员{}", w)});
    return roster;
}

TEST(ClassStoreWriters, FourProcessesRecordTwoHundredCompleteAttempts) {
    testing::TempFolder folder("class-writers");
    const fs::path file = folder.path() / "classes.sqlite";
    // The parent's connection is closed before fork: SQLite connections must not cross a fork.
    const std::int64_t classId = ClassStore(file).newClass("pujiang-2003", 1, writersRoster());

    StartLine startLine;
    std::vector<pid_t> children;
    for (int w = 0; w < kWriters; ++w)
        children.push_back(inChild([&, w] {
            startLine.wait();
            ClassStore store(file);
            for (int i = 0; i < kAttemptsPerWriter; ++i) {
                store.recordAttempt(sampleAttempt(classId, fmt::format("t{}", w), std::uint64_t(w) * 1000 + i, i));
                // A trainee's program does other work between attempts; without a pause the writer
                // that holds the lock takes it again at once and the others, asleep in the busy
                // handler, only get their turn when it is done: the writes would not interleave.
                usleep(kPauseBetweenAttemptsUs);
            }
        }));
    const auto start = std::chrono::steady_clock::now();
    startLine.open();
    expectAllSucceeded(children);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    const std::vector<Attempt> attempts = ClassStore(file).attempts(classId);
    ASSERT_EQ(attempts.size(), std::size_t(kWriters * kAttemptsPerWriter));
    int turns = 0;  // how often the writer changes from one attempt to the next: 3 if one wrote after another
    std::set<std::int64_t> ids;
    std::set<std::pair<std::string, std::uint64_t>> written;
    for (const Attempt& a : attempts) {
        if (!ids.empty() && a.trainee != attempts[ids.size() - 1].trainee) ++turns;
        ids.insert(a.id);
        written.insert({a.trainee, a.seed});
        EXPECT_EQ(a.parts.size(), testing::kPartsPerAttempt) << a.id;
        EXPECT_EQ(a.objectives.size(), testing::kObjectivesPerAttempt) << a.id;
        EXPECT_EQ(a.cases.size(), testing::kCasesPerAttempt) << a.id;
        // Every row as written: none lost, none attached to another attempt.
        Attempt expected = sampleAttempt(classId, fmt::format("t{}", a.seed / 1000), a.seed, double(a.seed % 1000));
        expected.id = a.id;
        EXPECT_TRUE(a == expected) << "attempt " << a.id << " differs from what writer " << a.trainee << " wrote";
    }
    EXPECT_EQ(ids.size(), attempts.size()) << "duplicate attempt ids";
    EXPECT_EQ(written.size(), attempts.size()) << "an attempt was written twice";
    EXPECT_EQ(rowCount(file, "score_parts"), std::int64_t(attempts.size() * testing::kPartsPerAttempt));
    EXPECT_EQ(rowCount(file, "case_results"), std::int64_t(attempts.size() * testing::kCasesPerAttempt));

    std::cout << fmt::format("[ figures  ] {} processes x {} attempts = {} attempts complete, no duplicates, in {:.2f} s; "
                             "the writer changed {} times between consecutive attempts\n",
                             kWriters, kAttemptsPerWriter, attempts.size(), seconds, turns);
    RecordProperty("processes", kWriters);
    RecordProperty("attempts", static_cast<int>(attempts.size()));
    RecordProperty("milliseconds", static_cast<int>(seconds * 1000));
    RecordProperty("writer_changes", turns);
}

TEST(ClassStoreWriters, ProgramsOpeningOneNewFileAtOnceCreateItsSchemaOnce) {
    testing::TempFolder folder("class-writers");
    const fs::path file = folder.path() / "new.sqlite";
    StartLine startLine;
    std::vector<pid_t> children;
    for (int w = 0; w < kWriters; ++w)
        children.push_back(inChild([&, w] {
            startLine.wait();
            ClassStore(file).newClass(fmt::format("exercise-{}", w), std::uint64_t(w), writersRoster());
        }));
    startLine.open();
    expectAllSucceeded(children);
    EXPECT_EQ(ClassStore(file).classes().size(), std::size_t(kWriters));
    testing::expectCurrentSchemaInWal(file);
}

TEST(ClassStoreWriters, KilledWriterLeavesNoHalfAttempt) {
    testing::TempFolder folder("class-writers");
    const fs::path file = folder.path() / "classes.sqlite";
    std::int64_t classId = 0;
    {
        ClassStore store(file);
        classId = store.newClass("pujiang-2003", 1, writersRoster());
        store.recordAttempt(sampleAttempt(classId, "t0", 1));  // a committed attempt to keep
    }

    const pid_t child = inChild([&] {
        ClassStore store(file);
        // Killed after the attempt row, its score parts and the first objective are written,
        // before the commit: the transaction's rows are in the WAL file but never committed.
        store.setStepHook([](std::string_view table) {
            if (table == "objective_results") raise(SIGKILL);
        });
        store.recordAttempt(sampleAttempt(classId, "t1", 2));
    });
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "the writer was not killed mid-attempt";

    ClassStore store(file);
    const std::vector<Attempt> attempts = store.attempts(classId);
    ASSERT_EQ(attempts.size(), 1u);
    EXPECT_EQ(attempts.front().seed, 1u);
    EXPECT_EQ(rowCount(file, "attempts"), 1);
    EXPECT_EQ(rowCount(file, "score_parts"), std::int64_t(testing::kPartsPerAttempt));
    EXPECT_EQ(rowCount(file, "objective_results"), std::int64_t(testing::kObjectivesPerAttempt));
    EXPECT_EQ(rowCount(file, "case_results"), std::int64_t(testing::kCasesPerAttempt));
    sqlite::Database db(file);
    EXPECT_EQ(db.queryText("PRAGMA integrity_check"), "ok");
    EXPECT_EQ(db.queryInteger("SELECT count(*) FROM attempts WHERE trainee_id = 't1'"), 0);
    // The store still takes attempts after the crash.
    store.recordAttempt(sampleAttempt(classId, "t1", 3));
    EXPECT_EQ(store.attempts(classId).size(), 2u);
}

}  // namespace
}  // namespace pujiang
