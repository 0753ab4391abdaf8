// Several versions of the policy, each taking effect on its own date
// (effectiveFrom): which one governs a case is decided by the case's asOf,
// the way openfisca and regelrecht key law by the date it takes effect.
#pragma once
#include <span>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "vybir/api.hpp"
#include "vybir/case.hpp"
#include "vybir/date.hpp"
#include "vybir/error.hpp"
#include "vybir/policy.hpp"

namespace vybir {

// Two versions taking effect on the same day would leave a case with two
// policies: refused with "policy.version-duplicate" (pointer /effectiveFrom).
// On success the versions are sorted by effectiveFrom.
Result<std::vector<Policy>> order_versions(std::vector<Policy> versions);

// The version Vybir uses on as_of: the latest whose effectiveFrom is not after
// it. Before the first one: "case.as-of-before-policy" at /asOf.
Result<const Policy*> policy_in_force(std::span<const Policy> versions, Date as_of);

struct CaseInForce {
    const Policy* policy = nullptr;
    Case input;
};

// Reads a case against the version Vybir uses on its asOf. When asOf itself
// is missing or not a date, the case is read against the newest version so
// that the error is the usual one (case.missing-field, case.date-format…).
Result<CaseInForce> read_case_in_force(const nlohmann::json& value, std::span<const Policy> versions);
// A case's text parsed with the input limits of read_case_text: "input.*"
// and "json.*" errors for text that is too large, too deep or not JSON.
Result<nlohmann::json> parse_case_text(std::string_view text);
// The same from text, with the input limits of read_case_text ("input.*",
// "json.*" errors).
Result<CaseInForce> read_case_text_in_force(std::string_view text, std::span<const Policy> versions);

// One version forced (the CLI's --policy), whatever its effectiveFrom: as
// read_case_text, with the fast path for plain cases that batch relies on.
Result<CaseInForce> read_case_text_under(std::string_view text, const Policy& policy);

// evaluate_text (api.hpp) for a set of versions; never throws.
TextResult evaluate_text_in_force(std::span<const Policy> versions, std::string_view case_text);

}  // namespace vybir
