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
// The ids of the statements an assessment makes, in order.
std::vector<std::string> ids(const vybir::Assessment& a) {
    std::vector<std::string> out;
    for (std::uint8_t i = 0; i < a.statements.count; ++i) out.push_back(a.statements.items[i]->id);
    return out;
}
bool says(const vybir::Assessment& a, const std::string& id) {
    const auto all = ids(a);
    return std::find(all.begin(), all.end(), id) != all.end();
}
// The statement's modality code, or "" when the assessment does not make it.
std::string modality(const vybir::Assessment& a, const std::string& id) {
    for (std::uint8_t i = 0; i < a.statements.count; ++i)
        if (a.statements.items[i]->id == id) return std::string(vybir::code(a.statements.items[i]->modality));
    return "";
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
    CHECK(modality(assess(base("UA-63")), "real-risk.established") == "established");
}

TEST_CASE("BN-4.1b: grade 2 always takes an individual assessment, with or without risk factors", "[rules]") {
    const auto without = assess(base("UA-74"));
    const auto with_factors = assess(with(base("UA-74"), "personalRiskFactors", true));
    CHECK(without.real_risk.value == vybir::RealRisk::individual_assessment);
    CHECK(with_factors.real_risk.value == vybir::RealRisk::individual_assessment);
    // Risk factors change only the wording.
    CHECK(says(without, "real-risk.individual-assessment-no-factors"));
    CHECK(says(with_factors, "real-risk.individual-assessment"));
    CHECK(modality(without, "grade.2") == "individual-assessment");
}

TEST_CASE("BN-4.1c: in grade 3 a personal risk is not readily accepted; without risk factors none follows", "[rules]") {
    CHECK(assess(base("UA-46")).real_risk.value == vybir::RealRisk::not_established);
    CHECK(modality(assess(base("UA-46")), "real-risk.not-established") == "reading");
    const auto a = assess(with(base("UA-46"), "personalRiskFactors", true));
    CHECK(a.real_risk.value == vybir::RealRisk::not_readily_accepted);
    CHECK(modality(a, "real-risk.not-readily-accepted") == "not-readily");
}

TEST_CASE("BN-2.1d: nobody is pointed to Crimea or Sevastopol as an alternative", "[rules]") {
    for (auto iso : {"UA-63", "UA-74", "UA-46", "UA-43"}) {
        const json areas = assess_json(with(base(iso), "personalRiskFactors", true))["internalProtection"]["areas"];
        INFO(iso << " " << areas.dump());
        CHECK(std::find(areas.begin(), areas.end(), "UA-43") == areas.end());
        CHECK(std::find(areas.begin(), areas.end(), "UA-40") == areas.end());
    }
}

TEST_CASE("BN-2.1d: a grade 1 or 2 home has the alternative in principle, risk factors or not", "[rules]") {
    using vybir::IpaBasis;
    for (auto iso : {"UA-63", "UA-74", "UA-48"})
        for (bool factors : {false, true}) {
            INFO(iso << " " << factors);
            const auto a = assess(with(base(iso), "personalRiskFactors", factors));
            CHECK(a.internal_protection.basis == IpaBasis::in_principle);
            CHECK(a.internal_protection.cite == "BN-2.1d");
            CHECK(modality(a, "ipa.in-principle") == "in-principle");
        }
}

TEST_CASE("BN-4.1d: for a grade-3 home with a personal risk it may be examined, not presumed", "[rules]") {
    const auto a = assess(with(base("UA-43"), "personalRiskFactors", true));  // Crimea
    CHECK(a.internal_protection.basis == vybir::IpaBasis::may_be_examined);
    CHECK(a.internal_protection.cite == "BN-4.1d");
    CHECK(modality(a, "ipa.may-be-examined") == "may");
    CHECK_FALSE(says(a, "ipa.in-principle"));
    const json ipa = assess_json(with(base("UA-46"), "personalRiskFactors", true))["internalProtection"];
    CHECK(ipa["basis"] == "may-be-examined");
    CHECK(ipa["areas"].size() == 15);
    CHECK(std::find(ipa["areas"].begin(), ipa["areas"].end(), "UA-46") == ipa["areas"].end());
    CHECK(assess_json(base("UA-63"))["internalProtection"]["areas"].size() == 16);
}

TEST_CASE("BN-4.1d: a grade-3 home without a personal risk has no alternative to speak of", "[rules]") {
    const auto a = assess(base("UA-46"));
    CHECK(a.internal_protection.basis == vybir::IpaBasis::none);
    CHECK(a.internal_protection.areas == 0);
    CHECK(says(a, "ipa.none"));
    CHECK_FALSE(says(a, "ipa.waiver"));
}

TEST_CASE("BN-4.1d: the IND may refrain from the alternative; relocation obstacles predict nothing", "[rules]") {
    const auto plain = assess(base("UA-63"));
    const auto obstacles = assess(with(base("UA-63"), "relocationObstacles", true));
    // The outlook is the same: the memo gives no criteria for refraining.
    CHECK(plain.outlook.value == obstacles.outlook.value);
    CHECK(modality(plain, "ipa.waiver") == "may");
    CHECK(modality(plain, "open.waiver-criteria") == "open");
    CHECK(says(plain, "ipa.obstacles-not-named"));
    CHECK(says(obstacles, "ipa.obstacles-named"));
    CHECK(modality(obstacles, "ipa.obstacles-named") == "reading");
}

TEST_CASE("BN-3: with an alternative in principle an application can be refused, never 'expected'", "[rules]") {
    auto a = assess(base("UA-14"));
    CHECK(a.outlook.value == vybir::Outlook::can_be_refused);
    CHECK(a.outlook.cite == "BN-3");
    CHECK(modality(a, "outlook.can-be-refused") == "may");
    CHECK(says(a, "outlook.other-grounds"));
    CHECK(assess(with(base("UA-46"), "personalRiskFactors", true)).outlook.value ==
          vybir::Outlook::individual_assessment);
    const auto lviv = assess(base("UA-46"));
    CHECK(lviv.outlook.value == vybir::Outlook::not_supported);
    CHECK(lviv.outlook.cite == "BN-4.1c");  // the grade's own section
}

TEST_CASE("BN-3: the front-line oblasts and the occupied areas are named as such", "[rules]") {
    const auto kharkiv = assess(base("UA-63"));
    CHECK(says(kharkiv, "region.front-line"));
    CHECK(says(kharkiv, "region.partly-occupied"));
    CHECK(says(kharkiv, "region.occupation-violations"));
    const auto crimea = assess(base("UA-43"));
    CHECK(says(crimea, "region.occupied"));
    CHECK(says(crimea, "region.occupation-violations"));
    CHECK_FALSE(says(crimea, "region.front-line"));
    const auto lviv = assess(base("UA-46"));
    CHECK_FALSE(says(lviv, "region.occupation-violations"));
    CHECK_FALSE(says(lviv, "region.front-line"));
    CHECK(says(assess(base("UA-48")), "open.mykolaiv-extent"));
}

TEST_CASE("BN-2.1e: no group gets special policy; each claim gets the memo's findings", "[rules]") {
    const json groups = assess_json(with(base("UA-30"), "claims", {"lgbtiq", "draft-evasion", "other-persecution"}))["groups"];
    REQUIRE(groups.size() == 3);
    CHECK(groups[0] == json{{"claim", "lgbtiq"}, {"specialPolicy", false}, {"findings", {"situation-unchanged"}}, {"cite", "BN-4.1e"}});
    CHECK(groups[2]["cite"] == "BN-4.2");
    for (const auto& g : groups) CHECK(g["specialPolicy"] == false);
}

TEST_CASE("BN-4.1e: draft evasion and desertion share one heading: both get both findings, said once", "[rules]") {
    const json both = {"mobilisation-penalties-not-persecution", "no-widespread-war-crimes"};
    const auto a = assess(with(base("UA-30"), "claims", {"draft-evasion", "desertion"}));
    const json groups = vybir::to_json(a)["groups"];
    CHECK(groups[0]["findings"] == both);
    CHECK(groups[1]["findings"] == both);
    const auto all = ids(a);
    CHECK(std::count(all.begin(), all.end(), "finding.no-widespread-war-crimes") == 1);
    CHECK(says(a, "groups.own-merits"));
    CHECK_FALSE(says(assess(base("UA-30")), "groups.own-merits"));
}

TEST_CASE("BN-4.2: temporary protection runs until and including 4 March 2027", "[rules][dates]") {
    CHECK(assess(with(base("UA-30"), "asOf", "2027-03-03")).temporary_protection.active_on_as_of);
    CHECK(assess(with(base("UA-30"), "asOf", "2027-03-04")).temporary_protection.active_on_as_of);
    auto after = assess(with(base("UA-30"), "asOf", "2027-03-05"));
    CHECK_FALSE(after.temporary_protection.active_on_as_of);
    CHECK(after.temporary_protection.first_day_without.to_string() == "2027-03-05");
    CHECK(says(after, "tp.ended"));
    CHECK_FALSE(says(assess(with(base("UA-30"), "asOf", "2027-03-04")), "tp.ended"));
}

TEST_CASE("BN-4.2: a refusal while TP runs does not end TP, said to everyone who may have TP", "[rules]") {
    CHECK(says(assess(with(base("UA-63"), "temporaryProtection", "yes")), "tp.refusal-keeps-tp"));
    CHECK(says(assess(base("UA-63")), "tp.refusal-keeps-tp"));  // TP unknown
    CHECK_FALSE(says(assess(with(base("UA-63"), "temporaryProtection", "no")), "tp.refusal-keeps-tp"));
    CHECK_FALSE(says(assess(with(with(base("UA-63"), "temporaryProtection", "yes"), "asOf", "2027-03-05")),
                     "tp.refusal-keeps-tp"));
    CHECK(modality(assess(base("UA-63")), "tp.council-decision") == "context");
}

TEST_CASE("BN-fn3: the 2028 extension scenario moves the last day to 4 March 2028", "[rules][dates]") {
    json c = with(base("UA-30"), "tpExtension2028", true);
    CHECK(assess(with(c, "asOf", "2028-03-04")).temporary_protection.active_on_as_of);
    CHECK_FALSE(assess(with(c, "asOf", "2028-03-05")).temporary_protection.active_on_as_of);
    CHECK(assess(c).temporary_protection.cite == "BN-fn3");
    CHECK(modality(assess(c), "tp.extension-2028") == "scenario");
    CHECK_FALSE(says(assess(base("UA-30")), "tp.extension-2028"));
}

TEST_CASE("BN-4.1: the transition document is a proposal about withdrawing an application", "[rules]") {
    using vybir::Eligibility;
    auto td = [](json c) { return assess(c).transition_document.eligible; };
    const json tp = with(base("UA-63"), "temporaryProtection", "yes");
    CHECK(td(with(tp, "asylumApplication", "yes")) == Eligibility::yes);
    CHECK(td(with(tp, "asylumApplicationDate", "2025-01-10")) == Eligibility::yes);
    CHECK(td(with(tp, "asylumApplication", "no")) == Eligibility::open);
    CHECK(td(tp) == Eligibility::unknown);
    CHECK(td(with(with(tp, "asylumApplication", "yes"), "regularPermit", true)) == Eligibility::not_applicable);
    CHECK(td(with(base("UA-63"), "temporaryProtection", "no")) == Eligibility::no);
    CHECK(td(base("UA-63")) == Eligibility::unknown);
    const auto a = assess(with(tp, "asylumApplication", "yes"));
    CHECK(a.transition_document.proposed);
    CHECK(vybir::to_json(a)["transitionDocument"]["status"] == "proposed");
    CHECK(modality(a, "td.eligible.yes") == "proposed");
    CHECK(modality(a, "td.proposal") == "proposed");
    CHECK(modality(assess(with(tp, "asylumApplication", "no")), "td.eligible.open") == "open");
    const auto without = assess(with(base("UA-63"), "temporaryProtection", "no"));
    CHECK(modality(without, "td.eligible.no") == "reading");
    CHECK(modality(without, "open.td-without-tp") == "open");
}

TEST_CASE("BN-4.4: the memo is advice with no date of effect", "[rules]") {
    const auto a = assess(base("UA-63"));
    CHECK(ids(a).front() == "policy.advised");
    CHECK(modality(a, "policy.advised") == "proposed");
}

TEST_CASE("BN-4.3: 21 months, and a last day on a weekend runs to the next working day", "[rules][dates]") {
    // 31 May 2025 + 21 months = Sunday 28 February 2027: the limit runs to Monday 1 March.
    json c = with(base("UA-30"), "asylumApplicationDate", "2025-05-31");
    const auto dl = *assess(with(c, "asOf", "2027-02-28")).decision_deadline;
    CHECK(dl.months_end.to_string() == "2027-02-28");
    CHECK(dl.date.to_string() == "2027-03-01");
    CHECK_FALSE(assess(with(c, "asOf", "2027-02-28")).decision_deadline->passed);
    CHECK_FALSE(assess(with(c, "asOf", "2027-03-01")).decision_deadline->passed);
    CHECK(assess(with(c, "asOf", "2027-03-02")).decision_deadline->passed);
    CHECK(says(assess(with(c, "asOf", "2027-02-28")), "deadline.next-working-day"));
    CHECK_FALSE(assess(base("UA-30")).decision_deadline);
}

TEST_CASE("BN-4.3: the memo speaks of the limit for people without TP only", "[rules]") {
    using vybir::MemoScope;
    json c = with(base("UA-30"), "asylumApplicationDate", "2025-01-10");
    auto scope = [](json x) { return assess(x).decision_deadline->memo_scope; };
    CHECK(scope(with(c, "temporaryProtection", "no")) == MemoScope::without_tp);
    CHECK(scope(with(c, "temporaryProtection", "yes")) == MemoScope::not_addressed);
    CHECK(scope(c) == MemoScope::unknown);
    CHECK(modality(assess(with(c, "temporaryProtection", "yes")), "deadline.not-addressed") == "open");
    // Passed, and the penalty payment only where the memo speaks of it.
    const json late = with(with(c, "asOf", "2027-12-01"), "temporaryProtection", "no");
    CHECK(says(assess(late), "deadline.penalty"));
    CHECK(says(assess(with(late, "temporaryProtection", "yes")), "deadline.passed"));
    CHECK_FALSE(says(assess(with(late, "temporaryProtection", "yes")), "deadline.penalty"));
    // An application without a date: asked for, no deadline invented.
    CHECK(says(assess(with(base("UA-30"), "asylumApplication", "yes")), "deadline.date-missing"));
}

TEST_CASE("Algemene termijnenwet art. 3: the Dutch public holidays", "[rules][dates]") {
    using vybir::Date;
    using vybir::is_dutch_public_holiday;
    for (auto d : {"2027-01-01", "2027-03-29", "2027-04-27", "2027-05-05", "2027-05-06", "2027-05-17", "2027-12-25",
                   "2027-12-26", "2025-04-26", "2026-04-06", "2026-05-14", "2026-05-25"})
        CHECK(is_dutch_public_holiday(*Date::parse(d)));
    // Good Friday, Easter Sunday's Saturday, the day after Boxing Day, 27 April 2025 (a Sunday).
    for (auto d : {"2027-03-26", "2027-03-27", "2027-12-27", "2025-04-27", "2027-04-26"})
        CHECK_FALSE(is_dutch_public_holiday(*Date::parse(d)));
    auto next = [](const char* d) { return vybir::next_working_day(*Date::parse(d)).to_string(); };
    CHECK(next("2027-03-29") == "2027-03-30");  // Easter Monday
    CHECK(next("2027-05-05") == "2027-05-07");  // 5 May, then Ascension Day
    CHECK(next("2027-12-25") == "2027-12-27");  // Christmas on a Saturday, Boxing Day on a Sunday
    CHECK(next("2027-03-01") == "2027-03-01");  // a Monday
}

TEST_CASE("what-if lists exactly the answers whose flip changes grade, outlook or eligibility", "[rules]") {
    const json w = assess_json(with(with(base("UA-46"), "temporaryProtection", "yes"), "asylumApplication", "yes"))["whatIf"];
    REQUIRE(w.size() == 4);
    CHECK(w[0] == json{{"input", "personalRiskFactors"}, {"value", true}, {"grade", 3}, {"realRisk", "not-readily-accepted"},
                       {"outlook", "individual-assessment"}, {"transitionDocumentEligible", "yes"}});
    CHECK(w[1]["input"] == "regularPermit");
    CHECK(w[2]["input"] == "temporaryProtection");
    CHECK(w[3] == json{{"input", "asylumApplication"}, {"value", "no"}, {"grade", 3}, {"realRisk", "not-established"},
                       {"outlook", "not-supported"}, {"transitionDocumentEligible", "open"}});
    // With a date the application is a fact: not flipped.
    const json dated = assess_json(with(with(base("UA-46"), "temporaryProtection", "yes"), "asylumApplicationDate", "2025-01-10"))["whatIf"];
    for (const auto& x : dated) CHECK(x["input"] != "asylumApplication");
}

TEST_CASE("every statement has a known citation and modality, and the trace its sections in order", "[rules]") {
    const auto& policy = vybir::test::shipped_policy();
    const json a = assess_json(with(with(base("UA-63"), "claims", {"journalist"}), "asylumApplicationDate", "2025-01-10"));
    for (const auto& s : a["statements"]) CHECK(policy.citations.contains(s["cite"].get<std::string>()));
    std::vector<std::string> rules;
    for (const auto& step : a["trace"]) {
        rules.push_back(step["rule"]);
        CHECK(policy.citations.contains(step["cite"].get<std::string>()));
    }
    CHECK(rules == std::vector<std::string>{"grade", "real-risk", "internal-protection", "outlook", "groups", "group",
                                            "temporary-protection", "transition-document", "decision-deadline"});
}
