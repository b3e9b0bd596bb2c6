// The plan texts of the demo: what a förvaltning writes around the computed
// tables (inledning, sammanfattning, the comment under a category's gap
// table, and the introductions to riskanalys, aktivitetsplan, uppföljning
// and successionsplanering). Short, realistic Swedish in the tone of seed
// 001; no numbers that the tables compute, so that the texts stay true for
// every seed and size.

#include <algorithm>

#include "demo_parts.hpp"

namespace kplan::cli::demo {
namespace {

struct SectionText {
  const char* section;
  const char* category;  // "" for the section's own text
  const char* text;
};

struct UnitTexts {
  const char* unit;
  std::vector<SectionText> texts;
};

const std::vector<UnitTexts>& Texts() {
  static const std::vector<UnitTexts> kTexts = {
      {"VOF",
       {{"inledning", "",
         "Vård- och omsorgsförvaltningens kompetensförsörjningsplan beskriver förvaltningens "
         "kompetensbehov på två och fem års sikt och hur behoven ska mötas. Planen bygger på "
         "kartläggningen av medarbetarnas kompetensnivåer, personalregistret och kommunens "
         "befolkningsprognos, och har tagits fram av förvaltningens ledningsgrupp tillsammans "
         "med HR och de fackliga organisationerna."},
        {"sammanfattning", "",
         "Antalet invånare över 80 år ökar snabbt, och med dem behovet av hemtjänst och "
         "särskilt boende. Den största utmaningen är att få fler undersköterskor och "
         "sjuksköterskor på nivåerna Hög och Mycket hög: där finns bristen, medan det finns "
         "ett överskott på nivån Viss. Förvaltningen satsar därför på validering, "
         "undersköterskeutbildning på arbetstid och ett tydligt karriärsteg för "
         "specialistundersköterskor. Heltid som norm och en trygg introduktion ska minska "
         "personalomsättningen."},
        {"kompetensgap", "Undersköterska",
         "Bristen på nivåerna Hög och Mycket hög växer i takt med att fler äldre behöver "
         "omsorg och att erfarna undersköterskor går i pension. Överskottet på nivån Viss "
         "är en resurs: med validering och utbildning på arbetstid kan fler av dessa "
         "medarbetare nå nivån God inom två år."},
        {"kompetensgap", "Sjuksköterska",
         "Det är svårt att rekrytera erfarna sjuksköterskor, särskilt till nattbemanningen. "
         "Förvaltningen erbjuder specialistutbildning inom vård av äldre med bibehållen lön "
         "och samarbetar med regionen om gemensamma introduktionsprogram."},
        {"kompetensgap", "Vårdbiträde",
         "Behovet av vårdbiträden utan utbildning minskar. Målet är att vårdbiträden ska "
         "erbjudas utbildning till undersköterska, vilket flyttar kompetens uppåt i "
         "tabellen."},
        {"riskanalys", "",
         "Riskerna har bedömts av ledningsgruppen och skyddsombuden för både verksamheten och "
         "arbetsmiljön. De högsta riskerna gäller brist på erfarna undersköterskor och "
         "sjuksköterskor och hög arbetsbelastning för enhetscheferna."},
        {"aktivitetsplan", "",
         "Aktiviteterna är ordnade efter de fem strategiska områdena attrahera, rekrytera, "
         "introducera, utveckla och behålla samt avsluta. Varje aktivitet har en ansvarig "
         "funktion och följs upp vid delårsrapporten och i årsredovisningen."},
        {"uppfoljning", "",
         "Målen följs upp med nyckeltal från personalsystemet och med pulsmätningar två "
         "gånger per år. Där utfallet inte kan bedömas automatiskt gör ledningsgruppen en "
         "samlad bedömning."},
        {"successionsplanering", "",
         "Flera chefer i förvaltningens ledning går i pension de närmaste åren. För de "
         "flesta nyckelbefattningar finns en möjlig efterträdare; där ingen finns ska "
         "ett internt ledarprogram förbereda blivande chefer."}}},
      {"BUF",
       {{"inledning", "",
         "Barn- och utbildningsförvaltningens kompetensförsörjningsplan omfattar förskola, "
         "grundskola, gymnasie- och vuxenutbildning samt elevhälsan. Planen utgår från "
         "kartläggningen av pedagogernas kompetensnivåer och befolkningsprognosen för barn "
         "och unga."},
        {"sammanfattning", "",
         "Antalet barn i förskoleåldern minskar något de kommande åren, medan kraven på "
         "legitimerad och erfaren personal ökar. Förvaltningen har därför ett överskott på "
         "nivån Viss men brist på nivåerna Hög och Mycket hög, särskilt bland förskollärare. "
         "Fokus ligger på att behålla nyexaminerade pedagoger och att ge barnskötare "
         "möjlighet att utbilda sig till förskollärare."},
        {"kompetensgap", "Förskollärare",
         "Trots att barnkullarna minskar behövs fler förskollärare på de högre nivåerna för "
         "att förskolan ska kunna leva upp till läroplanen. Mentorskap för nyexaminerade och "
         "kompetensutveckling i specialpedagogik är de viktigaste åtgärderna."},
        {"kompetensgap", "Grundskollärare",
         "Behovet av behöriga lärare i matematik, svenska som andraspråk och "
         "specialpedagogik är störst. Lärare utan legitimation erbjuds "
         "uppdragsutbildning via Skolverket."},
        {"riskanalys", "",
         "Riskerna har bedömts tillsammans med rektorerna. Bristen på legitimerade lärare och "
         "förskollärare bedöms som den största risken för verksamheten."},
        {"aktivitetsplan", "",
         "Aktiviteterna genomförs i samverkan med rektorerna och följs upp i "
         "kvalitetsarbetet varje termin."}}},
      {"SF",
       {{"inledning", "",
         "Socialförvaltningens kompetensförsörjningsplan beskriver behovet av erfarna "
         "socialsekreterare och chefer inom barn och unga, vuxna, ekonomiskt bistånd och "
         "socialpsykiatri."},
        {"sammanfattning", "",
         "Personalomsättningen bland socialsekreterare är den största utmaningen. Många "
         "slutar inom två år, vilket gör att det saknas medarbetare på nivåerna Hög och "
         "Mycket hög. Förvaltningen satsar på en skyddad introduktion, handledning och en "
         "karriärväg mot specialistsocionom."},
        {"kompetensgap", "Socialsekreterare",
         "Bristen på erfarna socialsekreterare är störst inom utredning barn och unga. En "
         "skyddad introduktion med reducerat antal ärenden och stöd av erfarna kollegor ska "
         "göra att fler stannar och når nivån Hög."},
        {"riskanalys", "",
         "Den högsta risken för både verksamheten och arbetsmiljön är hög "
         "personalomsättning bland socialsekreterare, med tunga ärenden och bristande "
         "kontinuitet som följd."},
        {"aktivitetsplan", "",
         "Aktiviteterna prioriterar att behålla och utveckla befintliga medarbetare framför "
         "nyrekrytering."}}},
  };
  return kTexts;
}

bool HasCategory(const DemoInventory& inventory, const std::string& category) {
  return std::any_of(inventory.entries.begin(), inventory.entries.end(),
                     [&](const store::InventoryEntry& e) { return e.category == category; });
}

}  // namespace

std::vector<DemoText> DemoTexts(const std::vector<DemoInventory>& inventories, int year) {
  std::vector<DemoText> out;
  for (const UnitTexts& unit : Texts()) {
    auto inventory = std::find_if(inventories.begin(), inventories.end(), [&](const auto& i) {
      return i.year == year && i.plan_unit_code == unit.unit;
    });
    if (inventory == inventories.end()) continue;
    for (const SectionText& t : unit.texts) {
      // A category comment only for a category the kartläggning has.
      if (*t.category != '\0' && !HasCategory(*inventory, t.category)) continue;
      DemoText text;
      text.plan_unit_code = unit.unit;
      text.year = year;
      text.text = {t.section, t.category, t.text, 0};
      out.push_back(std::move(text));
    }
  }
  return out;
}

}  // namespace kplan::cli::demo
