#include "vybir/assessment.hpp"

namespace vybir {

// BN-4.2: temporary protection runs until and including its last day
// (4 March 2027). BN-4.1 calls 5 March 2027 the planned end: the first day
// without it. BN-fn3: an extension to 4 March 2028, possibly with a narrower
// scope, was under discussion; a scenario the user switches on, never the
// default.
TemporaryProtectionConclusion temporary_protection_rule(const Policy& policy, const Case& c) {
    const auto& tp = policy.temporary_protection;
    TemporaryProtectionConclusion out;
    out.extension_2028 = c.tp_extension_2028;
    out.last_day = c.tp_extension_2028 ? tp.extension_last_day : tp.last_day;
    out.cite = c.tp_extension_2028 ? tp.extension_cite : tp.cite;
    out.first_day_without = out.last_day.next_day();
    out.active_on_as_of = c.as_of <= out.last_day;
    return out;
}

// BN-4.3 (Procedures Directive, BN-fn7): a decision within 21 months at the
// latest. The memo says so of the pending applications of people without
// TP, and nothing of decision times for TP holders (memo_scope). How the
// months are counted is general law, not the memo's: Regulation 1182/71
// art. 3 for the months, and a last day on a Saturday, Sunday or public
// holiday runs to the next working day (Algemene termijnenwet art. 1, 3).
std::optional<DecisionDeadlineConclusion> decision_deadline_rule(const Policy& policy, const Case& c) {
    if (!c.asylum_application_date) return std::nullopt;
    DecisionDeadlineConclusion out;
    out.application_date = *c.asylum_application_date;
    out.months_end = out.application_date.plus_months(policy.decision_limit.months);
    out.date = next_working_day(out.months_end);
    out.passed = c.as_of > out.date;
    switch (c.temporary_protection) {
        case Answer::no: out.memo_scope = MemoScope::without_tp; break;
        case Answer::yes: out.memo_scope = MemoScope::not_addressed; break;
        case Answer::unknown: out.memo_scope = MemoScope::unknown; break;
    }
    return out;
}

// Temporary protection as it bears on everyone, then what matters to a TP
// holder weighing the two paths (BN-4.1, BN-4.2: a refusal while TP runs
// does not end it, art. 19(2) of the TP directive), then the Council's
// reasons, which are a different assessment from an asylum claim.
void state_temporary_protection(const Assessment& a, Statements& out) {
    const Policy& p = *a.policy;
    const auto& tp = a.temporary_protection;
    out.add(p, StatementId::tp_last_day);
    out.add(p, StatementId::tp_planned_end);
    if (tp.extension_2028) out.add(p, StatementId::tp_extension_2028);
    if (!tp.active_on_as_of) out.add(p, StatementId::tp_ended);
    if (a.input.temporary_protection != Answer::no) {
        if (tp.active_on_as_of) out.add(p, StatementId::tp_refusal_keeps_tp);
        out.add(p, StatementId::tp_no_right_to_asylum);
    }
    out.add(p, StatementId::tp_council_decision);
    out.add(p, StatementId::open_extension_2028);
}

void state_decision_deadline(const Assessment& a, Statements& out) {
    const Policy& p = *a.policy;
    if (!a.decision_deadline) {
        if (a.input.asylum_application == Answer::yes) out.add(p, StatementId::deadline_date_missing);
        return;
    }
    const DecisionDeadlineConclusion& dl = *a.decision_deadline;
    switch (dl.memo_scope) {
        case MemoScope::without_tp: out.add(p, StatementId::deadline_without_tp); break;
        case MemoScope::not_addressed: out.add(p, StatementId::deadline_not_addressed); break;
        case MemoScope::unknown: out.add(p, StatementId::deadline_scope_unknown); break;
    }
    out.add(p, StatementId::deadline_months);
    if (dl.date != dl.months_end) out.add(p, StatementId::deadline_next_working_day);
    if (dl.passed) {
        out.add(p, StatementId::deadline_passed);
        if (dl.memo_scope == MemoScope::without_tp) out.add(p, StatementId::deadline_penalty);
    }
}

}  // namespace vybir
