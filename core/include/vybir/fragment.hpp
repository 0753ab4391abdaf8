// A case in a shared link's URL fragment (docs/contract.md, "Shared links").
// The fragment never reaches a server, so a link can carry a case without
// anything leaving the device; it can still be sent to the wrong person or
// tampered with, so decoding trusts nothing and checks only the form: what
// the values mean is left to read_case, as for any other case.
#pragma once
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "vybir/api.hpp"
#include "vybir/error.hpp"

namespace vybir {

// Longer fragments are refused unread; the longest real one is ~120 chars.
inline constexpr std::size_t max_fragment_chars = 256;

struct FragmentCase {
    nlohmann::json case_json;  // the contract's case object, defaults filled in
    std::string policy_id;     // the policy the link was made under
};

// "v1;p=…;d=…": every field of the case the format can hold. A case it
// cannot hold (wrong types, unknown fields, a region not "UA-NN", a date
// not "YYYY-MM-DD") gives "fragment.unencodable" with the field's pointer,
// so nothing is silently dropped from a link.
Result<std::string> encode_fragment(const nlohmann::json& case_json, std::string_view policy_id);

// Any text: a leading '#' is allowed. Faults give "fragment.*" codes.
Result<FragmentCase> decode_fragment(std::string_view fragment);

// Text in, JSON text out, for the WASM bindings (never throw):
// {"fragment": "v1;…"} or {"error": …};  {"case": {…}, "policy": "…"} or {"error": …}.
TextResult encode_fragment_text(std::string_view case_text, std::string_view policy_id);
TextResult decode_fragment_text(std::string_view fragment);

}  // namespace vybir
