#include "vybir/codes.hpp"

namespace vybir {

std::string_view code(RealRisk v) {
    switch (v) {
        case RealRisk::established: return "established";
        case RealRisk::individual_assessment: return "individual-assessment";
        case RealRisk::not_readily_accepted: return "not-readily-accepted";
        case RealRisk::not_established: break;
    }
    return "not-established";
}

std::string_view code(IpaBasis v) {
    switch (v) {
        case IpaBasis::in_principle: return "in-principle";
        case IpaBasis::may_be_examined: return "may-be-examined";
        case IpaBasis::none: break;
    }
    return "none";
}

std::string_view code(Outlook v) {
    switch (v) {
        case Outlook::can_be_refused: return "can-be-refused";
        case Outlook::individual_assessment: return "individual-assessment";
        case Outlook::not_supported: break;
    }
    return "not-supported";
}

std::string_view code(Eligibility v) {
    switch (v) {
        case Eligibility::yes: return "yes";
        case Eligibility::not_applicable: return "not-applicable";
        case Eligibility::no: return "no";
        case Eligibility::open: return "open";
        case Eligibility::unknown: break;
    }
    return "unknown";
}

std::string_view code(Answer v) {
    switch (v) {
        case Answer::yes: return "yes";
        case Answer::no: return "no";
        case Answer::unknown: break;
    }
    return "unknown";
}

std::string_view code(MemoScope v) {
    switch (v) {
        case MemoScope::without_tp: return "without-tp";
        case MemoScope::not_addressed: return "not-addressed";
        case MemoScope::unknown: break;
    }
    return "unknown";
}

std::string_view code(Modality v) {
    switch (v) {
        case Modality::established: return "established";
        case Modality::in_principle: return "in-principle";
        case Modality::may: return "may";
        case Modality::individual_assessment: return "individual-assessment";
        case Modality::not_readily: return "not-readily";
        case Modality::proposed: return "proposed";
        case Modality::scenario: return "scenario";
        case Modality::context: return "context";
        case Modality::open: return "open";
        case Modality::reading: break;
    }
    return "reading";
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

std::optional<Answer> answer_from_code(std::string_view text) {
    for (auto s : {Answer::yes, Answer::no, Answer::unknown})
        if (code(s) == text) return s;
    return std::nullopt;
}

std::optional<Modality> modality_from_code(std::string_view text) {
    for (int i = 0; i <= static_cast<int>(Modality::reading); ++i)
        if (code(static_cast<Modality>(i)) == text) return static_cast<Modality>(i);
    return std::nullopt;
}

}  // namespace vybir
