// A policy file that breaks the schema or the memo's structure is refused
// with a stable code and the JSON Pointer of the fault.
#include <catch2/catch.hpp>

#include <functional>

#include "support.hpp"
#include "vybir/default_policy.hpp"

using nlohmann::json;

namespace {

vybir::Error refused(const std::function<void(json&)>& breakit) {
    json doc = vybir::test::shipped_policy_document();
    breakit(doc);
    auto result = vybir::read_policy(doc);
    REQUIRE_FALSE(result.ok());
    return result.error();
}

std::size_t index_of(const json& doc, const char* iso) {
    for (std::size_t i = 0; i < doc["regions"].size(); ++i)
        if (doc["regions"][i]["iso"] == iso) return i;
    FAIL("no region " << iso);
    return 0;
}

}  // namespace

TEST_CASE("the shipped policy is accepted and grades all 27 regions", "[policy]") {
    auto p = vybir::read_policy_text(vybir::default_policy_text());
    REQUIRE(p.ok());
    CHECK(p.value().regions.size() == 27);
    CHECK(p.value().reference == "7747653");
    CHECK(p.value().date.to_string() == "2026-06-30");
    CHECK(p.value().status == "advised");
    CHECK(p.value().temporary_protection.last_day.to_string() == "2027-03-04");
}

TEST_CASE("a policy that is not JSON is refused", "[policy]") {
    auto p = vybir::read_policy_text("{\"id\": ");
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().code == "policy.syntax");
}

TEST_CASE("schema faults: a missing field, a wrong type, an unknown field", "[policy]") {
    auto e = refused([](json& d) { d.erase("reference"); });
    CHECK(e.code == "policy.schema");
    CHECK(e.pointer == "/reference");
    e = refused([](json& d) { d["regions"][3]["grade"] = "1"; });
    CHECK(e.code == "policy.schema");
    CHECK(e.pointer == "/regions/3/grade");
    e = refused([](json& d) { d["regions"][0]["colour"] = "red"; });
    CHECK(e.pointer == "/regions/0/colour");
}

TEST_CASE("the decision limit and the permit's validity are refused outside their bounds", "[policy]") {
    // Each bound on both sides: 1-120 months, 1-20 years.
    auto accepted = [](const char* at, int value) {
        json doc = vybir::test::shipped_policy_document();
        doc[json::json_pointer(at)] = value;
        return vybir::read_policy(doc).ok();
    };
    CHECK_FALSE(accepted("/decisionLimit/months", 0));
    CHECK(accepted("/decisionLimit/months", 1));
    CHECK(accepted("/decisionLimit/months", 120));
    CHECK_FALSE(accepted("/decisionLimit/months", 121));
    CHECK_FALSE(accepted("/transitionDocument/validityYears", 0));
    CHECK(accepted("/transitionDocument/validityYears", 1));
    CHECK(accepted("/transitionDocument/validityYears", 20));
    CHECK_FALSE(accepted("/transitionDocument/validityYears", 21));
    auto e = refused([](json& d) { d["decisionLimit"]["months"] = 1000000000; });
    CHECK(e.code == "policy.schema");
    CHECK(e.pointer == "/decisionLimit/months");
}

TEST_CASE("a region missing is refused", "[policy]") {
    auto e = refused([](json& d) { d["regions"].erase(d["regions"].begin() + 5); });
    CHECK(e.code == "policy.region-missing");
    CHECK(e.pointer == "/regions");
}

TEST_CASE("a region listed twice (two grades for one region) is refused", "[policy]") {
    auto e = refused([](json& d) {
        json copy = d["regions"][0];
        copy["grade"] = 1;
        copy["internalProtectionArea"] = false;
        d["regions"].push_back(copy);
    });
    CHECK(e.code == "policy.region-duplicate");
    CHECK(e.pointer == "/regions/27/iso");
}

TEST_CASE("a region code that is not Ukraine's is refused", "[policy]") {
    auto e = refused([](json& d) { d["regions"][2]["iso"] = "UA-99"; });
    CHECK(e.code == "policy.region-unknown");
    CHECK(e.pointer == "/regions/2/iso");
}

TEST_CASE("a grade other than 1-3 is refused", "[policy]") {
    auto e = refused([](json& d) { d["regions"][index_of(d, "UA-63")]["grade"] = 4; });
    CHECK(e.code == "policy.grade-range");
    CHECK(e.pointer == "/regions/" + std::to_string(index_of(vybir::test::shipped_policy_document(), "UA-63")) + "/grade");
}

TEST_CASE("an impossible date is refused", "[policy]") {
    auto e = refused([](json& d) { d["temporaryProtection"]["lastDay"] = "2027-02-30"; });
    CHECK(e.code == "policy.date-invalid");
    CHECK(e.pointer == "/temporaryProtection/lastDay");
}

TEST_CASE("a citation id that does not exist is refused", "[policy]") {
    auto e = refused([](json& d) { d["groups"][1]["cite"] = "BN-9.9"; });
    CHECK(e.code == "policy.cite-unknown");
    CHECK(e.pointer == "/groups/1/cite");
    e = refused([](json& d) { d["context"]["otherStates"]["cite"] = "BN-4.6"; });
    CHECK(e.pointer == "/context/otherStates/cite");
}

TEST_CASE("BN-2.1d: an internal protection area that is not grade 3 is refused", "[policy]") {
    auto e = refused([](json& d) { d["regions"][index_of(d, "UA-74")]["internalProtectionArea"] = true; });
    CHECK(e.code == "policy.ipa-not-grade-3");
}

TEST_CASE("BN-2.1d: Crimea listed as an internal protection area is refused", "[policy]") {
    const std::size_t crimea = index_of(vybir::test::shipped_policy_document(), "UA-43");
    auto e = refused([&](json& d) { d["regions"][crimea]["internalProtectionArea"] = true; });
    CHECK(e.code == "policy.ipa-occupied");
    CHECK(e.pointer == "/regions/" + std::to_string(crimea) + "/internalProtectionArea");
}

TEST_CASE("BN-4.2: temporary protection ending before the memo's date is refused", "[policy]") {
    auto e = refused([](json& d) { d["temporaryProtection"]["lastDay"] = "2026-06-29"; });
    CHECK(e.code == "policy.tp-before-memo");
    CHECK(e.pointer == "/temporaryProtection/lastDay");
}

TEST_CASE("BN-4.1: the planned end of temporary protection is the day after its last day, or refused", "[policy]") {
    CHECK(vybir::test::shipped_policy().temporary_protection.planned_end ==
          vybir::test::shipped_policy().temporary_protection.last_day.next_day());
    auto e = refused([](json& d) { d["temporaryProtection"]["plannedEnd"] = "2027-03-04"; });
    CHECK(e.code == "policy.date-invalid");
    CHECK(e.pointer == "/temporaryProtection/plannedEnd");
}

TEST_CASE("BN-4.1e: every claim needs exactly one finding", "[policy]") {
    auto e = refused([](json& d) { d["groups"].erase(d["groups"].begin()); });
    CHECK(e.code == "policy.claim-missing");
    e = refused([](json& d) { d["groups"][1]["claim"] = "draft-evasion"; });
    CHECK(e.code == "policy.claim-duplicate");
    CHECK(e.pointer == "/groups/1/claim");
}
