// One person's situation: the inputs of docs/contract.md, and the one way a
// case comes into the core: read_case_text.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "vybir/codes.hpp"
#include "vybir/date.hpp"
#include "vybir/error.hpp"
#include "vybir/policy.hpp"

namespace vybir {

struct Case {
    Date as_of;
    int region = 0;  // index into Policy::regions
    bool occupied_area = false;
    bool personal_risk_factors = false;
    bool relocation_obstacles = false;
    std::array<Claim, all_claims.size()> claims{};  // in the order given
    std::uint8_t claim_count = 0;
    TemporaryProtectionStatus temporary_protection = TemporaryProtectionStatus::unknown;
    bool regular_permit = false;
    // "yes" whenever a date is given; "no" with a date is refused.
    Answer asylum_application = Answer::unknown;
    std::optional<Date> asylum_application_date;
    bool tp_extension_2028 = false;
    bool operator==(const Case&) const = default;
};

// Which policy a case is read against: one policy, for every case on or
// after its date (the WASM module's compiled-in one, the CLI's --policy,
// whatever its effectiveFrom); or several versions, of which the one Vybir
// uses on the case's asOf governs (the latest whose effectiveFrom is not
// after it).
struct Policies {
    Policies(const Policy& one) : versions(&one, 1), forced(&one) {}
    Policies(std::span<const Policy> in_force_by_date) : versions(in_force_by_date) {}
    Policies(const std::vector<Policy>& in_force_by_date) : versions(in_force_by_date) {}
    std::span<const Policy> versions;
    const Policy* forced = nullptr;
};

struct CaseInForce {
    const Policy* policy = nullptr;  // the version that governs the case
    Case input;
};

// The one way in: a case's JSON text to a Case, or an error with its code
// and JSON Pointer: "input.*" and "json.*" for text that is too large
// (limits.hpp), too deep or not JSON, "case.*" for a case that is not one
// the policy can assess. Never throws.
Result<CaseInForce> read_case_text(std::string_view text, Policies policies);

}  // namespace vybir
