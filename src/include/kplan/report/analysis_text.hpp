#pragma once
// The analysis as readable Swedish text (`kplan analyze --format text`): the
// tables of a plan document such as seed 001, for a terminal or an e-mail.
//
// Sections, each only when the analysis has it: Kompetensgap (per category
// and horizon, levels as columns), Bedömt behov (target distributions),
// Kompetensmål (quantitative goal, moves, recruitment and the sentence),
// Förändring jämfört med föregående år, Riskanalys (table and 4 × 4
// matrices), Uppföljning (indicators), Personalprognos and Sammanfattning.
// Numbers are Swedish style (decimal comma, thin-space thousands, "−").

#include <string>

#include "kplan/core/analysis.hpp"

namespace kplan::report {

std::string RenderAnalysisText(const AnalysisResult& result);

}  // namespace kplan::report
