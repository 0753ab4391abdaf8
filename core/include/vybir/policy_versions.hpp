// Several versions of the policy, each taking effect on its own date
// (effectiveFrom): which one governs a case is decided by the case's asOf,
// the way openfisca and regelrecht key law by the date it takes effect.
#pragma once
#include <span>
#include <vector>

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

}  // namespace vybir
