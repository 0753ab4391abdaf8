#pragma once
#include <string>

namespace vybir::cli {

// Each returns the process exit code: 0 done, 2 bad input (with an error
// object on stdout), 64 wrong usage.
int evaluate_command(const std::string& case_path, const std::string& policy_path);
int validate_command(const std::string& policy_path);

}  // namespace vybir::cli
