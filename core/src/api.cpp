#include "vybir/api.hpp"

#include "json_writer.hpp"
#include "text_result.hpp"
#include "vybir/case.hpp"

namespace vybir {

using nlohmann::json;

json error_json(const Error& e) {
    return {{"error", {{"code", e.code}, {"pointer", e.pointer}, {"message", e.message}}}};
}

std::string dump(const json& value) {
    std::string out;
    detail::Writer(out).value(value);
    return out;
}

std::string dump_pretty(const json& value, int indent) {
    return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

TextResult evaluate_text(Policies policies, std::string_view case_text) {
    return detail::guarded([&]() -> TextResult {
        auto c = read_case_text(case_text, policies);
        if (!c.ok()) return {false, dump(error_json(c.error()))};
        return {true, detail::assessment_text(evaluate(*c.value().policy, c.value().input))};
    });
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
