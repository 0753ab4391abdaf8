#include <iostream>

#include "commands.hpp"
#include "input.hpp"
#include "vybir/api.hpp"

namespace vybir::cli {

int validate_command(const std::string& policy_path) {
    auto policy = load_policy(policy_path);
    if (!policy.ok()) return report(policy.error());
    nlohmann::json ok = {{"valid", true}, {"policy", version_json(policy.value())["policy"]},
                         {"regions", policy.value().regions.size()}};
    std::cout << dump(ok, 2) << '\n';
    return 0;
}

}  // namespace vybir::cli
