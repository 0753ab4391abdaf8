#include "vybir/assessment.hpp"

namespace vybir {

// BN-4.2: temporary protection runs until and including its last day
// (4 March 2027). BN-4.1 calls 5 March 2027 the planned end: the first day
// without it. BN-fn3: an extension to 4 March 2028 was under discussion; it
// is a scenario the user switches on, never the default.
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
// latest. Months are counted as Regulation 1182/71 art. 3 counts them: that
// rule is general law, not the memo's.
std::optional<DecisionDeadlineConclusion> decision_deadline_rule(const Policy& policy, const Case& c) {
    if (!c.asylum_application_date) return std::nullopt;
    DecisionDeadlineConclusion out;
    out.application_date = *c.asylum_application_date;
    out.date = out.application_date.plus_months(policy.decision_limit.months);
    out.passed = c.as_of > out.date;
    return out;
}

}  // namespace vybir
