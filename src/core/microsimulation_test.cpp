#include "kplan/core/microsimulation.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <thread>

namespace kplan {
namespace {

Scenario Named(std::string name) {
  Scenario s;
  s.name = std::move(name);
  return s;
}

// A category of `heads` full-time staff born 1958–2002, all at level 0 of a
// two-level scale, with the same turnover in every age band.
SimulationCategory Staff(const std::string& name, int heads, double turnover, std::uint32_t seed,
                         double part_time_share = 0) {
  SimulationCategory c;
  c.name = name;
  std::mt19937 random(seed);
  std::uniform_int_distribution<int> birth_year(1958, 2002);
  std::uniform_real_distribution<double> chance(0, 1);
  for (int i = 0; i < heads; ++i) {
    c.staff.push_back({birth_year(random), 0, chance(random) < part_time_share ? 75.0 : 100.0, 1});
  }
  c.turnover.fill(turnover);
  return c;
}

SimulationModel Model(int years) {
  SimulationModel m;
  m.start_year = 2024;
  m.years = years;
  m.levels = 2;
  DriverSeries population{"Befolkning", {}};
  for (int t = 0; t <= years; ++t) population.values.push_back(100000 * (1 + 0.02 * t));
  m.drivers.push_back(population);
  return m;
}

// The same staff and rules for the deterministic projection.
ProjectionInput Deterministic(const SimulationModel& m, int pension_age) {
  ProjectionInput input;
  input.settings = {m.start_year, m.years, pension_age, m.recruit_age, 0};
  input.drivers = m.drivers;
  for (const SimulationCategory& c : m.categories) {
    ProjectionCategory p;
    p.name = c.name;
    for (const StaffGroup& g : c.staff) p.staff.Add(g.birth_year, g.count);
    p.turnover = c.turnover[0];
    p.elasticity = c.elasticity;
    input.categories.push_back(p);
  }
  return input;
}

// |mean − expected| within five standard errors (the spread estimated from
// P10–P90, which is 2.56 standard deviations for a normal distribution), plus
// a little for the float figures.
void ExpectMeanNear(const Band& band, double expected, int runs, const std::string& what) {
  const double sd = (band.p90 - band.p10) / 2.56;
  const double tolerance = 5 * sd / std::sqrt(runs) + 0.02;
  EXPECT_NEAR(band.mean, expected, tolerance) << what;
}

TEST(MicrosimulationTest, MeansConvergeToTheDeterministicProjection) {
  SimulationModel model = Model(10);
  model.retirement = RetirementTable::Step(67);
  model.categories.push_back(Staff("Undersköterska", 600, 0.10, 1));
  model.categories.push_back(Staff("Förskollärare", 300, 0.06, 2));
  const SimulationOptions options{4000, 42, 2};
  auto result = RunSimulation(model, {Named("Bas")}, options);
  ASSERT_TRUE(result.ok()) << result.error().Describe();
  const ProjectionResult expected = ProjectStaffing(Deterministic(model, 67));

  const ScenarioResult& bas = result.value().scenarios.at(0);
  for (std::size_t c = 0; c < 2; ++c) {
    const auto& sim = bas.categories[c].years;
    const auto& det = expected.categories[c].years;
    ASSERT_EQ(sim.size(), det.size());
    for (std::size_t t = 0; t < det.size(); ++t) {
      const std::string at = bas.categories[c].name + " " + std::to_string(det[t].year);
      EXPECT_EQ(sim[t].year, det[t].year);
      EXPECT_NEAR(sim[t].need_fte, det[t].need, 1e-9) << at;
      ExpectMeanNear(sim[t].retirements, det[t].retirements, options.runs, "retirements " + at);
      ExpectMeanNear(sim[t].leavers, det[t].leavers, options.runs, "leavers " + at);
      ExpectMeanNear(sim[t].recruitment, det[t].recruitment, options.runs, "recruitment " + at);
      ExpectMeanNear(sim[t].headcount, det[t].headcount_end, options.runs, "headcount " + at);
    }
  }
  // The total is the sum of the categories, run by run.
  for (std::size_t t = 0; t < expected.total.years.size(); ++t) {
    ExpectMeanNear(bas.total.years[t].recruitment, expected.total.years[t].recruitment, options.runs,
                   "total recruitment");
  }
  // Bands, not points: a year's retirements under the default table vary.
  EXPECT_LT(bas.total.years[0].leavers.p10, bas.total.years[0].leavers.p90);
}

TEST(MicrosimulationTest, TheSameSeedGivesTheSameBandsOnAnyNumberOfThreads) {
  SimulationModel model = Model(5);
  model.categories.push_back(Staff("Sjuksköterska", 400, 0.09, 3));
  auto one = RunSimulation(model, {Named("Bas")}, {200, 7, 1});
  auto two = RunSimulation(model, {Named("Bas")}, {200, 7, 2});
  auto other = RunSimulation(model, {Named("Bas")}, {200, 8, 2});
  ASSERT_TRUE(one.ok() && two.ok() && other.ok());
  const auto& a = one.value().scenarios[0].total.years;
  const auto& b = two.value().scenarios[0].total.years;
  const auto& c = other.value().scenarios[0].total.years;
  bool differs = false;
  for (std::size_t t = 0; t < a.size(); ++t) {
    EXPECT_EQ(a[t].recruitment.mean, b[t].recruitment.mean);
    EXPECT_EQ(a[t].leavers.p10, b[t].leavers.p10);
    EXPECT_EQ(a[t].headcount.p90, b[t].headcount.p90);
    differs = differs || a[t].leavers.mean != c[t].leavers.mean;
  }
  EXPECT_TRUE(differs) << "another seed should give other draws";
}

TEST(MicrosimulationTest, EveryoneIsAccountedForAndRecruitmentSplitsIntoItsCauses) {
  SimulationModel model = Model(8);
  model.drivers[0].values = {100, 103, 101, 95, 96, 99, 104, 104, 110};  // falls for a while
  model.categories.push_back(Staff("Barnskötare", 500, 0.12, 4));
  model.categories.back().promotion = {0.1};
  auto result = RunSimulation(model, {Named("Bas")}, {500, 1, 2});
  ASSERT_TRUE(result.ok());
  const SimulationSeries& s = result.value().scenarios[0].total;
  double before = s.headcount;
  for (const SimulationYear& y : s.years) {
    // Means are linear, so the accounting identity holds for them.
    EXPECT_NEAR(y.headcount.mean, before - y.retirements.mean - y.leavers.mean + y.recruitment.mean, 1e-3)
        << y.year;
    EXPECT_NEAR(y.recruitment_growth.mean + y.recruitment_retirements.mean + y.recruitment_turnover.mean,
                y.recruitment.mean, 1e-3)
        << y.year;
    EXPECT_GE(y.recruitment.p10, 0);
    EXPECT_LE(y.recruitment.p10, y.recruitment.p50);
    EXPECT_LE(y.recruitment.p50, y.recruitment.p90);
    before = y.headcount.mean;
  }
  double recruited = 0;
  for (const SimulationYear& y : s.years) recruited += y.recruitment.mean;
  EXPECT_NEAR(s.period.recruitment.mean, recruited, 1e-2);
  EXPECT_LE(s.period.recruitment.p10, s.period.recruitment.p90);
  // In 2027 the need falls 6 %: fewer recruited than left, so no growth part.
  EXPECT_EQ(s.years[2].recruitment_growth.p90, 0);
  // A tenth of level 0 moves up in the first year.
  EXPECT_NEAR(s.years[0].promotions.mean, 0.1 * (500 - s.years[0].retirements.mean - s.years[0].leavers.mean), 1.5);
}

TEST(MicrosimulationTest, FullTimeAsTheNormNeedsFewerHeads) {
  SimulationModel model = Model(6);
  model.categories.push_back(Staff("Undersköterska", 1000, 0.10, 5, /*part_time_share=*/0.5));
  Scenario base = Named("Bas");
  Scenario full_time = Named("Heltid som norm");
  full_time.full_time_rate = 0.25;
  full_time.recruit_fte_percent = 100;
  auto result = RunSimulation(model, {base, full_time}, {300, 3, 2});
  ASSERT_TRUE(result.ok()) << result.error().Describe();
  const auto& b = result.value().scenarios[0].total.years.back();
  const auto& f = result.value().scenarios[1].total.years.back();
  EXPECT_EQ(result.value().scenarios[1].name, "Heltid som norm");
  EXPECT_GT(f.to_full_time.mean, 0);
  EXPECT_EQ(b.to_full_time.p90, 0);
  // The same need in FTE, met with fewer heads.
  EXPECT_NEAR(b.fte.mean, b.need_fte, 1.0);
  EXPECT_NEAR(f.fte.mean, f.need_fte, 1.0);
  EXPECT_LT(f.headcount.p90, b.headcount.p10);
  EXPECT_LT(f.recruitment.mean, b.recruitment.mean);
}

TEST(MicrosimulationTest, OtherSolutionsCoverAShareOfTheIncrease) {
  SimulationModel model = Model(4);
  model.categories.push_back(Staff("Vårdbiträde", 400, 0.08, 6));
  Scenario other = Named("30 % andra lösningar");
  other.other_solutions_share = 0.30;
  auto result = RunSimulation(model, {Named("Bas"), other}, {200, 9, 2});
  ASSERT_TRUE(result.ok());
  const auto& b = result.value().scenarios[0].total.years.back();
  const auto& o = result.value().scenarios[1].total.years.back();
  EXPECT_NEAR(b.increase_fte, 400 * 0.08, 1e-9);  // the driver grows 8 % in four years
  EXPECT_NEAR(o.other_solutions_fte, 0.3 * 400 * 0.08, 1e-9);
  EXPECT_NEAR(o.need_fte, 400 + 0.7 * 400 * 0.08, 1e-9);
  EXPECT_NEAR(o.headcount.mean, o.need_fte, 1.0);
  EXPECT_EQ(b.other_solutions_fte, 0);
}

TEST(MicrosimulationTest, ProgressIsReportedAndAStopRequestCancels) {
  SimulationModel model = Model(10);
  model.categories.push_back(Staff("Lärare", 2000, 0.07, 7));
  std::int64_t last_done = -1, total = 0;
  auto finished = RunSimulation(model, {Named("Bas")}, {64, 1, 2}, [&](std::int64_t done, std::int64_t all) {
    EXPECT_GE(done, last_done);
    last_done = done;
    total = all;
  });
  ASSERT_TRUE(finished.ok());
  EXPECT_EQ(last_done, 64);
  EXPECT_EQ(total, 64);

  std::stop_source stop;
  stop.request_stop();
  auto cancelled = RunSimulation(model, {Named("Bas")}, {1000, 1, 2}, {}, stop.get_token());
  ASSERT_FALSE(cancelled.ok());
  EXPECT_EQ(cancelled.error().rule(), "cancelled");
  EXPECT_EQ(cancelled.error().message(), "prognosen avbröts");
}

TEST(MicrosimulationTest, BadInputIsNamed) {
  SimulationModel model = Model(3);
  model.categories.push_back(Staff("Kock", 10, 0.05, 8));
  model.categories[0].turnover[2] = 1.5;
  auto bad = RunSimulation(model, {Named("Bas")}, {10, 1, 1});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().location().field, "categories[0].turnover[2]");
  EXPECT_EQ(bad.error().message(), "kategorin \"Kock\": personalomsättningen 1,5 ligger inte mellan 0 och 1");

  model.categories[0].turnover[2] = 0.05;
  auto twice = RunSimulation(model, {Named("A"), Named("A")}, {10, 1, 1});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().location().field, "scenarios[1].name");

  model.years = kMaxSimulationYears;
  for (int i = 0; i < 60; ++i) model.categories.push_back(Staff("K" + std::to_string(i), 1, 0.05, 9));
  auto huge = RunSimulation(model, {Named("A")}, {kMaxSimulationRuns, 1, 1});
  ASSERT_FALSE(huge.ok());
  EXPECT_EQ(huge.error().code(), ErrorCode::kTooLarge);
}

TEST(QuantileTest, IsLinearBetweenOrderStatisticsAsNumpy) {
  std::vector<float> v = {4, 1, 3, 2};
  EXPECT_DOUBLE_EQ(Quantile(v, 0.5), 2.5);
  EXPECT_NEAR(Quantile(v, 0.1), 1.3, 1e-12);
  EXPECT_NEAR(Quantile(v, 0.9), 3.7, 1e-12);
  std::vector<float> one = {7};
  EXPECT_DOUBLE_EQ(Quantile(one, 0.9), 7);
}

TEST(TurnoverAgeBandTest, UsesTheKeyFigureBands) {
  EXPECT_EQ(TurnoverAgeBand(29), 0u);
  EXPECT_EQ(TurnoverAgeBand(30), 1u);
  EXPECT_EQ(TurnoverAgeBand(59), 3u);
  EXPECT_EQ(TurnoverAgeBand(60), 4u);
}

}  // namespace
}  // namespace kplan
