// The caseload writer (append_assessment_json) and the contract's JSON
// (to_json, dumped) must give the same bytes for every case: the batch output
// is the contract, only faster to write. The tokens that carry an assessment
// out of the WASM module (append_assessment_tokens) must give the same
// values, read back here as JavaScript reads them (wasm/vybir.js).
#include <catch2/catch.hpp>

#include <cstdio>

#include "support.hpp"
#include "vybir/api.hpp"
#include "vybir/assessment_text.hpp"
#include "vybir/assessment_tokens.hpp"
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

// The tokens back as JSON, word by word, as wasm/vybir.js reads them.
class TokenReader {
public:
    TokenReader(const std::vector<std::uint32_t>& words, const vybir::StringTable& strings)
        : words_(words), strings_(strings) {}
    json value() {
        namespace token = vybir::token;
        const std::uint32_t w = words_.at(at_++);
        const std::uint32_t payload = w >> 3;
        switch (w & 7) {
            case token::begin_object: {
                json o = json::object();
                while (words_.at(at_) != token::end) {
                    const std::uint32_t key = words_.at(at_++);
                    REQUIRE((key & 7) == token::name);
                    o[strings_[key >> 3]] = value();
                }
                ++at_;
                return o;
            }
            case token::begin_array: {
                json a = json::array();
                while (words_.at(at_) != token::end) a.push_back(value());
                ++at_;
                return a;
            }
            case token::string: return strings_[payload];
            case token::integer: return static_cast<std::int32_t>(w) >> 3;
            case token::literal: return payload == token::literal_null ? json(nullptr) : json(payload == token::literal_true);
            case token::date: {
                char text[11];
                std::snprintf(text, sizeof text, "%04u-%02u-%02u", payload / 10000, payload / 100 % 100, payload % 100);
                return text;
            }
        }
        FAIL("a stray token " << w << " at " << at_ - 1);
        return nullptr;
    }
    bool done() const { return at_ == words_.size(); }

private:
    const std::vector<std::uint32_t>& words_;
    const vybir::StringTable& strings_;
    std::size_t at_ = 0;
};

}  // namespace

TEST_CASE("the WASM crossing's tokens carry the contract's values for every combination of answers", "[wasm]") {
    const vybir::Policy& policy = vybir::test::shipped_policy();
    vybir::StringTable strings;
    std::size_t compared = 0, differing = 0, table_after_first = 0;
    for_every_case(policy, [&](const json& case_json) {
        auto c = vybir::read_case(case_json, policy);
        REQUIRE(c.ok());
        const vybir::Assessment a = vybir::evaluate(policy, c.value());
        std::vector<std::uint32_t> words;
        append_assessment_tokens(words, strings, a);
        TokenReader reader(words, strings);
        const json back = reader.value();
        CHECK(reader.done());
        if (back != vybir::to_json(a) && differing++ == 0) CHECK(back.dump() == vybir::to_json(a).dump());
        if (compared++ == 0) table_after_first = strings.size();
    });
    CHECK(compared == 31104);
    CHECK(differing == 0);
    // Bounded: only the policy's strings and core's own codes and names.
    CHECK(strings.size() > table_after_first);
    CHECK(strings.size() < 300);
}

TEST_CASE("the string table gives each text one index, whatever its address", "[wasm]") {
    vybir::StringTable strings;
    const std::string a = "BN-2.1a", b = "BN-2.1a", c = "BN-2.1b";
    const auto i = strings.intern(a);
    CHECK(strings.intern(b) == i);
    CHECK(strings.intern(a) == i);
    CHECK(strings.intern(c) != i);
    CHECK(strings.intern(std::string_view(a).substr(0, 6)) != i);  // same address, shorter
    CHECK(strings[strings.intern(std::string_view(a).substr(0, 6))] == "BN-2.1");
    CHECK(strings.intern("") == strings.intern(std::string_view{}));
    CHECK(strings.json_from(0) == R"(["BN-2.1a","BN-2.1b","BN-2.1",""])");
    CHECK(strings.json_from(3) == R"([""])");
    CHECK(strings.json_from(4) == "[]");
}

TEST_CASE("the string table stays correct past its address slots", "[wasm]") {
    // 5,000 strings at 5,000 addresses: the address slots start over several
    // times; every text keeps its first index.
    vybir::StringTable strings;
    std::vector<std::string> texts;
    for (int i = 0; i < 5000; ++i) texts.push_back("text " + std::to_string(i % 700));
    std::vector<std::uint32_t> first(700, UINT32_MAX);
    for (int round = 0; round < 2; ++round)
        for (int i = 0; i < 5000; ++i) {
            const auto index = strings.intern(texts[static_cast<std::size_t>(i)]);
            auto& expected = first[static_cast<std::size_t>(i % 700)];
            if (expected == UINT32_MAX) expected = index;
            REQUIRE(index == expected);
            REQUIRE(strings[index] == texts[static_cast<std::size_t>(i)]);
        }
    CHECK(strings.size() == 700);
}

TEST_CASE("evaluate_tokens gives an error as evaluate_text's text, and no tokens", "[wasm]") {
    const vybir::Policy& policy = vybir::test::shipped_policy();
    vybir::StringTable strings;
    std::vector<std::uint32_t> words;
    std::string error;
    const std::string bad = R"({"asOf":"2026-02-30","region":"UA-63"})";
    CHECK_FALSE(vybir::evaluate_tokens(policy, bad, words, strings, error));
    CHECK(words.empty());
    CHECK(error == vybir::evaluate_text(policy, bad).json);
    const std::string good = R"({"asOf":"2026-11-29","region":"UA-63"})";
    CHECK(vybir::evaluate_tokens(policy, good, words, strings, error));
    TokenReader reader(words, strings);
    CHECK(reader.value() == json::parse(vybir::evaluate_text(policy, good).json));
}

TEST_CASE("the caseload writer gives the contract's bytes for every combination of answers", "[batch]") {
    const vybir::Policy& policy = vybir::test::shipped_policy();
    std::size_t compared = 0, differing = 0;
    for_every_case(policy, [&](const json& case_json) {
        auto c = vybir::read_case(case_json, policy);
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
    auto c = vybir::read_case(json{{"asOf", "2026-11-29"}, {"region", "UA-48"}, {"claims", {"journalist"}}}, policy.value());
    REQUIRE(c.ok());
    const vybir::Assessment a = vybir::evaluate(policy.value(), c.value());
    CHECK(fast(a) == vybir::to_json(a).dump());  // sha256 is null here: read from a value
}
