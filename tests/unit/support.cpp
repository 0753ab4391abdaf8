#include "support.hpp"

#include <stdexcept>

#include "case_json.hpp"
#include "vybir/case.hpp"
#include "vybir/default_policy.hpp"

namespace vybir::test {

using nlohmann::json;

const Policy& shipped_policy() {
    static const Policy policy = [] {
        auto p = read_policy_text(default_policy_text());
        if (!p.ok()) throw std::runtime_error("shipped policy refused: " + p.error().code + " " + p.error().pointer);
        return p.value();
    }();
    return policy;
}

json shipped_policy_document() { return json::parse(default_policy_text()); }

Assessment assess(const json& case_json) {
    auto c = detail::read_case(case_json, shipped_policy());
    if (!c.ok()) throw std::runtime_error("case refused: " + c.error().code + " at " + c.error().pointer);
    return evaluate(shipped_policy(), c.value());
}

json assess_json(const json& case_json) { return to_json(assess(case_json)); }

std::string subset_mismatch(const json& expected, const json& actual, const std::string& at) {
    if (expected.is_object()) {
        if (!actual.is_object()) return at + ": expected an object, got " + actual.dump();
        for (const auto& [key, value] : expected.items()) {
            auto it = actual.find(key);
            if (it == actual.end()) return at + "/" + key + ": missing";
            if (auto m = subset_mismatch(value, *it, at + "/" + key); !m.empty()) return m;
        }
        return "";
    }
    if (expected.is_array()) {
        if (!actual.is_array() || actual.size() != expected.size())
            return at + ": expected " + expected.dump() + ", got " + actual.dump();
        for (std::size_t i = 0; i < expected.size(); ++i)
            if (auto m = subset_mismatch(expected[i], actual[i], at + "/" + std::to_string(i)); !m.empty()) return m;
        return "";
    }
    if (expected != actual) return at + ": expected " + expected.dump() + ", got " + actual.dump();
    return "";
}

}  // namespace vybir::test
