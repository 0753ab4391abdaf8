#include "vybir/assessment.hpp"

namespace vybir {

// BN-4.1, BN-fn4 (proposed policy): displaced Ukrainians with temporary
// protection who have not moved to a regular permit will be asked to
// withdraw their asylum application to qualify for the transition document.
// Someone who already has a regular permit is not its audience; someone
// without TP is outside the group; an unknown TP status stays unknown.
TransitionDocumentConclusion transition_document_rule(const Policy& policy, const Case& c) {
    TransitionDocumentConclusion out;
    out.requires_withdrawal = policy.transition_document.requires_withdrawal;
    out.validity_years = policy.transition_document.validity_years;
    out.cite = policy.transition_document.cite;
    switch (c.temporary_protection) {
        case TemporaryProtectionStatus::yes:
            out.eligible = c.regular_permit ? Eligibility::not_applicable : Eligibility::yes;
            break;
        case TemporaryProtectionStatus::no: out.eligible = Eligibility::no; break;
        case TemporaryProtectionStatus::unknown: out.eligible = Eligibility::unknown; break;
    }
    return out;
}

}  // namespace vybir
