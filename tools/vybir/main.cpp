// vybir: the policy calculator on the command line (docs/contract.md).
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "commands.hpp"
#include "statements_text.hpp"
#include "vybir/api.hpp"

namespace {

constexpr const char* usage = R"(vybir - what the Dutch country policy for Ukraine (memo 7747653) means for one case, or a caseload

Usage:
  vybir evaluate FILE|-  [--policy POLICY.json | --policy-dir DIR] [--text [--lang uk|ru|nl|en]]
        print the assessment of one case (JSON); --text: what it says, as the
        page says it, each statement with its certainty and its section
  vybir batch [FILE|-]   [--in jsonl|csv] [--out jsonl|csv] [--policy POLICY.json | --policy-dir DIR]
        assess a caseload: one case a line (JSONL), or CSV with a header row of
        the case's field names (claims separated by ";"); one row out per case
        line, errors included; counts on stderr at the end
  vybir diff OLD NEW     [--cases FILE] [--in jsonl|csv] [--as-of YYYY-MM-DD] [--text]
        what changed between two policy versions (files, or the effectiveFrom
        date of a compiled-in version), and with --cases for which cases
  vybir validate POLICY.json
        check a policy file
  vybir --help | --version

A case is a JSON object (docs/contract.md), e.g.
  {"asOf": "2026-11-29", "region": "UA-63", "temporaryProtection": "yes"}
Policy versions: every data/policy/*.json is compiled in, and each case is
assessed under the version Vybir uses on its asOf. --policy forces one file;
--policy-dir uses every *.json in a folder instead of the compiled-in ones.

Exit codes: 0 done (batch: error rows included); 2 bad input ({"error": {"code",
"pointer", "message"}} on stdout); 64 wrong usage.
)";

int wrong_usage(const std::string& why) {
    std::cerr << "vybir: " << why << "\n\n" << usage;
    return 64;
}

// Options that take a value, as "--name VALUE" or "--name=VALUE".
const std::vector<std::string> valued = {"--policy", "--policy-dir", "--in", "--out", "--cases", "--as-of", "--lang"};

}  // namespace

int main(int argc, char** argv) {
    using namespace vybir::cli;
    std::vector<std::string> args(argv + 1, argv + argc);
    std::map<std::string, std::string> options;
    bool text = false;
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
        if (a == "--text") {
            text = true;
            continue;
        }
        bool matched = false;
        for (const std::string& name : valued) {
            if (a == name) {
                if (i + 1 >= args.size()) return wrong_usage(name + " needs a value");
                options[name] = args[++i];
                matched = true;
            } else if (a.starts_with(name + "=")) {
                options[name] = a.substr(name.size() + 1);
                matched = true;
            }
        }
        if (matched) continue;
        if (a.size() > 1 && a[0] == '-') return wrong_usage("unknown option " + a);
        positional.push_back(a);
    }
    if (positional.empty()) return wrong_usage("no command given");
    const std::string& command = positional[0];
    auto option = [&](const std::string& name) { return options.contains(name) ? options[name] : std::string(); };
    auto format = [&](const std::string& name, std::optional<CaseFormat>& out) {
        if (!options.contains(name)) return true;
        CaseFormat f;
        if (!parse_format(options[name], f)) return false;
        out = f;
        return true;
    };
    if (options.contains("--policy") && options.contains("--policy-dir"))
        return wrong_usage("--policy and --policy-dir exclude each other");

    if (command == "evaluate" && positional.size() == 2) {
        const std::string lang = text ? (options.contains("--lang") ? options["--lang"] : "en") : "";
        if (text && !known_language(lang)) return wrong_usage("--lang takes uk, ru, nl or en");
        return evaluate_command(positional[1], option("--policy"), option("--policy-dir"), lang);
    }
    if (command == "validate" && positional.size() == 2) return validate_command(positional[1]);
    if (command == "validate" && positional.size() == 1 && options.contains("--policy"))
        return validate_command(options["--policy"]);
    if (command == "batch" && positional.size() <= 2) {
        BatchOptions o;
        if (positional.size() == 2) o.input = positional[1];
        o.policy_path = option("--policy");
        o.policy_dir = option("--policy-dir");
        if (!format("--in", o.in_format) || !format("--out", o.out_format))
            return wrong_usage("--in and --out take jsonl or csv");
        return batch_command(o);
    }
    if (command == "diff" && positional.size() == 3) {
        DiffOptions o;
        o.old_policy = positional[1];
        o.new_policy = positional[2];
        o.cases_path = option("--cases");
        o.as_of = option("--as-of");
        o.text = text;
        if (!format("--in", o.in_format)) return wrong_usage("--in takes jsonl or csv");
        return diff_command(o);
    }
    return wrong_usage("cannot understand the command line");
}
