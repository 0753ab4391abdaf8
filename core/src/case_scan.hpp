// The one reader's fast path (read_case_text, case_text.cpp), for
// caseloads: one pass over a flat JSON object, no JSON tree. It only ever
// accepts; anything unusual (escapes, non-ASCII, numbers, a duplicate key,
// any fault at all) returns nothing and the reader goes the ordinary way,
// which gives the error. So errors have one source, and the fast path needs
// only to agree with the ordinary way on the cases it accepts (held to it
// by tests/unit/case_scan_test.cpp and the fuzzer fuzz_case). Private to
// the reader: nothing else calls it.
#pragma once
#include <optional>
#include <string_view>

#include "vybir/case.hpp"

namespace vybir::detail {

std::optional<CaseInForce> scan_plain_case(std::string_view text, Policies policies);

}  // namespace vybir::detail
