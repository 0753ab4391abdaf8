#include <catch2/catch.hpp>

#include "support.hpp"
#include "case_json.hpp"
#include "vybir/api.hpp"
#include "vybir/case.hpp"

using nlohmann::json;

TEST_CASE("absent optional fields take their defaults", "[case]") {
    auto c = vybir::detail::read_case(json{{"asOf", "2026-11-29"}, {"region", "UA-05"}}, vybir::test::shipped_policy());
    REQUIRE(c.ok());
    CHECK_FALSE(c.value().occupied_area);
    CHECK_FALSE(c.value().personal_risk_factors);
    CHECK_FALSE(c.value().relocation_obstacles);
    CHECK(c.value().claim_count == 0);
    CHECK(c.value().temporary_protection == vybir::TemporaryProtectionStatus::unknown);
    CHECK_FALSE(c.value().regular_permit);
    CHECK_FALSE(c.value().asylum_application_date);
    CHECK_FALSE(c.value().tp_extension_2028);
}

TEST_CASE("an unknown field's pointer is escaped as RFC 6901 says", "[case]") {
    auto c = vybir::detail::read_case(json{{"asOf", "2026-11-29"}, {"region", "UA-05"}, {"a/b~c", 1}}, vybir::test::shipped_policy());
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().code == "case.unknown-field");
    CHECK(c.error().pointer == "/a~1b~0c");
}

TEST_CASE("bad input: invalid UTF-8 and lone surrogates are syntax errors, not crashes", "[case]") {
    for (std::string text : {std::string("{\"asOf\":\"2026-11-29\",\"region\":\"\xff\xfe\"}"),
                             std::string(R"({"asOf":"2026-11-29","region":"\ud800"})")}) {
        auto r = vybir::evaluate_text(vybir::test::shipped_policy(), text);
        CHECK_FALSE(r.ok);
        CHECK(json::parse(r.json)["error"]["code"] == "json.syntax");
    }
}

TEST_CASE("bad input: a long value is cut in the message without breaking UTF-8", "[case]") {
    std::string region;
    for (int i = 0; i < 100; ++i) region += "Ї";
    auto r = vybir::evaluate_text(vybir::test::shipped_policy(), json{{"asOf", "2026-11-29"}, {"region", region}}.dump());
    CHECK_FALSE(r.ok);
    const json e = json::parse(r.json)["error"];
    CHECK(e["code"] == "case.region-unknown");
    CHECK(e["message"].get<std::string>().size() < 200);
}

TEST_CASE("core's compact writer gives the JSON library's bytes", "[json]") {
    const json samples[] = {
        json::parse(R"({"b":[1,-2,{"c":null}],"a":"x\"y\\z\n\t\u0001\u001f Київ","d":true,"e":false,"f":18446744073709551615,"g":2.0})"),
        json::array(), json::object(), json("\b\f\r"), json(-9223372036854775807LL),
        vybir::regions_json(vybir::test::shipped_policy()), vybir::test::shipped_policy_document()};
    for (const json& v : samples) CHECK(vybir::dump(v) == v.dump());
}
