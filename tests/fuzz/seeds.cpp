// Writes the seed corpora of the fuzz targets:
//   OUT/case/      every scenario's case (as JSON) or caseText (as given)
//   OUT/policy/    every policy file
//   OUT/fragment/  the shared link of every scenario case that has one
// Usage: fuzz_seeds SCENARIO_DIR POLICY_DIR OUT
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <vector>

#include "vybir/default_policy.hpp"
#include "vybir/fragment.hpp"
#include "vybir/policy.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<fs::path> json_files(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// Writes each distinct text once; returns how many it wrote.
std::size_t write_all(const fs::path& dir, const std::set<std::string>& texts) {
    fs::create_directories(dir);
    std::size_t n = 0;
    for (const auto& text : texts) {
        std::ofstream(dir / ("seed-" + std::to_string(n++)), std::ios::binary) << text;
    }
    return n;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: fuzz_seeds SCENARIO_DIR POLICY_DIR OUT\n";
        return 64;
    }
    const fs::path scenarios = argv[1], policies = argv[2], out = argv[3];
    const auto policy = vybir::read_policy_text(vybir::default_policy_text());
    if (!policy.ok()) {
        std::cerr << "fuzz_seeds: the compiled-in policy is refused: " << policy.error().code << '\n';
        return 1;
    }

    std::set<std::string> cases, fragments, policy_texts;
    for (const auto& file : json_files(scenarios)) {
        const json doc = json::parse(read(file));
        for (const json& s : doc["scenarios"]) {
            if (s.contains("caseText")) cases.insert(s["caseText"].get<std::string>());
            if (!s.contains("case")) continue;
            cases.insert(s["case"].dump());
            if (auto link = vybir::encode_fragment(s["case"], policy.value()); link.ok())
                fragments.insert(link.value());
        }
    }
    for (const auto& file : json_files(policies)) policy_texts.insert(read(file));

    std::cout << "fuzz_seeds: " << write_all(out / "case", cases) << " cases, "
              << write_all(out / "fragment", fragments) << " fragments, "
              << write_all(out / "policy", policy_texts) << " policies\n";
    return 0;
}
