#!/usr/bin/env bash
# The plan document of the demo municipality in every format, checked the way
# a user would: the PDF's text (pdftotext) has the sections and a gap figure
# computed here from the database, the XLSX's cells read back hold the same
# number as a number, the DOCX's XML uses Heading1-3 and LibreOffice converts
# it to PDF. Pictures of the first pages go to build/screenshots/.
# Usage: report_test.sh KPLAN_BINARY BUILD_DIR
set -euo pipefail
KPLAN="$1"
BUILD="$2"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
DB="sqlite://$TMP/demo.db"
PY=/usr/bin/python3
fail() { echo "FAIL: $*" >&2; exit 1; }

"$KPLAN" demo-data --db "$DB" --year 2025 --employees 1500 >/dev/null
for f in html pdf xlsx docx; do
  "$KPLAN" report --db "$DB" --org SF --year 2025 --format $f --out "$TMP/sf.$f" >/dev/null
  "$KPLAN" report --db "$DB" --year 2025 --format $f --out "$TMP/kommun.$f" >/dev/null
done

# The gap of the largest SF category on 5 years, from the database: the
# inventory total less the need, the base (the inventory total unless set)
# grown by the stored growth to 5 years (without need parameters: the
# population growth 2025→2030), rounded half away from zero.
read -r CATEGORY EXPECTED < <($PY - "$TMP/demo.db" <<'PYEOF'
import sqlite3, sys, math, json
db = sqlite3.connect(sys.argv[1])
rows = db.execute("""SELECT c.name, SUM(i.headcount) FROM inventory i
  JOIN plan_year p ON p.id = i.plan_year_id JOIN org_unit u ON u.id = p.org_unit_id
  JOIN occupational_category c ON c.id = i.category_id
  WHERE u.code = 'SF' AND p.year = 2025 GROUP BY c.name ORDER BY 2 DESC""").fetchall()
pop = dict(db.execute("SELECT year, SUM(people) FROM population_forecast GROUP BY year").fetchall())
name, total = rows[0]
need = db.execute("""SELECT n.base, n.growth_json FROM need_parameter n
  JOIN plan_year p ON p.id = n.plan_year_id JOIN org_unit u ON u.id = p.org_unit_id
  JOIN occupational_category c ON c.id = n.category_id
  WHERE u.code = 'SF' AND p.year = 2025 AND c.name = ?""", (name,)).fetchone()
if need:
    base = total if need[0] is None else need[0]
    gap = total - base * (1 + json.loads(need[1])["5"])
else:
    gap = total - total * pop[2030] / pop[2025]
r = int(math.floor(abs(gap) + 0.5)) * (1 if gap >= 0 else -1)
print(name.replace(" ", "_"), r)
PYEOF
)
CATEGORY="${CATEGORY//_/ }"
MINUS=$'\u2212'
SHOWN="$EXPECTED"; [ "$EXPECTED" -lt 0 ] && SHOWN="${MINUS}${EXPECTED#-}"
echo "expected: $CATEGORY, gap 5 år total $SHOWN"

# PDF: sections, the gap row, Swedish characters, page numbers.
pdftotext -layout "$TMP/sf.pdf" "$TMP/sf.txt"
for h in Inledning Sammanfattning "Nuläge" Kompetensgap "Kompetensmål" Riskanalys Aktivitetsplan \
         Personalprognos "Uppföljning" Successionsplanering; do
  grep -q "^$h" "$TMP/sf.txt" || fail "PDF lacks the section $h"
done
grep -q "Sida 2 av" "$TMP/sf.txt" || fail "PDF lacks page numbers"
awk -v c="$CATEGORY" '$0 ~ "^"c"$" {on=1} on && /^Gap 5 år/ {print; exit}' "$TMP/sf.txt" | grep -q "${SHOWN}\$" \
  || fail "PDF: the gap row of $CATEGORY does not end in $SHOWN"
pdftotext "$TMP/kommun.pdf" "$TMP/kommun.txt"
grep -q "Förvaltningarna i sammandrag" "$TMP/kommun.txt" || fail "kommun PDF lacks the roll-up"
for part in "Vård- och omsorgsförvaltningen" "Barn- och utbildningsförvaltningen" "Socialförvaltningen"; do
  grep -q "^$part\$" "$TMP/kommun.txt" || fail "kommun PDF lacks the part $part"
done

# XLSX: the same number, stored as a number, on the sheet "Kompetensgap SF".
$PY - "$TMP/sf.xlsx" "$CATEGORY" "$EXPECTED" <<'PYEOF' || fail "XLSX check"
import zipfile, re, sys, xml.etree.ElementTree as ET
path, category, expected = sys.argv[1], sys.argv[2], float(sys.argv[3])
z = zipfile.ZipFile(path)
ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
wb = ET.fromstring(z.read("xl/workbook.xml"))
rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
target = {r.get("Id"): r.get("Target") for r in rels}
sheets = {s.get("name"): "xl/" + target[s.get("{%s}id" % ns["r"])] for s in wb.find("m:sheets", ns)}
assert "Kompetensgap SF" in sheets and "Rapport" in sheets and "Diagram" in sheets, sheets
shared = [si.findtext(".//m:t", "", ns) for si in ET.fromstring(z.read("xl/sharedStrings.xml"))]
rows = []
for row in ET.fromstring(z.read(sheets["Kompetensgap SF"])).iter("{%s}row" % ns["m"]):
    cells = []
    for c in row:
        v = c.findtext("m:v", None, ns)
        cells.append(shared[int(v)] if c.get("t") == "s" else (float(v) if v is not None else None))
    rows.append(cells)
in_category = False
for cells in rows:
    if cells and cells[0] == category or (cells and isinstance(cells[0], str) and cells[0].startswith(category + " (")):
        in_category = True
    if in_category and cells and cells[0] == "Gap 5 år":
        assert isinstance(cells[-1], float), cells
        assert cells[-1] == expected, (cells, expected)
        break
else:
    raise SystemExit("no Gap 5 år row for " + category)
assert any(n.startswith("xl/media/") for n in z.namelist()), "no chart images"
print("xlsx ok")
PYEOF

# DOCX: Word heading styles and repeating table headers in document.xml.
$PY - "$TMP/sf.docx" <<'PYEOF' || fail "DOCX check"
import zipfile, sys
z = zipfile.ZipFile(sys.argv[1])
doc = z.read("word/document.xml").decode()
styles = z.read("word/styles.xml").decode()
for s in ("Heading1", "Heading2", "Heading3"):
    assert 'w:styleId="%s"' % s in styles, s
assert 'w:pStyle w:val="Heading1"/></w:pPr><w:bookmarkStart w:id="' in doc
for h in ("Kompetensgap", "Riskanalys", "Successionsplanering"):
    assert '>%s</w:t>' % h in doc, h
assert "<w:tblHeader/>" in doc and "<w:drawing>" in doc and "w:outlineLvl" in styles
print("docx ok")
PYEOF

# LibreOffice accepts the DOCX (its own profile, bounded time).
if command -v libreoffice >/dev/null; then
  timeout 120 libreoffice --headless "-env:UserInstallation=file://$TMP/lo-profile" --convert-to pdf \
    --outdir "$TMP/lo" "$TMP/sf.docx" >/dev/null 2>&1 || fail "LibreOffice could not convert the DOCX"
  pdftotext "$TMP/lo/sf.pdf" "$TMP/lo/sf.txt"
  grep -q "Successionsplanering" "$TMP/lo/sf.txt" || fail "LibreOffice's PDF lacks the text"
fi

grep -q "<thead>" "$TMP/sf.html" && grep -q "<svg" "$TMP/sf.html" || fail "HTML lacks thead or svg"
! grep -q "<script\|<link " "$TMP/sf.html" || fail "HTML is not self-contained"

mkdir -p "$BUILD/screenshots"
pdftoppm -png -r 60 -f 1 -l 3 "$TMP/sf.pdf" "$BUILD/screenshots/report-sf"
pdftoppm -png -r 60 -f 1 -l 3 "$TMP/kommun.pdf" "$BUILD/screenshots/report-kommun"
[ -f "$TMP/lo/sf.pdf" ] && pdftoppm -png -r 60 -f 1 -l 3 "$TMP/lo/sf.pdf" "$BUILD/screenshots/report-sf-docx"
echo "report test ok"
