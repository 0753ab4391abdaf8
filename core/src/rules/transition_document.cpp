#include "vybir/assessment.hpp"

namespace vybir {

// BN-4.1, BN-fn4 (a policy proposal): displaced Ukrainians with temporary
// protection who have not moved to a regular permit would be asked to
// withdraw their asylum application to qualify. So it is about withdrawing
// an application: for a TP holder who never applied the memo is silent
// (open), and for someone without TP it says nothing either; "no" there is
// our reading, listed as open beside it.
TransitionDocumentConclusion transition_document_rule(const Policy& policy, const Case& c) {
    TransitionDocumentConclusion out;
    out.requires_withdrawal = policy.transition_document.requires_withdrawal;
    out.proposed = policy.transition_document.proposed;
    out.validity_years = policy.transition_document.validity_years;
    out.cite = policy.transition_document.cite;
    switch (c.temporary_protection) {
        case Answer::unknown: out.eligible = Eligibility::unknown; break;
        case Answer::no: out.eligible = Eligibility::no; break;
        case Answer::yes:
            if (c.regular_permit) out.eligible = Eligibility::not_applicable;
            else if (c.asylum_application == Answer::yes) out.eligible = Eligibility::yes;
            else if (c.asylum_application == Answer::no) out.eligible = Eligibility::open;
            else out.eligible = Eligibility::unknown;
            break;
    }
    return out;
}

void state_transition_document(const Assessment& a, Statements& out) {
    const Policy& p = *a.policy;
    const Case& c = a.input;
    out.add(p, StatementId::td_proposal);
    out.add(p, StatementId::td_permit);
    switch (a.transition_document.eligible) {
        case Eligibility::yes: out.add(p, StatementId::td_eligible_yes); break;
        case Eligibility::open: out.add(p, StatementId::td_eligible_open); break;
        case Eligibility::not_applicable: out.add(p, StatementId::td_eligible_not_applicable); break;
        case Eligibility::no: out.add(p, StatementId::td_eligible_no); break;
        case Eligibility::unknown:
            out.add(p, c.temporary_protection == Answer::unknown ? StatementId::td_eligible_unknown_tp
                                                                 : StatementId::td_eligible_unknown_application);
            break;
    }
    if (c.temporary_protection != Answer::yes) out.add(p, StatementId::open_td_without_tp);
    if (c.temporary_protection != Answer::no && c.asylum_application != Answer::no)
        out.add(p, StatementId::open_td_after_refusal);
    out.add(p, StatementId::open_withdrawal_undo);
    out.add(p, StatementId::open_after_three_years);
}

}  // namespace vybir
