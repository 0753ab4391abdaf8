#include "vybir/assessment.hpp"

namespace vybir {

// Background the memo gives, which decides nothing for the case: the OHCHR
// figures (BN-4.1a), the pending applications and departures (BN-4.3), and
// what other EU+ states do (BN-4.5).
void state_context(const Assessment& a, Statements& out) {
    const Policy& p = *a.policy;
    out.add(p, StatementId::context_ohchr);
    out.add(p, StatementId::context_pending);
    out.add(p, StatementId::context_departures);
    out.add(p, StatementId::context_other_states);
}

}  // namespace vybir
