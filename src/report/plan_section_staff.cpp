// Nuläge (key figures from the register, the age pyramid, retirements) and
// Personalprognos (the deterministic staffing projection, seed 002).

#include <algorithm>

#include "kplan/core/rounding.hpp"
#include "kplan/core/swedish_text.hpp"
#include "plan_sections.hpp"

namespace kplan::report::detail {
namespace {

void FigureRow(Table& t, std::string name, Cell now, std::optional<Cell> before) {
  t.rows.push_back({TextCell(std::move(name)), std::move(now), before ? std::move(*before) : TextCell("–")});
}

std::optional<Cell> Maybe(const std::optional<KeyFigures>& f, Cell (*make)(const KeyFigures&)) {
  if (!f) return std::nullopt;
  return make(*f);
}

int RetirementsWithin(const KeyFigures& f, int first_year, int years) {
  int n = 0;
  for (const auto& [year, count] : f.retirements_by_year) {
    if (year < first_year + years) n += count;
  }
  return n;
}

using FigureCell = Cell (*)(const KeyFigures&);

// One row of the Nuläge table: the same cell shape for today and for the previous extract.
void CompareRow(Table& t, std::string name, const KeyFigures& now, const std::optional<KeyFigures>& before,
                FigureCell make) {
  FigureRow(t, std::move(name), make(now), Maybe(before, make));
}

Cell OptionalDecimal(const std::optional<double>& v) { return v ? DecimalCell(*v, 1) : TextCell("–"); }

// The compared key figures, in the order the table shows them (a data table).
void AddComparedFigures(Table& t, const KeyFigures& f, const std::optional<KeyFigures>& prev) {
  CompareRow(t, "Anställda, månadsavlönade", f, prev, [](const KeyFigures& k) { return IntegerCell(k.headcount); });
  CompareRow(t, "Årsarbetare", f, prev, [](const KeyFigures& k) { return DecimalCell(k.fte, 1); });
  CompareRow(t, "Tillsvidareanställda", f, prev, [](const KeyFigures& k) { return IntegerCell(k.permanent); });
  CompareRow(t, "Visstidsanställda", f, prev, [](const KeyFigures& k) { return IntegerCell(k.temporary); });
  CompareRow(t, "Timavlönade", f, prev, [](const KeyFigures& k) { return IntegerCell(k.hourly); });
  CompareRow(t, "Andel kvinnor", f, prev, [](const KeyFigures& k) { return PercentCell(k.women_share); });
  CompareRow(t, "Medelålder", f, prev, [](const KeyFigures& k) { return OptionalDecimal(k.average_age); });
  CompareRow(t, "Andel deltid", f, prev, [](const KeyFigures& k) { return PercentCell(k.part_time_share); });
  CompareRow(t, "Sjukfrånvaro", f, prev, [](const KeyFigures& k) { return PercentCell(k.sick_leave_share, 2); });
  CompareRow(t, "Personalomsättning", f, prev, [](const KeyFigures& k) { return PercentCell(k.turnover); });
  CompareRow(t, "Nyanställda under perioden", f, prev, [](const KeyFigures& k) { return IntegerCell(k.hires); });
  CompareRow(t, "Avgångar under perioden", f, prev, [](const KeyFigures& k) { return IntegerCell(k.leavers); });
  CompareRow(t, "Medarbetare per chef", f, prev,
             [](const KeyFigures& k) { return OptionalDecimal(k.employees_per_manager); });
  CompareRow(t, "Andel med formell behörighet", f, prev,
             [](const KeyFigures& k) { return PercentCell(k.qualified_share); });
}

void AddNulageIntro(BuildContext& ctx, const std::string& when) {
  ctx.doc.AddParagraph("Nyckeltalen bygger på personaluttaget per " + when +
                       (ctx.data.previous_snapshot
                            ? " och jämförs med uttaget per " + FormatIsoDate(*ctx.data.previous_snapshot) + "."
                            : "."));
}

Table NulageTable(const BuildContext& ctx, const UnitPlan& plan, const std::string& when) {
  const KeyFigures& f = *plan.figures;
  Table t;
  t.sheet = "Nuläge " + plan.unit.code;
  t.header = {std::string(msg::kFigureColumn), when.empty() ? "I dag" : when,
              ctx.data.previous_snapshot ? FormatIsoDate(*ctx.data.previous_snapshot) : "Föregående"};
  t.numeric = {false, true, true};
  t.widths = {2.2, 1, 1};
  AddComparedFigures(t, f, plan.previous_figures);
  const int first = ctx.data.snapshot ? ctx.data.snapshot->year : plan.year;
  FigureRow(t, "Pensionsavgångar inom 5 år (" + std::to_string(ctx.data.pension_age) + " år)",
            IntegerCell(RetirementsWithin(f, first, 5)), std::nullopt);
  FigureRow(t, "Pensionsavgångar inom 10 år", IntegerCell(RetirementsWithin(f, first, 10)), std::nullopt);
  return t;
}

Chart AgePyramid(BuildContext& ctx, const UnitPlan& plan) {
  Chart pyramid;
  pyramid.kind = ChartKind::kAgePyramid;
  pyramid.title = std::string(msg::kAgePyramidTitle) + ", " + plan.unit.name;
  pyramid.name = ctx.ChartName("age");
  pyramid.labels = plan.pyramid.bands;
  pyramid.series = {{std::string(msg::kWomen), plan.pyramid.women}, {std::string(msg::kMen), plan.pyramid.men}};
  pyramid.height = 250;
  return pyramid;
}

void AddProjectionText(Document& doc, const UnitPlan& plan) {
  const ProjectionResult& p = *plan.projection;
  const StaffingProjection& total = p.total;
  const ProjectionYear& last = total.years.back();
  const int from = total.years.front().year;
  auto persons = [](double v) { return FormatPersons(RoundHalfAwayFromZero(v)); };
  doc.AddParagraph(
      "Under åren " + std::to_string(from) + "–" + std::to_string(last.year) + " beräknas " +
      persons(total.TotalRetirements()) + " gå i pension och " + persons(total.TotalLeavers()) +
      " sluta av andra skäl. Personalbehovet förändras från " + persons(total.headcount) + " till " +
      persons(last.need) + " (" + (last.increase >= 0 ? "+" : "") +
      FormatInteger(RoundHalfAwayFromZero(last.increase)) + "), och det samlade rekryteringsbehovet är " +
      persons(total.TotalRecruitment()) + ".");
  doc.AddParagraph("Antaganden: pensionsålder " + std::to_string(p.settings.pension_age) +
                       " år, personalomsättning " +
                       FormatPercent(RoundToDecimals(plan.projection_turnover * 100, 1), 1) +
                       " per år (ur personalregistret), personalbehovet följer befolkningsprognosens "
                       "totala befolkning.",
                   ParagraphStyle::kNote);
}

// The chart and the table of the whole unit, year by year (one pass fills both).
void AddProjectionYears(BuildContext& ctx, const UnitPlan& plan) {
  const StaffingProjection& total = plan.projection->total;
  Chart chart;
  chart.kind = ChartKind::kProjection;
  chart.title = std::string(msg::kProjectionTitle) + ", " + plan.unit.name;
  chart.name = ctx.ChartName("projection");
  ChartSeries need{std::string(msg::kNeedYear), {}}, staff{std::string(msg::kHeadcountStart), {}},
      recruit{std::string(msg::kRecruitment), {}}, retire{std::string(msg::kRetirements), {}};
  Table t;
  t.sheet = "Personalprognos " + plan.unit.code;
  t.header = {std::string(msg::kYear), std::string(msg::kHeadcountStart), std::string(msg::kRetirements),
              std::string(msg::kLeavers), std::string(msg::kNeedYear), std::string(msg::kRecruitment),
              std::string(msg::kIncrease)};
  t.numeric = {false, true, true, true, true, true, true};
  for (const ProjectionYear& y : total.years) {
    chart.labels.push_back(std::to_string(y.year));
    need.values.push_back(y.need);
    staff.values.push_back(y.headcount_start);
    recruit.values.push_back(y.recruitment);
    retire.values.push_back(y.retirements);
    Cell year = TextCell(std::to_string(y.year));
    year.number = y.year;
    t.rows.push_back({year, IntegerCell(y.headcount_start), IntegerCell(y.retirements),
                      IntegerCell(y.leavers), IntegerCell(y.need), IntegerCell(y.recruitment),
                      IntegerCell(y.increase)});
  }
  chart.series = {need, staff, recruit, retire};
  ctx.doc.AddChart(std::move(chart));
  ctx.doc.AddTable(std::move(t));
}

// The categories, the largest recruitment need first.
Table ProjectionByCategory(const UnitPlan& plan) {
  const ProjectionResult& p = *plan.projection;
  const ProjectionYear& last = p.total.years.back();
  const int from = p.total.years.front().year;
  Table per;
  per.sheet = "Personalprognos " + plan.unit.code;
  per.caption = "Per yrkeskategori " + std::to_string(from) + "–" + std::to_string(last.year);
  per.header = {std::string(msg::kCategory), "Anställda i dag", std::string(msg::kRetirements),
                std::string(msg::kLeavers), std::string(msg::kRecruitment),
                std::string(msg::kNeedYear) + " " + std::to_string(last.year)};
  per.numeric = {false, true, true, true, true, true};
  per.widths = {2.0, 1, 1, 1, 1, 1};
  std::vector<const StaffingProjection*> cats;
  for (const StaffingProjection& c : p.categories) cats.push_back(&c);
  std::stable_sort(cats.begin(), cats.end(),
                   [](auto* a, auto* b) { return a->TotalRecruitment() > b->TotalRecruitment(); });
  for (const StaffingProjection* c : cats) {
    per.rows.push_back({TextCell(c->name), IntegerCell(c->headcount), IntegerCell(c->TotalRetirements()),
                        IntegerCell(c->TotalLeavers()), IntegerCell(c->TotalRecruitment()),
                        IntegerCell(c->years.empty() ? 0.0 : c->years.back().need)});
  }
  return per;
}

}  // namespace

void AddNulage(BuildContext& ctx, const UnitPlan& plan, int level) {
  ctx.Section(msg::kNulage, plan, level);
  if (!plan.figures) {
    ctx.doc.AddParagraph(std::string(msg::kNoRegister), ParagraphStyle::kNote);
    return;
  }
  const std::string when = ctx.data.snapshot ? FormatIsoDate(*ctx.data.snapshot) : "";
  AddNulageIntro(ctx, when);
  ctx.doc.AddTable(NulageTable(ctx, plan, when));
  ctx.doc.AddChart(AgePyramid(ctx, plan));
}

void AddProjectionSection(BuildContext& ctx, const UnitPlan& plan, int level) {
  ctx.Section(msg::kPersonalprognos, plan, level);
  if (!plan.projection || plan.projection->total.years.empty()) {
    ctx.doc.AddParagraph(std::string(msg::kNoProjection), ParagraphStyle::kNote);
    return;
  }
  AddProjectionText(ctx.doc, plan);
  AddProjectionYears(ctx, plan);
  ctx.doc.AddTable(ProjectionByCategory(plan));
}

}  // namespace kplan::report::detail
