// Any bytes as a policy file (`vybir validate`, `--policy`). Beyond not
// crashing: a refusal has a policy.* code, and a policy that is accepted
// can evaluate a case for one of its regions (chosen by the input size, so
// every region gets its turn) with every input switched on.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"
#include "vybir/api.hpp"
#include "vybir/assessment.hpp"
#include "vybir/case.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto policy = vybir::read_policy_text(text);
    if (!policy.ok()) {
        const auto& code = policy.error().code;
        VYBIR_FUZZ_CHECK(code.starts_with("policy.") || code == "input.too-large");
        return 0;
    }
    const vybir::Policy& p = policy.value();
    VYBIR_FUZZ_CHECK(p.regions.size() == vybir::ukraine_region_codes.size());
    const nlohmann::json c = {{"asOf", p.date.to_string()},
                              {"region", p.regions[size % p.regions.size()].iso},
                              {"occupiedArea", true},
                              {"personalRiskFactors", true},
                              {"relocationObstacles", true},
                              {"claims", {"draft-evasion", "desertion", "journalist", "pro-russian", "lgbtiq", "other-persecution"}},
                              {"temporaryProtection", "yes"},
                              {"asylumApplicationDate", p.date.to_string()},
                              {"tpExtension2028", true}};
    const auto read = vybir::read_case_text(c.dump(), p);
    VYBIR_FUZZ_CHECK(read.ok());
    const auto answer = vybir::to_json(vybir::evaluate(p, read.value().input));
    VYBIR_FUZZ_CHECK(!vybir::dump(answer).empty());
    return 0;
}
