// vybir diff: what changed between the shipped version and the made-up one
// in tests/fixtures (Chernihiv to grade 3, TP to 4 March 2028: fiction),
// and what that changes for a case.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "support.hpp"
#include "case_json.hpp"
#include "vybir/case.hpp"
#include "vybir/policy_diff.hpp"

using nlohmann::json;

namespace {

const vybir::Policy& fixture() {
    static const vybir::Policy policy = [] {
        std::ifstream file(VYBIR_FIXTURE_DIR "/policy-2027-01-15.json", std::ios::binary);
        std::stringstream bytes;
        bytes << file.rdbuf();
        auto p = vybir::read_policy_text(bytes.str());
        if (!p.ok()) throw std::runtime_error("fixture refused: " + p.error().code);
        return p.value();
    }();
    return policy;
}

vybir::Policy changed(const std::function<void(json&)>& edit) {
    json doc = vybir::test::shipped_policy_document();
    edit(doc);
    auto p = vybir::read_policy(doc);
    REQUIRE(p.ok());
    return p.value();
}

vybir::Assessment under(const vybir::Policy& policy, const json& case_json) {
    auto c = vybir::detail::read_case(case_json, policy);
    REQUIRE(c.ok());
    return vybir::evaluate(policy, c.value());
}

}  // namespace

TEST_CASE("diff: a region's new grade, the area it adds, and the moved TP dates", "[diff]") {
    const json d = vybir::diff_policies(vybir::test::shipped_policy(), fixture());
    CHECK(d["grades"] == json::parse(R"([{"region":"UA-74","name":"Chernihiv","old":2,"new":3}])"));
    CHECK(d["internalProtectionAreas"] == json::parse(R"({"added":["UA-74"],"removed":[]})"));
    CHECK(d["dates"] == json::parse(R"([
        {"field":"/date","old":"2026-06-30","new":"2027-01-08"},
        {"field":"/effectiveFrom","old":"2026-06-30","new":"2027-01-15"},
        {"field":"/temporaryProtection/lastDay","old":"2027-03-04","new":"2028-03-04"},
        {"field":"/temporaryProtection/plannedEnd","old":"2027-03-05","new":"2028-03-05"}])"));
    CHECK(d["groups"].empty());
    CHECK(d["decisionLimit"].empty());
    CHECK(d["occupiedParts"].empty());
    CHECK(d["old"]["effectiveFrom"] == "2026-06-30");
    CHECK(d["new"]["effectiveFrom"] == "2027-01-15");
    CHECK(d["unchanged"] == false);
}

TEST_CASE("diff: a version against itself has nothing to list", "[diff]") {
    const json d = vybir::diff_policies(fixture(), fixture());
    for (const char* list : {"grades", "occupiedParts", "dates", "groups", "statements", "decisionLimit", "other"})
        CHECK(d[list].empty());
    CHECK(d["unchanged"] == true);
}

TEST_CASE("diff: group findings, the decision limit and a removed area are listed", "[diff]") {
    const vybir::Policy next = changed([](json& doc) {
        doc["groups"][4]["findings"] = {"situation-worsened"};
        doc["statements"].erase("finding.situation-unchanged");
        doc["statements"]["finding.situation-worsened"] = {{"cite", "BN-4.1e"}, {"modality", "established"}};
        doc["statements"]["outlook.can-be-refused"]["modality"] = "reading";
        doc["decisionLimit"]["months"] = 24;
        for (json& r : doc["regions"])
            if (r["iso"] == "UA-46") r["internalProtectionArea"] = false;
    });
    const json d = vybir::diff_policies(vybir::test::shipped_policy(), next);
    CHECK(d["groups"] == json::parse(R"([{"claim":"lgbtiq","old":["situation-unchanged"],"new":["situation-worsened"]}])"));
    CHECK(d["statements"] == json::parse(R"([{"id":"outlook.can-be-refused","old":{"cite":"BN-3","modality":"may"},"new":{"cite":"BN-3","modality":"reading"}}])"));
    CHECK(d["decisionLimit"] == json::parse(R"([{"field":"/decisionLimit/months","old":21,"new":24}])"));
    CHECK(d["internalProtectionAreas"] == json::parse(R"({"added":[],"removed":["UA-46"]})"));
    CHECK(d["grades"].empty());
    CHECK(d["unchanged"] == false);
}

TEST_CASE("diff of a case: only what changes is listed", "[diff]") {
    const json chernihiv = {{"asOf", "2027-06-01"}, {"region", "UA-74"}, {"temporaryProtection", "yes"}};
    const json change = vybir::diff_outcome(under(vybir::test::shipped_policy(), chernihiv), under(fixture(), chernihiv));
    // Grade 2 has the alternative in principle, grade 3 without a personal risk none.
    CHECK(change == json::parse(R"({"grade":{"old":2,"new":3},"outlook":{"old":"can-be-refused","new":"not-supported"},"temporaryProtectionActive":{"old":false,"new":true}})"));

    const json kharkiv_before_tp_end = {{"asOf", "2027-02-01"}, {"region", "UA-63"}};
    CHECK(vybir::diff_outcome(under(vybir::test::shipped_policy(), kharkiv_before_tp_end),
                              under(fixture(), kharkiv_before_tp_end))
              .empty());
}

TEST_CASE("diff of a case: a longer decision limit can make a passed deadline not passed", "[diff][dates]") {
    const vybir::Policy longer = changed([](json& doc) { doc["decisionLimit"]["months"] = 24; });
    // 21 months end on Sunday 28 February 2027, so the limit runs to Monday 1 March.
    const json late = {{"asOf", "2027-03-02"}, {"region", "UA-05"}, {"asylumApplicationDate", "2025-05-31"}};
    CHECK(vybir::diff_outcome(under(vybir::test::shipped_policy(), late), under(longer, late)) ==
          json::parse(R"({"decisionDeadlinePassed":{"old":true,"new":false}})"));
}

TEST_CASE("diff of a case: a region leaving grade 1 changes real risk's consequence, the outlook", "[diff]") {
    const vybir::Policy calmer = changed([](json& doc) {
        for (json& r : doc["regions"])
            if (r["iso"] == "UA-63") r["grade"] = 3, r["cite"] = "BN-2.1c";
    });
    const json kharkiv = {{"asOf", "2027-01-15"}, {"region", "UA-63"}, {"temporaryProtection", "yes"}};
    CHECK(vybir::diff_outcome(under(vybir::test::shipped_policy(), kharkiv), under(calmer, kharkiv)) ==
          json::parse(R"({"grade":{"old":1,"new":3},"outlook":{"old":"can-be-refused","new":"not-supported"}})"));
    const json without_tp = {{"asOf", "2027-01-15"}, {"region", "UA-05"}, {"temporaryProtection", "no"}};
    CHECK(vybir::diff_outcome(under(vybir::test::shipped_policy(), without_tp), under(calmer, without_tp)).empty());
}
