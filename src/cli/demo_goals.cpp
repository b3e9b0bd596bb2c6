// Kompetensmål for the demo: two to four goals per förvaltning and one for
// the kommun, each followed up by indicators the demo imports (by name, see
// demo_planning.cpp), and manual assessments the way seed 000 judges its
// pulse survey (PULS 7,7 assessed green against the norm "above 7").

#include <cstdio>

#include "demo_parts.hpp"

namespace kplan::cli::demo {
namespace {

DemoGoal MakeGoal(const std::string& unit, const char* title, const char* description,
                  std::vector<std::string> indicators) {
  DemoGoal g;
  g.goal.unit_code = unit;
  g.goal.title = title;
  g.goal.description = description;
  g.indicators = std::move(indicators);
  return g;
}

// One decimal with a decimal comma: 7,3.
std::string Swedish(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  std::string s = text;
  for (char& c : s)
    if (c == '.') c = ',';
  return s;
}

const store::IndicatorOutcome* Find(const std::vector<store::IndicatorOutcome>& indicators,
                                    const std::string& unit, const std::string& name,
                                    const std::string& period) {
  for (const store::IndicatorOutcome& o : indicators) {
    if (o.unit_code == unit && o.indicator == name && o.period == period) return &o;
  }
  return nullptr;
}

}  // namespace

std::vector<DemoGoal> DemoGoals(const std::string& root) {
  const std::string pulse = "Hållbart engagemang (pulsmätning)";
  return {
      MakeGoal(root, "Kommunen säkrar sin kompetensförsörjning långsiktigt",
               "Sjukfrånvaron och personalomsättningen minskar i hela kommunen, så att "
               "verksamheterna kan planera med stabil bemanning.",
               {"Sjukfrånvaro", "Personalomsättning"}),
      MakeGoal("VOF", "Säkra kompetensförsörjningen inom vård och omsorg",
               "Fler undersköterskor med skyddad yrkestitel och fler medarbetare på nivå Hög "
               "eller Mycket hög, i takt med att antalet invånare över 80 år ökar.",
               {"Undersköterskor med skyddad yrkestitel",
                "Undersköterskor på nivå Hög eller Mycket hög", "Personalomsättning"}),
      MakeGoal("VOF", "Heltid som norm och ett hållbart arbetsliv",
               "Fler arbetar heltid och färre är sjukskrivna.", {"Heltidsandel", "Sjukfrånvaro"}),
      MakeGoal("VOF", "Trygg introduktion och nära ledarskap",
               "Alla nya medarbetare och sommarvikarier får en strukturerad introduktion, och "
               "cheferna har ett rimligt antal medarbetare.",
               {"Sommarvikarier som deltagit i introduktion", "Medarbetare per chef", pulse}),
      MakeGoal("BUF", "Legitimerad personal i förskola och skola",
               "Andelen legitimerade lärare och förskollärare ökar genom validering och "
               "uppdragsutbildning.",
               {"Legitimerade lärare och förskollärare"}),
      MakeGoal("BUF", "Behålla och utveckla nyexaminerade förskollärare",
               "Nyexaminerade förskollärare får en mentor under första året och stannar kvar.",
               {"Nyexaminerade förskollärare med mentor", "Personalomsättning"}),
      MakeGoal("BUF", "En hållbar arbetsmiljö för pedagoger",
               "Lägre sjukfrånvaro och högre engagemang bland pedagoger och skolledare.",
               {"Sjukfrånvaro", pulse, "Medarbetare per chef"}),
      MakeGoal("SF", "En stabil och erfaren socialtjänst",
               "Fler socialsekreterare stannar längre och rekommenderar socialförvaltningen som "
               "arbetsgivare.",
               {"Personalomsättning", "eNPS"}),
      MakeGoal("SF", "Ett gott medarbetarskap och hållbart engagemang",
               "Medarbetarna är nöjda med sin arbetssituation och sjukfrånvaron minskar.",
               {"Nöjd medarbetarindex (NMI)", pulse, "Sjukfrånvaro"}),
      MakeGoal("KLF", "Attraktiv arbetsgivare med hållbar arbetsmiljö",
               "Kommunledningsförvaltningen stödjer förvaltningarna med en hållbar egen "
               "arbetsmiljö.",
               {"Sjukfrånvaro", pulse}),
      MakeGoal("KLF", "Behålla medarbetare och erbjuda heltid",
               "Specialistkompetens inom HR, ekonomi och kansli behålls.",
               {"Personalomsättning", "Heltidsandel"}),
  };
}

std::vector<DemoAssessment> DemoAssessments(const std::vector<store::IndicatorOutcome>& indicators,
                                            int year) {
  std::vector<DemoAssessment> out;
  const std::string pulse = "Hållbart engagemang (pulsmätning)";
  const std::string period = std::to_string(year);
  // The pulse survey, judged against its norm "above 7" with a comment.
  for (const char* unit : {"VOF", "BUF"}) {
    const store::IndicatorOutcome* o = Find(indicators, unit, pulse, period);
    if (o == nullptr || !o->value) continue;
    const bool green = *o->value >= 7;
    out.push_back(
        {unit, pulse, period, green ? "green" : "red",
         green ? "PULS " + Swedish(*o->value) +
                     " ligger över normen 7. Bedöms som grönt: engagemanget har ökat sedan "
                     "förra mätningen och svarsfrekvensen var god."
               : "PULS " + Swedish(*o->value) +
                     " ligger under normen 7. Bedöms som rött: arbetsbelastningen lyfts i "
                     "flera arbetsgrupper och följs upp i samverkan."});
  }
  // A year without a survey: no value, assessed by hand.
  const std::string first = indicators.empty() ? period : indicators.front().period;
  if (const store::IndicatorOutcome* o = Find(indicators, "SF", "Nöjd medarbetarindex (NMI)", first);
      o != nullptr && !o->value) {
    out.push_back({"SF", "Nöjd medarbetarindex (NMI)", first, "red",
                   "Ingen medarbetarenkät genomfördes detta år; målet bedöms som ej uppnått "
                   "eftersom det inte kan följas upp."});
  }
  return out;
}

}  // namespace kplan::cli::demo
