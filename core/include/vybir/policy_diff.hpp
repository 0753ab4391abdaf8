// What changed between two versions of the policy, and what that changes for
// one case (vybir diff). Facts as codes and values; the CLI words them.
#pragma once
#include <nlohmann/json.hpp>

#include "vybir/assessment.hpp"
#include "vybir/policy.hpp"

namespace vybir {

// {"old": {id, date, effectiveFrom, sha256}, "new": {…},
//  "grades": [{region, name, old, new}],            regions whose grade changed
//  "occupiedParts": [{region, old, new}],           BN-fn5-style parts changed
//  "internalProtectionAreas": {added: [], removed: []},
//  "dates": [{field, old, new}],                    field: the JSON Pointer in the policy file
//  "groups": [{claim, old, new}],                   group findings changed
//  "decisionLimit": [{field, old, new}],
//  "other": [{field, old, new}],                    status, reference, transition document…
//  "unchanged": true when all of the lists above are empty}
nlohmann::json diff_policies(const Policy& before, const Policy& after);

// The same case under two versions: {"grade": {old, new}, "outlook": {…},
// "transitionDocument": {…} (eligibility), "temporaryProtectionActive": {…},
// "decisionDeadlinePassed": {…}} with only what differs; empty when nothing
// does.
nlohmann::json diff_outcome(const Assessment& before, const Assessment& after);

}  // namespace vybir
