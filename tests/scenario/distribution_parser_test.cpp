#include <gtest/gtest.h>

#include <cmath>

#include <fmt/format.h>

#include "scenario_test_support.h"

namespace pujiang {
namespace {

using testing::allProblems;
using testing::firstProblem;
using testing::load;

// A scenario whose only room's consultation time is `value` (line 4, value at column 16).
std::string withConsultation(std::string_view value) {
    return fmt::format("appointments.count = 10\n[[rooms]]\nname = \"A\"\nconsultation = {}\n", value);
}

Distribution consultation(std::string_view value) { return load(withConsultation(value)).rooms.at(0).consultation; }

std::string consultationProblem(std::string_view value) { return firstProblem(withConsultation(value)); }

TEST(DistributionParser, PlainDurationIsAConstant) {
    const Distribution d = consultation(R"("20min")");
    EXPECT_EQ(d.kind(), DistributionKind::Constant);
    EXPECT_DOUBLE_EQ(d.mean(), 20.0);
    EXPECT_DOUBLE_EQ(consultation("0").mean(), 0.0);
}

TEST(DistributionParser, EveryKindLoads) {
    EXPECT_EQ(consultation(R"({ dist = "constant", value = "2h" })").describe(), "constant(120)");
    EXPECT_EQ(consultation(R"({ dist = "exponential", mean = "90s" })").describe(), "exponential(mean=1.5)");
    EXPECT_EQ(consultation(R"({ dist = "uniform", low = "10min", high = "20min" })").describe(), "uniform(10, 20)");
    EXPECT_EQ(consultation(R"({ dist = "triangular", low = "5min", mode = "10min", high = "30min" })").describe(),
              "triangular(5, 10, 30)");
    EXPECT_EQ(consultation(R"({ dist = "normal", mean = "20min", sd = "5min" })").describe(),
              "normal(mean=20, sd=5, truncated at 0)");
    EXPECT_EQ(consultation(R"({ dist = "lognormal", mean = "25min", sd = "12.5min" })").describe(),
              "lognormal(mean=25, sd=12.5)");
    EXPECT_EQ(consultation(R"({ dist = "gamma", shape = 0.5, scale = "2min" })").describe(),
              "gamma(shape=0.5, scale=2)");
    const Distribution gamma = consultation(R"({ dist = "gamma", mean = "10min", sd = "5min" })");
    EXPECT_DOUBLE_EQ(gamma.mean(), 10.0);
    EXPECT_DOUBLE_EQ(gamma.variance(), 25.0);
    const Distribution empirical =
        consultation(R"({ dist = "empirical", values = ["10min", "1h"], weights = [3, 1] })");
    EXPECT_DOUBLE_EQ(empirical.mean(), 0.75 * 10.0 + 0.25 * 60.0);
    EXPECT_EQ(consultation(R"({ dist = "poisson", mean = "12min" })").describe(), "poisson(mean=12)");
}

TEST(DistributionParser, StandardTableWorksLikeAnInlineOne) {
    const ScenarioSpec spec = load(R"(
appointments.count = 10
[[rooms]]
name = "A"
[rooms.consultation]
dist = "exponential"
mean = "10min"
)");
    EXPECT_EQ(spec.rooms.at(0).consultation.describe(), "exponential(mean=10)");
}

TEST(DistributionParser, DimensionlessKeysTakeNumbers) {
    const ScenarioSpec spec = load(std::string(R"(
batches.group_size = { dist = "empirical", values = [1, 2, 3, 4, 5], weights = [0.645, 0.232, 0.083, 0.030, 0.011] }
batches.companions = { dist = "poisson", mean = 0.76 }
batches.complexity = 1.2
)") + std::string(testing::kMinimal));
    EXPECT_NEAR(spec.batches.groupSize.mean(), 1.53, 0.01);
    EXPECT_DOUBLE_EQ(spec.batches.companions.mean(), 0.76);
    EXPECT_DOUBLE_EQ(spec.batches.complexity.mean(), 1.2);
    EXPECT_EQ(firstProblem(std::string("batches.complexity = \"2min\"\n") + std::string(testing::kMinimal)),
              "test.toml:1:22: batches.complexity = \"2min\" is a string; expected number >= 0, or a distribution of "
              "numbers");
}

TEST(DistributionParser, UnknownKindListsTheValidNames) {
    EXPECT_EQ(consultationProblem(R"({ dist = "lognorm", mean = "25min", sd = "5min" })"),
              "test.toml:4:25: rooms[1].consultation.dist = \"lognorm\" is not a known distribution (did you mean "
              "'lognormal'?); allowed: one of constant, exponential, uniform, triangular, normal, lognormal, gamma, "
              "empirical, poisson");
    EXPECT_EQ(consultationProblem(R"({ mean = "25min" })"),
              "test.toml:4:16: rooms[1].consultation: a distribution table needs dist = \"<kind>\"; allowed kinds: "
              "constant, exponential, uniform, triangular, normal, lognormal, gamma, empirical, poisson");
}

TEST(DistributionParser, MissingOrExtraParametersNameWhatTheKindTakes) {
    EXPECT_EQ(consultationProblem(R"({ dist = "lognormal", mean = "25min" })"),
              "test.toml:4:16: rooms[1].consultation: lognormal needs 'sd'; lognormal takes: mean, sd");
    const std::string both = allProblems(withConsultation(R"({ dist = "lognormal", mean = "25min", sdd = "5min" })"));
    EXPECT_EQ(both,
              "test.toml:4:16: rooms[1].consultation: lognormal needs 'sd'; lognormal takes: mean, sd\n"
              "test.toml:4:54: unknown parameter 'sdd' in rooms[1].consultation (did you mean 'sd'?); lognormal "
              "takes: mean, sd\n");
    EXPECT_EQ(consultationProblem(R"({ dist = "gamma", shape = 2, mean = "5min" })"),
              "test.toml:4:16: rooms[1].consultation: mixes parameter sets; gamma takes: shape, scale or mean, sd");
}

TEST(DistributionParser, DurationParametersNeedUnits) {
    EXPECT_EQ(consultationProblem(R"({ dist = "exponential", mean = 10 })"),
              "test.toml:4:47: rooms[1].consultation.mean = 10 has no unit; write a number and a unit without a "
              "space: \"90s\", \"15min\", \"1.5h\", \"60d\"");
    EXPECT_EQ(consultationProblem(R"({ dist = "empirical", values = ["10min", 20], weights = [1, 1] })"),
              "test.toml:4:57: rooms[1].consultation.values[2] = 20 has no unit; write a number and a unit without "
              "a space: \"90s\", \"15min\", \"1.5h\", \"60d\"");
    EXPECT_EQ(consultationProblem("25"),
              "test.toml:4:16: rooms[1].consultation = 25 has no unit; write a number and "
              "a unit without a space: \"90s\", \"15min\", \"1.5h\", \"60d\"");
}

TEST(DistributionParser, ParameterChecksPointAtTheParameter) {
    EXPECT_EQ(consultationProblem(R"({ dist = "exponential", mean = "0min" })"),
              "test.toml:4:47: rooms[1].consultation.mean = \"0min\" is out of range; allowed: duration > 0");
    EXPECT_EQ(consultationProblem(R"({ dist = "uniform", low = "20min", high = "10min" })"),
              "test.toml:4:58: rooms[1].consultation.high = \"10min\" is out of range; allowed: high >= low");
    EXPECT_EQ(consultationProblem(R"({ dist = "triangular", low = "5min", mode = "40min", high = "30min" })"),
              "test.toml:4:60: rooms[1].consultation.mode = \"40min\" is out of range; allowed: low <= mode <= high");
    EXPECT_EQ(consultationProblem(R"({ dist = "normal", mean = "-20min", sd = "5min" })"),
              "test.toml:4:42: rooms[1].consultation.mean = \"-20min\" is out of range; allowed: mean >= -3 sd (the "
              "normal is truncated at 0)");
    EXPECT_EQ(consultationProblem(R"({ dist = "lognormal", mean = "25min", sd = "-1min" })"),
              "test.toml:4:59: rooms[1].consultation.sd = \"-1min\" is out of range; allowed: duration >= 0");
    EXPECT_EQ(consultationProblem(R"({ dist = "gamma", shape = 0, scale = "2min" })"),
              "test.toml:4:42: rooms[1].consultation.shape = 0 is out of range; allowed: number > 0");
    EXPECT_EQ(consultationProblem(R"({ dist = "empirical", values = ["1min", "2min"], weights = [1] })"),
              "test.toml:4:75: rooms[1].consultation.weights = [...] is out of range; allowed: as many weights as "
              "values (2)");
    EXPECT_EQ(consultationProblem(R"({ dist = "empirical", values = ["1min"], weights = [0] })"),
              "test.toml:4:67: rooms[1].consultation.weights = [...] is out of range; allowed: weights with a sum > 0");
    EXPECT_EQ(consultationProblem(R"({ dist = "empirical", values = [], weights = [] })"),
              "test.toml:4:47: rooms[1].consultation.values = [...] is out of range; allowed: a non-empty array");
    EXPECT_EQ(consultationProblem(R"({ dist = "poisson", mean = "-1min" })"),
              "test.toml:4:43: rooms[1].consultation.mean = \"-1min\" is out of range; allowed: duration >= 0");
    EXPECT_EQ(consultationProblem(R"("-5min")"),
              "test.toml:4:16: rooms[1].consultation = \"-5min\" is out of range; allowed: duration >= 0, or a "
              "distribution of durations");
}

TEST(DistributionParser, SignedDurationsMayBeNegative) {
    const std::string minimal(testing::kMinimal);
    const ScenarioSpec spec =
        load("appointments.offset = { dist = \"uniform\", low = \"-15min\", high = \"15min\" }\n" + minimal);
    EXPECT_DOUBLE_EQ(spec.appointments.offset.lowest(), -15.0);
    EXPECT_DOUBLE_EQ(load("appointments.offset = \"-5min\"\n" + minimal).appointments.offset.mean(), -5.0);
    EXPECT_DOUBLE_EQ(load("appointments.offset = { dist = \"empirical\", values = [\"-10min\", \"10min\"], "
                          "weights = [1, 1] }\n" +
                          minimal)
                         .appointments.offset.mean(),
                     0.0);
    // Kinds that cannot go negative keep their own checks.
    EXPECT_EQ(firstProblem("appointments.offset = { dist = \"exponential\", mean = \"-5min\" }\n" + minimal),
              "test.toml:1:54: appointments.offset.mean = \"-5min\" is out of range; allowed: duration > 0");
}

TEST(DistributionParser, PatienceAcceptsNone) {
    const std::string minimal(testing::kMinimal);
    EXPECT_TRUE(std::isinf(load("batches.patience = \"none\"\n" + minimal).batches.patience.mean()));
    EXPECT_DOUBLE_EQ(load("batches.patience = \"30min\"\n" + minimal).batches.patience.mean(), 30.0);
    EXPECT_EQ(firstProblem("batches.patience = \"never\"\n" + minimal),
              "test.toml:1:20: batches.patience = \"never\" is neither \"none\" nor a duration; write a number and a "
              "unit without a space: \"90s\", \"15min\", \"1.5h\", \"60d\"");
    // "none" only where the key allows it.
    EXPECT_EQ(consultationProblem(R"("none")"),
              "test.toml:4:16: rooms[1].consultation = \"none\" is not a duration; write a number and a unit without a "
              "space: \"90s\", \"15min\", \"1.5h\", \"60d\"");
}

TEST(DistributionParser, InterarrivalMeanMustBePositive) {
    const std::string minimal(testing::kMinimal);
    EXPECT_EQ(firstProblem("run.horizon = \"10h\"\nstream.enabled = true\nstream.interarrival = 0\n" + minimal),
              "test.toml:3:23: stream.interarrival: the mean is 0; allowed: duration >= 0, or a distribution of "
              "durations with mean > 0");
}

TEST(DistributionParser, UnreadableParameterIsReportedOnce) {
    // "high >= low" is not checked against a value that could not be read.
    EXPECT_EQ(allProblems(withConsultation(R"({ dist = "uniform", low = "10min", high = "bad" })")),
              "test.toml:4:58: rooms[1].consultation.high = \"bad\" is not a duration; write a number and a unit "
              "without a space: \"90s\", \"15min\", \"1.5h\", \"60d\"\n");
}

TEST(DistributionParser, EveryParameterProblemIsReported) {
    const std::string text =
        allProblems(withConsultation(R"({ dist = "triangular", low = "-1min", mode = 3, high = true })"));
    EXPECT_NE(text.find("rooms[1].consultation.mode = 3 has no unit"), std::string::npos) << text;
    EXPECT_NE(text.find("rooms[1].consultation.high = true is a boolean; expected duration"), std::string::npos)
        << text;
}

}  // namespace
}  // namespace pujiang
