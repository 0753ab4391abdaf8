#include "vybir/api.hpp"

#include <new>

#include "vybir/assessment.hpp"
#include "vybir/case.hpp"

namespace vybir {

using nlohmann::json;

json error_json(const Error& e) {
    return {{"error", {{"code", e.code}, {"pointer", e.pointer}, {"message", e.message}}}};
}

std::string dump(const json& value, int indent) {
    return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

namespace {

TextResult evaluate_unguarded(const Policy& policy, std::string_view case_text, int indent) {
    auto c = read_case_text(case_text, policy);
    if (!c.ok()) return {false, dump(error_json(c.error()), indent)};
    return {true, dump(to_json(evaluate(policy, c.value())), indent)};
}

}  // namespace

TextResult evaluate_text(const Policy& policy, std::string_view case_text, int indent) {
#if defined(__cpp_exceptions)
    // Readers check every type before use, so nothing here is expected to
    // throw; the guard keeps any input from ending the process all the same.
    try {
        return evaluate_unguarded(policy, case_text, indent);
    } catch (const std::bad_alloc&) {
        return {false, dump(error_json({"input.too-large", "", "out of memory"}), indent)};
    } catch (const std::exception& e) {
        return {false, dump(error_json({"internal", "", e.what()}), indent)};
    }
#else
    // Built without exceptions (WASM): the same code, which never throws.
    return evaluate_unguarded(policy, case_text, indent);
#endif
}

json regions_json(const Policy& policy) {
    json out = json::array();
    for (const json& r : policy.document["regions"]) out.push_back(r);
    return out;
}

json version_json(const Policy& policy) {
    return {{"engine", std::string(engine_version)},
            {"policy", {{"id", policy.id}, {"date", policy.date.to_string()}, {"reference", policy.reference},
                        {"status", policy.status}}}};
}

}  // namespace vybir
