// One person's situation: the inputs of docs/contract.md.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

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
};

// Reads a case against a policy (the region must be one it grades, asOf not
// before its date). On a fault, a "case.*" error with its JSON Pointer.
Result<Case> read_case(const nlohmann::json& value, const Policy& policy);
// The same from text; "input.*" and "json.*" errors for text that is too
// large, too deep or not JSON.
Result<Case> read_case_text(std::string_view text, const Policy& policy);

}  // namespace vybir
