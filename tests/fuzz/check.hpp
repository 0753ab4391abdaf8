// A property a fuzz target asserts beyond "no crash": when it does not hold,
// abort, so that libFuzzer saves the input and tools/fuzz fails.
#pragma once
#include <cstdio>
#include <cstdlib>

#include "vybir/default_policy.hpp"
#include "vybir/policy.hpp"

#define VYBIR_FUZZ_CHECK(condition)                                                             \
    do {                                                                                        \
        if (!(condition)) {                                                                     \
            std::fprintf(stderr, "fuzz property broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                       \
        }                                                                                       \
    } while (0)

namespace vybir::fuzz {
// The shipped policy, read once; the targets evaluate against it.
inline const Policy& shipped_policy() {
    static const Policy p = read_policy_text(default_policy_text()).value();
    return p;
}
}  // namespace vybir::fuzz
