// The assessment as the contract's JSON (docs/contract.md), trace included.
#include <bit>

#include "vybir/assessment.hpp"

namespace vybir {

using nlohmann::json;

namespace {

json what_if_value(const WhatIf& w) {
    switch (w.input) {
        case FlipInput::occupied_area: return w.flipped.occupied_area;
        case FlipInput::personal_risk_factors: return w.flipped.personal_risk_factors;
        case FlipInput::relocation_obstacles: return w.flipped.relocation_obstacles;
        case FlipInput::regular_permit: return w.flipped.regular_permit;
        case FlipInput::temporary_protection: break;
    }
    return code(w.flipped.temporary_protection);
}

json areas_json(const Policy& policy, std::uint32_t areas) {
    json out = json::array();
    for (std::size_t i = 0; i < policy.regions.size(); ++i)
        if (areas & (std::uint32_t{1} << i)) out.push_back(policy.regions[i].iso);
    return out;
}

json trace_json(const Assessment& a) {
    const Policy& p = *a.policy;
    const Case& c = a.input;
    json trace = json::array();
    trace.push_back({{"rule", "grade"}, {"cite", a.grade.cite},
                     {"region", p.regions[static_cast<std::size_t>(c.region)].iso},
                     {"grade", a.grade.grade},
                     {"basis", a.grade.occupied_part ? "occupied-part" : "region"}});
    trace.push_back({{"rule", "real-risk"}, {"cite", a.real_risk.cite}, {"grade", a.grade.grade},
                     {"personalRiskFactors", c.personal_risk_factors}, {"realRisk", code(a.real_risk.value)}});
    trace.push_back({{"rule", "internal-protection"}, {"cite", a.internal_protection.cite},
                     {"presumed", a.internal_protection.presumed},
                     {"areas", std::popcount(a.internal_protection.areas)}});
    if (a.internal_protection.presumed)
        trace.push_back({{"rule", "internal-protection.waiver"}, {"cite", a.internal_protection.waiver_cite},
                         {"relocationObstacles", c.relocation_obstacles},
                         {"waiverPossible", a.internal_protection.waiver_possible}});
    trace.push_back({{"rule", "outlook"}, {"cite", a.outlook.cite}, {"outlook", code(a.outlook.value)}});
    trace.push_back({{"rule", "groups"}, {"cite", p.groups_cite}, {"claims", c.claim_count}});
    for (std::uint8_t i = 0; i < c.claim_count; ++i) {
        const GroupFinding& f = p.finding(c.claims[i]);
        trace.push_back({{"rule", "group"}, {"cite", f.cite}, {"claim", code(f.claim)}, {"finding", f.finding}});
    }
    trace.push_back({{"rule", "temporary-protection"}, {"cite", a.temporary_protection.cite},
                     {"lastDay", a.temporary_protection.last_day.to_string()},
                     {"activeOnAsOf", a.temporary_protection.active_on_as_of}});
    trace.push_back({{"rule", "transition-document"}, {"cite", a.transition_document.cite},
                     {"temporaryProtection", code(c.temporary_protection)}, {"regularPermit", c.regular_permit},
                     {"eligible", code(a.transition_document.eligible)}});
    if (a.decision_deadline)
        trace.push_back({{"rule", "decision-deadline"}, {"cite", p.decision_limit.cite},
                         {"applicationDate", a.decision_deadline->application_date.to_string()},
                         {"months", p.decision_limit.months}, {"date", a.decision_deadline->date.to_string()},
                         {"passed", a.decision_deadline->passed}, {"counting", p.decision_limit.counting_cite}});
    return trace;
}

}  // namespace

json to_json(const Assessment& a) {
    const Policy& p = *a.policy;
    const Case& c = a.input;
    json out;
    // Which version the assessment rests on: effectiveFrom and the file's hash.
    out["policy"] = {{"id", p.id}, {"date", p.date.to_string()}, {"reference", p.reference}, {"status", p.status},
                     {"effectiveFrom", p.effective_from.to_string()},
                     {"sha256", p.sha256.empty() ? json(nullptr) : json(p.sha256)}};
    out["asOf"] = c.as_of.to_string();
    out["region"] = p.regions[static_cast<std::size_t>(c.region)].iso;
    out["grade"] = a.grade.grade;
    out["realRisk"] = code(a.real_risk.value);
    out["internalProtection"] = {{"presumed", a.internal_protection.presumed},
                                 {"waiverPossible", a.internal_protection.waiver_possible},
                                 {"areas", areas_json(p, a.internal_protection.areas)}};
    out["outlook"] = code(a.outlook.value);
    json groups = json::array();
    for (std::uint8_t i = 0; i < c.claim_count; ++i) {
        const GroupFinding& f = p.finding(c.claims[i]);
        groups.push_back({{"claim", code(f.claim)}, {"specialPolicy", false}, {"finding", f.finding}, {"cite", f.cite}});
    }
    out["groups"] = std::move(groups);
    out["temporaryProtection"] = {{"lastDay", a.temporary_protection.last_day.to_string()},
                                  {"firstDayWithout", a.temporary_protection.first_day_without.to_string()},
                                  {"activeOnAsOf", a.temporary_protection.active_on_as_of},
                                  {"scenario", a.temporary_protection.extension_2028 ? "extension-2028" : "current"}};
    out["transitionDocument"] = {{"eligible", code(a.transition_document.eligible)},
                                 {"requiresWithdrawal", a.transition_document.requires_withdrawal},
                                 {"validityYears", a.transition_document.validity_years}};
    if (a.decision_deadline)
        out["decisionDeadline"] = {{"date", a.decision_deadline->date.to_string()}, {"passed", a.decision_deadline->passed}};
    else
        out["decisionDeadline"] = nullptr;
    out["trace"] = trace_json(a);
    json what_if = json::array();
    for (std::uint8_t i = 0; i < a.what_if_count; ++i) {
        const WhatIf& w = a.what_if[i];
        what_if.push_back({{"input", code(w.input)}, {"value", what_if_value(w)}, {"grade", w.grade},
                           {"realRisk", code(w.real_risk)}, {"outlook", code(w.outlook)},
                           {"transitionDocumentEligible", code(w.transition_document)}});
    }
    out["whatIf"] = std::move(what_if);
    return out;
}

}  // namespace vybir
