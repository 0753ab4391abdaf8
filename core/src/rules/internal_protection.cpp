#include "vybir/assessment.hpp"

namespace vybir {

// BN-2.1d, BN-4.1d: the grade-iii regions other than occupied Crimea and
// Sevastopol are in principle an internal protection alternative for anyone
// at (possible) risk at home; someone at risk in a grade-iii region can be
// pointed to another grade-iii region. The IND may, after an individual
// assessment, refrain from holding it against someone: the memo gives no
// criteria, so the most core can say is that a waiver is possible when
// relocation obstacles are claimed.
InternalProtectionConclusion internal_protection_rule(const Policy& policy, const Case& c,
                                                      const GradeConclusion& grade,
                                                      const RealRiskConclusion& risk) {
    InternalProtectionConclusion out;
    for (std::size_t i = 0; i < policy.regions.size(); ++i)
        if (policy.regions[i].internal_protection_area && static_cast<int>(i) != c.region)
            out.areas |= std::uint32_t{1} << i;
    out.presumed = risk.value != RealRisk::not_established;
    out.waiver_possible = out.presumed && c.relocation_obstacles;
    out.cite = grade.grade == 3 ? policy.internal_protection.same_grade_cite : policy.internal_protection.cite;
    out.waiver_cite = policy.internal_protection.waiver_cite;
    return out;
}

// BN-3: with an internal protection alternative, a claim can be refused on
// individual grounds, after which the normal procedure follows. Claimed
// relocation obstacles leave it to the IND's individual assessment (BN-4.1d).
// Without a real risk the 15(c) route has nothing to carry it: that rests on
// the grade's own section.
OutlookConclusion outlook_rule(const Policy& policy, const Case& c, const RealRiskConclusion& risk,
                               const InternalProtectionConclusion& ipa) {
    if (!ipa.presumed) return {Outlook::not_supported, risk.cite};
    if (!c.relocation_obstacles) return {Outlook::refusal_expected_ipa, policy.internal_protection.refusal_cite};
    return {Outlook::individual_assessment, policy.internal_protection.waiver_cite};
}

}  // namespace vybir
