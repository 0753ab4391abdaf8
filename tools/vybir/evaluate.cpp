#include <iostream>

#include "commands.hpp"
#include "input.hpp"
#include "vybir/api.hpp"

namespace vybir::cli {

int evaluate_command(const std::string& case_path, const std::string& policy_path) {
    auto policy = load_policy(policy_path);
    if (!policy.ok()) return report(policy.error());
    auto text = read_input(case_path);
    if (!text.ok()) return report(text.error());
    TextResult result = evaluate_text(policy.value(), text.value(), 2);
    std::cout << result.json << '\n';
    return result.ok ? 0 : 2;
}

}  // namespace vybir::cli
