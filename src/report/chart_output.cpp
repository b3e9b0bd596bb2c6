// The chart on an SVG or PNG surface (the PDF renderer draws it straight
// onto its page).

#include <cairo-svg.h>
#include <cairo.h>

#include "kplan/report/chart.hpp"

namespace kplan::report {
namespace {

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string ChartToSvg(const Chart& chart) {
  std::string out;
  cairo_surface_t* surface = cairo_svg_surface_create_for_stream(Append, &out, chart.width, chart.height);
  cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1);
  cairo_t* cr = cairo_create(surface);
  DrawChart(cr, chart);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
  return out;
}

std::string ChartToPng(const Chart& chart, double scale) {
  const int w = static_cast<int>(chart.width * scale + 0.5), h = static_cast<int>(chart.height * scale + 0.5);
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
  cairo_t* cr = cairo_create(surface);
  cairo_scale(cr, scale, scale);
  DrawChart(cr, chart);
  cairo_destroy(cr);
  std::string out;
  cairo_surface_write_to_png_stream(surface, Append, &out);
  cairo_surface_destroy(surface);
  return out;
}

}  // namespace kplan::report
