#include "vybir/policy_versions.hpp"

#include <algorithm>

#include "case_scan.hpp"
#include "json_reader.hpp"
#include "text_result.hpp"
#include "vybir/assessment.hpp"

namespace vybir {

using nlohmann::json;

Result<std::vector<Policy>> order_versions(std::vector<Policy> versions) {
    std::sort(versions.begin(), versions.end(),
              [](const Policy& a, const Policy& b) { return a.effective_from < b.effective_from; });
    for (std::size_t i = 1; i < versions.size(); ++i)
        if (versions[i].effective_from == versions[i - 1].effective_from)
            return Error{"policy.version-duplicate", "/effectiveFrom",
                         "two policy versions take effect on " + versions[i].effective_from.to_string() + " (" +
                             versions[i - 1].id + ", " + versions[i].id + ")"};
    return versions;
}

Result<const Policy*> policy_in_force(std::span<const Policy> versions, Date as_of) {
    const Policy* in_force = nullptr;
    const Policy* first = nullptr;
    for (const Policy& p : versions) {
        if (!first || p.effective_from < first->effective_from) first = &p;
        if (p.effective_from <= as_of && (!in_force || p.effective_from > in_force->effective_from)) in_force = &p;
    }
    if (in_force) return in_force;
    // The same error, word for word, as a single policy gives (read_case):
    // the CLI's versions and the WASM module's one policy agree.
    return Error{"case.as-of-before-policy", "/asOf",
                 first ? "asOf is before the policy's date " + first->date.to_string() : "no policy version is loaded"};
}

namespace {

// asOf when it is present and a calendar date; read_case reports the rest.
std::optional<Date> as_of_of(const json& value) {
    if (!value.is_object()) return std::nullopt;
    auto it = value.find("asOf");
    if (it == value.end() || !it->is_string()) return std::nullopt;
    return Date::parse(it->get_ref<const std::string&>());
}

const Policy& newest(std::span<const Policy> versions) {
    return *std::max_element(versions.begin(), versions.end(), [](const Policy& a, const Policy& b) {
        return a.effective_from < b.effective_from;
    });
}

}  // namespace

Result<CaseInForce> read_case_in_force(const json& value, std::span<const Policy> versions) {
    if (versions.empty()) return Error{"case.as-of-before-policy", "/asOf", "no policy version is loaded"};
    const Policy* policy = &newest(versions);
    if (auto as_of = as_of_of(value)) {
        auto chosen = policy_in_force(versions, *as_of);
        if (!chosen.ok()) return chosen.error();
        policy = chosen.value();
    }
    auto c = read_case(value, *policy);
    if (!c.ok()) return c.error();
    return CaseInForce{policy, c.value()};
}

Result<json> parse_case_text(std::string_view text) { return detail::parse(text, "json"); }

Result<CaseInForce> read_case_text_in_force(std::string_view text, std::span<const Policy> versions) {
    // Caseloads are mostly plain, valid cases: read those in one pass, and
    // everything else (errors included) the ordinary way.
    if (auto plain = detail::scan_plain_case(text, versions)) return CaseInForce{plain->policy, plain->input};
    auto parsed = parse_case_text(text);
    if (!parsed.ok()) return parsed.error();
    return read_case_in_force(parsed.value(), versions);
}

Result<CaseInForce> read_case_text_under(std::string_view text, const Policy& policy) {
    if (auto plain = detail::scan_plain_case(text, {}, &policy)) return CaseInForce{plain->policy, plain->input};
    auto c = read_case_text(text, policy);
    if (!c.ok()) return c.error();
    return CaseInForce{&policy, c.value()};
}

TextResult evaluate_text_in_force(std::span<const Policy> versions, std::string_view case_text) {
    return detail::guarded(
        [&]() -> TextResult {
            auto c = read_case_text_in_force(case_text, versions);
            if (!c.ok()) return {false, dump(error_json(c.error()))};
            return {true, detail::assessment_text(evaluate(*c.value().policy, c.value().input))};
        });
}

}  // namespace vybir
