#include "kplan/io/activity_reader.hpp"

#include <gtest/gtest.h>

namespace kplan::io {
namespace {

Table Csv(const std::string& text) {
  auto csv = ReadCsv(text, "aktiviteter.csv");
  EXPECT_TRUE(csv.ok()) << csv.error().Describe();
  return csv.value().table;
}

ActivityReadResult Read(const Table& t, std::size_t limit = 100) {
  auto r = ReadActivities(t, DecimalMark::kComma, {}, limit);
  EXPECT_TRUE(r.ok()) << r.error().Describe();
  return r.value();
}

TEST(ActivityReaderTest, StatusWords) {
  EXPECT_EQ(ParseActivityStatus(""), ActivityStatus::kPlanned);
  EXPECT_EQ(ParseActivityStatus("Ej påbörjad"), ActivityStatus::kPlanned);
  EXPECT_EQ(ParseActivityStatus("Pågående"), ActivityStatus::kOngoing);
  EXPECT_EQ(ParseActivityStatus("PÅGÅR"), ActivityStatus::kOngoing);
  EXPECT_EQ(ParseActivityStatus("Genomförd"), ActivityStatus::kDone);
  EXPECT_EQ(ParseActivityStatus("klar"), ActivityStatus::kDone);
  EXPECT_EQ(ParseActivityStatus("Inställd"), ActivityStatus::kCancelled);
  EXPECT_EQ(ParseActivityStatus("in progress"), ActivityStatus::kOngoing);
  EXPECT_FALSE(ParseActivityStatus("snart"));
  EXPECT_EQ(ActivityStatusLabel(ActivityStatus::kOngoing), "pågår");
  EXPECT_EQ(ActivityStatusKey(ActivityStatus::kCancelled), "cancelled");
}

// The target group: one yrkeskategori, several separated by ";" or ",", or
// every category (blank or "Samtliga").
TEST(ActivityReaderTest, TheTargetGroupIsOneCategorySeveralOrAll) {
  ActivityReadResult r = Read(Csv(
      "Område;Aktivitet;Yrkeskategori\n"
      "Rekrytera;Karriärmässa;Socialsekreterare\n"
      "Utveckla;Handledning;\"Socialsekreterare, Sektionschef\"\n"
      "Attrahera;Ambassadörer;Samtliga\n"
      "Behålla;Medarbetarsamtal;\n"));
  ASSERT_TRUE(r.ok()) << r.errors[0].Describe();
  ASSERT_EQ(r.rows.size(), 4u);
  EXPECT_EQ(r.rows[0].record.categories, (std::vector<std::string>{"Socialsekreterare"}));
  EXPECT_EQ(r.rows[1].record.categories, (std::vector<std::string>{"Socialsekreterare", "Sektionschef"}));
  EXPECT_TRUE(r.rows[2].record.categories.empty());
  EXPECT_TRUE(r.rows[3].record.categories.empty());
}

// Seed 003 lists "utveckla, behålla, attrahera, rekrytera, introducera och
// avsluta/avveckla": Utveckla and Behålla are two areas (the reader used to
// write both as "Utveckla/Behålla"); only a combined heading is the combined area.
TEST(ActivityReaderTest, UtvecklaAndBehallaStayTwoAreas) {
  ActivityReadResult r = Read(Csv(
      "Område;Aktivitet\n"
      "Utveckla;Ledarutveckling\n"
      "behålla;Medarbetarsamtal\n"
      "Utveckla/Behålla;Ledardagar\n"
      "Utveckla och behålla;Handledning\n"));
  ASSERT_TRUE(r.ok()) << r.errors[0].Describe();
  ASSERT_EQ(r.rows.size(), 4u);
  EXPECT_EQ(r.rows[0].record.area, "Utveckla");
  EXPECT_EQ(r.rows[1].record.area, "Behålla");
  EXPECT_NE(r.rows[0].record.area, r.rows[1].record.area);
  EXPECT_TRUE(r.rows[0].standard_area);
  EXPECT_TRUE(r.rows[1].standard_area);
  EXPECT_EQ(r.rows[2].record.area, "Utveckla/Behålla");
  EXPECT_EQ(r.rows[3].record.area, "Utveckla/Behålla");
}

TEST(ActivityReaderTest, ReadsAPlanWithStandardAndOwnAreas) {
  ActivityReadResult r = Read(Csv(
      "Område;Aktivitet;Beskrivning;Yrkeskategori;Ansvarig;Start;Klart senast;Status;Enhet\n"
      "attrahera;Karriärmässor;Medverkan vid mässor;Socialsekreterare;HR-chef;2024-01-01;"
      "2024-12-31;Pågår;SOC\n"
      "Behålla och utveckla;Arbetsplatslärande;;;Verksamhetschef;2024;2025-06;Ej påbörjad;\n"
      "Avveckla;Avgångssamtal;;;;;löpande;Genomförd;\n"
      "Samverkan;Samverkansgrupp;;;;;;;\n"));
  ASSERT_TRUE(r.ok()) << r.errors[0].Describe();
  ASSERT_EQ(r.rows.size(), 4u);
  EXPECT_EQ(r.rows[0].record.area, "Attrahera");
  EXPECT_TRUE(r.rows[0].standard_area);
  EXPECT_EQ(r.rows[0].record.title, "Karriärmässor");
  EXPECT_EQ(r.rows[0].record.owner, "HR-chef");
  EXPECT_EQ(r.rows[0].record.start, (CalendarDate{2024, 1, 1}));
  EXPECT_EQ(r.rows[0].record.end, (CalendarDate{2024, 12, 31}));
  EXPECT_EQ(r.rows[0].record.status, ActivityStatus::kOngoing);
  EXPECT_EQ(r.rows[0].record.unit_code, "SOC");
  EXPECT_EQ(r.rows[1].record.area, "Utveckla/Behålla");
  EXPECT_EQ(r.rows[1].record.start, (CalendarDate{2024, 1, 1}));
  EXPECT_EQ(r.rows[1].record.end, (CalendarDate{2025, 6, 30}));
  EXPECT_EQ(r.rows[1].record.status, ActivityStatus::kPlanned);
  EXPECT_EQ(r.rows[2].record.area, "Avsluta/Avveckla");
  EXPECT_FALSE(r.rows[2].record.end.has_value());
  EXPECT_EQ(r.rows[2].record.status, ActivityStatus::kDone);
  EXPECT_EQ(r.rows[3].record.area, "Samverkan");
  EXPECT_FALSE(r.rows[3].standard_area);
  EXPECT_EQ(r.rows[3].record.status, ActivityStatus::kPlanned);
}

TEST(ActivityReaderTest, Seed002GenomforandePeriod) {
  ActivityReadResult r = Read(Csv("Strategiskt område;Vad;Aktivitet;Ansvarig;Genomförande\n"
                                  "Samverkan;Nya arbetssätt;Samverkansgrupp;HR;2019-2022\n"
                                  "Validera kompetens;Nya valideringsrutiner;Matchande utbildning;VO-college;2024\n"));
  ASSERT_TRUE(r.ok()) << r.errors[0].Describe();
  EXPECT_EQ(r.rows[0].record.start, (CalendarDate{2019, 1, 1}));
  EXPECT_EQ(r.rows[0].record.end, (CalendarDate{2022, 12, 31}));
  EXPECT_EQ(r.rows[1].record.start, (CalendarDate{2024, 1, 1}));
  EXPECT_EQ(r.rows[1].record.end, (CalendarDate{2024, 12, 31}));
}

// Seed 002's own header (Linköping, Aktivitetsplan verksamhet), as Excel saves
// it: BOM, semicolons, CRLF, quoted cells with line breaks. "Strategiskt
// område" is the area and "Vad" the aim: both kept, the aim as the start of
// the description (an activity has no field of its own for it).
TEST(ActivityReaderTest, Seed002HeaderKeepsAreaAndAim) {
  ActivityReadResult r = Read(Csv(
      "\xEF\xBB\xBFStrategiskt område;Vad;Aktivitet;Ansvarig;Genomförande\r\n"
      "Samverkan;Jobba fram förslag på nya arbetssätt samt säkerställa rätt utbildningsinsatser;"
      "\"Samverkansgrupp inom kommunen för att få fler i utbildning och arbete. Forma "
      "utbildningsinsatser som möter behovet nu och i framtiden\";"
      "\"HR, vuxenutbildning och social- och omsorgsförvaltningen\";2019-2022\r\n"
      "Behålla och utveckla;Arbetsplatslärande;\"Nya sätt att kompetensutveckla och lära.\r\n"
      "Sker på arbetsplatsen istället för utanför.\";\"Kommungemensamt (13 kommuner) ESF projekt "
      "”Evikomp”\";2019-2021\r\n"
      "Digitalisering;Övergripande förändra arbetssätt med stöd av digitalisering;"
      "Öka den digitala mognaden hos medarbetare och utförare.;Social- och omsorgsförvaltningen;2020\r\n"));
  ASSERT_TRUE(r.ok()) << r.errors[0].Describe();
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_EQ(r.columns.matches[0].header, "Strategiskt område");
  const Activity& first = r.rows[0].record;
  EXPECT_EQ(first.area, "Samverkan");
  EXPECT_FALSE(r.rows[0].standard_area);
  EXPECT_EQ(first.description,
            "Jobba fram förslag på nya arbetssätt samt säkerställa rätt utbildningsinsatser");
  EXPECT_EQ(first.title.substr(0, 24), "Samverkansgrupp inom kom");
  EXPECT_EQ(first.owner, "HR, vuxenutbildning och social- och omsorgsförvaltningen");
  EXPECT_EQ(first.start, (CalendarDate{2019, 1, 1}));
  EXPECT_EQ(first.end, (CalendarDate{2022, 12, 31}));
  EXPECT_EQ(r.rows[1].record.area, "Utveckla/Behålla");
  EXPECT_TRUE(r.rows[1].standard_area);
  EXPECT_EQ(r.rows[1].record.description, "Arbetsplatslärande");
  EXPECT_EQ(r.rows[2].record.end, (CalendarDate{2020, 12, 31}));
}

TEST(ActivityReaderTest, AimComesBeforeTheDescription) {
  ActivityReadResult r =
      Read(Csv("Område;Vad;Aktivitet;Beskrivning\nAttrahera;Fler sökande;Mässor;Två mässor per år\n"));
  ASSERT_TRUE(r.ok()) << r.errors[0].Describe();
  EXPECT_EQ(r.rows[0].record.description, "Fler sökande\n\nTvå mässor per år");
}

TEST(ActivityReaderTest, VadIsNoLongerAnArea) {
  auto r = ReadActivities(Csv("Vad;Aktivitet\nSamverkan;Nya arbetssätt\n"), DecimalMark::kComma, {});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.value().error_count, 1u);  // the area is required (core), and "Vad" is the aim
  EXPECT_EQ(r.value().errors[0].rule(), "required");
}

TEST(ActivityReaderTest, OneSwedishMessagePerRule) {
  ActivityReadResult r = Read(Csv("Aktivitet;Start;Klart senast;Status;Genomförande\n"
                                  ";;;;\n"
                                  "A;VT 2025;;;\n"
                                  "B;;snart;;\n"
                                  "C;;;Kanske;\n"
                                  "D;2024-05-01;2024-01-31;;\n"
                                  "E;;;;hösten\n"));
  ASSERT_EQ(r.error_count, 6u);
  EXPECT_EQ(r.errors[0].Describe(), "fil \"aktiviteter.csv\", rad 2, kolumn \"Aktivitet\": värde saknas");
  EXPECT_EQ(r.errors[1].Describe(),
            "fil \"aktiviteter.csv\", rad 3, kolumn \"Start\": \"VT 2025\" är inget datum; skriv "
            "ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ");
  EXPECT_EQ(r.errors[2].Describe(),
            "fil \"aktiviteter.csv\", rad 4, kolumn \"Klart senast\": \"snart\" är inget datum; "
            "skriv ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ eller \"löpande\"");
  EXPECT_EQ(r.errors[3].Describe(),
            "fil \"aktiviteter.csv\", rad 5, kolumn \"Status\": \"Kanske\" är ingen känd status; "
            "använd planerad (ej påbörjad), pågår (pågående), klar (genomförd) eller inställd");
  EXPECT_EQ(r.errors[4].Describe(),
            "fil \"aktiviteter.csv\", rad 6, kolumn \"Klart senast\": klart senast 2024-01-31 "
            "ligger före start 2024-05-01");
  EXPECT_EQ(r.errors[5].Describe(),
            "fil \"aktiviteter.csv\", rad 7, kolumn \"Genomförande\": \"hösten\" är ingen period; "
            "skriv år, t.ex. \"2019-2022\" eller \"2024\"");
  EXPECT_EQ(r.errors[3].Describe(Language::kEnglish),
            "file \"aktiviteter.csv\", row 5, column \"Status\": \"Kanske\" is not a known status; "
            "use planerad (planned), pågår (ongoing), klar (done) or inställd (cancelled)");
  EXPECT_TRUE(r.rows.empty());
}

TEST(ActivityReaderTest, LimitCellsAndMissingTitleColumn) {
  Table t;
  t.file = "plan.xlsx";
  t.sheet = "Aktiviteter";
  t.header = {"title", "status"};
  for (int i = 0; i < 7; ++i) t.rows.push_back({i + 2, {"T", "maybe"}, ""});
  auto r = ReadActivities(t, DecimalMark::kPoint, {}, 2);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().error_count, 7u);
  ASSERT_EQ(r.value().errors.size(), 2u);
  EXPECT_EQ(r.value().errors[1].location().cell, "B3");

  Table no_title = t;
  no_title.header = {"Beskrivning", "Status"};
  auto missing = ReadActivities(no_title, DecimalMark::kPoint, {});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().rule(), "missing_column");
  EXPECT_EQ(missing.error().Describe().rfind(
                "fil \"plan.xlsx\", blad \"Aktiviteter\": kolumn saknas för aktivitet (title), "
                "godtagna rubriker: \"Aktivitet\"",
                0),
            0u);
}

// Core's rules hold at read time: a title over the core limit is refused in
// its row, naming the file's own header, before anything reaches the store.
TEST(ActivityReaderTest, TitleOverTheCoreLimitIsRefusedInItsCell) {
  const std::string long_title(kActivityTitleMaxChars + 1, 'x');
  ActivityReadResult r = Read(Csv("Område;Åtgärd\n"
                                  "Rekrytera;Mässa\n"
                                  "Rekrytera;" + long_title + "\n"));
  ASSERT_EQ(r.error_count, 1u);
  const Error& e = r.errors[0];
  EXPECT_EQ(e.rule(), "max_length");
  EXPECT_EQ(e.location().file, "aktiviteter.csv");
  EXPECT_EQ(e.location().row, 3);
  EXPECT_EQ(e.location().column, "Åtgärd");
  EXPECT_EQ(e.Describe().rfind("fil \"aktiviteter.csv\", rad 3, kolumn \"Åtgärd\": ", 0), 0u)
      << e.Describe();
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0].record.title, "Mässa");
}

// A row without an area has no home in the plan (core requires one): refused
// in the area's column when the file has one, else about the row.
TEST(ActivityReaderTest, BlankAreaIsRefusedAtReadTime) {
  ActivityReadResult with_column = Read(Csv("Område;Aktivitet\n;Mässa\n"));
  ASSERT_EQ(with_column.error_count, 1u);
  EXPECT_EQ(with_column.errors[0].rule(), "required");
  EXPECT_EQ(with_column.errors[0].location().column, "Område");
  ActivityReadResult without = Read(Csv("Aktivitet\nMässa\n"));
  ASSERT_EQ(without.error_count, 1u);
  EXPECT_EQ(without.errors[0].location().row, 2);
  EXPECT_EQ(without.errors[0].location().column, "");
}

}  // namespace
}  // namespace kplan::io
