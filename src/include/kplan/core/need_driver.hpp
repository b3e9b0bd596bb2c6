#pragma once
// Which part of the population drives the need of an occupation (design.md
// section 3, Personalprognos): elderly care follows those aged 80 and over,
// preschool the children aged 1–5, compulsory school those aged 6–15, upper
// secondary school those aged 16–19; every other occupation the whole
// population. The default by SSYK 2012 code, which a plan may change per
// category.

#include <optional>
#include <string>
#include <string_view>

namespace kplan {

struct AgeBand {
  int from = 0;
  int to = 0;  // inclusive
};

// nullopt: the whole population.
//   80–120: 5321 undersköterskor, 5330 vårdbiträden, 2221 sjuksköterskor,
//           2272 fysioterapeuter, 2273 arbetsterapeuter
//   1–5:    2343 förskollärare, 5311 barnskötare
//   6–15:   2341 grundskollärare, 2342 fritidspedagoger, 2351 speciallärare,
//           5312 elevassistenter
//   16–19:  2330 gymnasielärare
std::optional<AgeBand> DefaultNeedDriver(std::string_view ssyk);

// "80–120 år", "1–5 år"; "hela befolkningen" for nullopt.
std::string DescribeNeedDriver(const std::optional<AgeBand>& band);

}  // namespace kplan
