// The closed vocabularies of the contract (docs/contract.md) and their
// stable string codes. Wording lives in the page's language files.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace vybir {

// BN-4.1a-c: what the grade of the home region says about a real risk.
enum class RealRisk : std::uint8_t { established, individual_assessment, not_readily_accepted, not_established };
// BN-2.1d, BN-4.1d: on what footing an internal protection alternative can be held against someone.
enum class IpaBasis : std::uint8_t { in_principle, may_be_examined, none };
// The Article 15(c) route only: other grounds are judged on their own merits.
enum class Outlook : std::uint8_t { can_be_refused, individual_assessment, not_supported };
enum class Eligibility : std::uint8_t { yes, not_applicable, no, open, unknown };
// A yes/no question the person may not know the answer to.
enum class Answer : std::uint8_t { yes, no, unknown };
using TemporaryProtectionStatus = Answer;
// Whom the memo speaks of when it names the 21-month limit (BN-4.3).
enum class MemoScope : std::uint8_t { without_tp, not_addressed, unknown };
// How sure the memo is of a statement; "reading" is an inference of ours.
enum class Modality : std::uint8_t {
    established, in_principle, may, individual_assessment, not_readily, proposed, scenario, context, open, reading
};
enum class Claim : std::uint8_t { draft_evasion, desertion, journalist, pro_russian, lgbtiq, other_persecution };

inline constexpr std::array<Claim, 6> all_claims = {
    Claim::draft_evasion, Claim::desertion, Claim::journalist,
    Claim::pro_russian,   Claim::lgbtiq,    Claim::other_persecution};

std::string_view code(RealRisk);
std::string_view code(IpaBasis);
std::string_view code(Outlook);
std::string_view code(Eligibility);
std::string_view code(Answer);
std::string_view code(MemoScope);
std::string_view code(Modality);
std::string_view code(Claim);

std::optional<Claim> claim_from_code(std::string_view);
std::optional<Answer> answer_from_code(std::string_view);
inline std::optional<Answer> temporary_protection_from_code(std::string_view text) { return answer_from_code(text); }
std::optional<Modality> modality_from_code(std::string_view);

}  // namespace vybir
