#pragma once
// The roll-up to kommunstyrelsen for a year (report/kommunstyrelsen_report.hpp
// says what it holds): loaded from the store and rendered.
//
// The förvaltningar: every unit of kind förvaltning, and any other unit below
// the kommun (not an enhet) with a plan year for the year outside them. The
// kommunövergripande målsättningar: the kommun's own goals of the year. A
// förvaltning's Röd/Grön of a målsättning is made from its plan as it stands
// (its goals that name the målsättning as parent, each assessed as in the
// follow-up document).

#include "kplan/app/plan_report.hpp"
#include "kplan/core/error.hpp"
#include "kplan/report/kommunstyrelsen_report.hpp"
#include "kplan/report/plan_report.hpp"
#include "kplan/store/store.hpp"

namespace kplan::app {

// kInvalidInput for a year outside core's plan years; kNotFound for an empty organisation.
Result<report::KommunstyrelsenData> LoadKommunstyrelsen(store::Store& store, int year);

// The document in HTML, PDF, DOCX or XLSX, made today.
Result<RenderedReport> RenderKommunstyrelsen(const report::KommunstyrelsenData& data, report::ReportFormat format);

}  // namespace kplan::app
