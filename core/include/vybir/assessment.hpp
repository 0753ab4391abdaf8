// What the policy means for one case: each conclusion with the citation of
// the memo section it rests on. The trace is these records, in order.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "vybir/case.hpp"
#include "vybir/codes.hpp"
#include "vybir/date.hpp"
#include "vybir/policy.hpp"



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
    bool presumed = false;
    bool waiver_possible = false;
    std::uint32_t areas = 0;  // bit i: Policy::regions[i]
    std::string_view cite;
    std::string_view waiver_cite;
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
    int validity_years = 0;
    std::string_view cite;
};

struct DecisionDeadlineConclusion {
    Date application_date;
    Date date;
    bool passed = false;
};

// The yes/no inputs whose flip whatIf explores, in contract order.
enum class FlipInput : std::uint8_t { occupied_area, personal_risk_factors, relocation_obstacles, regular_permit, temporary_protection };
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
    std::array<WhatIf, 5> what_if{};
    std::uint8_t what_if_count = 0;
};

// The rules, one per memo section (core/src/rules/*.cpp).
GradeConclusion grade_rule(const Policy&, const Case&);
RealRiskConclusion real_risk_rule(const Policy&, const Case&, const GradeConclusion&);
InternalProtectionConclusion internal_protection_rule(const Policy&, const Case&, const GradeConclusion&, const RealRiskConclusion&);
OutlookConclusion outlook_rule(const Policy&, const Case&, const RealRiskConclusion&, const InternalProtectionConclusion&);
TemporaryProtectionConclusion temporary_protection_rule(const Policy&, const Case&);
TransitionDocumentConclusion transition_document_rule(const Policy&, const Case&);
std::optional<DecisionDeadlineConclusion> decision_deadline_rule(const Policy&, const Case&);

// The case must have been read against the same policy (read_case).
Assessment evaluate(const Policy&, const Case&);

// The assessment as the contract's JSON object.
nlohmann::json to_json(const Assessment&);

}  // namespace vybir
