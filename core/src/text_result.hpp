// Shared by the text entry points (api.cpp, policy_versions.cpp): how an
// assessment becomes text, and the guard that keeps any input from ending
// the process.
#pragma once
#include <new>
#include <string>

#include "vybir/api.hpp"
#include "vybir/assessment.hpp"
#include "vybir/assessment_text.hpp"

namespace vybir::detail {

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

}  // namespace vybir::detail
