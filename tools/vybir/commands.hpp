#pragma once
#include <optional>
#include <string>

#include "case_lines.hpp"

namespace vybir::cli {

// Each returns the process exit code: 0 done, 2 bad input (with an error
// object on stdout), 64 wrong usage.
int evaluate_command(const std::string& case_path, const std::string& policy_path, const std::string& policy_dir,
                     const std::string& text_language = "");
int validate_command(const std::string& policy_path);

struct BatchOptions {
    std::string input = "-";
    std::optional<CaseFormat> in_format, out_format;
    std::string policy_path, policy_dir;
};
// Exit 0 even when some lines are error rows; 2 when the input (or a CSV
// header) cannot be read at all.
int batch_command(const BatchOptions&);

struct DiffOptions {
    std::string old_policy, new_policy;  // files, or compiled-in effectiveFrom dates
    std::string cases_path;              // empty: no cases
    std::optional<CaseFormat> in_format;
    std::string as_of;                   // empty: each case's own asOf
    bool text = false;
};
int diff_command(const DiffOptions&);

}  // namespace vybir::cli
