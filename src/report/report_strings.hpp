#pragma once
// The message catalogue of the plan document: every fixed Swedish sentence,
// heading and column title of the report in one place, so that wording is
// reviewed (and one day translated) here rather than across the builders.
// Sentences with numbers are composed in the builders from these parts.

#include <string_view>

#include "kplan/core/plan_section.hpp"

namespace kplan::report::msg {

// ---- Document ------------------------------------------------------------
inline constexpr std::string_view kTitle = "Kompetensförsörjningsplan";
inline constexpr std::string_view kRollupTitle = "Kompetensförsörjningsplan – kommunövergripande sammanställning";
inline constexpr std::string_view kGenerated = "Framtagen";
inline constexpr std::string_view kGeneratedBy = "ur Kompetensplan";
inline constexpr std::string_view kContents = "Innehåll";

// ---- Section headings and the keys of users' texts (PlanText in the store) ------
// The sections and their headings are core's vocabulary (plan_section.hpp).
using SectionName = PlanSection;
inline constexpr const SectionName& kInledning = plan_section::kInledning;
inline constexpr const SectionName& kSammanfattning = plan_section::kSammanfattning;
inline constexpr const SectionName& kNulage = plan_section::kNulage;
inline constexpr const SectionName& kKompetensgap = plan_section::kKompetensgap;
inline constexpr const SectionName& kKompetensmal = plan_section::kKompetensmal;
inline constexpr const SectionName& kRiskanalys = plan_section::kRiskanalys;
inline constexpr const SectionName& kAktivitetsplan = plan_section::kAktivitetsplan;
inline constexpr const SectionName& kPersonalprognos = plan_section::kPersonalprognos;
inline constexpr const SectionName& kUppfoljning = plan_section::kUppfoljning;
inline constexpr const SectionName& kSuccession = plan_section::kSuccession;
inline constexpr std::string_view kTextSheet = "Texter";  // XLSX: the tables of users' texts
inline constexpr std::string_view kOverview = "Förvaltningarna i sammandrag";

// ---- Inledning (default text, seed 001's framing) ------------------------
inline constexpr std::string_view kIntro1 =
    "Kompetensförsörjningsplanen beskriver verksamhetens behov av kompetens och den kompetens som "
    "finns i verksamheten i dag. Genom att jämföra behovet med tillgången framkommer ett "
    "kompetensgap, som redovisas per yrkeskategori och kompetensnivå på kort och lång sikt. "
    "Analysen görs både kvantitativt, det vill säga hur många som behövs inom en yrkeskategori, "
    "och kvalitativt, det vill säga på vilken kompetensnivå.";
inline constexpr std::string_view kIntro2 =
    "Utifrån kompetensgapet sätts kompetensmål, görs en riskanalys och tas en aktivitetsplan fram "
    "inom områdena attrahera, rekrytera, introducera, utveckla/behålla och avsluta.";
// The default Inledning of a plan without a gap analysis (seeds 000, 002–004).
inline constexpr std::string_view kIntroGeneral =
    "Kompetensförsörjningsplanen beskriver hur verksamheten ska säkra den kompetens som behövs för "
    "att nå sina mål, i dag och på sikt.";
inline constexpr std::string_view kIntroContents = "Planen innehåller ";  // + the sections, in text
// A plan year with nothing in it yet: the document says so and what to do.
inline constexpr std::string_view kEmptyPlanYear =
    "Planåret innehåller ännu ingenting: ingen kartläggning, inga mål, indikatorer, risker, "
    "aktiviteter, nyckelbefattningar, texter eller personaluppgifter. Fyll i planen i Kompetensplan "
    "och ta fram dokumentet på nytt.";
inline constexpr std::string_view kEmptyPart = "Förvaltningens planår innehåller ännu ingenting.";
inline constexpr std::string_view kIntroRollup =
    "Denna sammanställning samlar förvaltningarnas kompetensförsörjningsplaner till den "
    "kommunövergripande bilden för kommunstyrelsen: först tabeller över alla förvaltningar, sedan "
    "varje förvaltnings plan.";

// ---- Nuläge --------------------------------------------------------------
inline constexpr std::string_view kNoRegister =
    "Det finns inget personaluttag för enheten; nyckeltalen kan inte redovisas.";
inline constexpr std::string_view kFigureColumn = "Nyckeltal";
inline constexpr std::string_view kAgePyramidTitle = "Åldersfördelning (månadsavlönade)";
inline constexpr std::string_view kWomen = "Kvinnor";
inline constexpr std::string_view kMen = "Män";

// ---- Kompetensgap ----------------------------------------------------------
inline constexpr std::string_view kGapIntro =
    "Kompetensgap avser skillnaden mellan tillgänglig kompetens och behovet av kompetens, "
    "numerärt eller kvalitetsmässigt. Ett negativt tal är en brist, ett positivt ett överskott. "
    "Behovet bygger på befolkningsprognosen och en bedömd fördelning mellan kompetensnivåerna.";
inline constexpr std::string_view kNoInventory =
    "Ingen kartläggning av tillgänglig kompetens finns för året.";
inline constexpr std::string_view kCategory = "Yrkeskategori";
inline constexpr std::string_view kHorizon = "Sikt";
inline constexpr std::string_view kRow = "Rad";
inline constexpr std::string_view kSupply = "Tillgång";
inline constexpr std::string_view kNeed = "Behov";
inline constexpr std::string_view kGap = "Gap";
inline constexpr std::string_view kTotal = "Totalt";
inline constexpr std::string_view kComment = "Kommentar";
inline constexpr std::string_view kDistribution = "Bedömt behov av fördelning mellan kompetensnivåerna";
inline constexpr std::string_view kNeedDefaulted =
    "Behovet är inte angivet för kategorin: det är beräknat som dagens fördelning mellan "
    "nivåerna, uppräknad med befolkningsprognosen.";
inline constexpr std::string_view kNoPreviousYear =
    "Jämförelse med föregående år saknas: det finns ingen kartläggning för föregående år.";
inline constexpr std::string_view kChangePrefix = "Förändring av kompetensgap på ";
inline constexpr std::string_view kGapBarsTitle = "Kompetensgap per nivå";

// ---- Kompetensmål ----------------------------------------------------------
inline constexpr std::string_view kGoalIntro =
    "Kvantitativt mål är det antal personer som behöver tillkomma för att täcka behovet. "
    "Kvalitativt mål är den bedömda fördelningen mellan kompetensnivåerna; för att nå den behövs "
    "förflyttningar mellan nivåer och rekrytering.";
inline constexpr std::string_view kQuantGoal = "Kvantitativt mål";
inline constexpr std::string_view kMoves = "Förflyttningar och rekrytering";
inline constexpr std::string_view kGoals = "Mål";

// ---- Riskanalys ------------------------------------------------------------
inline constexpr std::string_view kRiskIntro =
    "Risken bedöms per yrkeskategori som konsekvens och sannolikhet, för verksamheten och för "
    "arbetsmiljön. Riskvärdet är konsekvens gånger sannolikhet (1–16).";
inline constexpr std::string_view kNoRisks = "Ingen riskanalys är gjord för året.";
inline constexpr std::string_view kOpsRisk = "Risk för verksamheten";
inline constexpr std::string_view kWorkRisk = "Risk för arbetsmiljön";
inline constexpr std::string_view kProbability = "Sannolikhet";
inline constexpr std::string_view kRiskValue = "Riskvärde";
inline constexpr std::string_view kRiskMatrixOps = "Riskmatris – risk för verksamheten";
inline constexpr std::string_view kRiskMatrixWork = "Riskmatris – risk för arbetsmiljön";

// ---- Aktivitetsplan ----------------------------------------------------------
inline constexpr std::string_view kNoActivities = "Inga aktiviteter är registrerade.";
inline constexpr std::string_view kActivity = "Aktivitet";
inline constexpr std::string_view kOwner = "Utförare";
inline constexpr std::string_view kEnd = "Slutdatum";
inline constexpr std::string_view kStatus = "Status";
inline constexpr std::string_view kArea = "Område";
inline constexpr std::string_view kAllCategories = "Samtliga yrkeskategorier";
// After the title of an activity carried on from an earlier plan year: " (fortsätter från 2024)".
inline constexpr std::string_view kContinuesFrom = "fortsätter från";

// ---- Personalprognos ---------------------------------------------------------
inline constexpr std::string_view kNoProjection =
    "Personalprognos kan inte göras: personalregister eller befolkningsprognos saknas.";
inline constexpr std::string_view kYear = "År";
inline constexpr std::string_view kHeadcountStart = "Anställda vid årets början";
inline constexpr std::string_view kRetirements = "Pensionsavgångar";
inline constexpr std::string_view kLeavers = "Övriga avgångar";
inline constexpr std::string_view kNeedYear = "Personalbehov";
inline constexpr std::string_view kRecruitment = "Rekryteringsbehov";
inline constexpr std::string_view kIncrease = "Ökning mot i dag";
inline constexpr std::string_view kProjectionTitle = "Personalbehov och rekryteringsbehov";
inline constexpr std::string_view kHeadcount = "Anställda";

// ---- Uppföljning -------------------------------------------------------------
inline constexpr std::string_view kFollowupIntro =
    "Målen följs upp med indikatorer. Bedömning: Grön – uppnått, Röd – ej uppnått, "
    "Ej bedömd – målvärde eller utfall saknas.";
inline constexpr std::string_view kNoIndicators = "Inga indikatorer är registrerade.";
inline constexpr std::string_view kOtherIndicators = "Övriga indikatorer";
inline constexpr std::string_view kComments = "Kommentarer";
inline constexpr std::string_view kNoGoals = "Inga mål är registrerade.";
inline constexpr std::string_view kKommunGoals = "Kommunövergripande målsättningar";
inline constexpr std::string_view kKommunGoalsIntro = "Förvaltningens mål utgår från kommunens målsättningar:";
inline constexpr std::string_view kServes = "Utgår från målsättningen";
inline constexpr std::string_view kGoalArea = "Strategiskt område";
inline constexpr std::string_view kGoalAssessment = "Bedömning av målet";
inline constexpr std::string_view kManual = "manuell";
inline constexpr std::string_view kGoalActivities = "Aktiviteter som arbetar mot målet:";
inline constexpr std::string_view kIndicator = "Indikator";
inline constexpr std::string_view kTarget = "Målvärde";
inline constexpr std::string_view kOutcome = "Utfall";
inline constexpr std::string_view kPrevious = "Föregående";
inline constexpr std::string_view kComparison = "Jämförelse (Kolada)";
inline constexpr std::string_view kComputedFromRegister = "Utfallet är beräknat från personalregistret för";
inline constexpr std::string_view kAssessment = "Bedömning";
inline constexpr std::string_view kPeriod = "Period";
inline constexpr std::string_view kUnit = "Enhet";

// ---- Successionsplanering ------------------------------------------------------
inline constexpr std::string_view kNoSuccession =
    "Inga nyckelbefattningar är registrerade för successionsplanering.";
inline constexpr std::string_view kPosition = "Nyckelbefattning";
inline constexpr std::string_view kIncumbent = "Innehavare (id)";
inline constexpr std::string_view kRetirementYear = "Pensionsår";
inline constexpr std::string_view kSuccessor = "Efterträdare (id)";
inline constexpr std::string_view kReadiness = "Beredskap";

// ---- Roll-up -------------------------------------------------------------------
inline constexpr std::string_view kForvaltning = "Förvaltning";
inline constexpr std::string_view kEmployees = "Anställda";
inline constexpr std::string_view kShortage = "Brist";
inline constexpr std::string_view kGreen = "Grön";
inline constexpr std::string_view kRed = "Röd";
inline constexpr std::string_view kNotAssessed = "Ej bedömd";
inline constexpr std::string_view kHighRisks = "Risker med värde 9 eller mer";

}  // namespace kplan::report::msg
