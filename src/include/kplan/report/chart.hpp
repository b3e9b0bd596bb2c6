#pragma once
// Charts of the plan, drawn once in C++ with Cairo and Pango and rendered to
// three surfaces: SVG (inline in the HTML, and for the web app through the
// API), PDF (vector, straight onto the report's page) and PNG (DOCX, XLSX).
// One drawing, so the chart a board reads in the PDF is the chart on screen.
//
// Kinds:
//   kAgePyramid  labels = age bands; series[0] women, series[1] men (headcount)
//   kGapBars     labels = competence levels; one series per horizon ("2 år");
//                negative bars are shortages, positive surpluses
//   kRiskMatrix  risk_cells[c-1][p-1] = names at consequence c, probability p
//   kProjection  labels = years; series: need, headcount, recruitment,
//                retirements (lines for the first two, bars for the others)

#include <array>
#include <string>
#include <vector>

typedef struct _cairo cairo_t;  // NOLINT: Cairo's own spelling

namespace kplan::report {

enum class ChartKind { kAgePyramid, kGapBars, kRiskMatrix, kProjection };

struct ChartSeries {
  std::string name;
  std::vector<double> values;  // one per label
};

struct Chart {
  ChartKind kind = ChartKind::kGapBars;
  std::string title;
  std::string name;  // ASCII, unique within a document: file and element names
  std::vector<std::string> labels;
  std::vector<ChartSeries> series;
  std::array<std::array<std::vector<std::string>, 4>, 4> risk_cells{};
  double width = 460;   // points (1/72 inch)
  double height = 230;
};

// Draws the chart into the rectangle (0, 0)–(width, height) of the context's
// user space. Text through Pango with DejaVu Sans, so å, ä, ö and − are right.
void DrawChart(cairo_t* cr, const Chart& chart);

// The chart as a standalone SVG document (text as outlines: no fonts needed).
std::string ChartToSvg(const Chart& chart);

// The chart as PNG bytes, at `scale` pixels per point (2: sharp when printed).
std::string ChartToPng(const Chart& chart, double scale = 2.0);

}  // namespace kplan::report
