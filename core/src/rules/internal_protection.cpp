#include "vybir/assessment.hpp"

namespace vybir {

// BN-2.1d, BN-4.1d: the grade-iii regions other than occupied Crimea and
// Sevastopol are in principle an internal protection alternative for people
// (possibly) at risk in a grade-i or grade-ii region. For someone from a
// grade-iii region who makes a personal risk there plausible, it may be
// examined whether another grade-iii region can serve: no presumption.
// Without a risk at home there is nothing to be protected from elsewhere.
InternalProtectionConclusion internal_protection_rule(const Policy& policy, const Case& c,
                                                      const GradeConclusion& grade,
                                                      const RealRiskConclusion& risk) {
    InternalProtectionConclusion out;
    if (grade.grade <= 2) {
        out.basis = IpaBasis::in_principle;
        out.cite = policy.internal_protection.cite;
    } else if (risk.value == RealRisk::not_readily_accepted) {
        out.basis = IpaBasis::may_be_examined;
        out.cite = policy.internal_protection.same_grade_cite;
    } else {
        out.cite = policy.internal_protection.cite;
        return out;
    }
    for (std::size_t i = 0; i < policy.regions.size(); ++i)
        if (policy.regions[i].internal_protection_area && static_cast<int>(i) != c.region)
            out.areas |= std::uint32_t{1} << i;
    return out;
}

// The Article 15(c) route only. BN-3: with an alternative in principle, an
// application can be refused on individual grounds, after which the normal
// steps of the procedure follow. BN-4.1d: for a grade-iii home it is an
// individual assessment. Relocation obstacles change neither: the IND may
// refrain from the alternative, but the memo gives no criteria.
OutlookConclusion outlook_rule(const Policy& policy, const RealRiskConclusion& risk,
                               const InternalProtectionConclusion& ipa) {
    switch (ipa.basis) {
        case IpaBasis::in_principle: return {Outlook::can_be_refused, policy.internal_protection.refusal_cite};
        case IpaBasis::may_be_examined: return {Outlook::individual_assessment, policy.internal_protection.waiver_cite};
        case IpaBasis::none: break;
    }
    return {Outlook::not_supported, risk.cite};  // the grade's own section
}

void state_internal_protection(const Assessment& a, Statements& out) {
    const Policy& p = *a.policy;
    switch (a.internal_protection.basis) {
        case IpaBasis::in_principle: out.add(p, StatementId::ipa_in_principle); break;
        case IpaBasis::may_be_examined: out.add(p, StatementId::ipa_may_be_examined); break;
        case IpaBasis::none: out.add(p, StatementId::ipa_none); return;
    }
    out.add(p, StatementId::ipa_legal_test);
    out.add(p, StatementId::ipa_not_occupied);
    out.add(p, StatementId::ipa_waiver);
    out.add(p, a.input.relocation_obstacles ? StatementId::ipa_obstacles_named : StatementId::ipa_obstacles_not_named);
    out.add(p, StatementId::open_waiver_criteria);
}

void state_outlook(const Assessment& a, Statements& out) {
    const Policy& p = *a.policy;
    switch (a.outlook.value) {
        case Outlook::can_be_refused: out.add(p, StatementId::outlook_can_be_refused); break;
        case Outlook::individual_assessment: out.add(p, StatementId::outlook_individual_assessment); break;
        case Outlook::not_supported: out.add(p, StatementId::outlook_not_supported); break;
    }
    out.add(p, StatementId::outlook_other_grounds);
}

}  // namespace vybir
