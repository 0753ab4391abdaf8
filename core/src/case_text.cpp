// The one way in (case.hpp): every case read from text, by the CLI, batch,
// the WASM module and the fuzzers, comes through read_case_text.
#include "case_json.hpp"
#include "json_reader.hpp"
#include "vybir/case.hpp"
#if VYBIR_CASE_FAST_PATH
#include "case_scan.hpp"
#endif

namespace vybir {

Result<CaseInForce> read_case_text(std::string_view text, Policies policies) {
#if VYBIR_CASE_FAST_PATH
    // Caseloads are mostly plain, valid cases: those in one pass, and
    // everything else (errors included) the ordinary way.
    if (auto plain = detail::scan_plain_case(text, policies)) return *plain;
#endif
    auto parsed = detail::parse(text, "json");
    if (!parsed.ok()) return parsed.error();
    return detail::read_case(parsed.value(), policies);
}

}  // namespace vybir
