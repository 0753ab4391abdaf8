// Core's codes against the schemas of the contract (data/schema/): every
// string form core can write for an enum is in the schema's list for it, and
// every value the schema lists is one core writes. The limits and the CSV
// columns the schemas declare are the ones core applies and writes.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "support.hpp"
#include "vybir/assessment.hpp"
#include "vybir/case.hpp"
#include "vybir/caseload.hpp"
#include "vybir/codes.hpp"
#include "vybir/statements.hpp"

namespace {

using nlohmann::json;
using Codes = std::set<std::string>;

json schema(const std::string& name) {
    std::ifstream in(std::string(VYBIR_SCHEMA_DIR) + "/" + name);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    return json::parse(text.str());
}

const json& case_schema() {
    static const json s = schema("case.schema.json");
    return s;
}

const json& assessment_schema() {
    static const json s = schema("assessment.schema.json");
    return s;
}

// The values of a closed list: an enum, or a oneOf of consts (which gives
// each value its meaning).
Codes values(const json& s) {
    Codes out;
    if (s.contains("enum"))
        for (const json& v : s["enum"]) out.insert(v.get<std::string>());
    if (s.contains("oneOf"))
        for (const json& branch : s["oneOf"]) {
            REQUIRE(branch.contains("const"));
            out.insert(branch["const"].get<std::string>());
        }
    REQUIRE(!out.empty());
    return out;
}

// Every code core gives for E, from its first enumerator to `last`. The enums
// have a fixed underlying type, so one past `last` is a value of E too: code()
// gives for it the code of an enumerator it already named, unless one was
// added after `last` (then this test must name the new last one).
template <class E>
Codes codes_up_to(E last) {
    Codes out;
    const int n = static_cast<int>(last) + 1;
    for (int i = 0; i < n; ++i) out.insert(std::string(vybir::code(static_cast<E>(i))));
    INFO("two enumerators share a code");
    CHECK(out.size() == static_cast<std::size_t>(n));
    INFO("an enumerator after the last one this test knows: " << vybir::code(static_cast<E>(n)));
    CHECK(out.contains(std::string(vybir::code(static_cast<E>(n)))));
    return out;
}

}  // namespace

TEST_CASE("contract: each enum of the assessment has exactly the codes the schema lists", "[contract]") {
    const json& defs = assessment_schema()["$defs"];
    CHECK(codes_up_to(vybir::RealRisk::not_established) == values(defs["realRisk"]));
    CHECK(codes_up_to(vybir::IpaBasis::none) == values(defs["ipaBasis"]));
    CHECK(codes_up_to(vybir::Outlook::not_supported) == values(defs["outlook"]));
    CHECK(codes_up_to(vybir::Eligibility::unknown) == values(defs["eligibility"]));
    CHECK(codes_up_to(vybir::MemoScope::unknown) == values(defs["memoScope"]));
    CHECK(codes_up_to(vybir::Modality::reading) == values(defs["modality"]));
}

TEST_CASE("contract: the case's claims and yes/no/unknown answers are the schema's", "[contract]") {
    const json& defs = case_schema()["$defs"];
    Codes claims;
    for (vybir::Claim c : vybir::all_claims) claims.insert(std::string(vybir::code(c)));
    CHECK(claims == codes_up_to(vybir::Claim::other_persecution));
    CHECK(claims == values(defs["claim"]));
    CHECK(codes_up_to(vybir::Answer::unknown) == values(defs["answer"]));
}

TEST_CASE("contract: the statement ids core can state are the schema's", "[contract]") {
    Codes core;
    for (std::string_view id : vybir::statement_codes) core.insert(std::string(id));
    CHECK(core.size() == vybir::statement_codes.size());
    CHECK(core == values(assessment_schema()["$defs"]["statementId"]));
}

TEST_CASE("contract: the what-if inputs core flips are the schema's", "[contract]") {
    Codes schema_inputs;
    for (const json& branch : assessment_schema()["$defs"]["whatIf"]["oneOf"])
        for (const std::string& v : values(branch["properties"]["input"])) schema_inputs.insert(v);
    Codes core;
    for (int i = 0; i <= static_cast<int>(vybir::FlipInput::asylum_application) + 1; ++i)
        core.insert(std::string(vybir::code(static_cast<vybir::FlipInput>(i))));
    CHECK(core == schema_inputs);
}

TEST_CASE("contract: the assessment says the schema's contract version", "[contract]") {
    const json a = vybir::test::assess_json({{"asOf", "2026-11-29"}, {"region", "UA-63"}});
    CHECK(a["contract"] == assessment_schema()["properties"]["contract"]["const"]);
}

TEST_CASE("contract: core applies the limits the case schema states", "[contract]") {
    const json& limits = case_schema()["x-limits"];
    const auto bytes = limits["inputBytes"]["value"].get<std::size_t>();
    const auto depth = limits["depth"]["value"].get<std::size_t>();
    const vybir::Policy& policy = vybir::test::shipped_policy();

    std::string text = R"({"asOf":"2026-11-29","region":"UA-63"})";
    text.resize(bytes, ' ');
    CHECK(vybir::read_case_text(text, policy).ok());
    text += ' ';
    auto too_large = vybir::read_case_text(text, policy);
    REQUIRE(!too_large.ok());
    CHECK(too_large.error().code == "input.too-large");
    CHECK(vybir::caseload::max_line_bytes == bytes);

    const std::string deepest = std::string(depth, '[') + std::string(depth, ']');
    auto at_limit = vybir::read_case_text(deepest, policy);
    REQUIRE(!at_limit.ok());
    CHECK(at_limit.error().code == "case.not-object");
    auto too_deep = vybir::read_case_text("[" + deepest + "]", policy);
    REQUIRE(!too_deep.ok());
    CHECK(too_deep.error().code == "json.too-deep");
}

TEST_CASE("contract: the CSV header core writes is the schema's x-csv columns", "[contract]") {
    std::string want;
    for (const json& column : assessment_schema()["x-csv"]["columns"])
        want += (want.empty() ? "" : ",") + column["name"].get<std::string>();
    std::string header;
    vybir::caseload::append_header(header, vybir::caseload::Format::csv);
    CHECK(header == want + "\n");
}
