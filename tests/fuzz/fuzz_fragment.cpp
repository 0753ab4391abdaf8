// Any bytes as a shared-link fragment. Beyond not crashing: a refusal has a
// fragment.* code; whatever decodes re-encodes to a link that decodes to the
// same case, policy and outcome, and is then read and evaluated like any case.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"
#include "vybir/api.hpp"
#include "vybir/assessment.hpp"
#include "vybir/case.hpp"
#include "vybir/default_policy.hpp"
#include "vybir/fragment.hpp"


extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto decoded = vybir::decode_link(text);
    if (!decoded.ok()) {
        VYBIR_FUZZ_CHECK(decoded.error().code.starts_with("fragment."));
        VYBIR_FUZZ_CHECK(!vybir::decode_fragment(text).ok());
        return 0;
    }
    const auto& [case_json, policy_id, outcome, format] = decoded.value();
    // Re-encoded, it is a format-2 link: the same case (format 1 never
    // asked about the asylum application, which then reads "unknown"), and
    // the same outcome unless it was a code only format 1 had.
    auto link = vybir::encode_fragment(case_json, policy_id, outcome);
    const bool old_code = !link.ok() && format == 1;
    if (old_code) link = vybir::encode_fragment(case_json, policy_id);
    VYBIR_FUZZ_CHECK(link.ok());
    const auto again = vybir::decode_link(link.value());
    nlohmann::json expected = case_json;
    if (format == 1) expected["asylumApplication"] = "unknown";
    VYBIR_FUZZ_CHECK(again.ok() && again.value().case_json == expected && again.value().policy_id == policy_id &&
                     again.value().format == 2 && (old_code || again.value().outcome == outcome));

    const auto c = vybir::read_case(case_json, vybir::fuzz::shipped_policy());
    if (!c.ok()) {
        VYBIR_FUZZ_CHECK(c.error().code.starts_with("case."));
        return 0;
    }
    VYBIR_FUZZ_CHECK(!vybir::dump(vybir::to_json(vybir::evaluate(vybir::fuzz::shipped_policy(), c.value()))).empty());
    return 0;
}
