// A case in a shared link's URL fragment (docs/contract.md, "Shared links").
// The fragment never reaches a server, so a link can carry a case without
// anything leaving the device; it can still be sent to the wrong person or
// tampered with, so decoding trusts nothing and checks only the form: what
// the values mean is left to read_case, as for any other case.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "vybir/api.hpp"
#include "vybir/case.hpp"
#include "vybir/codes.hpp"
#include "vybir/error.hpp"
#include "vybir/limits.hpp"
#include "vybir/policy.hpp"

namespace vybir {

struct FragmentCase {
    nlohmann::json case_json;  // the contract's case object, defaults filled in
    std::string policy_id;     // the policy the link was made under
};

// What the case came to under the policy the link was made under (key "o"),
// so that a page under another version can say whether it changed. The same
// three values as a whatIf entry, as codes of the contract of the link's
// format: a format-1 link can hold "refusal-expected-ipa", which contract 2
// no longer has.
struct FragmentOutcome {
    int grade = 0;  // 1-3
    std::string outlook;
    std::string transition_document;
    bool operator==(const FragmentOutcome&) const = default;
};

// Everything a link holds: FragmentCase, and the outcome when the link has one.
struct FragmentLink {
    nlohmann::json case_json;
    std::string policy_id;
    std::optional<FragmentOutcome> outcome;
    int format = 2;  // the link's format version (1 or 2)
};

// "v2;p=…;d=…;…;z=N": every field of the case the format can hold, and the outcome
// when one is given. A case it cannot hold (wrong types, unknown fields, a
// region not "UA-NN", a date not "YYYY-MM-DD") gives "fragment.unencodable"
// with the field's pointer, so nothing is silently dropped from a link.
Result<std::string> encode_fragment(const nlohmann::json& case_json, std::string_view policy_id,
                                    const std::optional<FragmentOutcome>& outcome = std::nullopt);

// The link as made under a policy: its id, and the outcome of assessing the
// case under it (left out when the case cannot be assessed: the link still
// holds the case, and evaluating it gives the error).
Result<std::string> encode_fragment(const nlohmann::json& case_json, const Policy& policy);

// Any text: a leading '#' is allowed. Faults give "fragment.*" codes.
Result<FragmentLink> decode_link(std::string_view fragment);
// The same, without the outcome.
Result<FragmentCase> decode_fragment(std::string_view fragment);

// The case a link holds, as a Case: the JSON text decoding gave, read by the
// one way in (read_case_text, case.hpp), so that a link can yield no case
// the reader would refuse and a bad value gets the reader's own "case.*"
// error and pointer. This is the only way from a link to a Case.
Result<CaseInForce> read_link_case(const FragmentLink& link, Policies policies);

// Text in, JSON text out, for the WASM bindings (never throw):
// {"fragment": "v2;…"} or {"error": …};
// {"case": {…}, "policy": "…", "format": 1|2, "outcome": {grade, outlook, transitionDocumentEligible}}
// ("outcome" only when the link has one) or {"error": …}.
TextResult encode_fragment_text(std::string_view case_text, std::string_view policy_id);
TextResult encode_fragment_text(std::string_view case_text, const Policy& policy);
TextResult decode_fragment_text(std::string_view fragment);

}  // namespace vybir
