// The demo's employee register: a year-by-year simulation of Exempelby's
// staff. Each unit has a number of positions per category (its staffing,
// scaled to the requested size and changed by the förvaltning's yearly
// growth). The staff on the day before the first year start as a stock with
// the age and tenure of an established workforce. Each year some retire and
// some leave, visstidsanställda may become tillsvidareanställda, people gain
// competence levels and qualifications, and the positions left open are
// filled by new hires, who are younger. Each extract lists everyone employed
// at some time during its year, so that hires, leavers and turnover can be
// computed from it.

#include <algorithm>
#include <cstdio>

#include "demo_parts.hpp"

namespace kplan::cli::demo {
namespace {

constexpr double kFullTimeHoursPerYear = 1720;  // scheduled hours at 100 %, holidays excluded

// Ages of the established staff (stock) and of new hires. Together with
// retirement at 65–69 they keep the mean age near 46 (seed 003).
constexpr AgeBand kStockStandard[] = {
    {21, 29, 0.09}, {30, 39, 0.19}, {40, 49, 0.25}, {50, 59, 0.31}, {60, 66, 0.16}};
constexpr AgeBand kStockYoung[] = {
    {19, 29, 0.24}, {30, 39, 0.22}, {40, 49, 0.22}, {50, 59, 0.20}, {60, 66, 0.12}};
constexpr AgeBand kStockSenior[] = {
    {27, 29, 0.02}, {30, 39, 0.18}, {40, 49, 0.32}, {50, 59, 0.33}, {60, 66, 0.15}};
constexpr AgeBand kHireStandard[] = {
    {20, 29, 0.32}, {30, 39, 0.30}, {40, 49, 0.21}, {50, 59, 0.14}, {60, 64, 0.03}};
constexpr AgeBand kHireSenior[] = {{30, 39, 0.35}, {40, 49, 0.40}, {50, 59, 0.22}, {60, 63, 0.03}};
// Timavlönade: students, and pensioners who come back as substitutes.
constexpr AgeBand kHourly[] = {
    {18, 24, 0.45}, {25, 29, 0.15}, {30, 49, 0.20}, {50, 59, 0.10}, {60, 70, 0.10}};

// Retirement age of the permanent staff: 65 (30 %) … 69 (8 %).
constexpr double kRetirementAgeWeights[] = {0.30, 0.25, 0.25, 0.12, 0.08};
// Years of service of the established permanent staff.
constexpr AgeBand kTenureYears[] = {{0, 0, 0.12},  {1, 2, 0.18},   {3, 5, 0.18},
                                    {6, 11, 0.22}, {12, 19, 0.18}, {20, 34, 0.12}};
// Sysselsättningsgrad of those who work part time.
constexpr double kPartTimeFte[] = {50, 60, 75, 80, 85, 90};
constexpr double kPartTimeFteWeights[] = {0.10, 0.08, 0.30, 0.22, 0.10, 0.20};
// Competence level (Viss, God, Hög, Mycket hög) at entry.
constexpr double kLevelJunior[] = {0.35, 0.45, 0.17, 0.03};
constexpr double kLevelExperienced[] = {0.08, 0.37, 0.40, 0.15};
constexpr double kLevelUpPerYear = 0.10;

// The order of the form weights below.
constexpr EmploymentForm kForms[] = {EmploymentForm::kPermanent, EmploymentForm::kTemporary,
                                     EmploymentForm::kHourly};

constexpr double kTemporaryLeaving = 0.35;      // visstid contracts not renewed per year
constexpr double kTemporaryToPermanent = 0.15;  // visstid made tillsvidare per year
constexpr double kHourlyLeaving = 0.45;
constexpr double kRetirementRate = 0.03;  // used only to balance the hiring mix

// Sick leave: a share of people on long-term leave, short spells for the rest.
struct SickLeave {
  double long_term_share;
  double short_term_mean;
};
constexpr SickLeave kSickLeave[] = {
    {0.060, 0.048},  // care
    {0.040, 0.038},  // school
    {0.045, 0.040},  // social
    {0.030, 0.028},  // admin
};
// Sick leave falls a little year by year (the plans in the seeds report this).
constexpr double kSickTrend[] = {1.04, 1.00, 0.97};

std::span<const AgeBand> StockAges(AgeProfile profile) {
  switch (profile) {
    case AgeProfile::kYoung:
      return kStockYoung;
    case AgeProfile::kSenior:
      return kStockSenior;
    case AgeProfile::kStandard:
      break;
  }
  return kStockStandard;
}

int DrawFromBands(Random& rng, std::span<const AgeBand> bands) {
  double weights[8] = {};
  for (std::size_t i = 0; i < bands.size(); ++i) weights[i] = bands[i].weight;
  const AgeBand& band = bands[rng.Pick(std::span<const double>(weights, bands.size()))];
  return rng.Between(band.from, band.to);
}

double Power(double base, int exponent) {
  double result = 1;
  for (int i = 0; i < exponent; ++i) result *= base;
  return result;
}

int RoundToInt(double x) { return static_cast<int>(RoundTo(x, 0)); }

// A position type in a unit: its category and its headcount per period
// (index 0: the stock before the first year; index k + 1: extract k).
struct Slot {
  std::size_t unit;
  std::size_t category;
  double weight;
  std::vector<int> targets;
};

struct Person {
  int number = 0;
  std::size_t slot = 0;
  EmploymentForm form = EmploymentForm::kPermanent;
  Gender gender = Gender::kWoman;
  int birth_year = 0;
  int retirement_age = 67;
  double fte = 100;
  CalendarDate start;
  std::optional<CalendarDate> end;          // last day, once the person has left
  std::optional<CalendarDate> planned_end;  // visstid: end of the current contract
  std::optional<int> level;
  std::optional<bool> qualified;
};

class Simulation {
 public:
  Simulation(const DemoOptions& options, Random& rng) : options_(options), rng_(rng) {}

  std::vector<DemoSnapshot> Run() {
    BuildSlots();
    const CalendarDate first_start = OneYearBefore(options_.extract_dates.front());
    std::vector<std::size_t> active;
    for (std::size_t s = 0; s < slots_.size(); ++s) {
      for (int i = 0; i < slots_[s].targets[0]; ++i)
        active.push_back(NewStockPerson(s, first_start));
    }
    std::vector<DemoSnapshot> snapshots;
    CalendarDate period_start = first_start;
    for (std::size_t k = 0; k < options_.extract_dates.size(); ++k) {
      snapshots.push_back(SimulateYear(k, period_start, active));
      period_start = options_.extract_dates[k];
    }
    return snapshots;
  }

 private:
  // Positions per unit and category: the staffing tables scaled so that the
  // latest extract has exactly the requested number of employees (largest
  // remainder), earlier years discounted by the förvaltning's growth.
  void BuildSlots() {
    const auto& units = Organisation();
    for (std::size_t u = 0; u < units.size(); ++u) {
      double staff = 0;
      for (const StaffLine& line : units[u].staff) {
        slots_.push_back({u, line.category, line.headcount, {}});
        staff += line.headcount;
      }
      if (staff > 0) {
        slots_.push_back(
            {u, units[u].manager_category, staff / units[u].employees_per_manager, {}});
      }
    }
    double total = 0;
    for (const Slot& s : slots_) total += s.weight;
    const int wanted = options_.employees;
    std::vector<int> final_counts(slots_.size());
    std::vector<std::pair<double, std::size_t>> remainders;
    int assigned = 0;
    for (std::size_t i = 0; i < slots_.size(); ++i) {
      const double quota = wanted * slots_[i].weight / total;
      final_counts[i] = static_cast<int>(quota);
      assigned += final_counts[i];
      remainders.push_back({quota - final_counts[i], i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (int i = 0; assigned < wanted; ++i, ++assigned) ++final_counts[remainders[i].second];

    const int years = static_cast<int>(options_.extract_dates.size());
    for (std::size_t i = 0; i < slots_.size(); ++i) {
      const double growth = 1 + units[slots_[i].unit].yearly_growth;
      for (int period = 0; period <= years; ++period) {
        const int before_final = years - period;
        slots_[i].targets.push_back(
            before_final == 0 ? final_counts[i]
                              : RoundToInt(final_counts[i] / Power(growth, before_final)));
      }
    }
  }

  const CategorySpec& CategoryOf(std::size_t slot) const {
    return Categories()[slots_[slot].category];
  }

  std::size_t NewStockPerson(std::size_t slot, const CalendarDate& on) {
    const CategorySpec& c = CategoryOf(slot);
    Person p = NewPerson(slot);
    const double temporary = c.temporary;
    const double hourly = c.hourly;
    const double form_weights[] = {1 - temporary - hourly, temporary, hourly};
    p.form = kForms[rng_.Pick(form_weights)];
    const int age =
        DrawFromBands(rng_, p.form == EmploymentForm::kHourly ? std::span<const AgeBand>(kHourly)
                                                              : StockAges(c.age));
    p.birth_year = on.year - age;
    // Years of service, at most since the age of 18; short for visstid and timavlönade.
    int tenure = p.form == EmploymentForm::kPermanent ? DrawFromBands(rng_, kTenureYears)
                                                      : rng_.Between(0, 2);
    tenure = std::min(tenure, std::max(0, age - 18));
    p.start = AddDays(on, -(tenure * 365 + rng_.Between(0, 364)));
    if (p.retirement_age <= age) p.retirement_age = age + 1;
    Complete(p, age, tenure, c.qualified);
    return Keep(std::move(p));
  }

  std::size_t NewHire(std::size_t slot, const CalendarDate& start) {
    const CategorySpec& c = CategoryOf(slot);
    Person p = NewPerson(slot);
    // Hiring mix that keeps the stock mix steady: each form is hired as
    // often as it leaves, visstid also replacing those made permanent.
    const double temporary = c.temporary;
    const double hourly = c.hourly;
    const double permanent = 1 - temporary - hourly;
    const double form_weights[] = {std::max(0.01, permanent * (c.turnover + kRetirementRate) -
                                                      temporary * kTemporaryToPermanent),
                                   temporary * (kTemporaryLeaving + kTemporaryToPermanent),
                                   hourly * kHourlyLeaving};
    p.form = kForms[rng_.Pick(form_weights)];
    std::span<const AgeBand> ages =
        c.manager ? std::span<const AgeBand>(kHireSenior) : kHireStandard;
    if (p.form == EmploymentForm::kHourly) ages = kHourly;
    const int age = DrawFromBands(rng_, ages);
    p.birth_year = start.year - age;
    p.start = start;
    if (p.retirement_age <= age) p.retirement_age = age + 1;
    Complete(p, age, 0, c.qualified < 0 ? c.qualified : c.qualified_hires);
    return Keep(std::move(p));
  }

  Person NewPerson(std::size_t slot) {
    Person p;
    p.number = static_cast<int>(people_.size()) + 1;
    p.slot = slot;
    p.gender = rng_.Chance(CategoryOf(slot).women) ? Gender::kWoman : Gender::kMan;
    p.retirement_age = 65 + static_cast<int>(rng_.Pick(kRetirementAgeWeights));
    return p;
  }

  // Sysselsättningsgrad, qualification (none where the share is negative)
  // and competence level.
  void Complete(Person& p, int age, int tenure, double qualified_share) {
    const CategorySpec& c = CategoryOf(p.slot);
    const bool monthly = p.form != EmploymentForm::kHourly;
    p.fte = 0;  // timavlönade have no sysselsättningsgrad
    if (monthly) {
      const double part_time = c.part_time * (p.gender == Gender::kWoman ? 1.0 : 0.6);
      p.fte = rng_.Chance(part_time) ? kPartTimeFte[rng_.Pick(kPartTimeFteWeights)] : 100;
    }
    if (qualified_share >= 0) {
      p.qualified = rng_.Chance(monthly ? qualified_share : qualified_share * 0.5);
    }
    if (c.levelled && monthly) {
      const bool experienced = age >= 32 && tenure >= 3;
      int level = static_cast<int>(rng_.Pick(experienced ? kLevelExperienced : kLevelJunior));
      if (p.qualified && !*p.qualified && level > 0) --level;
      p.level = level;
    }
  }

  std::size_t Keep(Person p) {
    people_.push_back(std::move(p));
    return people_.size() - 1;
  }

  CalendarDate DayWithin(const CalendarDate& after, int days) {
    return AddDays(after, rng_.Between(1, std::max(1, days - 1)));
  }

  bool Leaves(Person& p, const CalendarDate& extract) {
    const CategorySpec& c = CategoryOf(p.slot);
    const int age = extract.year - p.birth_year;
    switch (p.form) {
      case EmploymentForm::kPermanent: {
        if (age >= p.retirement_age) return true;
        const double by_age = age < 30 ? 1.6 : age < 40 ? 1.2 : age < 50 ? 0.9 : 0.7;
        return rng_.Chance(c.turnover * by_age);
      }
      case EmploymentForm::kTemporary:
        return rng_.Chance(kTemporaryLeaving);
      case EmploymentForm::kHourly:
        return rng_.Chance(kHourlyLeaving);
    }
    return false;
  }

  DemoSnapshot SimulateYear(std::size_t k, const CalendarDate& period_start,
                            std::vector<std::size_t>& active) {
    const CalendarDate extract = options_.extract_dates[k];
    const int days = DaysFromCivil(extract) - DaysFromCivil(period_start);
    const std::vector<std::size_t> at_start = active;

    std::vector<std::vector<std::size_t>> staying(slots_.size());
    for (std::size_t i : at_start) {
      Person& p = people_[i];
      if (Leaves(p, extract)) {
        const bool contract_ran_out =
            p.planned_end && *p.planned_end > period_start && *p.planned_end < extract;
        p.end = contract_ran_out ? *p.planned_end : DayWithin(period_start, days);
        continue;
      }
      if (p.form == EmploymentForm::kTemporary && rng_.Chance(kTemporaryToPermanent)) {
        p.form = EmploymentForm::kPermanent;
        p.planned_end.reset();
      }
      if (p.level && *p.level < 3 && rng_.Chance(kLevelUpPerYear)) ++*p.level;
      if (p.qualified && !*p.qualified && rng_.Chance(CategoryOf(p.slot).qualifying))
        p.qualified = true;
      staying[p.slot].push_back(i);
    }

    std::vector<std::size_t> hires;
    for (std::size_t s = 0; s < slots_.size(); ++s) {
      const int target = slots_[s].targets[k + 1];
      auto& stay = staying[s];
      if (static_cast<int>(stay.size()) > target) ReduceStaff(stay, target, period_start, days);
      for (int n = static_cast<int>(stay.size()); n < target; ++n) {
        hires.push_back(NewHire(s, AddDays(period_start, rng_.Between(1, days))));
      }
    }

    std::vector<std::size_t> next;
    for (std::size_t i : at_start) {
      if (!people_[i].end) next.push_back(i);
    }
    next.insert(next.end(), hires.begin(), hires.end());
    for (std::size_t i : next) {
      Person& p = people_[i];
      if (p.form == EmploymentForm::kTemporary)
        p.planned_end = AddDays(extract, rng_.Between(30, 330));
    }

    DemoSnapshot snapshot;
    snapshot.extract_date = extract;
    snapshot.employees.reserve(at_start.size() + hires.size());
    for (std::size_t i : at_start)
      snapshot.employees.push_back(Record(people_[i], k, period_start, extract));
    for (std::size_t i : hires)
      snapshot.employees.push_back(Record(people_[i], k, period_start, extract));
    active = std::move(next);
    return snapshot;
  }

  // A shrinking unit: contracts of timavlönade end first, then visstid, then
  // tillsvidare (who move on elsewhere).
  void ReduceStaff(std::vector<std::size_t>& stay, int target, const CalendarDate& period_start,
                   int days) {
    std::vector<std::size_t> order = stay;
    for (std::size_t i = order.size(); i > 1; --i) {
      std::swap(order[i - 1],
                order[static_cast<std::size_t>(rng_.Between(0, static_cast<int>(i) - 1))]);
    }
    auto priority = [this](std::size_t i) {
      switch (people_[i].form) {
        case EmploymentForm::kHourly:
          return 0;
        case EmploymentForm::kTemporary:
          return 1;
        case EmploymentForm::kPermanent:
          break;
      }
      return 2;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return priority(a) < priority(b); });
    const std::size_t excess = stay.size() - static_cast<std::size_t>(target);
    for (std::size_t n = 0; n < excess; ++n) people_[order[n]].end = DayWithin(period_start, days);
    std::erase_if(stay, [this](std::size_t i) { return people_[i].end.has_value(); });
  }

  EmployeeRecord Record(const Person& p, std::size_t k, const CalendarDate& period_start,
                        const CalendarDate& extract) {
    const CategorySpec& c = CategoryOf(p.slot);
    EmployeeRecord e;
    char id[24];
    std::snprintf(id, sizeof id, "EX-%06d", p.number);
    e.employee_id = id;
    e.unit_code = Organisation()[slots_[p.slot].unit].unit.code;
    e.category = c.name;
    e.ssyk = c.ssyk;
    e.form = p.form;
    e.birth_year = p.birth_year;
    e.gender = p.gender;
    e.fte_percent = p.fte;
    e.start = p.start;
    e.end = p.end ? p.end : p.planned_end;
    e.competence_level = p.level;
    e.manager = c.manager && p.form != EmploymentForm::kHourly;
    e.qualified = p.qualified;

    // Hours over the days of the year the person was employed.
    const int from = std::max(DaysFromCivil(p.start), DaysFromCivil(period_start) + 1);
    const int to =
        p.end ? std::min(DaysFromCivil(*p.end), DaysFromCivil(extract)) : DaysFromCivil(extract);
    const double share = std::max(0, to - from + 1) /
                         static_cast<double>(DaysFromCivil(extract) - DaysFromCivil(period_start));
    const double yearly = p.form == EmploymentForm::kHourly ? rng_.Between(80, 900)
                                                            : kFullTimeHoursPerYear * p.fte / 100;
    e.scheduled_hours = RoundTo(yearly * share, 0);
    const SickLeave& sick = kSickLeave[static_cast<int>(c.sector)];
    double rate = p.form != EmploymentForm::kHourly && rng_.Chance(sick.long_term_share)
                      ? 0.25 + 0.75 * rng_.Uniform()
                      : 2 * sick.short_term_mean * rng_.Uniform();
    rate *= (p.gender == Gender::kWoman ? 1.1 : 0.72) * kSickTrend[std::min<std::size_t>(k, 2)];
    e.sick_hours = RoundTo(std::min(1.0, rate) * e.scheduled_hours, 0);
    return e;
  }

  const DemoOptions& options_;
  Random& rng_;
  std::vector<Slot> slots_;
  std::vector<Person> people_;
};

}  // namespace

std::vector<DemoSnapshot> GenerateRegister(const DemoOptions& options, Random& rng) {
  return Simulation(options, rng).Run();
}

}  // namespace kplan::cli::demo
