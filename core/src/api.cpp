#include "vybir/api.hpp"

#include "json_writer.hpp"
#include "text_result.hpp"
#include "vybir/case.hpp"
#include "vybir/policy_versions.hpp"

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

TextResult evaluate_text(const Policy& policy, std::string_view case_text) {
    return detail::guarded(
        [&]() -> TextResult {
            // Plain cases in one pass (case_scan.hpp), the rest the ordinary way.
            auto c = read_case_text_under(case_text, policy);
            if (!c.ok()) return {false, dump(error_json(c.error()))};
            return {true, detail::assessment_text(evaluate(policy, c.value().input))};
        });
}

bool evaluate_tokens(const Policy& policy, std::string_view case_text, std::vector<std::uint32_t>& tokens,
                     StringTable& strings, std::string& error) {
    bool ok = false;
    TextResult failed = detail::guarded([&]() -> TextResult {
        auto c = read_case_text_under(case_text, policy);
        if (!c.ok()) return {false, dump(error_json(c.error()))};
        append_assessment_tokens(tokens, strings, evaluate(policy, c.value().input));
        ok = true;
        return {true, {}};
    });
    if (!ok) error = std::move(failed.json);
    return ok;
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
