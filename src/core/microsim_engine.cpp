#include "microsim_engine.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace kplan::microsim {
namespace {

// A group's identity. FTE in hundredths of a percent, so that equal FTEs
// compare equal.
struct Key {
  int birth_year;
  int level;
  long long fte;
};

// Birth year ascending, then level and FTE descending: the targets of moves
// (a level up, full time) come before their sources.
struct MovesGoBackwards {
  bool operator()(const Key& a, const Key& b) const {
    return std::tie(a.birth_year, b.level, b.fte) < std::tie(b.birth_year, a.level, a.fte);
  }
};

long long FteKey(double percent) { return std::llround(percent * 100.0); }

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

CompiledCategory CompileCategory(const SimulationModel& model, const SimulationCategory& category,
                                 const Scenario& scenario, double full_time_percent) {
  CompiledCategory out;
  std::map<Key, long long, MovesGoBackwards> heads;
  double heads_0 = 0;
  double fte_0 = 0;
  for (const StaffGroup& g : category.staff) {
    heads[{g.birth_year, g.level, FteKey(g.fte_percent)}] += g.count;
    heads_0 += g.count;
    fte_0 += g.count * g.fte_percent / 100.0;
  }

  const double recruit_percent =
      scenario.recruit_fte_percent.value_or(heads_0 > 0 ? 100.0 * fte_0 / heads_0 : 100.0);
  out.recruit_fte = recruit_percent / 100.0;
  const auto mix = RecruitMix(category);
  double left = 0;
  for (const auto& entry : mix) left += entry.second;
  for (const auto& [level, share] : mix) {
    out.recruit_split.emplace_back(left > 0 ? std::min(1.0, share / left) : 1.0);
    left -= share;
  }

  // Promotion rate per level (the top level has none).
  const int levels = model.levels;
  for (int l = 0; l < levels; ++l) {
    double rate = 0;
    if (l + 1 < levels) {
      if (scenario.promotion) {
        rate = *scenario.promotion;
      } else if (static_cast<std::size_t>(l) < category.promotion.size()) {
        rate = category.promotion[static_cast<std::size_t>(l)];
      }
    }
    out.promotion_rates.emplace_back(rate);
  }
  auto promotes = [&](int level) {
    return level >= 0 && level + 1 < levels && out.promotion_rates[static_cast<std::size_t>(level)].p() > 0;
  };
  const long long full_key = FteKey(full_time_percent);
  auto goes_full_time = [&](long long fte) { return scenario.full_time_rate > 0 && fte < full_key; };

  // Every group recruits or moves can reach, made up front.
  std::vector<Key> pending;
  for (int t = 1; t <= model.years; ++t) {
    for (const auto& entry : mix) {
      pending.push_back({model.start_year + t - model.recruit_age, entry.first, FteKey(recruit_percent)});
    }
  }
  for (const auto& entry : heads) pending.push_back(entry.first);
  while (!pending.empty()) {
    const Key key = pending.back();
    pending.pop_back();
    heads.try_emplace(key, 0);
    if (promotes(key.level)) {
      const Key up{key.birth_year, key.level + 1, key.fte};
      if (!heads.count(up)) pending.push_back(up);
    }
    if (goes_full_time(key.fte)) {
      const Key full{key.birth_year, key.level, full_key};
      if (!heads.count(full)) pending.push_back(full);
    }
  }

  std::map<Key, int, MovesGoBackwards> index;
  for (const auto& [key, count] : heads) {
    index[key] = static_cast<int>(out.initial.size());
    out.birth_year.push_back(key.birth_year);
    out.level.push_back(key.level);
    out.fte.push_back(static_cast<double>(key.fte) / 10000.0);
    out.initial.push_back(static_cast<int>(count));
  }
  for (const auto& [key, i] : index) {
    out.up.push_back(promotes(key.level) ? index.at({key.birth_year, key.level + 1, key.fte}) : -1);
    out.full.push_back(goes_full_time(key.fte) ? index.at({key.birth_year, key.level, full_key}) : -1);
  }
  for (int t = 1; t <= model.years; ++t) {
    for (const auto& entry : mix) {
      out.recruit_group.push_back(
          index.at({model.start_year + t - model.recruit_age, entry.first, FteKey(recruit_percent)}));
    }
  }

  const double factor = scenario.turnover_factor;
  for (int age = 0; age <= kMaxAge; ++age) {
    out.leave_by_age.emplace_back(std::min(1.0, category.turnover[TurnoverAgeBand(age)] * factor));
  }

  static const DriverSeries kFlat{"", {1.0}};
  const DriverSeries& driver =
      category.driver < model.drivers.size() ? model.drivers[category.driver] : kFlat;
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
  return out;
}

}  // namespace

CompiledModel Compile(const SimulationModel& model, const Scenario& scenario) {
  CompiledModel out;
  out.start_year = model.start_year;
  out.years = model.years;
  const RetirementTable& table = scenario.retirement ? *scenario.retirement : model.retirement;
  for (int age = 0; age <= kMaxAge; ++age) out.retire_by_age.emplace_back(table.At(age));
  out.full_time = BinomialRate(scenario.full_time_rate);
  for (const SimulationCategory& category : model.categories) {
    out.categories.push_back(CompileCategory(model, category, scenario, scenario.full_time_percent));
  }
  return out;
}

std::vector<int> InitialState(const CompiledModel& model) {
  std::vector<int> state;
  for (const CompiledCategory& c : model.categories) {
    state.insert(state.end(), c.initial.begin(), c.initial.end());
  }
  return state;
}

namespace {

int AgeIndex(int age) { return std::clamp(age, 0, kMaxAge); }

// Rounds x ≥ 0 to a whole number at random, up with the probability of its
// fraction: the mean stays x.
int RoundAtRandom(double x, Stream& stream) {
  const double whole = std::floor(x);
  return static_cast<int>(whole) + (stream.Uniform() < x - whole ? 1 : 0);
}

}  // namespace

void SimulateRun(const CompiledModel& model, Stream& stream, std::vector<int>& state, float* out,
                 std::size_t stride) {
  const std::size_t total_c = model.categories.size();
  std::vector<double> total(static_cast<std::size_t>(model.years) * kFigureCount, 0.0);
  int* counts = state.data();
  for (std::size_t c = 0; c < total_c; ++c) {
    const CompiledCategory& cat = model.categories[c];
    const std::size_t groups = cat.initial.size();
    std::copy(cat.initial.begin(), cat.initial.end(), counts);
    for (int t = 1; t <= model.years; ++t) {
      const int year = model.start_year + t;
      long long retirements = 0, leavers = 0, promotions = 0, to_full = 0, heads = 0;
      double fte = 0;
      for (std::size_t i = 0; i < groups; ++i) {
        int n = counts[i];
        if (n == 0) continue;
        const int age = AgeIndex(year - cat.birth_year[i]);
        const int retiring = model.retire_by_age[static_cast<std::size_t>(age)].Draw(stream, n);
        n -= retiring;
        const int leaving = cat.leave_by_age[static_cast<std::size_t>(age)].Draw(stream, n);
        n -= leaving;
        retirements += retiring;
        leavers += leaving;
        if (const int up = cat.up[i]; up >= 0 && n > 0) {
          const int moving = cat.promotion_rates[static_cast<std::size_t>(cat.level[i])].Draw(stream, n);
          n -= moving;
          counts[up] += moving;
          promotions += moving;
          heads += moving;
          fte += moving * cat.fte[i];
        }
        if (const int full = cat.full[i]; full >= 0 && n > 0) {
          const int moving = model.full_time.Draw(stream, n);
          n -= moving;
          counts[full] += moving;
          to_full += moving;
          heads += moving;
          fte += moving * cat.fte[static_cast<std::size_t>(full)];
        }
        counts[i] = n;
        heads += n;
        fte += n * cat.fte[i];
      }

      const double need = cat.need[static_cast<std::size_t>(t - 1)];
      const int recruits = RoundAtRandom(std::max(0.0, (need - fte) / cat.recruit_fte), stream);
      int left = recruits;
      const std::size_t mix = cat.recruit_split.size();
      for (std::size_t j = 0; j < mix; ++j) {
        const int joining = j + 1 == mix ? left : cat.recruit_split[j].Draw(stream, left);
        counts[cat.recruit_group[static_cast<std::size_t>(t - 1) * mix + j]] += joining;
        left -= joining;
      }
      heads += recruits;
      fte += recruits * cat.recruit_fte;

      double figures[kFigureCount];
      figures[kHeadcount] = static_cast<double>(heads);
      figures[kFte] = fte;
      figures[kRetirements] = static_cast<double>(retirements);
      figures[kLeavers] = static_cast<double>(leavers);
      figures[kPromotions] = static_cast<double>(promotions);
      figures[kToFullTime] = static_cast<double>(to_full);
      figures[kRecruitment] = recruits;
      const double replaced = static_cast<double>(retirements + leavers);
      if (recruits >= replaced) {
        figures[kRecruitmentGrowth] = recruits - replaced;
        figures[kRecruitmentRetirements] = static_cast<double>(retirements);
        figures[kRecruitmentTurnover] = static_cast<double>(leavers);
      } else {
        figures[kRecruitmentGrowth] = 0;
        figures[kRecruitmentRetirements] = recruits * (retirements / replaced);
        figures[kRecruitmentTurnover] = recruits * (leavers / replaced);
      }
      for (std::size_t f = 0; f < kFigureCount; ++f) {
        out[model.Index(c, t, static_cast<Figure>(f)) * stride] = static_cast<float>(figures[f]);
        total[static_cast<std::size_t>(t - 1) * kFigureCount + f] += figures[f];
      }
    }
    counts += groups;
  }
  for (int t = 1; t <= model.years; ++t) {
    for (std::size_t f = 0; f < kFigureCount; ++f) {
      out[model.Index(total_c, t, static_cast<Figure>(f)) * stride] =
          static_cast<float>(total[static_cast<std::size_t>(t - 1) * kFigureCount + f]);
    }
  }
}

}  // namespace kplan::microsim
