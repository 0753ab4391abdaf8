#include <iostream>

#include "commands.hpp"
#include "input.hpp"
#include "vybir/api.hpp"

namespace vybir::cli {

// Any version file: the shipped one, a new one being prepared, a test
// fixture. Says which version it is, so the file can be named and shipped
// by its effectiveFrom (docs/updating-the-policy.md).
int validate_command(const std::string& policy_path) {
    auto policy = load_policy(policy_path);
    if (!policy.ok()) return report(policy.error());
    const Policy& p = policy.value();
    nlohmann::json about = version_json(p)["policy"];
    about["effectiveFrom"] = p.effective_from.to_string();
    about["sha256"] = p.sha256;
    nlohmann::json ok = {{"valid", true}, {"policy", about}, {"regions", p.regions.size()},
                         {"fileName", p.effective_from.to_string() + ".json"}};
    std::cout << dump_pretty(ok) << '\n';
    return 0;
}

}  // namespace vybir::cli
