// What the policy means for one case: each conclusion with the citation of
// the memo section it rests on, and the ordered statements the result says.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "vybir/case.hpp"
#include "vybir/codes.hpp"
#include "vybir/date.hpp"
#include "vybir/policy.hpp"
#include "vybir/statements.hpp"

namespace vybir {

struct GradeConclusion {
    int grade = 0;
    bool occupied_part = false;  // BN-fn5 applied
    std::string_view cite;
};

struct RealRiskConclusion {
    RealRisk value = RealRisk::not_established;
    std::string_view cite;
};

struct InternalProtectionConclusion {
    IpaBasis basis = IpaBasis::none;
    std::uint32_t areas = 0;  // bit i: Policy::regions[i]; empty when basis is none
    std::string_view cite;
};

struct OutlookConclusion {
    Outlook value = Outlook::not_supported;
    std::string_view cite;
};

struct TemporaryProtectionConclusion {
    Date last_day;
    Date first_day_without;
    bool active_on_as_of = false;
    bool extension_2028 = false;
    std::string_view cite;
};

struct TransitionDocumentConclusion {
    Eligibility eligible = Eligibility::unknown;
    bool requires_withdrawal = true;
    bool proposed = true;
    int validity_years = 0;
    std::string_view cite;
};

struct DecisionDeadlineConclusion {
    Date application_date;
    Date months_end;  // the application date plus the months, as months are counted
    Date date;        // months_end, or the next day that is no Saturday, Sunday or public holiday
    bool passed = false;
    MemoScope memo_scope = MemoScope::unknown;
};

// The statements of one assessment, in the order the result says them.
struct Statements {
    std::array<const StatementRule*, 64> items{};
    std::uint8_t count = 0;

    void add(const StatementRule& rule);  // a statement is made once
    void add(const Policy& p, StatementId id);
};

// The inputs whose flip whatIf explores, in contract order.
enum class FlipInput : std::uint8_t {
    occupied_area, personal_risk_factors, relocation_obstacles, regular_permit, temporary_protection, asylum_application
};
std::string_view code(FlipInput);

struct WhatIf {
    FlipInput input{};
    Case flipped;  // the case with that one input changed
    int grade = 0;
    RealRisk real_risk{};
    Outlook outlook{};
    Eligibility transition_document{};
};

struct Assessment {
    const Policy* policy = nullptr;
    Case input;
    GradeConclusion grade;
    RealRiskConclusion real_risk;
    InternalProtectionConclusion internal_protection;
    OutlookConclusion outlook;
    TemporaryProtectionConclusion temporary_protection;
    TransitionDocumentConclusion transition_document;
    std::optional<DecisionDeadlineConclusion> decision_deadline;
    Statements statements;
    std::array<WhatIf, 6> what_if{};
    std::uint8_t what_if_count = 0;
};

// The rules, one file per memo section (core/src/rules/*.cpp): each decides
// its conclusion, and then says its statements from the whole assessment.
GradeConclusion grade_rule(const Policy&, const Case&);
RealRiskConclusion real_risk_rule(const Policy&, const Case&, const GradeConclusion&);
InternalProtectionConclusion internal_protection_rule(const Policy&, const Case&, const GradeConclusion&,
                                                      const RealRiskConclusion&);
OutlookConclusion outlook_rule(const Policy&, const RealRiskConclusion&, const InternalProtectionConclusion&);
TemporaryProtectionConclusion temporary_protection_rule(const Policy&, const Case&);
TransitionDocumentConclusion transition_document_rule(const Policy&, const Case&);
std::optional<DecisionDeadlineConclusion> decision_deadline_rule(const Policy&, const Case&);

void state_grade(const Assessment&, Statements&);
void state_real_risk(const Assessment&, Statements&);
void state_internal_protection(const Assessment&, Statements&);
void state_outlook(const Assessment&, Statements&);
void state_groups(const Assessment&, Statements&);
void state_temporary_protection(const Assessment&, Statements&);
void state_transition_document(const Assessment&, Statements&);
void state_decision_deadline(const Assessment&, Statements&);
void state_context(const Assessment&, Statements&);

// Algemene termijnenwet art. 1 and 3 (and Regulation 1182/71 art. 3(4)):
// the day itself, or the first later day that is no Saturday, Sunday or
// Dutch public holiday. General law, outside the memo.
Date next_working_day(Date);
bool is_dutch_public_holiday(Date);

// The case must have been read against the same policy (read_case).
Assessment evaluate(const Policy&, const Case&);

// The assessment as the contract's JSON object (the same text the CLI writes).
nlohmann::json to_json(const Assessment&);

}  // namespace vybir
