// Reading the CLI's inputs: a file or "-" for standard input, never more
// than the core accepts (1 MiB), so a huge file cannot exhaust memory.
#pragma once
#include <string>

#include "vybir/error.hpp"
#include "vybir/policy.hpp"

namespace vybir::cli {

Result<std::string> read_input(const std::string& path);
// The policy given with --policy, or the one compiled in.
Result<Policy> load_policy(const std::string& path_or_empty);
// Prints {"error": …} on stdout and returns exit code 2.
int report(const Error&);

}  // namespace vybir::cli
