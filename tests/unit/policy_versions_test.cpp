// Policy versions: the one in force on a case's asOf governs it. Both sides
// of a version's first day are tested, with the shipped version and the
// made-up one in tests/fixtures (fiction, see its README).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "support.hpp"
#include "case_json.hpp"
#include "vybir/api.hpp"
#include "vybir/policy_versions.hpp"
#include "vybir/sha256.hpp"

using nlohmann::json;

namespace {

std::string file_text(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    std::stringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
}

// The shipped version and the fixture taking effect on 2027-01-15, in the
// wrong order on purpose: order_versions sorts them.
std::vector<vybir::Policy> both_versions() {
    std::vector<vybir::Policy> versions;
    for (const char* path : {VYBIR_FIXTURE_DIR "/policy-2027-01-15.json", VYBIR_POLICY_DIR "/2026-06-30.json"}) {
        auto p = vybir::read_policy_text(file_text(path));
        REQUIRE(p.ok());
        versions.push_back(p.value());
    }
    auto ordered = vybir::order_versions(std::move(versions));
    REQUIRE(ordered.ok());
    return ordered.value();
}

std::string in_force_on(const std::vector<vybir::Policy>& versions, const char* day) {
    auto p = vybir::policy_in_force(versions, *vybir::Date::parse(day));
    REQUIRE(p.ok());
    return p.value()->effective_from.to_string();
}

}  // namespace

TEST_CASE("versions are ordered by the day they take effect", "[versions]") {
    auto versions = both_versions();
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].effective_from.to_string() == "2026-06-30");
    CHECK(versions[1].effective_from.to_string() == "2027-01-15");
}

TEST_CASE("the day before a version takes effect the previous one governs; from that day, the new one", "[versions][dates]") {
    auto versions = both_versions();
    CHECK(in_force_on(versions, "2026-06-30") == "2026-06-30");
    CHECK(in_force_on(versions, "2027-01-08") == "2026-06-30");  // the new memo's date: not yet in force
    CHECK(in_force_on(versions, "2027-01-14") == "2026-06-30");
    CHECK(in_force_on(versions, "2027-01-15") == "2027-01-15");
    CHECK(in_force_on(versions, "2027-01-16") == "2027-01-15");
    CHECK(in_force_on(versions, "2099-12-31") == "2027-01-15");
}

TEST_CASE("before the first version no policy is in force: an error at /asOf", "[versions][dates]") {
    auto versions = both_versions();
    auto p = vybir::policy_in_force(versions, *vybir::Date::parse("2026-06-29"));
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().code == "case.as-of-before-policy");
    CHECK(p.error().pointer == "/asOf");
    auto none = vybir::policy_in_force({}, *vybir::Date::parse("2027-01-01"));
    CHECK_FALSE(none.ok());
}

TEST_CASE("two versions taking effect on the same day are refused", "[versions]") {
    auto versions = both_versions();
    versions.push_back(versions[0]);
    auto ordered = vybir::order_versions(std::move(versions));
    REQUIRE_FALSE(ordered.ok());
    CHECK(ordered.error().code == "policy.version-duplicate");
    CHECK(ordered.error().pointer == "/effectiveFrom");
}

TEST_CASE("a case is read and assessed under the version in force on its asOf", "[versions]") {
    auto versions = both_versions();
    auto on = [&](const char* day) {
        auto c = vybir::detail::read_case(json{{"asOf", day}, {"region", "UA-74"}}, versions);
        REQUIRE(c.ok());
        return vybir::evaluate(*c.value().policy, c.value().input);
    };
    // The fixture moves Chernihiv from grade 2 to grade 3 (fiction).
    CHECK(on("2027-01-14").grade.grade == 2);
    CHECK(on("2027-01-15").grade.grade == 3);
    CHECK(on("2027-01-14").policy->id == "nl-ua-2026-06-30");
    CHECK(on("2027-01-15").policy->id == "fiction-2027-01-15");
}

TEST_CASE("a case whose asOf is missing or not a date gets the usual error, not a version error", "[versions]") {
    auto versions = both_versions();
    auto missing = vybir::detail::read_case(json{{"region", "UA-74"}}, versions);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == "case.missing-field");
    auto bad = vybir::detail::read_case(json{{"asOf", "2027-02-30"}, {"region", "UA-74"}}, versions);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == "case.date-invalid");
    auto early = vybir::detail::read_case(json{{"asOf", "2026-01-01"}, {"region", "UA-74"}}, versions);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == "case.as-of-before-policy");
}

TEST_CASE("the assessment names its version: effectiveFrom and the file's SHA-256", "[versions][sha256]") {
    auto versions = both_versions();
    auto r = vybir::evaluate_text(versions, R"({"asOf":"2027-01-15","region":"UA-63"})");
    REQUIRE(r.ok);
    const json policy = json::parse(r.json)["policy"];
    CHECK(policy["effectiveFrom"] == "2027-01-15");
    CHECK(policy["id"] == "fiction-2027-01-15");
    CHECK(policy["sha256"] == vybir::sha256_hex(file_text(VYBIR_FIXTURE_DIR "/policy-2027-01-15.json")));
}

// Found by fuzzing: with versions chosen by asOf, an asOf before every
// version is the first thing said, before any other fault of the case;
// under one policy the case's own faults come first.
TEST_CASE("under versions an asOf before every version is said first; under one policy the field's fault", "[versions][dates]") {
    auto versions = both_versions();
    const std::string text = R"({"asOf":"1013-11-29","occupiedArea":"yes","region":"UA-63"})";
    auto under_versions = vybir::read_case_text(text, versions);
    REQUIRE_FALSE(under_versions.ok());
    CHECK(under_versions.error().code == "case.as-of-before-policy");
    CHECK(under_versions.error().pointer == "/asOf");
    auto under_one = vybir::read_case_text(text, versions.front());
    REQUIRE_FALSE(under_one.ok());
    CHECK(under_one.error().pointer == "/occupiedArea");
}
