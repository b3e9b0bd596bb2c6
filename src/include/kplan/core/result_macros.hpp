#pragma once
// Early return on an error, so that a reader or handler reads one line per
// field instead of four. For functions that return a Result<T> or a Status.

#include <utility>

#include "kplan/core/error.hpp"

// Assigns the value of a Result to `target`, or returns its error from the
// enclosing function.
#define KPLAN_ASSIGN_OR_RETURN(target, expression)    \
  do {                                                \
    auto kplan_result_ = (expression);                \
    if (!kplan_result_) return kplan_result_.error(); \
    target = std::move(kplan_result_).value();        \
  } while (false)

// Returns the error of a Status from the enclosing function.
#define KPLAN_RETURN_IF_ERROR(expression)               \
  do {                                                  \
    const ::kplan::Status kplan_status_ = (expression); \
    if (!kplan_status_) return kplan_status_.error();   \
  } while (false)
