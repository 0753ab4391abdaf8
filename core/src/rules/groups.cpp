#include "vybir/assessment.hpp"

namespace vybir {

// BN-2.1e, BN-4.1e: no group gets a policy of its own; each claim is judged
// on its own merits, with the memo's findings for the groups it names
// (BN-4.2 for other persecution). A finding shared by two ticked groups is
// said once.
void state_groups(const Assessment& a, Statements& out) {
    const Policy& p = *a.policy;
    out.add(p, StatementId::groups_no_special_policy);
    if (a.input.claim_count == 0) return;
    out.add(p, StatementId::groups_own_merits);
    for (std::uint8_t i = 0; i < a.input.claim_count; ++i)
        for (const std::string& f : p.finding(a.input.claims[i]).findings)
            out.add(p.finding_statement(f));
}

}  // namespace vybir
