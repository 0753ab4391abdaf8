// One test per rule, named after the memo section it implements.
#include <catch2/catch.hpp>

#include <algorithm>

#include "support.hpp"

using nlohmann::json;
using vybir::test::assess;
using vybir::test::assess_json;

namespace {
json base(const char* region) { return {{"asOf", "2026-11-29"}, {"region", region}}; }
json with(json c, const char* key, json value) {
    c[key] = std::move(value);
    return c;
}
}  // namespace

TEST_CASE("BN-2.1a: the seven front-line oblasts are grade 1", "[rules]") {
    for (auto iso : {"UA-63", "UA-09", "UA-14", "UA-23", "UA-65", "UA-12", "UA-59"}) {
        INFO(iso);
        CHECK(assess(base(iso)).grade.grade == 1);
    }
}

TEST_CASE("BN-2.1b: Mykolaiv and Chernihiv are grade 2", "[rules]") {
    CHECK(assess(base("UA-48")).grade.grade == 2);
    CHECK(assess(base("UA-74")).grade.grade == 2);
}

TEST_CASE("BN-2.1c: every other region, Crimea and Sevastopol included, is grade 3", "[rules]") {
    for (auto iso : {"UA-05", "UA-07", "UA-18", "UA-21", "UA-26", "UA-30", "UA-32", "UA-35", "UA-40", "UA-43",
                     "UA-46", "UA-51", "UA-53", "UA-56", "UA-61", "UA-68", "UA-71", "UA-77"}) {
        INFO(iso);
        CHECK(assess(base(iso)).grade.grade == 3);
    }
}

TEST_CASE("BN-fn5: the occupied part of Mykolaiv is assessed with Kherson, as grade 1", "[rules]") {
    auto a = assess(with(base("UA-48"), "occupiedArea", true));
    CHECK(a.grade.grade == 1);
    CHECK(a.grade.occupied_part);
    CHECK(a.grade.cite == "BN-fn5");
}

TEST_CASE("BN-fn5: an occupied answer changes nothing outside Mykolaiv; Crimea and Sevastopol stay grade 3", "[rules]") {
    for (auto iso : {"UA-43", "UA-40", "UA-74", "UA-63", "UA-05"}) {
        INFO(iso);
        CHECK(assess(with(base(iso), "occupiedArea", true)).grade.grade == assess(base(iso)).grade.grade);
    }
}

TEST_CASE("BN-4.1a: in grade 1 a real risk is established without personal factors", "[rules]") {
    CHECK(assess(base("UA-63")).real_risk.value == vybir::RealRisk::established);
    CHECK(assess(base("UA-63")).real_risk.cite == "BN-4.1a");
}

TEST_CASE("BN-4.1b: in grade 2 personal risk factors make a real risk possible", "[rules]") {
    CHECK(assess(base("UA-74")).real_risk.value == vybir::RealRisk::not_established);
    CHECK(assess(with(base("UA-74"), "personalRiskFactors", true)).real_risk.value == vybir::RealRisk::possible);
}

TEST_CASE("BN-4.1c: in grade 3 personal risk factors make a real risk possible but unlikely", "[rules]") {
    CHECK(assess(base("UA-46")).real_risk.value == vybir::RealRisk::not_established);
    CHECK(assess(with(base("UA-46"), "personalRiskFactors", true)).real_risk.value == vybir::RealRisk::unlikely);
}

TEST_CASE("BN-2.1d: nobody is pointed to Crimea or Sevastopol as a safe alternative", "[rules]") {
    for (auto iso : {"UA-63", "UA-74", "UA-46", "UA-43"}) {
        const json areas = assess_json(with(base(iso), "personalRiskFactors", true))["internalProtection"]["areas"];
        INFO(iso << " " << areas.dump());
        CHECK(std::find(areas.begin(), areas.end(), "UA-43") == areas.end());
        CHECK(std::find(areas.begin(), areas.end(), "UA-40") == areas.end());
    }
}

TEST_CASE("BN-2.1d: the alternative is presumed whenever a real risk is not ruled out", "[rules]") {
    CHECK(assess(base("UA-63")).internal_protection.presumed);
    CHECK_FALSE(assess(base("UA-74")).internal_protection.presumed);
    CHECK(assess(with(base("UA-74"), "personalRiskFactors", true)).internal_protection.presumed);
    CHECK(assess(with(base("UA-46"), "personalRiskFactors", true)).internal_protection.presumed);
}

TEST_CASE("BN-4.1d: someone at risk in a grade-3 region is pointed to another grade-3 region", "[rules]") {
    const json ipa = assess_json(with(base("UA-46"), "personalRiskFactors", true))["internalProtection"];
    CHECK(ipa["areas"].size() == 15);
    CHECK(std::find(ipa["areas"].begin(), ipa["areas"].end(), "UA-46") == ipa["areas"].end());
    CHECK(assess(with(base("UA-46"), "personalRiskFactors", true)).internal_protection.cite == "BN-4.1d");
    CHECK(assess_json(base("UA-63"))["internalProtection"]["areas"].size() == 16);
}

TEST_CASE("BN-4.1d: relocation obstacles make a waiver possible and leave the outcome to the IND", "[rules]") {
    auto a = assess(with(base("UA-63"), "relocationObstacles", true));
    CHECK(a.internal_protection.waiver_possible);
    CHECK(a.outlook.value == vybir::Outlook::individual_assessment);
    CHECK(a.outlook.cite == "BN-4.1d");
    // Without a presumed alternative there is nothing to waive.
    CHECK_FALSE(assess(with(base("UA-46"), "relocationObstacles", true)).internal_protection.waiver_possible);
}

TEST_CASE("BN-3: with an alternative and no obstacles, refusal on individual grounds is expected", "[rules]") {
    auto a = assess(base("UA-14"));
    CHECK(a.outlook.value == vybir::Outlook::refusal_expected_ipa);
    CHECK(a.outlook.cite == "BN-3");
    CHECK(assess(base("UA-05")).outlook.value == vybir::Outlook::not_supported);
}

TEST_CASE("BN-2.1e: no group gets special policy; each claim gets the memo's finding", "[rules]") {
    const json groups = assess_json(with(base("UA-30"), "claims", {"lgbtiq", "draft-evasion", "other-persecution"}))["groups"];
    REQUIRE(groups.size() == 3);
    CHECK(groups[0] == json{{"claim", "lgbtiq"}, {"specialPolicy", false}, {"finding", "situation-unchanged"}, {"cite", "BN-4.1e"}});
    CHECK(groups[1]["finding"] == "mobilisation-penalties-not-persecution");
    CHECK(groups[2]["cite"] == "BN-4.2");
    for (const auto& g : groups) CHECK(g["specialPolicy"] == false);
}

TEST_CASE("BN-4.2: temporary protection runs until and including 4 March 2027", "[rules][dates]") {
    CHECK(assess(with(base("UA-30"), "asOf", "2027-03-03")).temporary_protection.active_on_as_of);
    CHECK(assess(with(base("UA-30"), "asOf", "2027-03-04")).temporary_protection.active_on_as_of);
    auto after = assess(with(base("UA-30"), "asOf", "2027-03-05"));
    CHECK_FALSE(after.temporary_protection.active_on_as_of);
    CHECK(after.temporary_protection.first_day_without.to_string() == "2027-03-05");
}

TEST_CASE("BN-fn3: the 2028 extension scenario moves the last day to 4 March 2028", "[rules][dates]") {
    json c = with(base("UA-30"), "tpExtension2028", true);
    CHECK(assess(with(c, "asOf", "2028-03-04")).temporary_protection.active_on_as_of);
    CHECK_FALSE(assess(with(c, "asOf", "2028-03-05")).temporary_protection.active_on_as_of);
    CHECK(assess(c).temporary_protection.cite == "BN-fn3");
}

TEST_CASE("BN-4.1: the transition document needs TP, no regular permit, and withdrawal", "[rules]") {
    using vybir::Eligibility;
    CHECK(assess(with(base("UA-63"), "temporaryProtection", "yes")).transition_document.eligible == Eligibility::yes);
    CHECK(assess(with(with(base("UA-63"), "temporaryProtection", "yes"), "regularPermit", true))
              .transition_document.eligible == Eligibility::not_applicable);
    CHECK(assess(with(base("UA-63"), "temporaryProtection", "no")).transition_document.eligible == Eligibility::no);
    CHECK(assess(base("UA-63")).transition_document.eligible == Eligibility::unknown);
    CHECK(assess(base("UA-63")).transition_document.requires_withdrawal);
    CHECK(assess(base("UA-63")).transition_document.validity_years == 3);
}

TEST_CASE("BN-4.3: the decision is due 21 months after the application, and is late the day after", "[rules][dates]") {
    json c = with(base("UA-30"), "asylumApplicationDate", "2025-05-31");
    CHECK(assess(with(c, "asOf", "2027-02-27")).decision_deadline->date.to_string() == "2027-02-28");
    CHECK_FALSE(assess(with(c, "asOf", "2027-02-27")).decision_deadline->passed);
    CHECK_FALSE(assess(with(c, "asOf", "2027-02-28")).decision_deadline->passed);
    CHECK(assess(with(c, "asOf", "2027-03-01")).decision_deadline->passed);
    CHECK_FALSE(assess(base("UA-30")).decision_deadline);
}

TEST_CASE("what-if lists exactly the answers whose flip changes grade, outlook or eligibility", "[rules]") {
    const json w = assess_json(with(base("UA-74"), "temporaryProtection", "yes"))["whatIf"];
    REQUIRE(w.size() == 3);
    CHECK(w[0] == json{{"input", "personalRiskFactors"}, {"value", true}, {"grade", 2}, {"realRisk", "possible"},
                       {"outlook", "refusal-expected-ipa"}, {"transitionDocumentEligible", "yes"}});
    CHECK(w[1]["input"] == "regularPermit");
    CHECK(w[2]["input"] == "temporaryProtection");
    CHECK(w[2]["value"] == "no");
}

TEST_CASE("the trace gives every conclusion with its section, in order", "[rules]") {
    const json trace = assess_json(with(with(base("UA-63"), "claims", {"journalist"}), "asylumApplicationDate", "2025-01-10"))["trace"];
    std::vector<std::string> rules;
    for (const auto& step : trace) {
        rules.push_back(step["rule"]);
        CHECK(vybir::test::shipped_policy().citations.contains(step["cite"].get<std::string>()));
    }
    CHECK(rules == std::vector<std::string>{"grade", "real-risk", "internal-protection", "internal-protection.waiver",
                                            "outlook", "groups", "group", "temporary-protection",
                                            "transition-document", "decision-deadline"});
}
