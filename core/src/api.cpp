#include "vybir/api.hpp"

#include <new>

#include "json_writer.hpp"
#include "vybir/assessment.hpp"
#include "vybir/assessment_text.hpp"
#include "vybir/case.hpp"

namespace vybir {

using nlohmann::json;

namespace detail {

// Compact text from the fast writer: byte for byte dump(to_json(a)) (held
// to it by tests/unit/assessment_text_test.cpp) without building a tree,
// so the WASM module needs no to_json at all.
inline std::string assessment_text(const Assessment& a) {
    std::string out;
    append_assessment_json(out, a);
    return out;
}

// Readers check every type before use, so nothing is expected to throw; the
// guard keeps any input from ending the process all the same. Built without
// exceptions (WASM), the same code runs unguarded and never throws.
template <class F>
TextResult guarded(F&& run) {
#if defined(__cpp_exceptions)
    try {
        return run();
    } catch (const std::bad_alloc&) {
        return {false, dump(error_json({"input.too-large", "", "out of memory"}))};
    } catch (const std::exception& e) {
        return {false, dump(error_json({"internal", "", e.what()}))};
    }
#else
    return run();
#endif
}

}  // namespace detail

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
