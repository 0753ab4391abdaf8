// SHA-256 (FIPS 180-4): the receipt of which policy file an assessment rests
// on. Core computes it from the policy's bytes, so the CLI and the WASM
// module report the same hash for the same file.
#pragma once
#include <string>
#include <string_view>

namespace vybir {

// The digest as 64 lowercase hex digits, as sha256sum prints it.
std::string sha256_hex(std::string_view bytes);

}  // namespace vybir
