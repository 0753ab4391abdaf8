#include "vybir/assessment.hpp"

namespace vybir {

std::string_view code(FlipInput input) {
    switch (input) {
        case FlipInput::occupied_area: return "occupiedArea";
        case FlipInput::personal_risk_factors: return "personalRiskFactors";
        case FlipInput::relocation_obstacles: return "relocationObstacles";
        case FlipInput::regular_permit: return "regularPermit";
        case FlipInput::temporary_protection: return "temporaryProtection";
        case FlipInput::asylum_application: break;
    }
    return "asylumApplication";
}

void Statements::add(const StatementRule& rule) {
    for (std::uint8_t i = 0; i < count; ++i)
        if (items[i] == &rule) return;
    if (count < items.size()) items[count++] = &rule;
}

void Statements::add(const Policy& p, StatementId id) { add(p.statement(id)); }

namespace {

struct Outcome {
    GradeConclusion grade;
    RealRiskConclusion real_risk;
    InternalProtectionConclusion internal_protection;
    OutlookConclusion outlook;
    TransitionDocumentConclusion transition_document;
};

Outcome decide(const Policy& policy, const Case& c) {
    Outcome o;
    o.grade = grade_rule(policy, c);
    o.real_risk = real_risk_rule(policy, c, o.grade);
    o.internal_protection = internal_protection_rule(policy, c, o.grade, o.real_risk);
    o.outlook = outlook_rule(policy, o.real_risk, o.internal_protection);
    o.transition_document = transition_document_rule(policy, c);
    return o;
}

bool flip_answer(Answer& a) {
    if (a == Answer::unknown) return false;
    a = a == Answer::yes ? Answer::no : Answer::yes;
    return true;
}

// Returns false when the input has no yes/no value to flip.
bool flip(Case& c, FlipInput input) {
    switch (input) {
        case FlipInput::occupied_area: c.occupied_area = !c.occupied_area; return true;
        case FlipInput::personal_risk_factors: c.personal_risk_factors = !c.personal_risk_factors; return true;
        case FlipInput::relocation_obstacles: c.relocation_obstacles = !c.relocation_obstacles; return true;
        case FlipInput::regular_permit: c.regular_permit = !c.regular_permit; return true;
        case FlipInput::temporary_protection: return flip_answer(c.temporary_protection);
        case FlipInput::asylum_application:
            // With a date the application is a fact, not an answer to flip.
            return !c.asylum_application_date && flip_answer(c.asylum_application);
    }
    return false;
}

}  // namespace

Assessment evaluate(const Policy& policy, const Case& c) {
    Assessment a;
    a.policy = &policy;
    a.input = c;
    const Outcome o = decide(policy, c);
    a.grade = o.grade;
    a.real_risk = o.real_risk;
    a.internal_protection = o.internal_protection;
    a.outlook = o.outlook;
    a.transition_document = o.transition_document;
    a.temporary_protection = temporary_protection_rule(policy, c);
    a.decision_deadline = decision_deadline_rule(policy, c);

    // What the result says, in the order a reader meets it: the memo's
    // status, the region, the 15(c) route, the groups, the dates and the
    // transition document, the deadline, then background.
    a.statements.add(policy, StatementId::policy_advised);
    state_grade(a, a.statements);
    state_real_risk(a, a.statements);
    state_internal_protection(a, a.statements);
    state_outlook(a, a.statements);
    state_groups(a, a.statements);
    state_temporary_protection(a, a.statements);
    state_transition_document(a, a.statements);
    state_decision_deadline(a, a.statements);
    state_context(a, a.statements);

    // What would change the outcome: each yes/no answer flipped on its own.
    for (FlipInput input : {FlipInput::occupied_area, FlipInput::personal_risk_factors, FlipInput::relocation_obstacles,
                            FlipInput::regular_permit, FlipInput::temporary_protection, FlipInput::asylum_application}) {
        Case flipped = c;
        if (!flip(flipped, input)) continue;
        const Outcome f = decide(policy, flipped);
        if (f.grade.grade == o.grade.grade && f.outlook.value == o.outlook.value &&
            f.transition_document.eligible == o.transition_document.eligible)
            continue;
        a.what_if[a.what_if_count++] = {input, flipped, f.grade.grade, f.real_risk.value, f.outlook.value,
                                        f.transition_document.eligible};
    }
    return a;
}

}  // namespace vybir
