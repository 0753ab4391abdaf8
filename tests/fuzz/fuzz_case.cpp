// Any bytes as a case, through the text entry point the CLI and the WASM
// module share. Beyond not crashing: the answer is always JSON with either
// an assessment or an error code, and every case that is read without error
// survives a shared link (encode, decode, evaluate) with the same assessment,
// and the outcome the link records is that assessment's. The token entry
// point the WASM module uses agrees with the text one on every input, and
// its string table stays bounded whatever the input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check.hpp"
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

    static vybir::StringTable strings;
    std::vector<std::uint32_t> tokens;
    std::string error;
    const bool tokens_ok = vybir::evaluate_tokens(vybir::fuzz::shipped_policy(), text, tokens, strings, error);
    VYBIR_FUZZ_CHECK(tokens_ok == result.ok);
    VYBIR_FUZZ_CHECK(tokens_ok ? !tokens.empty() && error.empty() : tokens.empty() && error == result.json);
    VYBIR_FUZZ_CHECK(strings.size() < 256);
    if (!result.ok) {
        VYBIR_FUZZ_CHECK(answer["error"]["code"].is_string() && answer["error"]["pointer"].is_string());
        return 0;
    }

    const auto case_json = nlohmann::json::parse(text);  // evaluate_text has read it
    const auto link = vybir::encode_fragment(case_json, vybir::fuzz::shipped_policy());
    VYBIR_FUZZ_CHECK(link.ok());
    const auto decoded = vybir::decode_link(link.value());
    VYBIR_FUZZ_CHECK(decoded.ok() && decoded.value().policy_id == vybir::fuzz::shipped_policy().id && decoded.value().outcome);
    const auto again = vybir::read_case(decoded.value().case_json, vybir::fuzz::shipped_policy());
    VYBIR_FUZZ_CHECK(again.ok());
    const auto assessment = vybir::evaluate(vybir::fuzz::shipped_policy(), again.value());
    VYBIR_FUZZ_CHECK(vybir::dump(vybir::to_json(assessment)) == result.json);
    const vybir::FragmentOutcome outcome{assessment.grade.grade, std::string(vybir::code(assessment.outlook.value)),
                                         std::string(vybir::code(assessment.transition_document.eligible))};
    VYBIR_FUZZ_CHECK(*decoded.value().outcome == outcome);
    return 0;
}
