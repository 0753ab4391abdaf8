// The closed vocabularies of the contract (docs/contract.md) and their
// stable string codes. Wording lives in the page's language files.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace vybir {

enum class RealRisk : std::uint8_t { established, possible, unlikely, not_established };
enum class Outlook : std::uint8_t { not_supported, refusal_expected_ipa, individual_assessment };
enum class Eligibility : std::uint8_t { yes, not_applicable, no, unknown };
enum class TemporaryProtectionStatus : std::uint8_t { yes, no, unknown };
enum class Claim : std::uint8_t { draft_evasion, desertion, journalist, pro_russian, lgbtiq, other_persecution };

inline constexpr std::array<Claim, 6> all_claims = {
    Claim::draft_evasion, Claim::desertion, Claim::journalist,
    Claim::pro_russian,   Claim::lgbtiq,    Claim::other_persecution};

std::string_view code(RealRisk);
std::string_view code(Outlook);
std::string_view code(Eligibility);
std::string_view code(TemporaryProtectionStatus);
std::string_view code(Claim);

std::optional<Claim> claim_from_code(std::string_view);
std::optional<TemporaryProtectionStatus> temporary_protection_from_code(std::string_view);

}  // namespace vybir
