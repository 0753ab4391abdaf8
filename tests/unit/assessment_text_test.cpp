// The caseload writer (append_assessment_json) and the contract's JSON
// (to_json, dumped) must give the same bytes for every case: the batch output
// is the contract, only faster to write. It is the one way out: the CLI,
// batch and the WASM module all pass on its text.
#include <catch2/catch.hpp>

#include <cstdio>

#include "support.hpp"
#include "case_json.hpp"
#include "vybir/api.hpp"
#include "vybir/assessment_text.hpp"
#include "vybir/case.hpp"

using nlohmann::json;

namespace {

std::string fast(const vybir::Assessment& a) {
    std::string out;
    append_assessment_json(out, a);
    return out;
}

// Every combination of the yes/no and three-way answers, each region, with
// and without claims and an application date: 31,104 cases.
void for_every_case(const vybir::Policy& policy, const std::function<void(const json&)>& check) {
    const json claim_sets[] = {json::array(), {"journalist"}, {"lgbtiq", "draft-evasion"},
                               {"draft-evasion", "desertion", "journalist", "pro-russian", "lgbtiq", "other-persecution"}};
    for (const auto& region : policy.regions)
        for (int bits = 0; bits < 32; ++bits)
            for (const char* tp : {"yes", "no", "unknown"})
                for (const json& application : {json(nullptr), json("2025-05-31"), json("2026-11-01")})
                    for (const json& claims : claim_sets)
                        check({{"asOf", "2027-03-04"}, {"region", region.iso}, {"occupiedArea", (bits & 1) != 0},
                               {"personalRiskFactors", (bits & 2) != 0}, {"relocationObstacles", (bits & 4) != 0},
                               {"regularPermit", (bits & 8) != 0}, {"tpExtension2028", (bits & 16) != 0},
                               {"temporaryProtection", tp}, {"asylumApplicationDate", application}, {"claims", claims}});
}

}  // namespace

TEST_CASE("evaluate_text gives the one writer's bytes, or the reader's error", "[wasm]") {
    const vybir::Policy& policy = vybir::test::shipped_policy();
    const std::string bad = R"({"asOf":"2026-02-30","region":"UA-63"})";
    const auto refused = vybir::evaluate_text(policy, bad);
    CHECK_FALSE(refused.ok);
    CHECK(json::parse(refused.json)["error"]["code"] == "case.date-invalid");
    const std::string good = R"({"asOf":"2026-11-29","region":"UA-63"})";
    auto c = vybir::read_case_text(good, policy);
    REQUIRE(c.ok());
    const auto assessed = vybir::evaluate_text(policy, good);
    CHECK(assessed.ok);
    CHECK(assessed.json == fast(vybir::evaluate(policy, c.value().input)));
}

TEST_CASE("the caseload writer gives the contract's bytes for every combination of answers", "[batch]") {
    const vybir::Policy& policy = vybir::test::shipped_policy();
    std::size_t compared = 0, differing = 0;
    for_every_case(policy, [&](const json& case_json) {
        auto c = vybir::detail::read_case(case_json, policy);
        REQUIRE(c.ok());
        const vybir::Assessment a = vybir::evaluate(policy, c.value());
        const std::string expected = vybir::to_json(a).dump();  // the library's own serializer
        if (fast(a) != expected && differing++ == 0) CHECK(fast(a) == expected);  // show the first only
        ++compared;
    });
    CHECK(compared == 31104);
    CHECK(differing == 0);
}

TEST_CASE("the caseload writer escapes policy text exactly as the JSON library does", "[batch]") {
    json doc = vybir::test::shipped_policy_document();
    const std::string odd = "quote \" backslash \\ tab \t bell \x07 del \x7f Київ";
    doc["groups"][2]["findings"] = {odd};
    doc["statements"].erase("finding.press-restricted-not-persecution");
    doc["statements"]["finding." + odd] = {{"cite", "BN-4.1e"}, {"modality", "established"}};
    doc["id"] = "ключ/\x1f";
    auto policy = vybir::read_policy(doc);
    REQUIRE(policy.ok());
    auto c = vybir::detail::read_case(json{{"asOf", "2026-11-29"}, {"region", "UA-48"}, {"claims", {"journalist"}}}, policy.value());
    REQUIRE(c.ok());
    const vybir::Assessment a = vybir::evaluate(policy.value(), c.value());
    CHECK(fast(a) == vybir::to_json(a).dump());  // sha256 is null here: read from a value
}
