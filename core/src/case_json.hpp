// The checks of the one reader (read_case_text, case.hpp) on a JSON value
// already parsed: what a CSV row of a caseload becomes, and a link's case,
// go through these same checks. Private to core.
#pragma once
#include <nlohmann/json.hpp>

#include "vybir/case.hpp"

namespace vybir::detail {

// A case against one policy (the region must be one it grades, asOf not
// before its date). On a fault, a "case.*" error with its JSON Pointer.
Result<Case> read_case(const nlohmann::json& value, const Policy& policy);

// The same against the policy that governs it (case.hpp). When asOf itself
// is missing or not a date, the case is read against the newest version so
// that the error is the usual one (case.missing-field, case.date-format…).
Result<CaseInForce> read_case(const nlohmann::json& value, Policies policies);

}  // namespace vybir::detail
