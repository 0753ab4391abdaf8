// What an assessment says, as statements: each an id the page words in its
// own language, the citation it rests on and the memo's certainty. Which
// statements apply is decided by the rules (core/src/rules/); the citation
// and the certainty of each id are policy data (the policy file's
// "statements" table), so a lawyer can review them without reading code.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "vybir/codes.hpp"

namespace vybir {

// Every id core can state, besides the group findings ("finding.<code>",
// named by the policy's groups). The policy file must give each of them a
// citation and a modality, and may give no other.
enum class StatementId : std::uint8_t {
    policy_advised,
    grade_1, grade_2, grade_3, grade_occupied_part,
    region_occupied, region_partly_occupied, region_occupation_violations, region_front_line,
    real_risk_established, real_risk_individual_assessment, real_risk_individual_assessment_no_factors,
    real_risk_not_readily_accepted, real_risk_not_established,
    ipa_in_principle, ipa_may_be_examined, ipa_none, ipa_legal_test, ipa_not_occupied, ipa_waiver,
    ipa_obstacles_named, ipa_obstacles_not_named,
    outlook_can_be_refused, outlook_individual_assessment, outlook_not_supported, outlook_other_grounds,
    groups_no_special_policy, groups_own_merits,
    tp_last_day, tp_planned_end, tp_extension_2028, tp_ended, tp_refusal_keeps_tp, tp_no_right_to_asylum,
    tp_council_decision,
    td_proposal, td_permit, td_eligible_yes, td_eligible_open, td_eligible_unknown_application,
    td_eligible_unknown_tp, td_eligible_no, td_eligible_not_applicable,
    deadline_without_tp, deadline_not_addressed, deadline_scope_unknown, deadline_months,
    deadline_next_working_day, deadline_passed, deadline_penalty, deadline_date_missing,
    context_ohchr, context_pending, context_departures, context_other_states,
    open_mykolaiv_extent, open_waiver_criteria, open_td_after_refusal, open_td_without_tp,
    open_withdrawal_undo, open_after_three_years, open_extension_2028,
    count_
};

inline constexpr std::array<std::string_view, static_cast<std::size_t>(StatementId::count_)> statement_codes = {
    "policy.advised",
    "grade.1", "grade.2", "grade.3", "grade.occupied-part",
    "region.occupied", "region.partly-occupied", "region.occupation-violations", "region.front-line",
    "real-risk.established", "real-risk.individual-assessment", "real-risk.individual-assessment-no-factors",
    "real-risk.not-readily-accepted", "real-risk.not-established",
    "ipa.in-principle", "ipa.may-be-examined", "ipa.none", "ipa.legal-test", "ipa.not-occupied", "ipa.waiver",
    "ipa.obstacles-named", "ipa.obstacles-not-named",
    "outlook.can-be-refused", "outlook.individual-assessment", "outlook.not-supported", "outlook.other-grounds",
    "groups.no-special-policy", "groups.own-merits",
    "tp.last-day", "tp.planned-end", "tp.extension-2028", "tp.ended", "tp.refusal-keeps-tp", "tp.no-right-to-asylum",
    "tp.council-decision",
    "td.proposal", "td.permit", "td.eligible.yes", "td.eligible.open", "td.eligible.unknown-application",
    "td.eligible.unknown-tp", "td.eligible.no", "td.eligible.not-applicable",
    "deadline.without-tp", "deadline.not-addressed", "deadline.scope-unknown", "deadline.months",
    "deadline.next-working-day", "deadline.passed", "deadline.penalty", "deadline.date-missing",
    "context.ohchr", "context.pending", "context.departures", "context.other-states",
    "open.mykolaiv-extent", "open.waiver-criteria", "open.td-after-refusal", "open.td-without-tp",
    "open.withdrawal-undo", "open.after-three-years", "open.extension-2028",
};

inline constexpr std::string_view finding_prefix = "finding.";

// One entry of the policy's statements table.
struct StatementRule {
    std::string id;
    std::string cite;
    Modality modality = Modality::reading;
};

}  // namespace vybir
