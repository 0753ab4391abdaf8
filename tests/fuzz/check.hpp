// A property a fuzz target asserts beyond "no crash": when it does not hold,
// abort, so that libFuzzer saves the input and tools/fuzz fails.
#pragma once
#include <cstdio>
#include <cstdlib>

#define VYBIR_FUZZ_CHECK(condition)                                                             \
    do {                                                                                        \
        if (!(condition)) {                                                                     \
            std::fprintf(stderr, "fuzz property broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                       \
        }                                                                                       \
    } while (0)
