#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "scenario_test_support.h"
#include "sim/scenario/scenario_document.h"
#include "spec_dump.h"
#include "tests/support/temp_folder.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

fs::path shipped(const char* name) { return testing::sourceDir() / "scenarios" / name; }

// Every scenario that must load: the shipped ones (found at run time, so a new file is covered
// without editing this test) and the fixtures with base chains, including a derived file without
// a name of its own.
std::vector<fs::path> loadableScenarios() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(testing::sourceDir() / "scenarios"))
        if (entry.path().extension() == ".toml") files.push_back(entry.path());
    for (const char* name : {"base_day.toml", "derived_day.toml", "full.toml", "nested/from_parent.toml"})
        files.push_back(testing::fixtureDir() / "scenario" / name);
    std::sort(files.begin(), files.end());
    return files;
}

std::string joined(const std::vector<Diagnostic>& problems) {
    std::string text;
    for (const Diagnostic& problem : problems) text += problem.format() + "\n";
    return text;
}

bool mentions(const std::vector<Diagnostic>& problems, std::string_view part) {
    return std::any_of(problems.begin(), problems.end(),
                       [part](const Diagnostic& problem) { return problem.format().find(part) != std::string::npos; });
}

TEST(ScenarioDocument, EveryScenarioSavesToTheSameSpec) {
    const std::vector<fs::path> files = loadableScenarios();
    ASSERT_GE(files.size(), 14u);
    for (const fs::path& file : files) {
        SCOPED_TRACE(file.string());
        const ScenarioSpec original = loadScenarioFile(file);
        const std::string saved = ScenarioDocument::fromFile(file).toToml();
        // Another name and folder: the saved text must not lean on its file name or a base.
        const ScenarioSpec reloaded = loadScenarioString(saved, "elsewhere.toml", "/nonexistent");
        EXPECT_TRUE(reloaded == original);
        EXPECT_EQ(testing::dumpSpec(reloaded), testing::dumpSpec(original));  // shows what differs
    }
}

TEST(ScenarioDocument, SavedTextIsAFixedPoint) {
    for (const fs::path& file : loadableScenarios()) {
        SCOPED_TRACE(file.string());
        const std::string saved = ScenarioDocument::fromFile(file).toToml();
        const ScenarioDocument again = ScenarioDocument::fromString(saved, "saved.toml");
        EXPECT_EQ(again.toToml(), saved);
        EXPECT_TRUE(again.spec() == loadScenarioFile(file));
    }
}

TEST(ScenarioDocument, DerivedFileIsFlattenedWithItsOwnName) {
    const ScenarioDocument document =
        ScenarioDocument::fromFile(testing::fixtureDir() / "scenario" / "derived_day.toml");
    const std::string text = document.toToml();
    EXPECT_EQ(text.find("base"), std::string::npos) << text;
    EXPECT_EQ(text.rfind("name = \"derived_day\"\n", 0), 0u) << text;  // the file stem, written out
    EXPECT_EQ(document.valueText("title"), std::nullopt);              // the base's title does not carry over
    EXPECT_EQ(document.valueText("day.opens"), "\"08:00\"");             // [day] merged key by key
    EXPECT_EQ(document.valueText("day.closes"), "\"12:00\"");
    EXPECT_EQ(document.valueText("batches.complexity"), "1.5");          // a distribution replaced whole
    EXPECT_EQ(document.valueText("batches.urgent_probability"), "0.1");
    EXPECT_EQ(document.elementCount("rooms"), 1u);                       // [[rooms]] replaced whole
    const ScenarioSpec spec = document.spec();
    EXPECT_EQ(spec.name, "derived_day");
    EXPECT_EQ(spec.batches.complexity, Distribution::constant(1.5));
}

TEST(ScenarioDocument, TextKeepsTypesAndIsInKeyTableOrder) {
    const std::string text = ScenarioDocument::fromFile(shipped("pujiang-2003.toml")).toToml();
    EXPECT_EQ(text.rfind("name = \"pujiang-2003\"\ntitle = \"2003年9月18日 浦江县 省领导下访接待日\"\n"
                         "description = \"2003年9月18日浦江首次领导下访接待日：14个临时接待室，预登记429批，以当年数字校准。\"\n\n[day]\n"
                         "opens = \"08:00\"\ncloses = \"17:30\"\nclosing_rule = \"serve_all_present\"\n\n[run]\n",
                         0),
              0u)
        << text;
    for (const char* line : {"on_spot = 0.209\n",  // the shortest text of the double, not 0.20899999999999999
                             "share = 8\n",        // an integer stays an integer
                             "slot_length = \"30min\"\n", "no_slots = [\"12:00-13:30\"]\n",
                             "consultation = { dist = \"lognormal\", mean = \"40min\", sd = \"20min\" }\n",
                             "[[rooms]]\nname = \"省委书记接待室\"\ntables = 1\n", "\n[rooms.selection]\n",
                             "profile = [\n    { from = \"08:00\", per_hour = 5.6 },\n"})
        EXPECT_NE(text.find(line), std::string::npos) << line << "\nnot in\n" << text;
    EXPECT_LT(text.find("[[categories]]"), text.find("[batches]"));
    EXPECT_LT(text.find("[[rooms]]"), text.find("[consultation]"));
}

TEST(ScenarioDocument, SetValueChangesTheSpec) {
    ScenarioDocument document = ScenarioDocument::fromFile(shipped("pujiang-2003.toml"));
    const std::vector<Diagnostic> none;
    EXPECT_EQ(document.valueText("rooms[1].tables"), "1");
    EXPECT_EQ(document.setValue("rooms[1].tables", "3"), none);
    EXPECT_EQ(document.valueText("rooms[1].tables"), "3");
    EXPECT_EQ(document.setValue("lawyers.count", "2"), none);  // creates [lawyers]
    EXPECT_EQ(document.setValue("day.opens", "07:30"), none);  // a bare word is a string
    EXPECT_EQ(document.valueText("day.opens"), "\"07:30\"");
    EXPECT_EQ(document.setValue("rooms[2].consultation", R"({ dist = "exponential", mean = "20min" })"), none);
    EXPECT_EQ(document.setValue("walk_ins.profile", R"([{ from = "09:00", per_hour = 2 }])"), none);
    const ScenarioSpec spec = document.spec();
    EXPECT_EQ(spec.rooms[0].tables, 3);
    EXPECT_EQ(spec.rooms[1].tables, 2);
    EXPECT_EQ(spec.lawyers.count, 2);
    EXPECT_DOUBLE_EQ(spec.day.opens, 7 * 60.0 + 30.0);
    EXPECT_EQ(spec.rooms[1].consultation, Distribution::exponential(20.0));
    ASSERT_EQ(spec.walkIns.profile.size(), 1u);
    EXPECT_DOUBLE_EQ(spec.walkIns.profile[0].perHour, 2.0);
    // What the editor shows is what it can write back.
    EXPECT_EQ(document.setValue("rooms[2].consultation", *document.valueText("rooms[2].consultation")), none);
    EXPECT_TRUE(document.spec() == spec);
}

TEST(ScenarioDocument, OutOfRangeValueIsKeptAndReported) {
    ScenarioDocument document = ScenarioDocument::fromFile(shipped("pujiang-2003.toml"));
    const std::vector<Diagnostic> found = document.setValue("rooms[1].tables", "0");
    ASSERT_EQ(found.size(), 1u) << joined(found);
    EXPECT_NE(found[0].format().find("rooms[1].tables = 0 is out of range; allowed: integer 1..1000"),
              std::string::npos)
        << found[0].format();
    EXPECT_EQ(document.valueText("rooms[1].tables"), "0");  // kept, so the user can fix it
    EXPECT_EQ(document.problems(), found);
    EXPECT_THROW(document.spec(), ScenarioError);
    EXPECT_EQ(document.setValue("rooms[1].tables", "2"), std::vector<Diagnostic>{});
    EXPECT_EQ(document.spec().rooms[0].tables, 2);

    const std::vector<Diagnostic> wrongType = document.setValue("run.replications", "many");
    EXPECT_TRUE(mentions(wrongType, "run.replications = \"many\" is a string")) << joined(wrongType);
    EXPECT_EQ(document.valueText("run.replications"), "\"many\"");
}

TEST(ScenarioDocument, MalformedOverrideLeavesTheDocumentUnchanged) {
    ScenarioDocument document = ScenarioDocument::fromFile(shipped("pujiang-2003.toml"));
    const std::string before = document.toToml();
    const std::vector<Diagnostic> typo = document.setValue("rooms[1].tabels", "3");
    ASSERT_EQ(typo.size(), 1u);
    EXPECT_EQ(typo[0].format(), "editor rooms[1].tabels=3: unknown key 'tabels' in [[rooms]]; did you mean 'tables'?");
    EXPECT_EQ(typo[0].format(Language::Zh), "editor rooms[1].tabels=3: 未知的键 'tabels'（位于[[rooms]]）；是否想写 'tables'？");
    const std::vector<Diagnostic> beyond = document.setValue("rooms[15].tables", "2");
    EXPECT_TRUE(mentions(beyond, "there are only 14 [[rooms]] (allowed 1..14 or *)")) << joined(beyond);
    EXPECT_TRUE(mentions(document.setValue("rooms[1].tables", "[1,"), "the value is not valid TOML"));
    EXPECT_TRUE(mentions(document.setValue("base", "\"other.toml\""), "base cannot be overridden"));
    EXPECT_TRUE(mentions(document.setValue("day", "3"), "[day]"));
    EXPECT_EQ(document.toToml(), before);
    EXPECT_EQ(document.problems(), std::vector<Diagnostic>{});
}

TEST(ScenarioDocument, RemoveValueRestoresTheDefault) {
    ScenarioDocument document = ScenarioDocument::fromFile(shipped("pujiang-2003.toml"));
    document.removeValue("registration.desks");
    EXPECT_EQ(document.valueText("registration.desks"), std::nullopt);
    EXPECT_EQ(document.spec().registration.desks, RegistrationSpec{}.desks);
    document.removeValue("lawyers.count");  // not written: nothing to do
    document.removeValue("rooms[1].selection.max_batches");
    EXPECT_EQ(document.spec().rooms[0].selection.maxBatches, TopLeaderSelection{}.maxBatches);

    // [rooms.selection] in a room without top_leader is an error; removing its last key removes the
    // section, and with it the error.
    const std::vector<Diagnostic> found = document.setValue("rooms[*].selection.max_batches", "4");
    EXPECT_TRUE(mentions(found, "rooms[2].selection")) << joined(found);
    document.removeValue("rooms[*].selection.max_batches");
    EXPECT_EQ(document.problems(), std::vector<Diagnostic>{});
    EXPECT_NE(document.valueText("rooms[1].selection.probability"), std::nullopt);
    EXPECT_EQ(document.valueText("rooms[2].selection"), std::nullopt);

    EXPECT_THROW(document.removeValue("rooms[1]"), std::invalid_argument);
    EXPECT_THROW(document.removeValue("rooms[1].tabels"), std::invalid_argument);
    EXPECT_THROW(document.valueText("day.lunch"), std::invalid_argument);
    EXPECT_THROW(document.valueText("rooms[*].tables"), std::invalid_argument);
}

TEST(ScenarioDocument, AppendAndRemoveElementsChangeTheRooms) {
    ScenarioDocument document = ScenarioDocument::fromFile(shipped("pujiang-2003.toml"));
    const ScenarioSpec original = document.spec();
    ASSERT_EQ(document.elementCount("rooms"), 14u);
    document.appendElement("rooms");  // a copy of the last room
    EXPECT_EQ(document.elementCount("rooms"), 15u);
    // The copy has the same name as the room it copies.
    EXPECT_TRUE(mentions(document.problems(), "接待室14 县领导综合")) << joined(document.problems());
    EXPECT_EQ(document.setValue("rooms[15].name", "\"接待室15\""), std::vector<Diagnostic>{});
    ScenarioSpec spec = document.spec();
    ASSERT_EQ(spec.rooms.size(), 15u);
    EXPECT_EQ(spec.rooms[14].departments, spec.rooms[13].departments);

    document.removeElement("rooms", 1);
    spec = document.spec();
    ASSERT_EQ(spec.rooms.size(), 14u);
    EXPECT_EQ(spec.rooms[0].name, "接待室2 土地");
    EXPECT_THROW(document.removeElement("rooms", 15), std::out_of_range);
    EXPECT_THROW(document.removeElement("rooms", 0), std::out_of_range);
    EXPECT_EQ(document.elementCount("rooms"), 14u);

    EXPECT_EQ(document.elementCount("walk_ins.profile"), 2u);
    document.removeElement("walk_ins.profile", 2);
    EXPECT_EQ(document.spec().walkIns.profile.size(), 1u);
    EXPECT_THROW(document.elementCount("rooms[1].tables"), std::invalid_argument);
    EXPECT_TRUE(document.spec() != original);
}

TEST(ScenarioDocument, AppendCreatesAMissingArray) {
    ScenarioDocument document = ScenarioDocument::fromString(testing::kMinimal, "minimal.toml");
    EXPECT_EQ(document.elementCount("walk_ins.profile"), 0u);
    EXPECT_EQ(document.elementCount("categories"), 0u);  // the default categories apply
    document.appendElement("walk_ins.profile");
    EXPECT_EQ(document.elementCount("walk_ins.profile"), 1u);
    EXPECT_TRUE(mentions(document.problems(), "missing required key 'from'")) << joined(document.problems());
    EXPECT_TRUE(mentions(document.setValue("walk_ins.profile[1].from", "09:00"), "missing required key 'per_hour'"));
    EXPECT_EQ(document.setValue("walk_ins.profile[1].per_hour", "2"), std::vector<Diagnostic>{});
    EXPECT_EQ(document.spec().walkIns.profile, (std::vector<RatePoint>{{9 * 60.0, 2.0}}));
}

TEST(ScenarioDocument, ModifiedSpecIsNotEqual) {
    const ScenarioSpec original = loadScenarioFile(shipped("pujiang-2003.toml"));
    EXPECT_TRUE(original == loadScenarioFile(shipped("pujiang-2003.toml")));
    ScenarioSpec changed = original;
    changed.rooms[3].selection.probability = 0.25;
    EXPECT_FALSE(changed == original);
    changed = original;
    changed.outcomes.onSpotLevel[2] = 2.0;  // an element of a plain array member
    EXPECT_FALSE(changed == original);
    changed = original;
    changed.rooms[1].consultation = Distribution::lognormal(23.0, 11.0);
    EXPECT_FALSE(changed == original);
    changed = original;
    changed.categories.pop_back();
    EXPECT_FALSE(changed == original);

    EXPECT_EQ(Distribution::empirical({1, 2}, {1, 3}), Distribution::empirical({1, 2}, {0.25, 0.75}));
    EXPECT_NE(Distribution::empirical({1, 2}, {1, 3}), Distribution::empirical({1, 2}, {1, 1}));
    EXPECT_NE(Distribution::uniform(1, 2), Distribution::triangular(1, 2, 2));
    EXPECT_NE(Distribution::exponential(2), Distribution::poisson(2));
}

TEST(ScenarioDocument, CopiesAreIndependentSnapshots) {
    ScenarioDocument document = ScenarioDocument::fromFile(shipped("county-duty-day.toml"));
    const ScenarioDocument snapshot = document;
    const std::string before = snapshot.toToml();
    document.setValue("rooms[1].tables", "4");
    document.appendElement("rooms");
    EXPECT_EQ(snapshot.toToml(), before);
    EXPECT_NE(document.toToml(), before);
    document = snapshot;  // undo
    EXPECT_EQ(document.toToml(), before);
}

TEST(ScenarioDocument, FromFileReportsTheLoadersMessages) {
    const fs::path broken = testing::fixtureDir() / "broken" / "tables_out_of_range.toml";
    std::string expected;
    try {
        loadScenarioFile(broken);
    } catch (const ScenarioError& error) {
        expected = error.what();
    }
    ASSERT_FALSE(expected.empty());
    try {
        ScenarioDocument::fromFile(broken);
        ADD_FAILURE() << "expected a ScenarioError";
    } catch (const ScenarioError& error) {
        EXPECT_EQ(error.what(), expected);
    }
    EXPECT_THROW(ScenarioDocument::fromFile(testing::fixtureDir() / "no-such-file.toml"), ScenarioError);
    EXPECT_THROW(ScenarioDocument::fromString("rooms = [", "syntax.toml"), ScenarioError);
}

class ScenarioDocumentFiles : public ::testing::Test {
protected:
    testing::TempFolder m_folder{"document"};
    const fs::path m_dir = m_folder.path();

    std::vector<std::string> filesInDir() const {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(m_dir)) names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }
};

TEST_F(ScenarioDocumentFiles, SaveAsWritesAFileThatLoadsBack) {
    // A derived file: its base is named from the new folder.
    const fs::path original = shipped("provincial-visit-today.toml");
    ScenarioDocument document = ScenarioDocument::fromFile(original);
    const fs::path saved = m_dir / "edited.toml";
    document.saveAs(saved);
    EXPECT_EQ(document.sourceName(), saved.string());
    EXPECT_EQ(filesInDir(), std::vector<std::string>{"edited.toml"});  // no temporary file left behind
    EXPECT_TRUE(loadScenarioFile(saved) == loadScenarioFile(original));
    EXPECT_EQ(ScenarioDocument::fromFile(saved).toToml(), document.toToml());

    // Saving again replaces the file whole.
    EXPECT_EQ(document.setValue("rooms[2].tables", "5"), std::vector<Diagnostic>{});
    document.saveAs(saved);
    EXPECT_EQ(loadScenarioFile(saved).rooms[1].tables, 5);
    EXPECT_EQ(loadScenarioFile(saved).name, "provincial-visit-today");
    EXPECT_EQ(filesInDir(), std::vector<std::string>{"edited.toml"});
}

TEST_F(ScenarioDocumentFiles, FailedSaveLeavesTheOldFile) {
    ScenarioDocument document = ScenarioDocument::fromFile(shipped("county-duty-day.toml"));
    EXPECT_THROW(document.saveAs(m_dir / "missing-folder" / "day.toml"), std::runtime_error);
    EXPECT_EQ(document.sourceName(), shipped("county-duty-day.toml").string());
    EXPECT_EQ(filesInDir(), std::vector<std::string>{});
}

}  // namespace
}  // namespace pujiang
