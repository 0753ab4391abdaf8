// Every policy version under data/policy/, compiled into the CLI (see
// data/CMakeLists.txt), oldest first. The CLI uses, for each case, the latest
// that takes effect in Vybir on or before the case's asOf; the WASM module keeps
// the single default (default_policy.hpp).
#pragma once
#include <span>
#include <string_view>

namespace vybir {
std::span<const std::string_view> embedded_policy_texts();
}
