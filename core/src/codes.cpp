#include "vybir/codes.hpp"

namespace vybir {

std::string_view code(RealRisk v) {
    switch (v) {
        case RealRisk::established: return "established";
        case RealRisk::possible: return "possible";
        case RealRisk::unlikely: return "unlikely";
        case RealRisk::not_established: break;
    }
    return "not-established";
}

std::string_view code(Outlook v) {
    switch (v) {
        case Outlook::not_supported: break;
        case Outlook::refusal_expected_ipa: return "refusal-expected-ipa";
        case Outlook::individual_assessment: return "individual-assessment";
    }
    return "not-supported";
}

std::string_view code(Eligibility v) {
    switch (v) {
        case Eligibility::yes: return "yes";
        case Eligibility::not_applicable: return "not-applicable";
        case Eligibility::no: return "no";
        case Eligibility::unknown: break;
    }
    return "unknown";
}

std::string_view code(TemporaryProtectionStatus v) {
    switch (v) {
        case TemporaryProtectionStatus::yes: return "yes";
        case TemporaryProtectionStatus::no: return "no";
        case TemporaryProtectionStatus::unknown: break;
    }
    return "unknown";
}

std::string_view code(Claim v) {
    switch (v) {
        case Claim::draft_evasion: return "draft-evasion";
        case Claim::desertion: return "desertion";
        case Claim::journalist: return "journalist";
        case Claim::pro_russian: return "pro-russian";
        case Claim::lgbtiq: return "lgbtiq";
        case Claim::other_persecution: break;
    }
    return "other-persecution";
}

std::optional<Claim> claim_from_code(std::string_view text) {
    for (Claim c : all_claims)
        if (code(c) == text) return c;
    return std::nullopt;
}

std::optional<TemporaryProtectionStatus> temporary_protection_from_code(std::string_view text) {
    for (auto s : {TemporaryProtectionStatus::yes, TemporaryProtectionStatus::no,
                   TemporaryProtectionStatus::unknown})
        if (code(s) == text) return s;
    return std::nullopt;
}

}  // namespace vybir
