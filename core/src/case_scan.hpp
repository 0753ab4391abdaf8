// A fast path for reading a case from text, for caseloads: one pass over a
// flat JSON object, no JSON tree. It only ever accepts; anything unusual
// (escapes, non-ASCII, numbers, a duplicate key, any fault at all) returns
// nothing and the caller reads the text the ordinary way (read_case_text),
// which gives the error. So errors have one source, and the fast path needs
// only to agree with read_case on valid cases (tests/unit/case_scan_test.cpp).
#pragma once
#include <optional>
#include <span>
#include <string_view>

#include "vybir/case.hpp"
#include "vybir/policy.hpp"

namespace vybir::detail {

struct ScannedCase {
    const Policy* policy = nullptr;  // the version Vybir uses on asOf
    Case input;
};

// The version Vybir uses on asOf among `versions`; or, when `forced` is given
// (the CLI's --policy), that one whatever its effectiveFrom.
std::optional<ScannedCase> scan_plain_case(std::string_view text, std::span<const Policy> versions,
                                           const Policy* forced = nullptr);

}  // namespace vybir::detail
