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

TextResult evaluate_text(const Policy& policy, std::string_view case_text, int indent) {
    try {
        auto c = read_case_text(case_text, policy);
        if (!c.ok()) return {false, dump(error_json(c.error()), indent)};
        return {true, dump(to_json(evaluate(policy, c.value())), indent)};
    } catch (const std::bad_alloc&) {
        return {false, dump(error_json({"input.too-large", "", "out of memory"}), indent)};
    } catch (const std::exception& e) {
        // Not expected: readers check every type first. Kept so that no
        // input can ever end the process.
        return {false, dump(error_json({"internal", "", e.what()}), indent)};
    }
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
