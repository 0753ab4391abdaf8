// embind glue: exposes the core's text entry points to JavaScript. It
// decides nothing; every branch that matters lives in core/.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "vybir/api.hpp"
#include "vybir/default_policy.hpp"
#include "vybir/fragment.hpp"

namespace {

const vybir::Result<vybir::Policy>& policy() {
    static const auto loaded = vybir::read_policy_text(vybir::default_policy_text());
    return loaded;
}

std::string policy_error() { return vybir::dump(vybir::error_json(policy().error())); }

std::string evaluate(const std::string& case_json) {
    if (!policy().ok()) return policy_error();
    return vybir::evaluate_text(policy().value(), case_json).json;
}

// The assessment's UTF-8 bytes as a view into the module's memory, valid
// until the next call: vybir.js decodes them at once with TextDecoder,
// much faster than embind's byte-by-byte std::string conversion.
std::string last_result;
emscripten::val evaluate_view(const std::string& case_json) {
    last_result = evaluate(case_json);
    return emscripten::val(emscripten::typed_memory_view(last_result.size(),
                                                         reinterpret_cast<const unsigned char*>(last_result.data())));
}

std::string regions() { return policy().ok() ? vybir::dump(vybir::regions_json(policy().value())) : policy_error(); }
std::string policy_text() { return std::string(vybir::default_policy_text()); }
std::string version() { return policy().ok() ? vybir::dump(vybir::version_json(policy().value())) : policy_error(); }

// Shared links carry the id of the policy they were made under (the one
// compiled in) and what the case came to under it (core decides both);
// decoding checks only the form, evaluate() the meaning.
std::string encode_fragment(const std::string& case_json) {
    if (!policy().ok()) return policy_error();
    return vybir::encode_fragment_text(case_json, policy().value()).json;
}
std::string decode_fragment(const std::string& text) { return vybir::decode_fragment_text(text).json; }

}  // namespace

EMSCRIPTEN_BINDINGS(vybir) {
    emscripten::function("evaluate", &evaluate);
    emscripten::function("evaluateView", &evaluate_view);
    emscripten::function("regions", &regions);
    emscripten::function("policy", &policy_text);
    emscripten::function("version", &version);
    emscripten::function("encodeFragment", &encode_fragment);
    emscripten::function("decodeFragment", &decode_fragment);
}
