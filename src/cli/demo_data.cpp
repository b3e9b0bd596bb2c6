#include "demo_data.hpp"

namespace kplan::cli {

std::vector<NewOrgUnit> DemoOrganisation() {
  using K = OrgUnitKind;
  return {
      {"EX", "", K::kKommun, "Exempelby kommun"},
      {"KS", "EX", K::kNamnd, "Kommunstyrelsen"},
      {"KLF", "KS", K::kForvaltning, "Kommunledningsförvaltningen"},
      {"KLF-HR", "KLF", K::kAvdelning, "HR-avdelningen"},
      {"KLF-EK", "KLF", K::kAvdelning, "Ekonomiavdelningen"},
      {"VON", "EX", K::kNamnd, "Vård- och omsorgsnämnden"},
      {"VOF", "VON", K::kForvaltning, "Vård- och omsorgsförvaltningen"},
      {"VOF-HT", "VOF", K::kAvdelning, "Hemtjänst"},
      {"VOF-HT-N", "VOF-HT", K::kEnhet, "Hemtjänst Norr"},
      {"VOF-HT-S", "VOF-HT", K::kEnhet, "Hemtjänst Söder"},
      {"VOF-SB", "VOF", K::kAvdelning, "Särskilt boende"},
      {"VOF-SB-L", "VOF-SB", K::kEnhet, "Lindgårdens vård- och omsorgsboende"},
      {"VOF-SB-E", "VOF-SB", K::kEnhet, "Eken vård- och omsorgsboende"},
      {"VOF-LSS", "VOF", K::kAvdelning, "Funktionsstöd (LSS)"},
      {"VOF-MYND", "VOF", K::kEnhet, "Myndighetsenheten"},
      {"BUN", "EX", K::kNamnd, "Barn- och utbildningsnämnden"},
      {"BUF", "BUN", K::kForvaltning, "Barn- och utbildningsförvaltningen"},
      {"BUF-FS", "BUF", K::kAvdelning, "Förskola"},
      {"BUF-FS-S", "BUF-FS", K::kEnhet, "Solrosens förskola"},
      {"BUF-FS-K", "BUF-FS", K::kEnhet, "Kastanjens förskola"},
      {"BUF-GS", "BUF", K::kAvdelning, "Grundskola"},
      {"BUF-GS-A", "BUF-GS", K::kEnhet, "Åsens skola"},
      {"BUF-GS-B", "BUF-GS", K::kEnhet, "Björkskolan"},
      {"SN", "EX", K::kNamnd, "Socialnämnden"},
      {"SF", "SN", K::kForvaltning, "Socialförvaltningen"},
      {"SF-IFO", "SF", K::kAvdelning, "Individ- och familjeomsorg"},
      {"SBN", "EX", K::kNamnd, "Samhällsbyggnadsnämnden"},
      {"SBF", "SBN", K::kForvaltning, "Samhällsbyggnadsförvaltningen"},
  };
}

}  // namespace kplan::cli
