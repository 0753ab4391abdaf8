// Any bytes as a shared-link fragment. Beyond not crashing: a refusal has a
// fragment.* code; whatever decodes re-encodes to a link that decodes to the
// same case, policy and outcome, and its case is read by the one reader
// (read_link_case) exactly as the case object would be, then evaluated.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"
#include "case_json.hpp"
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
    // A format-1 link within a few characters of the limit can be too long
    // as format 2, which adds q= and z=: that one is only read, not re-encoded.
    auto link = vybir::encode_fragment(case_json, policy_id, outcome);
    const bool old_code = !link.ok() && format == 1;
    if (old_code) link = vybir::encode_fragment(case_json, policy_id);
    const bool too_long_as_v2 = !link.ok() && format == 1 && link.error().code == "fragment.unencodable" &&
                                text.size() + 16 > vybir::max_fragment_chars;
    if (!too_long_as_v2) {
        VYBIR_FUZZ_CHECK(link.ok());
        const auto again = vybir::decode_link(link.value());
        nlohmann::json expected = case_json;
        if (format == 1) expected["asylumApplication"] = "unknown";
        VYBIR_FUZZ_CHECK(again.ok() && again.value().case_json == expected && again.value().policy_id == policy_id &&
                         again.value().format == 2 && (old_code || again.value().outcome == outcome));
    }

    // A link's case comes in through the one reader, and gets what its case
    // object would get from the checks on a parsed value: the same Case or
    // the same error.
    const auto read = vybir::read_link_case(decoded.value(), vybir::fuzz::shipped_policy());
    const auto c = vybir::detail::read_case(case_json, vybir::fuzz::shipped_policy());
    VYBIR_FUZZ_CHECK(read.ok() == c.ok());
    if (!c.ok()) {
        VYBIR_FUZZ_CHECK(c.error().code.starts_with("case."));
        VYBIR_FUZZ_CHECK(read.error().code == c.error().code && read.error().pointer == c.error().pointer);
        return 0;
    }
    VYBIR_FUZZ_CHECK(read.value().input == c.value());
    VYBIR_FUZZ_CHECK(!vybir::dump(vybir::to_json(vybir::evaluate(vybir::fuzz::shipped_policy(), c.value()))).empty());
    return 0;
}
