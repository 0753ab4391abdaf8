// The policy compiled into the binaries (data/policy/, see data/CMakeLists.txt).
#pragma once
#include <string_view>

namespace vybir {
std::string_view default_policy_text();
}
