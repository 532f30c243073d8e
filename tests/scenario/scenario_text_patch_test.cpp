// Saving an edited scenario patches the original text (sim/scenario/scenario_text_patch.h): what
// the edit did not reach stays byte for byte, and the saved file always loads to the edited
// document.

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <sstream>

#include "scenario_test_support.h"
#include "sim/scenario/document_path.h"
#include "sim/scenario/key_table.h"
#include "sim/scenario/scenario_document.h"
#include "sim/scenario/scenario_flattening.h"
#include "sim/scenario/scenario_text_patch.h"
#include "sim/scenario/scenario_toml_writer.h"
#include "spec_dump.h"
#include "tests/support/temp_folder.h"

namespace pujiang {
namespace {

namespace fs = std::filesystem;

std::string readText(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<fs::path> shippedScenarios() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(testing::sourceDir() / "scenarios"))
        if (entry.path().extension() == ".toml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

fs::path shipped(const char* name) { return testing::sourceDir() / "scenarios" / name; }

// Comment lines (first non-blank character '#'), trimmed, with how often each occurs.
std::map<std::string, int> commentLines(std::string_view text) {
    std::map<std::string, int> lines;
    std::istringstream in{std::string(text)};
    for (std::string line; std::getline(in, line);) {
        const std::size_t first = line.find_first_not_of(" \t");
        if (first == std::string::npos || line[first] != '#') continue;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
        ++lines[line.substr(first)];
    }
    return lines;
}

// The comment lines of `original` that `saved` lost (a line lost twice is listed twice).
std::string lostComments(std::string_view original, std::string_view saved) {
    const std::map<std::string, int> kept = commentLines(saved);
    std::string lost;
    for (const auto& [line, count] : commentLines(original)) {
        const auto found = kept.find(line);
        for (int k = found == kept.end() ? 0 : found->second; k < count; ++k) lost += line + "\n";
    }
    return lost;
}

// The saved file as the document reads it: parsed, merged onto its bases, the name written out
// (the file's stem when it has none), laid out by the writer. Equal texts mean equal tables.
std::string reopenedTable(const fs::path& saved) {
    toml::table table = flattenScenario(readText(saved), saved.string(), saved.parent_path());
    if (!table.contains("name")) table.insert("name", saved.stem().string());
    return writeScenarioToml(table);
}

bool isDerived(const fs::path& file) { return readText(file).find("\nbase = ") != std::string::npos; }

// Whether the bases of `file` give `key` ("day.opens", "rooms[1].tables"), so that `file` cannot
// reset it: an element key only when the file does not write the array itself.
bool baseGives(const fs::path& file, std::string_view key) {
    const std::string text = readText(file);
    const toml::table bases = flattenScenarioBases(text, file.string(), file.parent_path());
    const std::size_t bracket = key.find('[');
    if (bracket != std::string_view::npos && toml::parse(text).contains(key.substr(0, bracket))) return false;
    return findNode(bases, resolveDocumentKey(key)) != nullptr;
}

// One way of editing a document; false when it does not apply to the scenario.
struct Edit {
    const char* what;
    std::function<bool(ScenarioDocument&)> apply;
};

bool set(ScenarioDocument& document, const std::string& key, const std::string& value) {
    const std::vector<Diagnostic> problems = document.setValue(key, value);
    EXPECT_TRUE(problems.empty()) << key << " = " << value << ": "
                                  << (problems.empty() ? "" : problems.front().format());
    return true;
}

const std::vector<Edit>& edits() {
    static const std::vector<Edit> list = {
        {"change a number", [](ScenarioDocument& d) { return set(d, "rooms[1].tables", "3"); }},
        {"change a clock", [](ScenarioDocument& d) { return set(d, "day.opens", "07:45"); }},
        {"change a distribution",
         [](ScenarioDocument& d) {
             return set(d, "rooms[1].consultation", R"({ dist = "exponential", mean = "12min" })");
         }},
        {"change a room's tables",
         [](ScenarioDocument& d) {
             return set(d, fmt::format("rooms[{}].tables", d.elementCount("rooms")), "5");
         }},
        {"add a key to a section", [](ScenarioDocument& d) { return set(d, "outcomes.on_spot_unmatched", "0.65"); }},
        {"reset a room's key",
         [](ScenarioDocument& d) {
             d.removeValue("rooms[1].consultation");
             return true;
         }},
        {"reset the title",
         [](ScenarioDocument& d) {
             d.removeValue("title");
             return true;
         }},
        {"add a room",
         [](ScenarioDocument& d) {
             d.appendElement("rooms");
             return set(d, fmt::format("rooms[{}].name", d.elementCount("rooms")), "\"新接待室\"");
         }},
        {"change a rate point",
         [](ScenarioDocument& d) {
             return d.elementCount("walk_ins.profile") > 0 && set(d, "walk_ins.profile[1].per_hour", "7.5");
         }},
        {"remove a rate point",
         [](ScenarioDocument& d) {
             if (d.elementCount("walk_ins.profile") < 2) return false;
             d.removeElement("walk_ins.profile", 1);
             return true;
         }},
        {"change the name", [](ScenarioDocument& d) { return set(d, "name", "\"renamed\""); }},
        // Last: the documents it leaves have problems (rooms name the removed category).
        {"remove a category",
         [](ScenarioDocument& d) {
             if (d.elementCount("categories") < 2) return false;
             d.removeElement("categories", 1);
             return true;
         }},
        {"all of these at once",
         [](ScenarioDocument& d) {
             for (std::size_t k = 0; k + 1 < edits().size(); ++k) edits()[k].apply(d);
             return true;
         }},
    };
    return list;
}

class ScenarioTextPatch : public ::testing::Test {
protected:
    testing::TempFolder m_folder{"text-patch"};
    const fs::path m_dir = m_folder.path();
};

TEST_F(ScenarioTextPatch, UnchangedDocumentSavesTheOriginalBytes) {
    std::vector<fs::path> files = shippedScenarios();
    for (const char* name : {"base_day.toml", "derived_day.toml", "full.toml", "nested/from_parent.toml"})
        files.push_back(testing::fixture(name));
    for (const fs::path& file : files) {
        SCOPED_TRACE(file.string());
        const ScenarioDocument document = ScenarioDocument::fromFile(file);
        EXPECT_EQ(document.textToSave(file), readText(file));
    }
}

TEST_F(ScenarioTextPatch, EditedScenariosKeepTheirCommentsAndLoadAsEdited) {
    int saves = 0;
    for (const fs::path& file : shippedScenarios()) {
        const std::string original = readText(file);
        for (const Edit& edit : edits()) {
            SCOPED_TRACE(file.string() + ": " + edit.what);
            ScenarioDocument document = ScenarioDocument::fromFile(file);
            if (!edit.apply(document)) continue;
            const fs::path saved = m_dir / file.filename();  // the same stem: a file without a name keeps none
            const std::string text = document.textToSave(saved);
            EXPECT_NE(text, document.toToml()) << "the edit fell back to the full rewrite";
            document.saveAs(saved);
            ASSERT_EQ(readText(saved), text);
            ++saves;

            EXPECT_EQ(lostComments(original, text), "") << text;
            if (isDerived(file)) {
                EXPECT_NE(text.find("\nbase = \""), std::string::npos) << text;
            }
            EXPECT_EQ(reopenedTable(saved), document.toToml()) << text;
            if (document.problems().empty()) {
                const ScenarioSpec reloaded = loadScenarioFile(saved);
                EXPECT_EQ(testing::dumpSpec(reloaded), testing::dumpSpec(document.spec()));
            }
            // Saving again without an edit changes nothing.
            EXPECT_EQ(document.textToSave(saved), text);
        }
    }
    EXPECT_GE(saves, 100);
}

// Every value of the key table that a scenario writes (in its first room, category and rate point
// for the keys of elements), reset to its default: the saved file loads as the document, and the
// patch keeps every comment line. Written back unchanged, the text does not change.
TEST_F(ScenarioTextPatch, EveryKeyResetLoadsAsEdited) {
    int patchedCount = 0;
    int fullCount = 0;
    for (const fs::path& file : shippedScenarios()) {
        const std::string original = readText(file);
        const ScenarioDocument opened = ScenarioDocument::fromFile(file);
        for (const KeyInfo& row : keyTable()) {
            // Without a name the document takes the stem of whatever file it is saved to: not this test's business.
            if (row.kind != KeyKind::Value || row.path == "name" || row.path.find("[].") != row.path.rfind("[]."))
                continue;
            std::string key = row.path;
            if (const std::size_t at = key.find("[]"); at != std::string::npos) key.replace(at, 2, "[1]");
            const std::optional<std::string> value = opened.valueText(key);
            if (!value) continue;
            SCOPED_TRACE(file.string() + ": " + key);
            ScenarioDocument document = opened;
            EXPECT_EQ(document.setValue(key, *value), opened.problems());
            EXPECT_EQ(document.textToSave(file), original);

            document.removeValue(key);
            const fs::path saved = m_dir / file.filename();
            const std::string text = document.textToSave(saved);
            document.saveAs(saved);
            EXPECT_EQ(reopenedTable(saved), document.toToml()) << text;
            if (text == document.toToml()) {
                ++fullCount;
                EXPECT_TRUE(baseGives(file, key)) << "only a key a base gives cannot be reset by a patch";
                continue;
            }
            ++patchedCount;
            EXPECT_EQ(lostComments(original, text), "") << text;
        }
    }
    // Only keys a base gives fall back: derived files inherit most of their sections, about 30
    // keys each.
    int derived = 0;
    for (const fs::path& file : shippedScenarios()) derived += readText(file).find("\nbase = ") != std::string::npos ? 1 : 0;
    EXPECT_GE(patchedCount, 150);
    EXPECT_LE(fullCount, 30 * derived);
}

TEST_F(ScenarioTextPatch, AChangedValueChangesOnlyItsCharacters) {
    const fs::path file = shipped("pujiang-2003.toml");
    const std::string original = readText(file);
    ScenarioDocument document = ScenarioDocument::fromFile(file);
    set(document, "registration.desks", "4");
    set(document, "outcomes.on_spot", "0.25");
    set(document, "rooms[2].departments", R"(["LAND", "ENV"])");
    std::string expected = original;
    for (auto [from, to] : {std::pair{"desks = 3                  # ASSUMPTION (2 desks",
                                      "desks = 4                  # ASSUMPTION (2 desks"},
                            std::pair{"on_spot = 0.209\n", "on_spot = 0.25\n"},
                            std::pair{"leader_level = \"city\"\ndepartments = [\"LAND\"]\n",
                                      "leader_level = \"city\"\ndepartments = [\"LAND\", \"ENV\"]\n"}}) {
        const std::size_t at = expected.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        expected.replace(at, std::string_view(from).size(), to);
    }
    EXPECT_EQ(document.textToSave(file), expected);
}

TEST_F(ScenarioTextPatch, MultiLineArrayIsPatchedInPlace) {
    const fs::path file = shipped("county-duty-day.toml");
    const std::string original = readText(file);
    ScenarioDocument document = ScenarioDocument::fromFile(file);
    set(document, "walk_ins.profile[2].per_hour", "1.5");
    document.removeElement("walk_ins.profile", 1);
    document.appendElement("walk_ins.profile");
    set(document, "walk_ins.profile[3].from", "15:00");
    const std::string text = document.textToSave(file);
    EXPECT_NE(text.find("profile = [\n"
                        "  { from = \"11:30\", per_hour = 1.5 },\n"
                        "  { from = \"13:30\", per_hour = 3.0 },\n"
                        "  { from = \"15:00\", per_hour = 3.0 },\n"
                        "]\n"
                        "until = \"16:30\"\n"),
              std::string::npos)
        << text;
}

TEST_F(ScenarioTextPatch, RoomsAreAddedAndRemovedAsBlocks) {
    const fs::path file = shipped("pujiang-2003.toml");
    const std::string original = readText(file);
    ScenarioDocument document = ScenarioDocument::fromFile(file);
    document.removeElement("rooms", 3);  // 接待室3 土地规划
    // A new [rooms.selection] inside room 2's block, and a key before it. (A second top leader is
    // a problem the checks report; the document keeps it all the same.)
    document.setValue("rooms[2].selection.probability", "0.2");
    document.setValue("rooms[2].top_leader", "true");
    document.appendElement("rooms");
    document.setValue("rooms[14].name", "\"接待室15\"");
    const std::string text = document.textToSave(file);
    EXPECT_EQ(text.find("接待室3 土地规划"), std::string::npos);
    EXPECT_NE(text.find("name = \"接待室2 土地\"\ntables = 2\nleader_level = \"city\"\ndepartments = [\"LAND\"]\n"
                        "breaks = [\"12:00-13:30\"]\n"
                        "consultation = { dist = \"lognormal\", mean = \"23min\", sd = \"11.5min\" }\n"
                        "top_leader = true\n\n"
                        "[rooms.selection]\nprobability = 0.2\n\n"
                        "[[rooms]]\nname = \"接待室4 征迁\"\n"),
              std::string::npos)
        << text;
    const std::string lastRoom = "name = \"接待室14 县领导综合\"";
    EXPECT_NE(text.find("consultation = { dist = \"lognormal\", mean = \"23min\", sd = \"11.5min\" }\n\n"
                        "[[rooms]]\nname = \"接待室15\"\ntables = 2\n",
                        text.find(lastRoom)),
              std::string::npos)
        << text;
    EXPECT_EQ(lostComments(original, text), "");
    const fs::path saved = m_dir / "pujiang-2003.toml";
    document.saveAs(saved);
    EXPECT_EQ(reopenedTable(saved), document.toToml());
}

TEST_F(ScenarioTextPatch, RemovedKeyLosesItsLineAndKeepsTheCommentsAbove) {
    const fs::path file = shipped("pujiang-2003.toml");
    const std::string original = readText(file);
    ScenarioDocument document = ScenarioDocument::fromFile(file);
    document.removeValue("registration.desks");
    document.removeValue("run.seed");
    std::string expected = original;
    for (const char* line : {"desks = 3                  # ASSUMPTION (2 desks cannot keep up with ~50 arrivals/h)\n",
                             "seed = 20030918            # the date, so that the default run is easy to recognise\n"}) {
        const std::size_t at = expected.find(line);
        ASSERT_NE(at, std::string::npos) << line;
        expected.erase(at, std::string_view(line).size());
    }
    EXPECT_EQ(document.textToSave(file), expected);
}

TEST_F(ScenarioTextPatch, DerivedFileKeepsItsBaseAndWritesOnlyWhatDiffers) {
    // A copy of the chain, so the derived file can be saved over.
    for (const char* name : {"pujiang-2003.toml", "provincial-visit-today.toml"})
        fs::copy_file(shipped(name), m_dir / name);
    const fs::path file = m_dir / "provincial-visit-today.toml";
    const std::string original = readText(file);
    ScenarioDocument document = ScenarioDocument::fromFile(file);

    set(document, "batches.max_received", "5");  // what the base gives: nothing to write
    EXPECT_EQ(document.textToSave(file), original);
    set(document, "registration.desks", "3");  // the file writes desks: it keeps writing it
    set(document, "consultation.unmatched_factor", "2.0");  // the base's [consultation] merges key by key
    set(document, "categories[12].share", "7");  // [[categories]] replace the base's whole
    const std::string text = document.textToSave(file);
    // The file's text with two values changed, then the twelve categories at the end.
    std::string expected = original;
    for (auto [from, to] : {std::pair{"[registration]\ndesks = 2\n", "[registration]\ndesks = 3\n"},
                            std::pair{"lawyer_factor = 1.1\n", "lawyer_factor = 1.1\nunmatched_factor = 2.0\n"}}) {
        const std::size_t at = expected.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        expected.replace(at, std::string_view(from).size(), to);
    }
    EXPECT_EQ(text.substr(0, expected.size() + 1), expected + "\n") << text;
    EXPECT_EQ(text.find("[[categories]]\ncode = \"INFRA\"\n"), expected.size() + 1) << text;
    EXPECT_EQ(text.find("max_received"), std::string::npos);
    EXPECT_NE(text.find("code = \"OTHER\"\nname_zh = \"其他\"\nname_en = \"Other\"\nshare = 7\n"), std::string::npos);

    document.saveAs(file);
    EXPECT_EQ(reopenedTable(file), document.toToml());
    EXPECT_TRUE(loadScenarioFile(file) == document.spec());

    // Saved elsewhere, the base is named from the new folder.
    fs::create_directories(m_dir / "elsewhere" / "deeper");
    const fs::path moved = m_dir / "elsewhere" / "deeper" / "today.toml";
    const std::string movedText = document.textToSave(moved);
    EXPECT_NE(movedText.find("base = \"../../pujiang-2003.toml\"\n"), std::string::npos) << movedText;
    EXPECT_NE(movedText.find("name = \"provincial-visit-today\"\n"), std::string::npos);
    document.saveAs(moved);
    EXPECT_TRUE(loadScenarioFile(moved) == document.spec());
    EXPECT_EQ(lostComments(original, readText(moved)), "");
}

TEST_F(ScenarioTextPatch, RemovingWhatTheBaseGivesFallsBackToTheFullText) {
    ScenarioDocument document = ScenarioDocument::fromFile(shipped("provincial-visit-today.toml"));
    document.removeValue("run.seed");  // the base writes a seed: this file cannot take it away
    const fs::path saved = m_dir / "today.toml";
    EXPECT_EQ(document.textToSave(saved), document.toToml());
    document.saveAs(saved);
    EXPECT_TRUE(loadScenarioFile(saved) == document.spec());
    // From then on the document patches what it wrote, which stands alone.
    set(document, "run.replications", "7");
    document.saveAs(saved);
    EXPECT_EQ(reopenedTable(saved), document.toToml());
}

TEST_F(ScenarioTextPatch, FileWithoutANameGetsOneOnlyWhenItsStemChanges) {
    const fs::path file = testing::fixture("derived_day.toml");
    const ScenarioDocument document = ScenarioDocument::fromFile(file);
    EXPECT_EQ(document.textToSave(file), readText(file));
    const std::string text = document.textToSave(m_dir / "other.toml");
    EXPECT_NE(text.find("name = \"derived_day\"\n"), std::string::npos) << text;
    EXPECT_NE(text.find("base = \""), std::string::npos) << text;
}

// [SECTION] The patch on small texts

// The patched text for `original` edited to `edited` (TOML text of the whole scenario table).
std::optional<std::string> patched(std::string_view original, std::string_view edited) {
    return patchScenarioText(original, toml::table{}, toml::parse(edited), "test");
}

struct Case {
    const char* what;
    const char* original;
    const char* edited;
    const char* expected;  // nullptr: no patch
};

TEST(ScenarioTextPatchCases, Texts) {
    const Case cases[] = {
        {"value with a comment", "[registration]\ndesks = 3   # c\n", "registration.desks = 4",
         "[registration]\ndesks = 4   # c\n"},
        {"shortest float", "[outcomes]\non_spot = 0.209\n", "outcomes.on_spot = 0.1",
         "[outcomes]\non_spot = 0.1\n"},
        {"key after the last key", "# top\n[run]\nseed = 1\n\n# next\n[day]\n",
         "run = { seed = 1, replications = 5 }\nday = {}",
         "# top\n[run]\nseed = 1\nreplications = 5\n\n# next\n[day]\n"},
        {"key into an empty section", "[day]\n\n[run]\nseed = 1\n", "run.seed = 1\nday.opens = \"08:00\"",
         "[day]\nopens = \"08:00\"\n\n[run]\nseed = 1\n"},
        {"dotted keys", "appointments.count = 10\n\n[[rooms]]\nname = \"A\"\n",
         "appointments = { count = 10, no_show = 0.1 }\nrooms = [{ name = \"A\" }]",
         "appointments.count = 10\nappointments.no_show = 0.1\n\n[[rooms]]\nname = \"A\"\n"},
        {"root key before the first section", "# about run\n[run]\nseed = 1\n", "name = \"n\"\nrun.seed = 1",
         "name = \"n\"\n\n# about run\n[run]\nseed = 1\n"},
        {"inline table gains a key", "day = { opens = \"08:00\" }  # c\n",
         "day = { opens = \"08:00\", closes = \"12:00\" }",
         "day = { opens = \"08:00\", closes = \"12:00\" }  # c\n"},
        {"inline table value", "[batches]\ncomplexity = { dist = \"gamma\", shape = 4, scale = 0.25 }\n",
         "batches.complexity = { dist = \"gamma\", shape = 5, scale = 0.25 }",
         "[batches]\ncomplexity = { dist = \"gamma\", shape = 5, scale = 0.25 }\n"},
        {"new section at the end", "[run]\nseed = 1", "run.seed = 1\nlawyers.count = 2",
         "[run]\nseed = 1\n\n[lawyers]\ncount = 2\n"},
        {"section removed", "[run]\nseed = 1\n\n# lawyers\n[lawyers]\ncount = 2\n\n[day]\nopens = \"08:00\"\n",
         "run.seed = 1\nday.opens = \"08:00\"", "[run]\nseed = 1\n\n# lawyers\n\n[day]\nopens = \"08:00\"\n"},
        {"element removed from a one-line array",
         "[appointments]\nno_slots = [\"12:00-13:00\", \"15:00-15:30\"]  # c\n",
         "appointments.no_slots = [\"15:00-15:30\"]", "[appointments]\nno_slots = [\"15:00-15:30\"]  # c\n"},
        {"element added to a one-line array", "[triage]\npriority_classes = [\"urgent\", \"other\"]\n",
         "triage.priority_classes = [\"urgent\", \"law_related\", \"other\"]",
         "[triage]\npriority_classes = [\"urgent\", \"law_related\", \"other\"]\n"},
        {"multi-line array changed and extended",
         "[walk_ins]\nprofile = [\n  { from = \"08:00\", per_hour = 4.0 },\n]\n",
         "walk_ins.profile = [{ from = \"09:00\", per_hour = 2.0 }, { from = \"10:00\", per_hour = 1.0 }]",
         "[walk_ins]\nprofile = [\n  { from = \"09:00\", per_hour = 2.0 },\n"
         "  { from = \"10:00\", per_hour = 1.0 },\n]\n"},
        {"comments in a multi-line array",
         "[walk_ins]\nprofile = [\n  # morning\n  { from = \"08:00\", per_hour = 4.0 },  # busy\n  # noon\n"
         "  { from = \"12:00\", per_hour = 1.0 }\n]\n",
         "walk_ins.profile = [{ from = \"12:00\", per_hour = 1.0 }, { from = \"15:00\", per_hour = 2.0 }]",
         "[walk_ins]\nprofile = [\n  # morning\n  # noon\n  { from = \"12:00\", per_hour = 1.0 },\n"
         "  { from = \"15:00\", per_hour = 2.0 },\n]\n"},
        {"section becomes a value",
         "[batches]\nmax_received = 5\n\n[batches.complexity]\ndist = \"gamma\"\nshape = 4\nscale = 0.25\n",
         "batches = { max_received = 5, complexity = 1.5 }", "[batches]\nmax_received = 5\ncomplexity = 1.5\n"},
        {"middle room removed", "[[rooms]]\nname = \"A\"\n\n# B\n[[rooms]]\nname = \"B\"\n\n[[rooms]]\nname = \"C\"\n",
         "rooms = [{ name = \"A\" }, { name = \"C\" }]", "[[rooms]]\nname = \"A\"\n\n# B\n\n[[rooms]]\nname = \"C\"\n"},
        {"room added first", "# rooms\n[[rooms]]\nname = \"B\"\n", "rooms = [{ name = \"A\" }, { name = \"B\" }]",
         "[[rooms]]\nname = \"A\"\n\n# rooms\n[[rooms]]\nname = \"B\"\n"},
        {"selection in the right block", "[[rooms]]\nname = \"A\"\n\n[[rooms]]\nname = \"B\"\n",
         "rooms = [{ name = \"A\", selection = { max_batches = 3 } }, { name = \"B\" }]",
         "[[rooms]]\nname = \"A\"\n\n[rooms.selection]\nmax_batches = 3\n\n[[rooms]]\nname = \"B\"\n"},
        {"CRLF kept", "[run]\r\nseed = 1\r\n", "run = { seed = 2, replications = 3 }",
         "[run]\r\nseed = 2\r\nreplications = 3\r\n"},
        {"BOM and wide characters", "\xEF\xBB\xBFtitle = \"接待\"  # 注\n[[rooms]]\nname = \"甲\"\ntables = 1\n",
         "title = \"接待日\"\nrooms = [{ name = \"甲\", tables = 2 }]",
         "\xEF\xBB\xBFtitle = \"接待日\"  # 注\n[[rooms]]\nname = \"甲\"\ntables = 2\n"},
        {"table only a header implies", "[rooms.selection]\nmax_batches = 1\n",
         "rooms = { name = \"A\", selection = { max_batches = 1 } }", nullptr},
        {"rooms made empty", "[[rooms]]\nname = \"A\"\n", "rooms = []", "rooms = []\n\n"},
        {"not TOML", "[run\n", "run.seed = 1", nullptr},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        const std::optional<std::string> text = patched(c.original, c.edited);
        if (!c.expected) {
            EXPECT_EQ(text, std::nullopt) << *text;
            continue;
        }
        ASSERT_NE(text, std::nullopt);
        EXPECT_EQ(*text, c.expected);
        EXPECT_TRUE(toml::parse(*text) == toml::parse(c.edited));
    }
}

TEST(ScenarioTextPatchCases, BaseValuesAreLeftOutAndBaseKeysCannotBeRemoved) {
    const toml::table bases =
        toml::parse("name = \"b\"\ntitle = \"B\"\nday = { opens = \"08:00\", closes = \"17:00\" }");
    const std::string original = "base = \"b.toml\"\n\n[day]\ncloses = \"12:00\"\n";
    const auto patch = [&](std::string_view edited) {
        return patchScenarioText(original, bases, toml::parse(edited), "derived");
    };
    EXPECT_EQ(patch("day = { opens = \"08:00\", closes = \"12:00\" }"), original);
    EXPECT_EQ(patch("day = { opens = \"09:00\", closes = \"12:00\" }"),
              "base = \"b.toml\"\n\n[day]\ncloses = \"12:00\"\nopens = \"09:00\"\n");
    EXPECT_EQ(patch("day = { opens = \"08:00\", closes = \"17:00\" }"),
              "base = \"b.toml\"\n\n[day]\ncloses = \"17:00\"\n");  // written by the file: kept written
    EXPECT_EQ(patch("day = { opens = \"08:00\" }"), std::nullopt);  // closes comes back from the base
    EXPECT_EQ(patch("name = \"derived\"\nday = { opens = \"08:00\", closes = \"12:00\" }"), original);  // the stem
    EXPECT_EQ(patch("name = \"x\"\nday = { opens = \"08:00\", closes = \"12:00\" }"),
              "base = \"b.toml\"\nname = \"x\"\n\n[day]\ncloses = \"12:00\"\n");

    const std::optional<std::string> moved = patchScenarioTextForSaveAs(
        original, bases, toml::parse("day = { opens = \"08:00\", closes = \"12:00\" }"), "/data/scenarios",
        "/data/mine/derived.toml", std::string("mine"));
    EXPECT_EQ(moved, "base = \"../scenarios/b.toml\"\nname = \"mine\"\n\n[day]\ncloses = \"12:00\"\n");
}

}  // namespace
}  // namespace pujiang
