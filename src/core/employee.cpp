#include "kplan/core/employee.hpp"

namespace kplan {

std::string_view EmploymentFormKey(EmploymentForm form) {
  switch (form) {
    case EmploymentForm::kPermanent: return "tillsvidare";
    case EmploymentForm::kTemporary: return "visstid";
    case EmploymentForm::kHourly: return "timavlonad";
  }
  return "tillsvidare";
}

std::optional<EmploymentForm> ParseEmploymentFormKey(std::string_view key) {
  if (key == "tillsvidare") return EmploymentForm::kPermanent;
  if (key == "visstid") return EmploymentForm::kTemporary;
  if (key == "timavlonad") return EmploymentForm::kHourly;
  return std::nullopt;
}

std::string_view GenderKey(Gender gender) {
  switch (gender) {
    case Gender::kWoman: return "K";
    case Gender::kMan: return "M";
    case Gender::kOther: return "X";
  }
  return "X";
}

std::optional<Gender> ParseGenderKey(std::string_view key) {
  if (key == "K") return Gender::kWoman;
  if (key == "M") return Gender::kMan;
  if (key == "X") return Gender::kOther;
  return std::nullopt;
}

}  // namespace kplan
