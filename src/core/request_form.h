// Checks the fields of a submitted service request against the seller's form template, so the
// ui can explain a problem before sending and the backend refuses the same things.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain.h"
#include "result.h"

namespace koo {

// nullopt when `fields` fit `form`: no unknown keys, every required field filled, values within
// their maxLength, NUMBER fields decimal numbers ("-12.5"), DATE fields "YYYY-MM-DD".
// Errors point at "$.fields.<key>".
std::optional<DecodeError> validateRequestFields(const std::vector<FormFieldSpec>& form,
                                                 const std::map<std::string, std::string>& fields);

}  // namespace koo
