// The input limits, defined here once: the readers refuse past them, and
// the WASM module hands them to JavaScript (limits()), so that a page can
// refuse a huge input before copying it into the module.
#pragma once
#include <cstddef>

namespace vybir {

// A case, a policy file or one line of a caseload: at most 1 MiB of text.
inline constexpr std::size_t max_input_bytes = 1 << 20;
// Arrays and objects nested at most this deep, so that no reader runs out of stack.
inline constexpr int max_depth = 64;
// Longer link fragments are refused unread; the longest real one is ~120 chars.
inline constexpr std::size_t max_fragment_chars = 256;

}  // namespace vybir
