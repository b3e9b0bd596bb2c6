// Seed 004: Stockholms stad, Hägersten-Älvsjö stadsdelsförvaltning — a
// department plan: "Förvaltningens gemensamma utmaningar" written once, then
// a chapter per avdelning with the same sub-headings (Uppgifter, Behov,
// Utveckla och behålla, Attrahera och rekrytera, Avsluta,
// Successionsplanering, as far as each has them), and a successionsplan for
// the key positions the departments name.

#include <utility>

#include "demo_examples.hpp"

namespace kplan::cli {
namespace {

struct Department {
  const char* code;
  const char* name;
  std::vector<std::pair<const char*, const char*>> parts;  // sub-heading, text
};

const std::vector<Department>& Departments() {
  static const std::vector<Department> kDepartments = {
      {"HAE-FSK", "Avdelningen för förskola",
       {{"Uppgifter",
         "Nybyggnationen inom stadsdelen fortsätter och behovet av förskolor och utbildade "
         "medarbetare kvarstår. Förvaltningen arbetar systematiskt och långsiktigt för att säkra "
         "kompetensen, bland annat i samverkan med lärosätena kring praktikperioder."},
        {"Utveckla och behålla",
         "Barnskötare studerar till förskollärare. Alla rektorer ska ha rektorsutbildningen. "
         "Kompetensutveckling utgår från både individuella utvecklingsbehov och gemensamt "
         "identifierade utvecklingsområden, samt stadsgemensamma utbildningssatsningar."},
        {"Attrahera och rekrytera",
         "Samarbetet med Midsommarkransens gymnasium kring grundutbildning för barnskötare "
         "fortsätter. Förskoleavdelningen har en organisation för mentorskap för nyanställda."},
        {"Avsluta",
         "Vid avslut förs medarbetarens kunskaper över till den som tar vid, så att de som slutar "
         "blir goda ambassadörer för Hägersten-Älvsjös förskoleverksamhet."},
        {"Successionsplanering",
         "Verksamheten avser att arbeta långsiktigt med successionsplanering. Kontinuerligt och "
         "systematiskt kartläggs behovet av stöd för ledarskapet och vilka ledningsfunktioner som "
         "finns i organisationen."}}},
      {"HAE-SO", "Avdelningen för social omsorg",
       {{"Uppgifter",
         "Avdelningen ansvarar för ledning, styrning och utveckling av myndighetsutövning och "
         "utförarverksamhet inom individ- och familjeomsorg, stöd för personer med "
         "funktionsnedsättning samt öppen och förebyggande verksamhet."},
        {"Behov",
         "Fler barn och vuxna med funktionsnedsättning och nybyggnationen i stadsdelsområdet ökar "
         "behovet av insatser. Rekryteringsbehovet är främst vårdare och stödpedagoger; inom vissa "
         "verksamheter motsvarar det en tredjedel av den befintliga personalgruppen."},
        {"Utveckla och behålla",
         "Socialsekreterare och biståndshandläggare: fortsatt implementering av den reviderade "
         "introduktionen och metoder som Signs of safety. Chefer får kontinuerlig arbetsledning och "
         "utbildning i arbetsmiljöarbete. Vårdare med grundläggande utbildning uppmuntras att "
         "vidareutbilda sig till stödpedagoger."},
        {"Attrahera och rekrytera",
         "Samordnad introduktion på avdelnings- och enhetsnivå. Studenter erbjuds praktik med "
         "VFU-handledare."},
        {"Avsluta",
         "Avdelningen har en egen avslutningsenkät, ett komplement till stadens, för att förstå vad "
         "som fungerar väl och vad som kan utvecklas."},
        {"Successionsplanering",
         "Avdelningen har påbörjat ett arbete för att arbeta mer långsiktigt med "
         "successionsplanering; inom vissa verksamhetsområden väntar en generationsväxling som "
         "medför fler nyrekryteringar."}}},
      {"HAE-AO", "Avdelningen för äldreomsorg",
       {{"Uppgifter",
         "Ledning av äldreomsorgen och den kommunala hälso- och sjukvården för personer över 65 år, "
         "biståndsbedömning och det förebyggande arbetet för äldre."},
        {"Behov",
         "Äldre multisjuka, demenssjukdomar och psykisk ohälsa ställer krav på ett utvecklat "
         "samarbete med Region Stockholm. Fram till 1 januari 2024 ska omvårdnadspersonalen "
         "inventeras och kompetensutvecklas för att uppfylla kompetenskravet på 1500 poäng."},
        {"Utveckla och behålla",
         "Webbutbildningar och föreläsningar om demens och psykisk ohälsa; spetskompetens i demens. "
         "Ombud med särskild kompetens: palliativa ombud, måltidsombud, hygienombud, anhörigombud, "
         "aktivitetsombud och dokumentationsombud."},
        {"Attrahera och rekrytera",
         "Visa en positiv bild av äldreomsorgen som framtidsyrke och en modern verksamhet, bland annat "
         "genom marknadsföring mot gymnasieskolor. Introduktionsutbildning för nya sjuksköterskor."},
        {"Avsluta", "Avgångssamtal förs i första hand med närmaste chef."},
        {"Successionsplanering",
         "Nyckelfunktioner som enhetschefer, biträdande enhetschefer, sjuksköterskor, "
         "arbetsterapeuter, fysioterapeuter och biståndshandläggare lyfts särskilt fram. "
         "Bemanningstjänster och konsulter är ingen hållbar lösning; verksamheten ska arbeta mer "
         "långsiktigt med successionsplaneringen."}}},
      {"HAE-SIS", "Avdelningen för samhällsplanering och intern service",
       {{"Uppgifter",
         "Lokalförsörjning, stadsmiljö, parkskötsel, miljö och klimat, näringsliv, "
         "informationssäkerhet, dataskydd, IT, trygghet och prevention, medborgarkontor samt "
         "kontorsservice."},
        {"Utveckla och behålla",
         "Under 2022 kompetensutvecklas parkingenjörerna inom tillgänglighetsfrågor och kompetensen "
         "om skyfallshantering höjs. Handlingsplanen från medarbetarenkäten implementeras."},
        {"Attrahera och rekrytera",
         "Under 2022 rekryteras två nyinrättade tjänster: säkerhetssamordnare och enhetschef för den "
         "nya enheten för medborgarservice."}}},
      {"HAE-EU", "Avdelningen för ekonomi och upphandling",
       {{"Uppgifter",
         "Ekonomi, upphandling, intern kontroll, samordning av sociala system och lönekontroller."},
        {"Utveckla och behålla",
         "Utveckling av rutiner, kollegialt lärande och fortbildning; planering för frånvaro i "
         "ensamroller."},
        {"Attrahera och rekrytera",
         "Hög delaktighet och ett inkluderande och tillitsbaserat ledarskap."},
        {"Avsluta",
         "Systematisk kompetensutveckling på individnivå ger viktig information för "
         "successionsplaneringen."}}},
      {"HAE-HRK", "Avdelningen för HR och kommunikation",
       {{"Uppgifter",
         "Stöd och service inom HR och kommunikation samt registratur och nämndkansli."},
        {"Utveckla och behålla",
         "Många medarbetare med specialistkompetens delar med sig av kunskap för att minska "
         "sårbarheten, med fokus på digitala möjligheter att sprida kunskap."},
        {"Attrahera och rekrytera",
         "Tydliga strukturer för arbetssätt och metoder och ett gott arbetsklimat."},
        {"Successionsplanering",
         "Ersättningsrekryteringar under året har gjorts med Serviceförvaltningen, vilket säkerställer "
         "kompetensbaserad rekrytering."}}},
  };
  return kDepartments;
}

std::string ChapterText(const Department& d) {
  std::string text;
  for (const auto& [heading, body] : d.parts) {
    if (!text.empty()) text += "\n\n";
    text += std::string("### ") + heading + "\n\n" + body;
  }
  return text;
}

store::SuccessionEntry Key(const char* unit, const char* position, const char* incumbent,
                           std::optional<int> retires, const char* successor, const char* readiness) {
  store::SuccessionEntry s;
  s.unit_code = unit;
  s.position_title = position;
  s.incumbent_ref = incumbent;
  s.retirement_year = retires;
  s.successor_ref = successor;
  s.readiness = readiness;
  return s;
}

store::Activity Common(const char* area, const char* title) {
  store::Activity a;
  a.area = area;
  a.title = title;
  a.owner = "Förvaltningens ledningsgrupp";
  a.status = ActivityStatus::kOngoing;
  return a;
}

}  // namespace

ExamplePlan HagerstenExample() {
  ExamplePlan e;
  e.key = "hagersten";
  e.seed = "004";
  e.municipality = "Stockholms stad";
  e.units = {{"STH", "", OrgUnitKind::kKommun, "Stockholms stad"},
             {"HAE-SDN", "STH", OrgUnitKind::kNamnd, "Hägersten-Älvsjö stadsdelsnämnd"},
             {"HAE", "HAE-SDN", OrgUnitKind::kForvaltning, "Hägersten-Älvsjö stadsdelsförvaltning"}};
  for (const Department& d : Departments()) {
    e.units.push_back({d.code, "HAE", OrgUnitKind::kAvdelning, d.name});
  }
  e.plan_unit = "HAE";
  e.year = 2022;

  e.texts = {
      {"inledning", "",
       "Syftet med kompetensförsörjningsplanen är att kartlägga nuläget, identifiera och ge en samlad "
       "bild av Hägersten-Älvsjös framtida behov på 3–5 års sikt. Arbetet bygger på stadens "
       "kompetensförsörjningsmodell Utveckla, Behålla, Attrahera, Rekrytera, Avsluta, och planen har "
       "arbetats fram på respektive avdelning.\n\n"
       "Stadsdelsområdet har genom sammanslagningen blivit större: ca 125 000 invånare bor i de 17 "
       "stadsdelarna. Befolkningen ökar, men barnantalet minskar de närmaste åren.",
       1},
      {"successionsplanering", "",
       "Förvaltningen ska arbeta strukturerat med successionsplanering för chefsbefattningar och "
       "nyckelbefattningar. Nedan de nyckelbefattningar avdelningarna särskilt lyfter fram.",
       1},
  };
  e.chapters.push_back(
      {0, "", 0, "Förvaltningens gemensamma utmaningar",
       "Förvaltningen ska arbeta strukturerat för att trygga kompetensförsörjningen. Gemensamma "
       "utmaningar har identifierats inom områdena:\n\n"
       "### Utveckla och behålla\n\n"
       "- säkerställa kompetensen inom chefs- och ledarskap\n"
       "- arbeta med utvecklande insatser för att sänka sjuktalet\n"
       "- höja den generella kompetensen om systematiskt arbetsmiljöarbete\n"
       "- stödja utvecklingsbehovet till följd av digitaliseringen\n\n"
       "### Attrahera och rekrytera\n\n"
       "- öka kunskapen om kvalitetshöjande arbetssätt inom rekrytering utifrån stadens "
       "kompetensbaserade rekryteringsprocess\n"
       "- ta fram och synliggöra karriärvägar\n\n"
       "### Avsluta\n\n"
       "- arbeta strukturerat med successionsplanering för chefsbefattningar och nyckelbefattningar\n"
       "- införa en förvaltningsövergripande avgångsenkät",
       "inledning", 0, 1});
  for (const Department& d : Departments()) {
    e.chapters.push_back({0, "", 0, d.name, ChapterText(d), "inledning", 0, 1});
  }

  e.activities = {
      Common("Utveckla/Behålla", "Säkerställa kompetensen inom chefs- och ledarskap"),
      Common("Utveckla/Behålla", "Utvecklande insatser för att sänka sjuktalet"),
      Common("Utveckla/Behålla", "Höja den generella kompetensen om systematiskt arbetsmiljöarbete"),
      Common("Rekrytera", "Kvalitetshöjande arbetssätt inom kompetensbaserad rekrytering"),
      Common("Attrahera", "Ta fram och synliggöra karriärvägar"),
      Common("Avsluta/Avveckla", "Införa en förvaltningsövergripande avgångsenkät"),
  };

  // Pseudonymous ids, never names.
  e.succession = {
      Key("HAE-AO", "Enhetschef hemtjänst", "HA-10231", 2025, "HA-10877", "1_2_years"),
      Key("HAE-AO", "Biträdande enhetschef vård- och omsorgsboende", "HA-11402", 2027, "HA-12090",
          "ready_now"),
      Key("HAE-AO", "Sjuksköterska, vård- och omsorgsboende", "HA-10518", 2024, "", ""),
      Key("HAE-AO", "Arbetsterapeut", "HA-11763", 2026, "HA-12311", "3_5_years"),
      Key("HAE-AO", "Fysioterapeut", "HA-10944", 2028, "", "none"),
      Key("HAE-AO", "Biståndshandläggare äldreomsorg", "HA-11120", 2025, "HA-12455", "1_2_years"),
      Key("HAE-FSK", "Rektor förskola", "HA-10305", 2026, "HA-11589", "1_2_years"),
      Key("HAE-SO", "Enhetschef familjeenheten", "HA-10652", 2027, "HA-12102", "3_5_years"),
  };
  return e;
}

}  // namespace kplan::cli
