#include <iostream>

#include "commands.hpp"
#include "input.hpp"
#include "statements_text.hpp"
#include "vybir/api.hpp"

namespace vybir::cli {

int evaluate_command(const std::string& case_path, const std::string& policy_path, const std::string& policy_dir,
                     const std::string& text_language) {
    auto versions = load_versions(policy_path, policy_dir);
    if (!versions.ok()) return report(versions.error());
    auto text = read_input(case_path);
    if (!text.ok()) return report(text.error());
    // --policy forces its version whatever the date; otherwise the version
    // Vybir uses on the case's asOf governs.
    const Policies policies = policy_path.empty() ? Policies(std::span<const Policy>(versions.value()))
                                                  : Policies(versions.value().front());
    TextResult result = evaluate_text(policies, text.value());
    const nlohmann::json answer = nlohmann::json::parse(result.json);
    if (result.ok && !text_language.empty()) {
        // --text: the statements as sentences, under the version that made them.
        for (const Policy& p : versions.value())
            if (p.id == answer["policy"]["id"]) std::cout << statements_text(answer, p, text_language);
        return 0;
    }
    // People read this one: the compact contract text, indented.
    std::cout << dump_pretty(answer) << '\n';
    return result.ok ? 0 : 2;
}

}  // namespace vybir::cli
