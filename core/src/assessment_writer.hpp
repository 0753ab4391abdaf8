// The assessment's members in the contract's order, written through any
// writer with Writer's calls (json_writer.hpp): open, close, name, string,
// date, number, boolean, null. Every object lists its members in byte order
// of their names, as nlohmann::json keeps them, so that parsing the text and
// dumping it again gives the same bytes. The one way out: the text writer
// (assessment_text.cpp) gives the JSON that the CLI, batch and the WASM
// module all pass on; there is no other writer.
#pragma once
#include <bit>
#include <cstdint>

#include "vybir/assessment.hpp"

namespace vybir::detail {

template <class W>
void write_policy(W& w, const Policy& p) {
    w.open('{');
    w.name("date").date(p.date);
    w.name("effectiveFrom").date(p.effective_from);
    w.name("id").string(p.id);
    w.name("reference").string(p.reference);
    if (p.sha256.empty()) w.name("sha256").null();
    else w.name("sha256").string(p.sha256);
    w.name("status").string(p.status);
    w.close('}');
}

// A group's findings, the same in the trace's "group" step and in "groups";
// each adds its own last member ("rule", "specialPolicy").
template <class W>
void write_group_finding(W& w, const GroupFinding& f) {
    w.name("cite").string(f.cite);
    w.name("claim").string(code(f.claim));
    w.name("findings").open('[');
    for (const std::string& finding : f.findings) w.string(finding);
    w.close(']');
}

template <class W>
void write_trace(W& w, const Assessment& a) {
    const Policy& p = *a.policy;
    const Case& c = a.input;
    w.open('[');

    w.open('{');
    w.name("basis").string(a.grade.occupied_part ? "occupied-part" : "region");
    w.name("cite").string(a.grade.cite);
    w.name("grade").number(a.grade.grade);
    w.name("region").string(p.regions[static_cast<std::size_t>(c.region)].iso);
    w.name("rule").string("grade");
    w.close('}');

    w.open('{');
    w.name("cite").string(a.real_risk.cite);
    w.name("grade").number(a.grade.grade);
    w.name("personalRiskFactors").boolean(c.personal_risk_factors);
    w.name("realRisk").string(code(a.real_risk.value));
    w.name("rule").string("real-risk");
    w.close('}');

    w.open('{');
    w.name("areas").number(std::popcount(a.internal_protection.areas));
    w.name("basis").string(code(a.internal_protection.basis));
    w.name("cite").string(a.internal_protection.cite);
    w.name("relocationObstacles").boolean(c.relocation_obstacles);
    w.name("rule").string("internal-protection");
    w.close('}');

    w.open('{');
    w.name("cite").string(a.outlook.cite);
    w.name("outlook").string(code(a.outlook.value));
    w.name("rule").string("outlook");
    w.close('}');

    w.open('{');
    w.name("cite").string(p.groups_cite);
    w.name("claims").number(c.claim_count);
    w.name("rule").string("groups");
    w.close('}');
    for (std::uint8_t i = 0; i < c.claim_count; ++i) {
        w.open('{');
        write_group_finding(w, p.finding(c.claims[i]));
        w.name("rule").string("group");
        w.close('}');
    }

    w.open('{');
    w.name("activeOnAsOf").boolean(a.temporary_protection.active_on_as_of);
    w.name("cite").string(a.temporary_protection.cite);
    w.name("lastDay").date(a.temporary_protection.last_day);
    w.name("rule").string("temporary-protection");
    w.close('}');

    w.open('{');
    w.name("asylumApplication").string(code(c.asylum_application));
    w.name("cite").string(a.transition_document.cite);
    w.name("eligible").string(code(a.transition_document.eligible));
    w.name("regularPermit").boolean(c.regular_permit);
    w.name("rule").string("transition-document");
    w.name("temporaryProtection").string(code(c.temporary_protection));
    w.close('}');

    if (a.decision_deadline) {
        const DecisionDeadlineConclusion& dl = *a.decision_deadline;
        w.open('{');
        w.name("applicationDate").date(dl.application_date);
        w.name("cite").string(p.decision_limit.cite);
        w.name("counting").string(p.decision_limit.counting_cite);
        w.name("date").date(dl.date);
        w.name("memoScope").string(code(dl.memo_scope));
        w.name("months").number(p.decision_limit.months);
        w.name("monthsEnd").date(dl.months_end);
        w.name("passed").boolean(dl.passed);
        w.name("rule").string("decision-deadline");
        w.close('}');
    }
    w.close(']');
}

template <class W>
void write_what_if_value(W& w, const WhatIf& x) {
    switch (x.input) {
        case FlipInput::occupied_area: w.boolean(x.flipped.occupied_area); return;
        case FlipInput::personal_risk_factors: w.boolean(x.flipped.personal_risk_factors); return;
        case FlipInput::relocation_obstacles: w.boolean(x.flipped.relocation_obstacles); return;
        case FlipInput::regular_permit: w.boolean(x.flipped.regular_permit); return;
        case FlipInput::temporary_protection: w.string(code(x.flipped.temporary_protection)); return;
        case FlipInput::asylum_application: break;
    }
    w.string(code(x.flipped.asylum_application));
}

// The version of this contract (docs/contract.md): a consumer checks it
// before reading the values, which changed meaning from version 1.
inline constexpr int contract_version = 2;

// The whole assessment, members in byte order of their names.
template <class W>
void write_assessment(W& w, const Assessment& a) {
    const Policy& p = *a.policy;
    const Case& c = a.input;
    w.open('{');
    w.name("asOf").date(c.as_of);
    w.name("contract").number(contract_version);
    if (a.decision_deadline) {
        const DecisionDeadlineConclusion& dl = *a.decision_deadline;
        w.name("decisionDeadline").open('{');
        w.name("date").date(dl.date);
        w.name("memoScope").string(code(dl.memo_scope));
        w.name("monthsEnd").date(dl.months_end);
        w.name("passed").boolean(dl.passed);
        w.close('}');
    } else {
        w.name("decisionDeadline").null();
    }
    w.name("grade").number(a.grade.grade);

    w.name("groups").open('[');
    for (std::uint8_t i = 0; i < c.claim_count; ++i) {
        w.open('{');
        write_group_finding(w, p.finding(c.claims[i]));
        w.name("specialPolicy").boolean(false);
        w.close('}');
    }
    w.close(']');

    w.name("internalProtection").open('{');
    w.name("areas").open('[');
    for (std::size_t i = 0; i < p.regions.size(); ++i)
        if (a.internal_protection.areas & (std::uint32_t{1} << i)) w.string(p.regions[i].iso);
    w.close(']');
    w.name("basis").string(code(a.internal_protection.basis));
    w.close('}');

    w.name("outlook").string(code(a.outlook.value));
    w.name("policy");
    write_policy(w, p);
    w.name("realRisk").string(code(a.real_risk.value));
    w.name("region").string(p.regions[static_cast<std::size_t>(c.region)].iso);

    w.name("statements").open('[');
    for (std::uint8_t i = 0; i < a.statements.count; ++i) {
        const StatementRule& s = *a.statements.items[i];
        w.open('{');
        w.name("cite").string(s.cite);
        w.name("id").string(s.id);
        w.name("modality").string(code(s.modality));
        w.close('}');
    }
    w.close(']');

    w.name("temporaryProtection").open('{');
    w.name("activeOnAsOf").boolean(a.temporary_protection.active_on_as_of);
    w.name("firstDayWithout").date(a.temporary_protection.first_day_without);
    w.name("lastDay").date(a.temporary_protection.last_day);
    w.name("scenario").string(a.temporary_protection.extension_2028 ? "extension-2028" : "current");
    w.close('}');

    w.name("trace");
    write_trace(w, a);

    w.name("transitionDocument").open('{');
    w.name("eligible").string(code(a.transition_document.eligible));
    w.name("requiresWithdrawal").boolean(a.transition_document.requires_withdrawal);
    w.name("status").string(a.transition_document.proposed ? "proposed" : "adopted");
    w.name("validityYears").number(a.transition_document.validity_years);
    w.close('}');

    w.name("whatIf").open('[');
    for (std::uint8_t i = 0; i < a.what_if_count; ++i) {
        const WhatIf& x = a.what_if[i];
        w.open('{');
        w.name("grade").number(x.grade);
        w.name("input").string(code(x.input));
        w.name("outlook").string(code(x.outlook));
        w.name("realRisk").string(code(x.real_risk));
        w.name("transitionDocumentEligible").string(code(x.transition_document));
        w.name("value");
        write_what_if_value(w, x);
        w.close('}');
    }
    w.close(']');
    w.close('}');
}

}  // namespace vybir::detail
