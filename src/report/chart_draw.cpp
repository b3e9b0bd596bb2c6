// DrawChart: the four kinds of chart of the plan, drawn with Cairo, text
// set with Pango (DejaVu Sans). Only this file knows how a chart looks; the
// surfaces (SVG, PDF, PNG) are chosen by the callers.

#include <algorithm>
#include <cmath>

#include <cairo.h>
#include <pango/pangocairo.h>

#include "kplan/core/risk.hpp"
#include "kplan/core/swedish_text.hpp"
#include "kplan/report/chart.hpp"

namespace kplan::report {
namespace {

struct Rgb {
  double r, g, b;
};
constexpr Rgb kInk{0.13, 0.16, 0.20};
constexpr Rgb kGrid{0.85, 0.87, 0.89};
constexpr Rgb kPalette[] = {{0.17, 0.42, 0.69}, {0.87, 0.42, 0.13}, {0.18, 0.52, 0.35},
                            {0.55, 0.35, 0.65}, {0.45, 0.45, 0.45}};
constexpr Rgb kRiskLow{0.78, 0.90, 0.79}, kRiskMid{0.99, 0.90, 0.60}, kRiskHigh{0.96, 0.68, 0.64};

void SetColor(cairo_t* cr, Rgb c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

enum class Align { kLeft, kCenter, kRight };

// Text at (x, y) = its top, aligned horizontally; wrapped at `width` when > 0.
// Returns the height used.
double Text(cairo_t* cr, const std::string& text, double x, double y, double size, Align align,
            bool bold = false, double width = 0, Rgb color = kInk) {
  PangoLayout* layout = pango_cairo_create_layout(cr);
  PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans");
  pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
  if (bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);
  if (width > 0) {
    pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout, align == Align::kCenter  ? PANGO_ALIGN_CENTER
                                       : align == Align::kRight ? PANGO_ALIGN_RIGHT
                                                                : PANGO_ALIGN_LEFT);
  }
  pango_layout_set_text(layout, text.c_str(), static_cast<int>(text.size()));
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  double left = x;
  if (width <= 0) {
    const double tw = static_cast<double>(w) / PANGO_SCALE;
    if (align == Align::kCenter) left -= tw / 2;
    if (align == Align::kRight) left -= tw;
  }
  SetColor(cr, color);
  cairo_move_to(cr, left, y);
  pango_cairo_show_layout(cr, layout);
  g_object_unref(layout);
  return static_cast<double>(h) / PANGO_SCALE;
}

// A "nice" step for about `ticks` intervals over `range`.
double NiceStep(double range, int ticks) {
  if (range <= 0) return 1;
  const double raw = range / ticks;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (raw <= m * magnitude) return std::max(1.0, m * magnitude);
  }
  return 10 * magnitude;
}

std::string Number(double v) { return FormatInteger(static_cast<std::int64_t>(std::llround(v))); }

void Legend(cairo_t* cr, const std::vector<std::string>& names, double x, double y, bool lines_first = false,
            std::size_t line_count = 0) {
  double at = x;
  for (std::size_t i = 0; i < names.size(); ++i) {
    SetColor(cr, kPalette[i % 5]);
    if (lines_first && i < line_count) {
      cairo_set_line_width(cr, 2);
      cairo_move_to(cr, at, y + 5);
      cairo_line_to(cr, at + 10, y + 5);
      cairo_stroke(cr);
    } else {
      cairo_rectangle(cr, at, y + 1, 9, 8);
      cairo_fill(cr);
    }
    at += 13;
    PangoLayout* layout = pango_cairo_create_layout(cr);
    PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans");
    pango_font_description_set_absolute_size(font, 7.5 * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    pango_layout_set_text(layout, names[i].c_str(), static_cast<int>(names[i].size()));
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    SetColor(cr, kInk);
    cairo_move_to(cr, at, y);
    pango_cairo_show_layout(cr, layout);
    g_object_unref(layout);
    at += static_cast<double>(w) / PANGO_SCALE + 12;
  }
}

struct Plot {
  double left, top, right, bottom;
  double width() const { return right - left; }
  double height() const { return bottom - top; }
};

// A vertical value axis with grid lines from lo to hi; returns y of a value.
void ValueAxis(cairo_t* cr, const Plot& p, double lo, double hi, double step, bool right_side = false,
               bool grid = true) {
  cairo_set_line_width(cr, 0.5);
  for (double v = std::ceil(lo / step) * step; v <= hi + 1e-9; v += step) {
    const double y = p.bottom - (v - lo) / (hi - lo) * p.height();
    if (grid) {
      SetColor(cr, kGrid);
      cairo_move_to(cr, p.left, y);
      cairo_line_to(cr, p.right, y);
      cairo_stroke(cr);
    }
    if (right_side) {
      Text(cr, Number(v), p.right + 3, y - 5, 7, Align::kLeft);
    } else {
      Text(cr, Number(v), p.left - 3, y - 5, 7, Align::kRight);
    }
  }
}

double MaxAbs(const std::vector<ChartSeries>& series) {
  double m = 0;
  for (const auto& s : series) {
    for (double v : s.values) m = std::max(m, std::fabs(v));
  }
  return m;
}

void GapBars(cairo_t* cr, const Chart& c, const Plot& p) {
  double m = std::max(1.0, MaxAbs(c.series));
  const double step = NiceStep(2 * m, 6);
  m = std::ceil(m / step) * step;
  ValueAxis(cr, p, -m, m, step);
  const auto y_of = [&](double v) { return p.bottom - (v + m) / (2 * m) * p.height(); };
  const std::size_t groups = std::max<std::size_t>(1, c.labels.size());
  const double gw = p.width() / static_cast<double>(groups);
  const double bw = gw * 0.7 / static_cast<double>(std::max<std::size_t>(1, c.series.size()));
  for (std::size_t g = 0; g < c.labels.size(); ++g) {
    const double gx = p.left + gw * static_cast<double>(g) + gw * 0.15;
    for (std::size_t s = 0; s < c.series.size(); ++s) {
      const double v = g < c.series[s].values.size() ? c.series[s].values[g] : 0.0;
      SetColor(cr, kPalette[s % 5]);
      const double x = gx + bw * static_cast<double>(s);
      const double y0 = y_of(0), y1 = y_of(v);
      cairo_rectangle(cr, x, std::min(y0, y1), bw * 0.92, std::fabs(y1 - y0));
      cairo_fill(cr);
      Text(cr, Number(v), x + bw * 0.46, v < 0 ? y1 + 1 : y1 - 10, 6.5, Align::kCenter);
    }
    Text(cr, c.labels[g], p.left + gw * (static_cast<double>(g) + 0.5), p.bottom + 3, 7.5, Align::kCenter);
  }
  SetColor(cr, kInk);
  cairo_set_line_width(cr, 0.8);
  cairo_move_to(cr, p.left, y_of(0));
  cairo_line_to(cr, p.right, y_of(0));
  cairo_stroke(cr);
  std::vector<std::string> names;
  for (const auto& s : c.series) names.push_back(s.name);
  Legend(cr, names, p.left, p.bottom + 16);
  Text(cr, "brist", p.left + 2, p.bottom - 11, 6.5, Align::kLeft, false, 0, {0.5, 0.5, 0.5});
  Text(cr, "överskott", p.left + 2, p.top + 1, 6.5, Align::kLeft, false, 0, {0.5, 0.5, 0.5});
}

void AgePyramid(cairo_t* cr, const Chart& c, const Plot& p) {
  double m = std::max(1.0, MaxAbs(c.series));
  const double mid = p.left + p.width() / 2;
  const double half = p.width() / 2 - 22;
  const std::size_t n = std::max<std::size_t>(1, c.labels.size());
  const double bh = p.height() / static_cast<double>(n);
  for (std::size_t i = 0; i < c.labels.size(); ++i) {
    const double y = p.bottom - bh * static_cast<double>(i + 1);  // youngest at the bottom
    for (std::size_t s = 0; s < c.series.size() && s < 2; ++s) {
      const double v = i < c.series[s].values.size() ? c.series[s].values[i] : 0.0;
      const double w = v / m * half;
      SetColor(cr, kPalette[s]);
      if (s == 0) {
        cairo_rectangle(cr, mid - 22 - w, y + bh * 0.1, w, bh * 0.8);
      } else {
        cairo_rectangle(cr, mid + 22, y + bh * 0.1, w, bh * 0.8);
      }
      cairo_fill(cr);
      const double tx = s == 0 ? mid - 22 - w - 2 : mid + 22 + w + 2;
      Text(cr, Number(v), tx, y + bh / 2 - 4.5, 6.5, s == 0 ? Align::kRight : Align::kLeft);
    }
    Text(cr, c.labels[i], mid, y + bh / 2 - 5, 7, Align::kCenter);
  }
  std::vector<std::string> names;
  for (const auto& s : c.series) names.push_back(s.name);
  Legend(cr, names, p.left, p.bottom + 4);
}

// The cell colour of a risk value: core's class, as on screen.
Rgb RiskColor(int value) {
  switch (ClassifyRisk(value)) {
    case RiskClass::kLow: return kRiskLow;
    case RiskClass::kMedium: return kRiskMid;
    case RiskClass::kHigh: return kRiskHigh;
  }
  return kRiskLow;
}

void RiskMatrixChart(cairo_t* cr, const Chart& c, const Plot& p) {
  const double label_w = 46, label_h = 22;
  const double gx = p.left + label_w, gy = p.top;
  const double cw = (p.right - gx) / 4, ch = (p.bottom - label_h - gy) / 4;
  for (int cons = 4; cons >= 1; --cons) {
    const double y = gy + ch * (4 - cons);
    Text(cr, std::to_string(cons), gx - 4, y + ch / 2 - 5, 7.5, Align::kRight, true);
    for (int prob = 1; prob <= 4; ++prob) {
      const double x = gx + cw * (prob - 1);
      const int value = cons * prob;
      SetColor(cr, RiskColor(value));
      cairo_rectangle(cr, x, y, cw, ch);
      cairo_fill_preserve(cr);
      cairo_set_source_rgb(cr, 1, 1, 1);
      cairo_set_line_width(cr, 1.5);
      cairo_stroke(cr);
      const auto& names = c.risk_cells[static_cast<std::size_t>(cons - 1)][static_cast<std::size_t>(prob - 1)];
      std::string text;
      std::size_t shown = std::min<std::size_t>(names.size(), 3);
      for (std::size_t i = 0; i < shown; ++i) text += (i ? "\n" : "") + names[i];
      if (names.size() > shown) text += "\n+" + std::to_string(names.size() - shown);
      if (!text.empty()) Text(cr, text, x + 2, y + 2, 5.5, Align::kLeft, false, cw - 4);
    }
  }
  for (int prob = 1; prob <= 4; ++prob) {
    Text(cr, std::to_string(prob), gx + cw * (prob - 0.5), gy + 4 * ch + 2, 7.5, Align::kCenter, true);
  }
  Text(cr, "Sannolikhet →", gx + 2 * cw, gy + 4 * ch + 12, 7, Align::kCenter);
  cairo_save(cr);
  cairo_move_to(cr, p.left, gy + 2 * ch + 30);
  cairo_rotate(cr, -M_PI / 2);
  PangoLayout* layout = pango_cairo_create_layout(cr);
  PangoFontDescription* font = pango_font_description_from_string("DejaVu Sans");
  pango_font_description_set_absolute_size(font, 7 * PANGO_SCALE);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);
  pango_layout_set_text(layout, "Konsekvens →", -1);
  SetColor(cr, kInk);
  pango_cairo_show_layout(cr, layout);
  g_object_unref(layout);
  cairo_restore(cr);
}

void Projection(cairo_t* cr, const Chart& c, const Plot& p) {
  // Lines (need, headcount) on the left axis; bars (recruitment, retirements) on the right.
  const std::size_t lines = std::min<std::size_t>(2, c.series.size());
  double lo = 1e300, hi = 0, bar_hi = 1;
  for (std::size_t s = 0; s < c.series.size(); ++s) {
    for (double v : c.series[s].values) {
      if (s < lines) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
      } else {
        bar_hi = std::max(bar_hi, v);
      }
    }
  }
  if (lo > hi) lo = hi = 0;
  double step = NiceStep(std::max(1.0, hi - lo) * 1.2, 5);
  lo = std::floor(std::max(0.0, lo - (hi - lo) * 0.2 - 1) / step) * step;
  hi = std::ceil((hi + 1) / step) * step;
  ValueAxis(cr, p, lo, hi, step);
  const double bstep = NiceStep(bar_hi, 4);
  bar_hi = std::ceil(bar_hi / bstep) * bstep;
  ValueAxis(cr, p, 0, bar_hi, bstep, true, false);
  const std::size_t n = std::max<std::size_t>(1, c.labels.size());
  const double gw = p.width() / static_cast<double>(n);
  const std::size_t bars = c.series.size() - lines;
  const double bw = bars ? gw * 0.6 / static_cast<double>(bars) : 0;
  for (std::size_t s = lines; s < c.series.size(); ++s) {
    SetColor(cr, kPalette[s % 5]);
    for (std::size_t i = 0; i < c.series[s].values.size() && i < n; ++i) {
      const double h = c.series[s].values[i] / bar_hi * p.height();
      const double x = p.left + gw * static_cast<double>(i) + gw * 0.2 + bw * static_cast<double>(s - lines);
      cairo_rectangle(cr, x, p.bottom - h, bw * 0.9, h);
    }
    cairo_fill(cr);
  }
  for (std::size_t s = 0; s < lines; ++s) {
    SetColor(cr, kPalette[s % 5]);
    cairo_set_line_width(cr, 2);
    for (std::size_t i = 0; i < c.series[s].values.size() && i < n; ++i) {
      const double x = p.left + gw * (static_cast<double>(i) + 0.5);
      const double y = p.bottom - (c.series[s].values[i] - lo) / (hi - lo) * p.height();
      if (i == 0) {
        cairo_move_to(cr, x, y);
      } else {
        cairo_line_to(cr, x, y);
      }
    }
    cairo_stroke(cr);
  }
  for (std::size_t i = 0; i < c.labels.size(); ++i) {
    Text(cr, c.labels[i], p.left + gw * (static_cast<double>(i) + 0.5), p.bottom + 3, 7, Align::kCenter);
  }
  std::vector<std::string> names;
  for (const auto& s : c.series) names.push_back(s.name);
  Legend(cr, names, p.left, p.bottom + 16, true, lines);
}

}  // namespace

void DrawChart(cairo_t* cr, const Chart& chart) {
  cairo_save(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_rectangle(cr, 0, 0, chart.width, chart.height);
  cairo_fill(cr);
  const double title_h = Text(cr, chart.title, 4, 2, 9, Align::kLeft, true, chart.width - 8);
  Plot p{40, title_h + 10, chart.width - 12, chart.height - 32};
  switch (chart.kind) {
    case ChartKind::kGapBars:
      GapBars(cr, chart, p);
      break;
    case ChartKind::kAgePyramid:
      p.left = 10;
      p.right = chart.width - 10;
      p.bottom = chart.height - 18;
      AgePyramid(cr, chart, p);
      break;
    case ChartKind::kRiskMatrix:
      p.left = 8;
      p.right = chart.width - 6;
      p.bottom = chart.height - 4;
      RiskMatrixChart(cr, chart, p);
      break;
    case ChartKind::kProjection:
      p.right = chart.width - 40;
      Projection(cr, chart, p);
      break;
  }
  cairo_restore(cr);
}

}  // namespace kplan::report
