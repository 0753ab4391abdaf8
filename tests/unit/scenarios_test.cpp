// Runs every tests/scenarios/*.json through the text entry point that the
// CLI and the WASM module use. tests/wasm/ runs the same files in Node.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "support.hpp"
#include "vybir/api.hpp"

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> scenario_files() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(VYBIR_SCENARIO_DIR))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// "says": {id: modality} that the assessment's statements must hold;
// "saysNot": ids they must not.
std::string statements_mismatch(const json& scenario, const json& actual) {
    auto modality_of = [&](const std::string& id) -> std::string {
        for (const json& s : actual["statements"])
            if (s["id"] == id) return s["modality"];
        return "";
    };
    if (scenario.contains("says"))
        for (const auto& [id, modality] : scenario["says"].items())
            if (modality_of(id) != modality.get<std::string>())
                return id + ": expected " + modality.dump() + ", got \"" + modality_of(id) + "\"";
    if (scenario.contains("saysNot"))
        for (const json& id : scenario["saysNot"])
            if (!modality_of(id).empty()) return id.get<std::string>() + ": said, and must not be";
    return "";
}

std::string case_text(const json& scenario) {
    if (scenario.contains("caseText")) return scenario["caseText"].get<std::string>();
    return scenario["case"].dump();
}

}  // namespace

TEST_CASE("every scenario file gives the expected assessment or error", "[scenarios]") {
    const auto files = scenario_files();
    REQUIRE(files.size() >= 5);
    std::size_t count = 0;
    for (const auto& file : files) {
        std::ifstream in(file);
        std::stringstream text;
        text << in.rdbuf();
        const json doc = json::parse(text.str());
        for (const json& scenario : doc["scenarios"]) {
            DYNAMIC_SECTION(file.filename().string() << ": " << scenario["name"].get<std::string>()) {
                const auto result = vybir::evaluate_text(vybir::test::shipped_policy(), case_text(scenario));
                const json actual = json::parse(result.json);
                if (scenario.contains("error")) {
                    INFO(result.json);
                    CHECK_FALSE(result.ok);
                    CHECK(vybir::test::subset_mismatch(scenario["error"], actual["error"]) == "");
                } else {
                    INFO((actual.contains("error") ? actual.dump() : std::string()));
                    REQUIRE(result.ok);
                    if (scenario.contains("expect")) CHECK(vybir::test::subset_mismatch(scenario["expect"], actual) == "");
                    CHECK(statements_mismatch(scenario, actual) == "");
                }
            }
            ++count;
        }
    }
    CHECK(count > 300);
}

TEST_CASE("bad input: a case over 1 MiB is refused before it is parsed", "[scenarios]") {
    std::string huge = R"({"asOf":"2026-11-29","region":")" + std::string((1 << 20) + 1, 'x') + "\"}";
    const auto result = vybir::evaluate_text(vybir::test::shipped_policy(), huge);
    CHECK_FALSE(result.ok);
    CHECK(json::parse(result.json)["error"]["code"] == "input.too-large");
}
