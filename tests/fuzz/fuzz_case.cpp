// Any bytes as a case, through the text entry point the CLI and the WASM
// module share. Beyond not crashing: the answer is always JSON with either
// an assessment or an error code, and every case that is read without error
// survives a shared link (encode, decode, evaluate) with the same assessment,
// and the outcome the link records is that assessment's. The one reader's
// fast path for plain cases agrees with its ordinary path: whatever the fast
// path accepts, the ordinary path reads to the same Case under the same
// policy (the ordinary path gives every error).
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "check.hpp"
#include "case_json.hpp"
#include "case_scan.hpp"
#include "json_reader.hpp"
#include "vybir/api.hpp"
#include "vybir/assessment.hpp"
#include "vybir/case.hpp"
#include "vybir/default_policy.hpp"
#include "vybir/fragment.hpp"


extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto result = vybir::evaluate_text(vybir::fuzz::shipped_policy(), text);
    const auto answer = nlohmann::json::parse(result.json, nullptr, false);
    VYBIR_FUZZ_CHECK(!answer.is_discarded());
    VYBIR_FUZZ_CHECK(result.ok == !answer.contains("error"));

    const vybir::Policy& policy = vybir::fuzz::shipped_policy();
    const std::span<const vybir::Policy> versions(&policy, 1);
    for (const vybir::Policies policies : {vybir::Policies(policy), vybir::Policies(versions)}) {
        const auto read = vybir::read_case_text(text, policies);
        VYBIR_FUZZ_CHECK(read.ok() == result.ok);
        // Under one policy, the same reading as evaluate_text's; under versions,
        // an asOf before every version is said first, whatever else is wrong.
        if (!read.ok() && policies.forced) VYBIR_FUZZ_CHECK(answer["error"]["code"] == read.error().code);
        auto ordinary = vybir::detail::parse(text, "json");
        const auto slow = ordinary.ok() ? vybir::detail::read_case(ordinary.value(), policies)
                                        : vybir::Result<vybir::CaseInForce>(ordinary.error());
        VYBIR_FUZZ_CHECK(slow.ok() == read.ok());
        if (read.ok()) VYBIR_FUZZ_CHECK(slow.value().input == read.value().input && slow.value().policy == read.value().policy);
        else VYBIR_FUZZ_CHECK(slow.error().code == read.error().code && slow.error().pointer == read.error().pointer);
        if (const auto fast = vybir::detail::scan_plain_case(text, policies))
            VYBIR_FUZZ_CHECK(slow.ok() && fast->input == slow.value().input && fast->policy == slow.value().policy);
    }
    if (!result.ok) {
        VYBIR_FUZZ_CHECK(answer["error"]["code"].is_string() && answer["error"]["pointer"].is_string());
        return 0;
    }

    const auto case_json = nlohmann::json::parse(text);  // evaluate_text has read it
    const auto link = vybir::encode_fragment(case_json, vybir::fuzz::shipped_policy());
    VYBIR_FUZZ_CHECK(link.ok());
    const auto decoded = vybir::decode_link(link.value());
    VYBIR_FUZZ_CHECK(decoded.ok() && decoded.value().policy_id == vybir::fuzz::shipped_policy().id && decoded.value().outcome);
    const auto again = vybir::detail::read_case(decoded.value().case_json, vybir::fuzz::shipped_policy());
    VYBIR_FUZZ_CHECK(again.ok());
    const auto assessment = vybir::evaluate(vybir::fuzz::shipped_policy(), again.value());
    VYBIR_FUZZ_CHECK(vybir::dump(vybir::to_json(assessment)) == result.json);
    const vybir::FragmentOutcome outcome{assessment.grade.grade, std::string(vybir::code(assessment.outlook.value)),
                                         std::string(vybir::code(assessment.transition_document.eligible))};
    VYBIR_FUZZ_CHECK(*decoded.value().outcome == outcome);
    return 0;
}
