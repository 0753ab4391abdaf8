// The shared-link codec: every case survives the round trip unchanged, the
// format is pinned by an example, a link made under a policy carries the
// outcome the case had under it, and damaged or tampered links give a
// "fragment.*" error (or, for a well-formed link with a bad value, the same
// "case.*" error read_case gives for the case itself) and never a crash.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support.hpp"
#include "case_json.hpp"
#include "vybir/case.hpp"
#include "vybir/fragment.hpp"
#include "vybir/limits.hpp"

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string policy_id = "nl-ua-2026-06-30";

// The case with every absent optional field at its default: what decoding gives.
json complete(json c) {
    const json defaults = {{"occupiedArea", false},  {"personalRiskFactors", false}, {"relocationObstacles", false},
                           {"claims", json::array()}, {"temporaryProtection", "unknown"}, {"regularPermit", false},
                           {"asylumApplication", "unknown"}, {"asylumApplicationDate", nullptr},
                           {"tpExtension2028", false}};
    for (const auto& [key, value] : defaults.items())
        if (!c.contains(key)) c[key] = value;
    return c;
}

json with_answer(json c, const char* application) {
    c["asylumApplication"] = application;
    return c;
}

json round_trip(const json& c) {
    auto encoded = vybir::encode_fragment(c, policy_id);
    INFO(c.dump());
    REQUIRE(encoded.ok());
    CHECK(encoded.value().size() <= vybir::max_fragment_chars);
    auto decoded = vybir::decode_fragment(encoded.value());
    INFO(encoded.value());
    REQUIRE(decoded.ok());
    CHECK(decoded.value().policy_id == policy_id);
    return decoded.value().case_json;
}

std::vector<json> scenario_cases() {
    std::vector<json> cases;
    for (const auto& entry : fs::directory_iterator(VYBIR_SCENARIO_DIR)) {
        if (entry.path().extension() != ".json") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const json doc = json::parse(text.str());
        for (const json& s : doc["scenarios"])
            if (s.contains("case") && !s.contains("error")) cases.push_back(s["case"]);
    }
    return cases;
}

vybir::Error decode_error(std::string_view text) {
    auto r = vybir::decode_fragment(text);
    INFO(text);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

}  // namespace

TEST_CASE("fragment: the format is pinned by the documented example", "[fragment]") {
    const json c = {{"asOf", "2026-11-29"},        {"region", "UA-63"},        {"temporaryProtection", "yes"},
                    {"personalRiskFactors", true}, {"relocationObstacles", true}, {"claims", {"journalist", "draft-evasion"}},
                    {"asylumApplicationDate", "2025-05-31"}};
    const std::string body = "v2;p=nl-ua-2026-06-30;d=20261129;r=63;t=y;f=pr;c=jd;a=20250531";
    const std::string link = body + ";z=62";
    CHECK(vybir::encode_fragment(c, policy_id).value() == link);
    CHECK(vybir::encode_fragment({{"asOf", "2026-11-29"}, {"region", "UA-05"}}, policy_id).value() ==
          "v2;p=nl-ua-2026-06-30;d=20261129;r=05;z=37");
    CHECK(vybir::encode_fragment(with_answer({{"asOf", "2026-11-29"}, {"region", "UA-63"}, {"temporaryProtection", "yes"}}, "no"), policy_id).value() ==
          "v2;p=nl-ua-2026-06-30;d=20261129;r=63;t=y;q=n;z=45");
    CHECK(round_trip(c) == complete(c));
    CHECK(vybir::decode_fragment("#" + link).value().case_json == complete(c));

    // Made under the shipped policy, the link also says what the case came to:
    // Kharkiv is grade 1, can be refused (obstacles change nothing), TP and an application: yes.
    CHECK(vybir::encode_fragment(c, vybir::test::shipped_policy()).value() == body + ";o=1cy;z=68");
    const auto full = vybir::decode_link(body + ";o=1cy;z=68").value();
    CHECK(full.case_json == complete(c));
    CHECK(full.policy_id == policy_id);
    CHECK(full.format == 2);
    REQUIRE(full.outcome);
    CHECK(*full.outcome == vybir::FragmentOutcome{1, "can-be-refused", "yes"});
    CHECK_FALSE(vybir::decode_link(link).value().outcome);  // a link without o: no outcome
}

TEST_CASE("fragment: a link made under a policy carries the case's outcome under it", "[fragment]") {
    const auto& policy = vybir::test::shipped_policy();
    const auto cases = scenario_cases();
    for (const json& c : cases) {
        auto encoded = vybir::encode_fragment(c, policy);
        INFO(c.dump());
        REQUIRE(encoded.ok());
        CHECK(encoded.value().size() <= vybir::max_fragment_chars);
        auto link = vybir::decode_link(encoded.value());
        INFO(encoded.value());
        REQUIRE(link.ok());
        CHECK(link.value().case_json == complete(c));
        CHECK(link.value().policy_id == policy.id);
        const auto a = vybir::test::assess(c);
        REQUIRE(link.value().outcome);
        CHECK(*link.value().outcome == vybir::FragmentOutcome{a.grade.grade, std::string(vybir::code(a.outlook.value)),
                                                              std::string(vybir::code(a.transition_document.eligible))});
        // decode_fragment reads the same link, without the outcome.
        CHECK(vybir::decode_fragment(encoded.value()).value().case_json == complete(c));
    }
    // Every outcome the format can hold survives the round trip, in the order the encoder writes it.
    for (int grade = 1; grade <= 3; ++grade)
        for (auto outlook : {vybir::Outlook::can_be_refused, vybir::Outlook::individual_assessment, vybir::Outlook::not_supported})
            for (auto td : {vybir::Eligibility::yes, vybir::Eligibility::no, vybir::Eligibility::not_applicable,
                            vybir::Eligibility::open, vybir::Eligibility::unknown}) {
                const vybir::FragmentOutcome o{grade, std::string(vybir::code(outlook)), std::string(vybir::code(td))};
                const json c = {{"asOf", "2026-11-29"}, {"region", "UA-74"}, {"claims", {"lgbtiq"}}, {"asylumApplicationDate", "2025-05-31"}};
                auto encoded = vybir::encode_fragment(c, "nl-ua-2027-01-15", o);
                REQUIRE(encoded.ok());
                CHECK(encoded.value().starts_with("v2;p=nl-ua-2027-01-15;d=20261129;r=74;c=l;a=20250531;o="));
                CHECK(vybir::decode_link(encoded.value()).value().outcome == o);
            }
    CHECK(vybir::encode_fragment({{"asOf", "2026-11-29"}, {"region", "UA-74"}}, "x", vybir::FragmentOutcome{2, "not-supported", "unknown"})
              .value() == "v2;p=x;d=20261129;r=74;o=2nu;z=28");
    CHECK(vybir::encode_fragment({{"asOf", "2026-11-29"}, {"region", "UA-74"}}, "x", vybir::FragmentOutcome{4, "not-supported", "unknown"})
              .error().code == "fragment.unencodable");
    // A code of the first contract cannot be written into a new link.
    CHECK(vybir::encode_fragment({{"asOf", "2026-11-29"}, {"region", "UA-74"}}, "x", vybir::FragmentOutcome{1, "refusal-expected-ipa", "yes"})
              .error().code == "fragment.unencodable");
    // The decoder takes o anywhere, as any other key.
    CHECK(vybir::decode_link("v2;o=3no;p=x;r=05;z=17").value().outcome == vybir::FragmentOutcome{3, "not-supported", "open"});
}

TEST_CASE("fragment: links of format 1 still open, with the first contract's outcome codes", "[fragment]") {
    const auto link = vybir::decode_link("v1;p=nl-ua-2026-06-30;d=20261129;r=63;t=y;f=pr;c=jd;a=20250531;o=1ry").value();
    CHECK(link.format == 1);
    CHECK(link.case_json["asylumApplicationDate"] == "2025-05-31");
    CHECK_FALSE(link.case_json.contains("asylumApplication"));  // format 1 never asked
    CHECK(*link.outcome == vybir::FragmentOutcome{1, "refusal-expected-ipa", "yes"});
    CHECK(vybir::decode_link("v1;o=3ia;p=x;r=05").value().outcome == vybir::FragmentOutcome{3, "individual-assessment", "not-applicable"});
    CHECK(vybir::decode_link("v1;o=3na;p=x;r=05").value().outcome == vybir::FragmentOutcome{3, "not-supported", "not-applicable"});
    // Letters only format 2 has are refused in format 1, and the reverse.
    CHECK(decode_error("v1;p=x;o=1cy").code == "fragment.value");
    CHECK(decode_error("v1;p=x;o=1no").code == "fragment.value");
    CHECK(decode_error("v1;p=x;q=y").code == "fragment.syntax");
    CHECK(decode_error("v2;p=x;o=1ry;z=12").code == "fragment.value");
    // The case of a format-1 link is read as any case.
    auto c = vybir::detail::read_case(link.case_json, vybir::test::shipped_policy());
    REQUIRE(c.ok());
    CHECK(c.value().asylum_application == vybir::Answer::yes);
}

TEST_CASE("fragment: a case that cannot be assessed still makes a link, without an outcome", "[fragment]") {
    const auto& policy = vybir::test::shipped_policy();
    for (const json& c : std::vector<json>{{{"asOf", "2026-02-30"}, {"region", "UA-63"}},
                                           {{"asOf", "2026-11-29"}, {"region", "UA-99"}},
                                           {{"asOf", "2026-01-01"}, {"region", "UA-63"}},
                                           {{"region", "UA-63"}},
                                           {{"asOf", "2026-11-29"}, {"region", "UA-63"}, {"claims", {"lgbtiq", "lgbtiq"}}}}) {
        auto encoded = vybir::encode_fragment(c, policy);
        INFO(c.dump());
        REQUIRE(encoded.ok());
        CHECK(encoded.value() == vybir::encode_fragment(c, policy.id).value());
        CHECK_FALSE(vybir::decode_link(encoded.value()).value().outcome);
    }
    // What the format cannot hold is refused as before.
    CHECK(vybir::encode_fragment(json{{"asOf", "2026-11-29"}, {"region", "UA-63"}, {"colour", "red"}}, policy).error().pointer == "/colour");
    CHECK(vybir::encode_fragment(json::array(), policy).error().code == "fragment.unencodable");
}

TEST_CASE("fragment: every valid scenario case survives the round trip and is assessed the same", "[fragment]") {
    const auto cases = scenario_cases();
    REQUIRE(cases.size() > 200);
    for (const json& c : cases) {
        const json back = round_trip(c);
        CHECK(back == complete(c));
        CHECK(vybir::test::assess_json(back) == vybir::test::assess_json(c));
    }
}

TEST_CASE("fragment: every region, flag set, TP value and claim order survives the round trip", "[fragment]") {
    const char* flags[] = {"occupiedArea", "personalRiskFactors", "relocationObstacles", "regularPermit", "tpExtension2028"};
    for (std::string_view region : vybir::ukraine_region_codes)
        for (unsigned mask = 0; mask < 32; ++mask)
            for (const char* tp : {"yes", "no", "unknown"}) {
                json c = {{"asOf", "2026-11-29"}, {"region", std::string(region)}, {"temporaryProtection", tp}};
                for (unsigned bit = 0; bit < 5; ++bit) c[flags[bit]] = (mask >> bit & 1) != 0;
                CHECK(round_trip(c) == complete(c));
            }

    std::vector<std::string> claims;
    for (auto claim : vybir::all_claims) claims.emplace_back(vybir::code(claim));
    std::sort(claims.begin(), claims.end());
    int orders = 0;
    do {  // all 720 orders of the six claims, and every prefix of each
        for (std::size_t n = 0; n <= claims.size(); ++n) {
            json c = {{"asOf", "2026-11-29"}, {"region", "UA-48"}, {"claims", json(std::vector(claims.begin(), claims.begin() + n))}};
            CHECK(round_trip(c) == complete(c));
        }
        ++orders;
    } while (std::next_permutation(claims.begin(), claims.end()));
    CHECK(orders == 720);
}

TEST_CASE("fragment: dates at the edges of months, years and the calendar survive the round trip", "[fragment]") {
    for (const char* d : {"2026-06-30", "2026-12-31", "2027-01-01", "2028-02-29", "2027-02-28", "9999-12-31"})
        for (const char* applied : {"2022-02-24", "2024-02-29", "2025-05-31", "0001-01-01", "2026-06-30"}) {
            json c = {{"asOf", d}, {"region", "UA-32"}, {"asylumApplicationDate", applied}};
            CHECK(round_trip(c) == complete(c));
        }
    const json with_null = {{"asOf", "2026-11-29"}, {"region", "UA-32"}, {"asylumApplicationDate", nullptr}};
    CHECK(round_trip(with_null) == complete(with_null));
}

TEST_CASE("fragment: damaged and tampered links give a stable fragment code and pointer", "[fragment]") {
    struct Bad {
        std::string text, code, pointer;
    };
    const std::string ok = "v1;p=nl-ua-2026-06-30;d=20261129;r=63";  // format 1: no length part to hide faults behind
    const std::vector<Bad> bad = {
        {"", "fragment.syntax", ""},
        {"#", "fragment.syntax", ""},
        {"hello", "fragment.syntax", ""},
        {"v", "fragment.syntax", ""},
        {"vx;p=a", "fragment.syntax", ""},
        {"V1;p=a", "fragment.syntax", ""},
        {"v3;p=a;d=20261129", "fragment.version", ""},
        {"v0", "fragment.version", ""},
        {"v10;whatever=goes", "fragment.version", ""},
        {"v1", "fragment.syntax", ""},
        {"v1;", "fragment.syntax", ""},
        {"v1;d=20261129;r=63", "fragment.syntax", ""},          // no policy
        {ok + ";", "fragment.syntax", ""},
        {ok + ";;t=y", "fragment.syntax", ""},
        {ok + ";t", "fragment.syntax", ""},
        {ok + ";t=", "fragment.syntax", ""},
        {ok + ";tt=y", "fragment.syntax", ""},
        {ok + ";t=y=n", "fragment.syntax", ""},
        {ok + ";x=1", "fragment.syntax", ""},
        {ok + ";r=64", "fragment.syntax", ""},                  // a key twice
        {ok + ";t=y&f=p", "fragment.syntax", ""},
        {ok + ";t=%79", "fragment.syntax", ""},
        {ok + ";t=y ", "fragment.syntax", ""},
        {ok + ";t=\xd1\x97", "fragment.syntax", ""},
        {std::string("v1;p=a\0;d=20261129", 18), "fragment.syntax", ""},
        {"v1;p=" + std::string(65, 'a'), "fragment.value", ""},
        {"v1;p=x;d=2026112", "fragment.value", "/asOf"},
        {"v1;p=x;d=2026-11-29", "fragment.value", "/asOf"},
        {"v1;p=x;a=2025053a", "fragment.value", "/asylumApplicationDate"},
        {"v1;p=x;r=6", "fragment.value", "/region"},
        {"v1;p=x;r=UA-63", "fragment.value", "/region"},
        {"v1;p=x;t=yes", "fragment.value", "/temporaryProtection"},
        {"v1;p=x;t=q", "fragment.value", "/temporaryProtection"},
        {"v1;p=x;f=px", "fragment.value", ""},
        {"v1;p=x;f=pp", "fragment.value", "/personalRiskFactors"},
        {"v1;p=x;c=djz", "fragment.value", "/claims/2"},
        {"v1;p=x;o=", "fragment.syntax", ""},
        {"v1;p=x;o=2r", "fragment.value", ""},
        {"v1;p=x;o=2ryy", "fragment.value", ""},
        {"v1;p=x;o=0ry", "fragment.value", ""},
        {"v1;p=x;o=4ry", "fragment.value", ""},
        {"v1;p=x;o=2xy", "fragment.value", ""},
        {"v1;p=x;o=2rx", "fragment.value", ""},
        {"v1;p=x;o=ry2", "fragment.value", ""},
        {"v1;p=x;o=2ry;o=2ry", "fragment.syntax", ""},
        {"v1;p=x;c=" + std::string(300, 'd'), "fragment.too-long", ""},
        {std::string(1 << 20, 'v'), "fragment.too-long", ""},
        // Format 2 ends with its own length: a link cut short, or changed in length, is told apart.
        {"v2;p=nl-ua-2026-06-30;d=20261129;r=63;t=y", "fragment.cut-short", ""},
        {"v2;p=nl-ua-2026-06-30;d=20261129;r=63;z=3", "fragment.cut-short", ""},
        {"v2;p=nl-ua-2026-06-30;d=20261129;r=63;z=36", "fragment.cut-short", ""},
        {"v2;p=nl-ua-2026-06-30;d=20261129;r=6;z=37", "fragment.cut-short", ""},
        {"v2;p=nl-ua-2026-06-30;d=20261129;r=63;z=", "fragment.cut-short", ""},
        {"v2;p=nl-ua-2026-06-30;d=20261129;r=63;z=0037", "fragment.cut-short", ""},
        {"v2;p=x;q=yes;z=12", "fragment.value", "/asylumApplication"},
        {"v2;p=x;q=y;q=n;z=14", "fragment.syntax", ""},
        {"v2;z=2", "fragment.syntax", ""},
    };
    for (const auto& b : bad) {
        const auto e = decode_error(b.text);
        CHECK(e.code == b.code);
        CHECK(e.pointer == b.pointer);
        CHECK_FALSE(e.message.empty());
    }
}

TEST_CASE("fragment: a well-formed link with a bad value is refused by read_case, as the case would be", "[fragment]") {
    struct Bad {
        std::string text, code, pointer;
    };
    const std::vector<Bad> bad = {
        {"v1;p=x;d=20260230;r=63", "case.date-invalid", "/asOf"},
        {"v1;p=x;d=20261129;r=99", "case.region-unknown", "/region"},
        {"v1;p=x;d=20261129;r=63;c=jdj", "case.claim-duplicate", "/claims/2"},
        {"v1;p=x;r=63", "case.missing-field", "/asOf"},
        {"v1;p=x;d=20261129", "case.missing-field", "/region"},
        {"v1;p=x;d=20260101;r=63", "case.as-of-before-policy", "/asOf"},
        {"v1;p=x;d=20261129;r=63;a=20261130", "case.application-after-as-of", "/asylumApplicationDate"},
        {"v1;p=x;d=20261129;r=63;a=20250229", "case.date-invalid", "/asylumApplicationDate"},
    };
    for (const auto& b : bad) {
        auto decoded = vybir::decode_fragment(b.text);
        INFO(b.text);
        REQUIRE(decoded.ok());
        auto c = vybir::detail::read_case(decoded.value().case_json, vybir::test::shipped_policy());
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().code == b.code);
        CHECK(c.error().pointer == b.pointer);
    }
}

TEST_CASE("fragment: every one-byte change and every cut of a link decodes or gives a fragment code", "[fragment]") {
    for (const std::string link : {"v1;p=nl-ua-2026-06-30;d=20261129;r=63;t=y;f=pr;c=jd;a=20250531;o=1iy",
                                   "v2;p=nl-ua-2026-06-30;d=20261129;r=63;t=y;q=y;f=pr;c=jd;a=20250531;o=1cy;z=72"}) {
    auto check = [](const std::string& text) {
        auto r = vybir::decode_link(text);
        if (!r.ok()) {
            INFO(text);
            CHECK(r.error().code.starts_with("fragment."));
            return;
        }
        // Whatever decodes re-encodes (as format 2) to a link that decodes the
        // same; a format-1 outcome code that format 2 lacks is left out.
        auto again = vybir::encode_fragment(r.value().case_json, r.value().policy_id, r.value().outcome);
        const bool old_code = !again.ok() && r.value().format == 1;
        if (old_code) again = vybir::encode_fragment(r.value().case_json, r.value().policy_id);
        REQUIRE(again.ok());
        const auto back = vybir::decode_link(again.value()).value();
        json expected = r.value().case_json;
        if (!expected.contains("asylumApplication")) expected["asylumApplication"] = "unknown";
        CHECK(back.case_json == expected);
        if (!old_code) CHECK(back.outcome == r.value().outcome);
    };
    for (std::size_t i = 0; i < link.size(); ++i) {
        check(link.substr(0, i));
        for (int b = 0; b < 256; ++b) {
            std::string changed = link;
            changed[i] = static_cast<char>(b);
            check(changed);
        }
    }
    }
}

TEST_CASE("fragment: a case the format cannot hold is refused, not cut short", "[fragment]") {
    struct Bad {
        json c;
        std::string pointer;
    };
    const std::vector<Bad> bad = {
        {json::array(), ""},
        {{{"asOf", "2026-11-29"}, {"region", "UA-63"}, {"colour", "red"}}, "/colour"},
        {{{"asOf", "2026-11-29"}, {"region", "UA-63"}, {"a/b", 1}}, "/a~1b"},
        {{{"asOf", 20261129}, {"region", "UA-63"}}, "/asOf"},
        {{{"asOf", "29-11-2026"}, {"region", "UA-63"}}, "/asOf"},
        {{{"asOf", "2026-11-29"}, {"region", "Kharkiv"}}, "/region"},
        {{{"asOf", "2026-11-29"}, {"region", "UA-063"}}, "/region"},
        {{{"asOf", "2026-11-29"}, {"region", "UA-63"}, {"occupiedArea", "yes"}}, "/occupiedArea"},
        {{{"asOf", "2026-11-29"}, {"region", "UA-63"}, {"claims", "journalist"}}, "/claims"},
        {{{"asOf", "2026-11-29"}, {"region", "UA-63"}, {"claims", {"journalist", "poet"}}}, "/claims/1"},
        {{{"asOf", "2026-11-29"}, {"region", "UA-63"}, {"temporaryProtection", true}}, "/temporaryProtection"},
        {{{"asOf", "2026-11-29"}, {"region", "UA-63"}, {"asylumApplicationDate", "soon"}}, "/asylumApplicationDate"},
        {{{"asOf", "2026-11-29"}, {"region", "UA-63"}, {"claims", json(std::vector<std::string>(300, "lgbtiq"))}}, "/claims"},
    };
    for (const auto& b : bad) {
        auto r = vybir::encode_fragment(b.c, policy_id);
        INFO(b.c.dump());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == "fragment.unencodable");
        CHECK(r.error().pointer == b.pointer);
    }
    for (const std::string& id : std::vector<std::string>{"", "nl ua", "nl;ua", "p=q", "#x", std::string(65, 'a')}) {
        auto r = vybir::encode_fragment({{"asOf", "2026-11-29"}, {"region", "UA-63"}}, id);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == "fragment.unencodable");
    }
}

TEST_CASE("fragment: the text entry points of the WASM bindings", "[fragment]") {
    auto enc = vybir::encode_fragment_text(R"({"asOf":"2026-11-29","region":"UA-63","temporaryProtection":"no"})", policy_id);
    CHECK(enc.ok);
    CHECK(json::parse(enc.json) == json{{"fragment", "v2;p=nl-ua-2026-06-30;d=20261129;r=63;t=n;z=41"}});

    auto dec = vybir::decode_fragment_text("#v2;p=nl-ua-2026-06-30;d=20261129;r=63;t=n;z=41");
    CHECK(dec.ok);
    CHECK(json::parse(dec.json) ==
          json{{"case", complete({{"asOf", "2026-11-29"}, {"region", "UA-63"}, {"temporaryProtection", "no"}})},
               {"policy", policy_id}, {"format", 2}});

    // Under a policy: the outcome is written, and read back as the contract's codes.
    auto under = vybir::encode_fragment_text(R"({"asOf":"2026-11-29","region":"UA-63","temporaryProtection":"no"})",
                                             vybir::test::shipped_policy());
    CHECK(under.ok);
    CHECK(json::parse(under.json) == json{{"fragment", "v2;p=nl-ua-2026-06-30;d=20261129;r=63;t=n;o=1cn;z=47"}});
    json v1_case = complete({{"asOf", "2026-11-29"}, {"region", "UA-63"}, {"temporaryProtection", "no"}});
    v1_case.erase("asylumApplication");
    CHECK(json::parse(vybir::decode_fragment_text("v1;p=nl-ua-2026-06-30;d=20261129;r=63;t=n;o=1rn").json) ==
          json{{"case", v1_case},
               {"policy", policy_id},
               {"format", 1},
               {"outcome", {{"grade", 1}, {"outlook", "refusal-expected-ipa"}, {"transitionDocumentEligible", "no"}}}});
    CHECK(json::parse(vybir::encode_fragment_text("[1]", vybir::test::shipped_policy()).json)["error"]["code"] ==
          "fragment.unencodable");

    CHECK(json::parse(vybir::encode_fragment_text("{", policy_id).json)["error"]["code"] == "json.syntax");
    CHECK(json::parse(vybir::encode_fragment_text(std::string(200, '['), policy_id).json)["error"]["code"] == "json.too-deep");
    auto bad = vybir::decode_fragment_text("v1;p=\xff");
    CHECK_FALSE(bad.ok);
    CHECK(json::parse(bad.json)["error"]["code"] == "fragment.syntax");
}

// Found by fuzzing: a format-1 link as long as the limit, with its claims
// repeated, is too long to re-encode as format 2 (which adds q= and z=); it
// still decodes, and the one reader refuses its case for the repeats.
TEST_CASE("fragment: a format-1 link at the length limit with repeated claims decodes and is refused by the reader", "[fragment]") {
    std::string text = "v1;p=nl-ua-2026-06-30;d=20261129;r=63;c=";
    while (text.size() < vybir::max_fragment_chars) text += 'j';
    REQUIRE(text.size() == vybir::max_fragment_chars);
    auto link = vybir::decode_link(text);
    REQUIRE(link.ok());
    auto c = vybir::read_link_case(link.value(), vybir::test::shipped_policy());
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().code == "case.claim-duplicate");
    CHECK(c.error().pointer == "/claims/1");
}
