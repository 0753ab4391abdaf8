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
// BN-4.1b: in grade ii personal circumstances can make the risk real; always
// an individual assessment. BN-4.1c: in grade iii they can too, but this will
// not readily be accepted. Without such circumstances no real risk follows.
RealRiskConclusion real_risk_rule(const Policy& policy, const Case& c, const GradeConclusion& grade) {
    const std::string_view cite = policy.grade_cites[static_cast<std::size_t>(grade.grade - 1)];
    if (grade.grade == 1) return {RealRisk::established, cite};
    if (!c.personal_risk_factors) return {RealRisk::not_established, cite};
    return {grade.grade == 2 ? RealRisk::possible : RealRisk::unlikely, cite};
}

}  // namespace vybir
