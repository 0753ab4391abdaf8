// Reading the CLI's inputs: a file or "-" for standard input, never more
// than the core accepts (1 MiB), so a huge file cannot exhaust memory; and
// the policy versions a command works with.
#pragma once
#include <string>
#include <vector>

#include "vybir/error.hpp"
#include "vybir/policy.hpp"

namespace vybir::cli {

Result<std::string> read_input(const std::string& path);
// The policy given with --policy, or the newest one compiled in.
Result<Policy> load_policy(const std::string& path_or_empty);
// The versions a case may be assessed under, oldest first: only the file
// given with --policy; else every *.json in --policy-dir; else every version
// compiled in (data/policy/).
Result<std::vector<Policy>> load_versions(const std::string& policy_path, const std::string& policy_dir);
// One version named on the command line: a file, or the effectiveFrom date
// (YYYY-MM-DD) of a compiled-in version.
Result<Policy> load_named_version(const std::string& file_or_date);
// Prints {"error": …} on stdout and returns exit code 2.
int report(const Error&);

}  // namespace vybir::cli
