#include "microsim_engine.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace kplan::microsim {

namespace {

double DriverAt(const DriverSeries& driver, int t) {
  if (driver.values.empty()) return 1.0;
  const auto last = static_cast<int>(driver.values.size()) - 1;
  return driver.values[static_cast<std::size_t>(std::min(t, last))];
}

// Recruit levels with their shares: the given mix, or today's.
std::vector<std::pair<int, double>> RecruitMix(const SimulationCategory& c) {
  std::vector<std::pair<int, double>> mix;
  if (!c.recruit_levels.empty()) {
    for (std::size_t l = 0; l < c.recruit_levels.size(); ++l) {
      if (c.recruit_levels[l] > 0) mix.emplace_back(static_cast<int>(l), c.recruit_levels[l]);
    }
  } else {
    std::map<int, double> today;
    for (const StaffGroup& g : c.staff) today[g.level] += g.count;
    for (const auto& [level, heads] : today) {
      if (heads > 0) mix.emplace_back(level, heads);
    }
  }
  if (mix.empty()) mix.emplace_back(-1, 1.0);
  return mix;
}

// FTE as a whole number of hundredths of a percent (75 % → 7500), exact to add.
std::uint32_t FteUnits(double percent) { return static_cast<std::uint32_t>(std::lround(percent * 100.0)); }

// The settings that shape a category's classes (moving to full time makes part time a class).
struct PartTime {
  bool moves_to_full_time;
  double full_percent;
  bool operator()(double percent) const { return moves_to_full_time && percent < full_percent; }
};

// Today's staff, one person per entry; returns today's heads and FTE.
std::pair<double, double> CompileStaff(const SimulationCategory& category, const PartTime& part_time,
                                       CompiledCategory& out) {
  double heads_0 = 0;
  double fte_0 = 0;
  for (const StaffGroup& g : category.staff) {
    for (int i = 0; i < g.count; ++i) {
      out.initial.Append(out.KeyOf(g.birth_year, ClassOf(g.level, part_time(g.fte_percent))), FteUnits(g.fte_percent), 1);
    }
    heads_0 += g.count;
    fte_0 += g.count * g.fte_percent / 100.0;
  }
  return {heads_0, fte_0};
}

// The event limits by age and class, over the ages anyone can have (see the header).
void CompileLimits(const SimulationModel& model, const SimulationCategory& category, const Scenario& scenario,
                   CompiledCategory& out) {
  const int levels = model.levels;
  const RetirementTable& retirement = scenario.retirement ? *scenario.retirement : model.retirement;
  auto promotion = [&](int level) {
    if (level < 0 || level + 1 >= levels) return 0.0;
    if (scenario.promotion) return *scenario.promotion;
    const auto l = static_cast<std::size_t>(level);
    return l < category.promotion.size() ? category.promotion[l] : 0.0;
  };
  out.first_age = model.recruit_age + 1;
  out.last_age = std::max(retirement.last_age() + 1, out.first_age);
  for (const StaffGroup& g : category.staff) {
    out.first_age = std::min(out.first_age, model.start_year + 1 - g.birth_year);
    out.last_age = std::max(out.last_age, model.start_year + 1 - g.birth_year);
  }
  const auto table_size = static_cast<std::size_t>((out.last_age - out.first_age + 1) * out.classes);
  out.limits.resize(table_size);
  out.stay.resize(table_size);
  for (int age = out.first_age; age <= out.last_age; ++age) {
    const double retire = retirement.At(age);
    const double leave = std::min(1.0, category.turnover[TurnoverAgeBand(age)] * scenario.turnover_factor);
    for (int level = -1; level < levels; ++level) {
      for (int pt = 0; pt < 2; ++pt) {
        const auto at = static_cast<std::size_t>((age - out.first_age) * out.classes + ClassOf(level, pt == 1));
        out.limits[at] = EventThresholds::Of(retire, leave, promotion(level), pt == 1 ? scenario.full_time_rate : 0.0);
        out.stay[at] = out.limits[at].any;
      }
    }
  }
}

// The recruits' FTE (the scenario's, or today's mean) and how they split over the levels.
void CompileRecruitment(const SimulationCategory& category, const Scenario& scenario, const PartTime& part_time,
                        double heads_0, double fte_0, CompiledCategory& out) {
  const double recruit_percent =
      scenario.recruit_fte_percent.value_or(heads_0 > 0 ? 100.0 * fte_0 / heads_0 : 100.0);
  out.recruit_fte = FteUnits(recruit_percent);
  const auto mix = RecruitMix(category);
  double left = 0;
  for (const auto& entry : mix) left += entry.second;
  for (const auto& [level, share] : mix) {
    out.recruit_split.emplace_back(left > 0 ? std::min(1.0, share / left) : 1.0);
    out.recruit_class.push_back(ClassOf(level, part_time(recruit_percent)));
    left -= share;
  }
}

// The need in FTE year by year, following the category's driver.
void CompileNeed(const SimulationModel& model, const SimulationCategory& category, const Scenario& scenario,
                 double fte_0, CompiledCategory& out) {
  static const DriverSeries kFlat{"", {1.0}};
  const DriverSeries& driver = category.driver < model.drivers.size() ? model.drivers[category.driver] : kFlat;
  const double elasticity = scenario.elasticity.value_or(category.elasticity);
  const double driver_0 = DriverAt(driver, 0);
  for (int t = 1; t <= model.years; ++t) {
    const double growth = driver_0 > 0 ? DriverAt(driver, t) / driver_0 - 1.0 : 0.0;
    const double need = std::max(0.0, fte_0 * (1.0 + elasticity * growth));
    const double other = scenario.other_solutions_share * std::max(0.0, need - fte_0);
    out.need.push_back(need - other);
    out.increase.push_back(need - fte_0);
    out.other_solutions.push_back(other);
  }
}

CompiledCategory CompileCategory(const SimulationModel& model, const SimulationCategory& category,
                                 const Scenario& scenario) {
  CompiledCategory out;
  const PartTime part_time{scenario.full_time_rate > 0, scenario.full_time_percent};
  out.full_time_fte = FteUnits(scenario.full_time_percent);
  out.classes = (model.levels + 1) * 2;
  const auto [heads_0, fte_0] = CompileStaff(category, part_time, out);
  CompileLimits(model, category, scenario, out);
  CompileRecruitment(category, scenario, part_time, heads_0, fte_0, out);
  CompileNeed(model, category, scenario, fte_0, out);
  return out;
}

// Rounds x ≥ 0 to a whole number at random, up with the probability of its
// fraction: the mean stays x.
int RoundAtRandom(double x, Stream& stream) {
  const double whole = std::floor(x);
  return static_cast<int>(whole) + (stream.Uniform() < x - whole ? 1 : 0);
}

// Recruits to fill the need left after the year (the number rounded at random), split over the
// levels; adds their FTE to `fte` and returns how many joined.
int Recruit(const CompiledCategory& cat, int recruit_birth_year, double need, Stream& stream, People& people,
            double& fte) {
  const double recruit_fte = static_cast<double>(cat.recruit_fte) / kFullTime;
  const int recruits = RoundAtRandom(std::max(0.0, (need - fte) / recruit_fte), stream);
  int left = recruits;
  const std::size_t mix = cat.recruit_split.size();
  for (std::size_t j = 0; j < mix; ++j) {
    const int joining = j + 1 == mix ? left : cat.recruit_split[j].Draw(stream, left);
    people.Append(cat.KeyOf(recruit_birth_year, cat.recruit_class[j]), cat.recruit_fte,
                  static_cast<std::size_t>(joining));
    left -= joining;
  }
  fte += recruits * recruit_fte;
  return recruits;
}

// A category's figures of one year; the recruitment is split by cause, in proportion when
// fewer are recruited than left.
void YearFigures(const YearCounts& counts, std::size_t headcount, double fte, int recruits,
                 double (&figures)[kFigureCount]) {
  figures[kHeadcount] = static_cast<double>(headcount);
  figures[kFte] = fte;
  figures[kRetirements] = static_cast<double>(counts.retirements);
  figures[kLeavers] = static_cast<double>(counts.leavers);
  figures[kPromotions] = static_cast<double>(counts.promotions);
  figures[kToFullTime] = static_cast<double>(counts.to_full_time);
  figures[kRecruitment] = recruits;
  const double replaced = static_cast<double>(counts.retirements + counts.leavers);
  if (recruits >= replaced) {
    figures[kRecruitmentGrowth] = recruits - replaced;
    figures[kRecruitmentRetirements] = static_cast<double>(counts.retirements);
    figures[kRecruitmentTurnover] = static_cast<double>(counts.leavers);
  } else {
    figures[kRecruitmentGrowth] = 0;
    figures[kRecruitmentRetirements] = recruits * (static_cast<double>(counts.retirements) / replaced);
    figures[kRecruitmentTurnover] = recruits * (static_cast<double>(counts.leavers) / replaced);
  }
}

}  // namespace

CompiledModel Compile(const SimulationModel& model, const Scenario& scenario) {
  CompiledModel out;
  out.start_year = model.start_year;
  out.years = model.years;
  out.recruit_age = model.recruit_age;
  for (const SimulationCategory& category : model.categories) {
    out.categories.push_back(CompileCategory(model, category, scenario));
  }
  return out;
}

void SimulateRun(const CompiledModel& model, Stream& stream, People& people, float* out,
                 std::size_t stride) {
  thread_local AsideList aside;
  const std::size_t total_c = model.categories.size();
  std::vector<double> total(static_cast<std::size_t>(model.years) * kFigureCount, 0.0);
  for (std::size_t c = 0; c < total_c; ++c) {
    const CompiledCategory& cat = model.categories[c];
    people.Assign(cat.initial);
    YearLimits limits;
    limits.stay = cat.stay.data();
    limits.limits = cat.limits.data();
    limits.full_time_fte = cat.full_time_fte;
    for (int t = 1; t <= model.years; ++t) {
      const int year = model.start_year + t;
      YearCounts counts;
      limits.offset = static_cast<std::int64_t>(year - cat.first_age) * cat.classes;
      double fte = static_cast<double>(LiveOneYear(limits, stream, people, aside, counts)) / kFullTime;

      const int recruits = Recruit(cat, year - model.recruit_age, cat.need[static_cast<std::size_t>(t - 1)],
                                   stream, people, fte);
      double figures[kFigureCount];
      YearFigures(counts, people.size(), fte, recruits, figures);
      for (std::size_t f = 0; f < kFigureCount; ++f) {
        out[model.Index(c, t, static_cast<Figure>(f)) * stride] = static_cast<float>(figures[f]);
        total[static_cast<std::size_t>(t - 1) * kFigureCount + f] += figures[f];
      }
    }
  }
  for (int t = 1; t <= model.years; ++t) {
    for (std::size_t f = 0; f < kFigureCount; ++f) {
      out[model.Index(total_c, t, static_cast<Figure>(f)) * stride] =
          static_cast<float>(total[static_cast<std::size_t>(t - 1) * kFigureCount + f]);
    }
  }
}

}  // namespace kplan::microsim
