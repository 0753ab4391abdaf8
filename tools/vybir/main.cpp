// vybir: the policy calculator on the command line (docs/contract.md).
#include <iostream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "vybir/api.hpp"

namespace {

constexpr const char* usage = R"(vybir - what the Dutch country policy for Ukraine (memo 7747653) means for one case

Usage:
  vybir evaluate FILE|-  [--policy POLICY.json]   print the assessment of a case (JSON)
  vybir validate POLICY.json                      check a policy file
  vybir --help | --version

A case is a JSON object (docs/contract.md), e.g.
  {"asOf": "2026-11-29", "region": "UA-63", "temporaryProtection": "yes"}
Without --policy the policy compiled into vybir is used.

Exit codes: 0 done; 2 bad input ({"error": {"code", "pointer", "message"}} on stdout); 64 wrong usage.
)";

int wrong_usage(const std::string& why) {
    std::cerr << "vybir: " << why << "\n\n" << usage;
    return 64;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string policy_path;
    std::vector<std::string> positional;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << usage;
            return 0;
        }
        if (a == "--version") {
            std::cout << "vybir " << vybir::engine_version << '\n';
            return 0;
        }
        if (a == "--policy") {
            if (i + 1 >= args.size()) return wrong_usage("--policy needs a file");
            policy_path = args[++i];
        } else if (a.starts_with("--policy=")) {
            policy_path = a.substr(9);
        } else if (a.size() > 1 && a[0] == '-' && a != "-") {
            return wrong_usage("unknown option " + a);
        } else {
            positional.push_back(a);
        }
    }
    if (positional.empty()) return wrong_usage("no command given");
    const std::string& command = positional[0];
    if (command == "evaluate" && positional.size() == 2)
        return vybir::cli::evaluate_command(positional[1], policy_path);
    if (command == "validate" && positional.size() == 2) return vybir::cli::validate_command(positional[1]);
    if (command == "validate" && positional.size() == 1 && !policy_path.empty())
        return vybir::cli::validate_command(policy_path);
    return wrong_usage("cannot understand the command line");
}
