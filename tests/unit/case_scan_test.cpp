// The fast path for caseload lines only ever accepts valid, plain cases, and
// then reads them exactly as read_case does; anything else goes the
// ordinary way, which gives the error.
#include <catch2/catch.hpp>

#include <random>

#include "case_scan.hpp"
#include "support.hpp"
#include "case_json.hpp"
#include "vybir/policy_versions.hpp"

using nlohmann::json;

namespace {

std::span<const vybir::Policy> shipped() { return {&vybir::test::shipped_policy(), 1}; }

bool same(const vybir::Case& a, const vybir::Case& b) {
    return a.as_of == b.as_of && a.region == b.region && a.occupied_area == b.occupied_area &&
           a.personal_risk_factors == b.personal_risk_factors && a.relocation_obstacles == b.relocation_obstacles &&
           a.claims == b.claims && a.claim_count == b.claim_count && a.temporary_protection == b.temporary_protection &&
           a.regular_permit == b.regular_permit && a.asylum_application_date == b.asylum_application_date &&
           a.tp_extension_2028 == b.tp_extension_2028;
}

}  // namespace

TEST_CASE("plain cases, in any key order and spacing, are read as read_case reads them", "[batch][case]") {
    std::mt19937 random(7);
    const auto& regions = vybir::test::shipped_policy().regions;
    const char* claims[] = {"draft-evasion", "desertion", "journalist", "pro-russian", "lgbtiq", "other-persecution"};
    for (int i = 0; i < 5000; ++i) {
        json c = {{"asOf", "2027-0" + std::to_string(1 + random() % 9) + "-1" + std::to_string(random() % 10)},
                  {"region", regions[random() % regions.size()].iso}};
        if (random() % 2) c["occupiedArea"] = random() % 2 == 0;
        if (random() % 2) c["personalRiskFactors"] = random() % 2 == 0;
        if (random() % 2) c["relocationObstacles"] = random() % 2 == 0;
        if (random() % 2) c["regularPermit"] = random() % 2 == 0;
        if (random() % 2) c["tpExtension2028"] = random() % 2 == 0;
        if (random() % 2) c["temporaryProtection"] = std::vector<const char*>{"yes", "no", "unknown"}[random() % 3];
        if (random() % 2) c["asylumApplicationDate"] = random() % 3 ? json("2025-0" + std::to_string(1 + random() % 9) + "-28") : json(nullptr);
        if (random() % 2) {
            json list = json::array();
            for (const char* claim : claims)
                if (random() % 3 == 0) list.push_back(claim);
            c["claims"] = list;
        }
        std::string text = c.dump(random() % 2 ? -1 : 2);  // compact or spread over lines
        const auto scanned = vybir::detail::scan_plain_case(text, shipped());
        const auto expected = vybir::detail::read_case(c, vybir::test::shipped_policy());
        REQUIRE(expected.ok());
        REQUIRE(scanned);
        CHECK(same(scanned->input, expected.value()));
    }
}

TEST_CASE("anything unusual is left to the ordinary reader", "[batch][case]") {
    const char* declined[] = {
        R"({"asOf":"2026-11-29"})",                                   // region missing
        R"({"asOf":"2026-11-29","region":"UA-63","asOf":"2026-11-30"})",  // a key twice
        R"({"asOf":"2026-11-29","region":"UA-63","colour":"red"})",   // unknown field
        R"({"asOf":"2026-11-29","region":"UA-\u0036\u0033"})",        // escapes
        R"({"asOf":"2026-11-29","region":"Київ"})",                   // not ASCII
        R"({"asOf":"2026-11-29","region":"UA-63"} x)",                // text after it
        R"({"asOf":"2026-11-29","region":"UA-63",})",                 // trailing comma
        R"({"asOf":"2026-02-30","region":"UA-63"})",                  // no such day
        R"({"asOf":"2026-06-29","region":"UA-63"})",                  // before the policy
        R"({"asOf":"2026-11-29","region":"UA-99"})",                  // unknown region
        R"({"asOf":"2026-11-29","region":"UA-63","occupiedArea":1})", // a number
        R"({"asOf":"2026-11-29","region":"UA-63","claims":["lgbtiq","lgbtiq"]})",
        R"({"asOf":"2026-11-29","region":"UA-63","claims":["x"]})",
        R"({"asOf":"2026-11-29","region":"UA-63","temporaryProtection":"maybe"})",
        R"({"asOf":"2026-11-29","region":"UA-63","asylumApplicationDate":"2026-11-30"})",
        "\xEF\xBB\xBF{\"asOf\":\"2026-11-29\",\"region\":\"UA-63\"}",  // a byte order mark
        "[]", "", "null",
    };
    for (const char* text : declined) {
        INFO(text);
        CHECK_FALSE(vybir::detail::scan_plain_case(text, shipped()));
    }
}

TEST_CASE("reading a line gives the same case or the same error with or without the fast path", "[batch][case]") {
    const char* texts[] = {
        R"({"asOf":"2026-11-29","region":"UA-63","claims":["journalist"],"temporaryProtection":"yes"})",
        R"({"asOf":"2026-11-29","region":"UA-\u0036\u0033"})",
        R"({"asOf":"2026-11-29","region":"UA-99"})",
        R"({"asOf":"2026-02-30","region":"UA-63"})",
        R"({"asOf":"2026-11-29","region":"UA-63","asOf":"2026-11-30"})",
        "not json",
    };
    for (const char* text : texts) {
        INFO(text);
        auto fast = vybir::read_case_text(text, shipped());
        auto ordinary = vybir::read_case_text(text, vybir::test::shipped_policy());
        REQUIRE(fast.ok() == ordinary.ok());
        if (fast.ok()) CHECK(same(fast.value().input, ordinary.value().input));
        else CHECK(fast.error().code == ordinary.error().code);
    }
}
