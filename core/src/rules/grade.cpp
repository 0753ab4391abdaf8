#include "vybir/assessment.hpp"

namespace vybir {

// BN-2.1a-c: each region has one Article 15(c) grade. BN-fn5: the small
// occupied part of Mykolaiv oblast is assessed together with Kherson, so it
// takes Kherson's grade; an "occupied" answer changes nothing elsewhere.
GradeConclusion grade_rule(const Policy& policy, const Case& c) {
    const RegionPolicy& region = policy.regions[static_cast<std::size_t>(c.region)];
    if (c.occupied_area && region.occupied_part)
        return {region.occupied_part->grade, true, region.occupied_part->cite};
    return {region.grade, false, region.cite};
}

// BN-4.1a: in grade i anyone returning runs a real risk by being there.
// BN-4.1b: in grade ii establishing the risk always takes an individual
// assessment, whether or not personal circumstances were named.
// BN-4.1c: in grade iii personal circumstances can make the risk real, but
// that will not readily be accepted; without them the region alone gives none.
RealRiskConclusion real_risk_rule(const Policy& policy, const Case& c, const GradeConclusion& grade) {
    const std::string_view cite = policy.grade_cites[static_cast<std::size_t>(grade.grade - 1)];
    if (grade.grade == 1) return {RealRisk::established, cite};
    if (grade.grade == 2) return {RealRisk::individual_assessment, cite};
    return {c.personal_risk_factors ? RealRisk::not_readily_accepted : RealRisk::not_established, cite};
}

// The grade and what the memo says of the region itself: occupation
// (BN-3, BN-4.1c), the front line (BN-3), and the open extent of Mykolaiv's
// occupied part (BN-fn5).
void state_grade(const Assessment& a, Statements& out) {
    const Policy& p = *a.policy;
    const RegionPolicy& region = p.regions[static_cast<std::size_t>(a.input.region)];
    constexpr StatementId by_grade[] = {StatementId::grade_1, StatementId::grade_2, StatementId::grade_3};
    out.add(p, by_grade[a.grade.grade - 1]);
    if (a.grade.occupied_part) out.add(p, StatementId::grade_occupied_part);
    if (region.occupied) out.add(p, StatementId::region_occupied);
    if (region.partly_occupied) out.add(p, StatementId::region_partly_occupied);
    if (region.occupied || region.partly_occupied) out.add(p, StatementId::region_occupation_violations);
    if (region.front_line) out.add(p, StatementId::region_front_line);
    if (region.occupied_part) out.add(p, StatementId::open_mykolaiv_extent);
}

void state_real_risk(const Assessment& a, Statements& out) {
    const Policy& p = *a.policy;
    switch (a.real_risk.value) {
        case RealRisk::established: out.add(p, StatementId::real_risk_established); return;
        case RealRisk::individual_assessment:
            out.add(p, a.input.personal_risk_factors ? StatementId::real_risk_individual_assessment
                                                     : StatementId::real_risk_individual_assessment_no_factors);
            return;
        case RealRisk::not_readily_accepted: out.add(p, StatementId::real_risk_not_readily_accepted); return;
        case RealRisk::not_established: out.add(p, StatementId::real_risk_not_established); return;
    }
}

}  // namespace vybir
