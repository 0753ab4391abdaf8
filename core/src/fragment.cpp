// The shared-link format, version 2 (docs/contract.md, "Shared links"):
//   v2;p=nl-ua-2026-06-30;d=20261129;r=63;t=y;q=y;f=pr;c=jd;a=20250531;o=1cy;z=67
// One letter per key and per flag or claim, so a link stays short and a
// person can read it back. Only URL-unreserved characters plus ';' and '=',
// which browsers pass through a fragment unchanged. The last part, z, is the
// length of what comes before it, so a link cut short is told apart from a
// whole one. Version 1 links (no q, no z, the first contract's outcome
// letters) are still read.
#include "vybir/fragment.hpp"

#include <array>
#include <optional>
#include <utility>

#include "case_json.hpp"
#include "json_reader.hpp"
#include "vybir/assessment.hpp"
#include "vybir/case.hpp"
#include "vybir/date.hpp"

namespace vybir {

using nlohmann::json;

namespace {

struct Letter {
    char letter;
    std::string_view field;  // the case field (flags) or claim code (claims)
};

// Flags in the order the encoder writes them; each is a yes/no case field.
constexpr std::array<Letter, 5> flag_letters = {{{'o', "occupiedArea"},
                                                 {'p', "personalRiskFactors"},
                                                 {'r', "relocationObstacles"},
                                                 {'g', "regularPermit"},
                                                 {'e', "tpExtension2028"}}};

constexpr std::array<Letter, 6> claim_letters = {{{'d', "draft-evasion"},
                                                  {'s', "desertion"},
                                                  {'j', "journalist"},
                                                  {'r', "pro-russian"},
                                                  {'l', "lgbtiq"},
                                                  {'o', "other-persecution"}}};

constexpr std::array<Letter, 3> answer_letters = {{{'y', "yes"}, {'n', "no"}, {'u', "unknown"}}};

// The outcome (key o): the grade's digit, then one letter each for the
// outlook and the transition document's eligibility, e.g. "2cy", as codes
// of the contract the link's version was made under.
struct OutcomeLetters {
    std::array<Letter, 3> outlook;
    std::array<Letter, 5> eligibility;
    std::size_t eligibility_count;
};
constexpr OutcomeLetters outcome_v2 = {
    {{{'c', "can-be-refused"}, {'i', "individual-assessment"}, {'n', "not-supported"}}},
    {{{'y', "yes"}, {'a', "not-applicable"}, {'n', "no"}, {'o', "open"}, {'u', "unknown"}}}, 5};
constexpr OutcomeLetters outcome_v1 = {
    {{{'n', "not-supported"}, {'r', "refusal-expected-ipa"}, {'i', "individual-assessment"}}},
    {{{'y', "yes"}, {'a', "not-applicable"}, {'n', "no"}, {'u', "unknown"}, {'\0', ""}}}, 4};

constexpr std::size_t max_policy_id_chars = 64;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool all_digits(std::string_view s) {
    for (char c : s)
        if (!is_digit(c)) return false;
    return true;
}
// RFC 3986 unreserved: never escaped by a browser, safe in any fragment.
bool is_unreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '-' || c == '.' || c == '_' ||
           c == '~';
}
bool is_policy_id(std::string_view s) {
    if (s.empty() || s.size() > max_policy_id_chars) return false;
    for (char c : s)
        if (!is_unreserved(c)) return false;
    return true;
}

template <std::size_t N>
const Letter* by_letter(const std::array<Letter, N>& table, char c) {
    for (const auto& l : table)
        if (l.letter == c) return &l;
    return nullptr;
}
template <std::size_t N>
const Letter* by_field(const std::array<Letter, N>& table, std::string_view field) {
    for (const auto& l : table)
        if (l.field == field) return &l;
    return nullptr;
}

// ---- encoding -------------------------------------------------------------

Error unencodable(std::string pointer, std::string message) {
    return Error{"fragment.unencodable", std::move(pointer), std::move(message)};
}

// "YYYY-MM-DD" (any digits: whether it is a calendar date is read_case's
// call after decoding) to "YYYYMMDD".
std::optional<std::string> compact_date(const json& v) {
    if (!v.is_string() || !Date::has_iso_shape(v.get_ref<const std::string&>())) return std::nullopt;
    const auto& s = v.get_ref<const std::string&>();
    return s.substr(0, 4) + s.substr(5, 2) + s.substr(8, 2);
}

std::optional<std::string> region_digits(const json& v) {
    if (!v.is_string()) return std::nullopt;
    std::string_view s = v.get_ref<const std::string&>();
    if (s.size() != 5 || !s.starts_with("UA-") || !all_digits(s.substr(3))) return std::nullopt;
    return std::string(s.substr(3));
}

}  // namespace

Result<std::string> encode_fragment(const json& c, std::string_view policy_id,
                                    const std::optional<FragmentOutcome>& outcome) {
    if (!c.is_object()) return unencodable("", "a case must be a JSON object");
    if (!is_policy_id(policy_id))
        return unencodable("", "the policy id must be 1-64 letters, digits or -._~");
    for (const auto& [key, value] : c.items()) {
        const bool known = key == "asOf" || key == "region" || key == "claims" || key == "temporaryProtection" ||
                           key == "asylumApplication" || key == "asylumApplicationDate" || by_field(flag_letters, key);
        if (!known) return unencodable("/" + detail::pointer_token(key), "unknown field " + detail::shown(key));
    }

    std::string out = "v2;p=" + std::string(policy_id);
    if (auto it = c.find("asOf"); it != c.end()) {
        auto d = compact_date(*it);
        if (!d) return unencodable("/asOf", "asOf must be a date YYYY-MM-DD");
        out += ";d=" + *d;
    }
    if (auto it = c.find("region"); it != c.end()) {
        auto r = region_digits(*it);
        if (!r) return unencodable("/region", "region must be UA- and two digits");
        out += ";r=" + *r;
    }
    for (auto [field, key] : {std::pair{"temporaryProtection", 't'}, std::pair{"asylumApplication", 'q'}}) {
        auto it = c.find(field);
        if (it == c.end()) continue;
        const Letter* t = it->is_string() ? by_field(answer_letters, it->get_ref<const std::string&>()) : nullptr;
        if (!t) return unencodable(std::string("/") + field, std::string(field) + " must be yes, no or unknown");
        if (t->field != "unknown") out += std::string(";") + key + "=" + t->letter;  // unknown is the default
    }
    std::string flags;
    for (const auto& f : flag_letters) {
        auto it = c.find(f.field);
        if (it == c.end()) continue;
        if (!it->is_boolean()) return unencodable("/" + std::string(f.field), "must be true or false");
        if (it->get<bool>()) flags += f.letter;
    }
    if (!flags.empty()) out += ";f=" + flags;
    if (auto it = c.find("claims"); it != c.end()) {
        if (!it->is_array()) return unencodable("/claims", "claims must be an array");
        std::string letters;
        for (std::size_t i = 0; i < it->size(); ++i) {
            const json& item = (*it)[i];
            const Letter* l = item.is_string() ? by_field(claim_letters, item.get_ref<const std::string&>()) : nullptr;
            if (!l) return unencodable("/claims/" + std::to_string(i), "not one of the six claims");
            letters += l->letter;
        }
        if (!letters.empty()) out += ";c=" + letters;
    }
    if (auto it = c.find("asylumApplicationDate"); it != c.end() && !it->is_null()) {
        auto d = compact_date(*it);
        if (!d) return unencodable("/asylumApplicationDate", "asylumApplicationDate must be a date YYYY-MM-DD or null");
        out += ";a=" + *d;
    }
    if (outcome) {
        const Letter* o = by_field(outcome_v2.outlook, outcome->outlook);
        const Letter* e = by_field(outcome_v2.eligibility, outcome->transition_document);
        if (outcome->grade < 1 || outcome->grade > 3 || !o || !e)
            return unencodable("", "the outcome must be a grade 1-3, an outlook and an eligibility");
        out += ";o=" + std::string{static_cast<char>('0' + outcome->grade), o->letter, e->letter};
    }
    out += ";z=" + std::to_string(out.size());
    if (out.size() > max_fragment_chars) return unencodable("/claims", "the case is too long for a link");
    return out;
}

Result<std::string> encode_fragment(const json& c, const Policy& policy) {
    std::optional<FragmentOutcome> outcome;
    // A case that cannot be assessed still makes a link (without o): opening
    // it shows the same error with its field, as the case itself would.
    if (c.is_object()) {
        if (auto read = detail::read_case(c, policy); read.ok()) {
            const Assessment a = evaluate(policy, read.value());
            outcome = FragmentOutcome{a.grade.grade, std::string(code(a.outlook.value)),
                                      std::string(code(a.transition_document.eligible))};
        }
    }
    return encode_fragment(c, policy.id, outcome);
}

// ---- decoding -------------------------------------------------------------

namespace {

Error syntax(std::string message) { return Error{"fragment.syntax", "", std::move(message)}; }
Error bad_value(std::string pointer, std::string message) {
    return Error{"fragment.value", std::move(pointer), std::move(message)};
}

// "YYYYMMDD" to "YYYY-MM-DD"; read_case then checks it is on the calendar.
std::optional<std::string> iso_date(std::string_view v) {
    if (v.size() != 8 || !all_digits(v)) return std::nullopt;
    return std::string(v.substr(0, 4)) + "-" + std::string(v.substr(4, 2)) + "-" + std::string(v.substr(6, 2));
}

// Applies one key=value part to the case; the key is known to be new.
std::optional<Error> apply(char key, std::string_view v, FragmentLink& out) {
    const OutcomeLetters& outcome_letters = out.format == 1 ? outcome_v1 : outcome_v2;
    json& c = out.case_json;
    switch (key) {
        case 'p':
            if (!is_policy_id(v)) return bad_value("", "the policy id is longer than 64 characters");
            out.policy_id = std::string(v);
            return std::nullopt;
        case 'd':
        case 'a': {
            const char* field = key == 'd' ? "asOf" : "asylumApplicationDate";
            auto d = iso_date(v);
            if (!d) return bad_value(std::string("/") + field, "a date must be eight digits YYYYMMDD");
            c[field] = *d;
            return std::nullopt;
        }
        case 'r':
            if (v.size() != 2 || !all_digits(v)) return bad_value("/region", "a region must be two digits");
            c["region"] = "UA-" + std::string(v);
            return std::nullopt;
        case 't':
        case 'q': {
            if (key == 'q' && out.format == 1) return syntax("unknown key q");
            const char* field = key == 't' ? "temporaryProtection" : "asylumApplication";
            const Letter* t = v.size() == 1 ? by_letter(answer_letters, v[0]) : nullptr;
            if (!t) return bad_value(std::string("/") + field, "the answer must be y, n or u");
            c[field] = t->field;
            return std::nullopt;
        }
        case 'f':
            for (char letter : v) {
                const Letter* f = by_letter(flag_letters, letter);
                if (!f) return bad_value("", std::string("unknown flag ") + letter);
                const std::string field(f->field);
                if (c[field] == true) return bad_value("/" + field, std::string("flag ") + letter + " given twice");
                c[field] = true;
            }
            return std::nullopt;
        case 'c':
            // Repeats are passed on: read_case refuses them with their pointer.
            for (std::size_t i = 0; i < v.size(); ++i) {
                const Letter* l = by_letter(claim_letters, v[i]);
                if (!l) return bad_value("/claims/" + std::to_string(i), std::string("unknown claim ") + v[i]);
                c["claims"].push_back(l->field);
            }
            return std::nullopt;
        case 'o': {
            // Form only: whether it is what the case comes to is the page's question.
            const Letter* o = v.size() == 3 ? by_letter(outcome_letters.outlook, v[1]) : nullptr;
            const Letter* e = nullptr;
            for (std::size_t i = 0; v.size() == 3 && i < outcome_letters.eligibility_count; ++i)
                if (outcome_letters.eligibility[i].letter == v[2]) e = &outcome_letters.eligibility[i];
            if (!o || !e || v[0] < '1' || v[0] > '3')
                return bad_value("", "the outcome must be a grade 1-3, an outlook letter and an eligibility letter");
            out.outcome = FragmentOutcome{v[0] - '0', std::string(o->field), std::string(e->field)};
            return std::nullopt;
        }
        default:
            return syntax(std::string("unknown key ") + key);
    }
}

}  // namespace

Result<FragmentLink> decode_link(std::string_view text) {
    if (text.starts_with('#')) text.remove_prefix(1);
    if (text.size() > max_fragment_chars)
        return Error{"fragment.too-long", "", "the fragment is longer than 256 characters"};

    // The version comes first and is read before anything else, so that a
    // link from a later format is told apart from a damaged one.
    const std::string_view head = text.substr(0, text.find(';'));
    if (head.size() < 2 || head[0] != 'v' || !all_digits(head.substr(1)))
        return syntax("the fragment does not start with a version such as v1");
    if (head != "v1" && head != "v2")
        return Error{"fragment.version", "", "a link format this version does not read: " + detail::shown(head, 12)};
    for (char ch : text)
        if (!is_unreserved(ch) && ch != ';' && ch != '=') return syntax("a character a link does not use");

    FragmentLink out;
    out.format = head == "v1" ? 1 : 2;
    out.case_json = {{"occupiedArea", false},  {"personalRiskFactors", false}, {"relocationObstacles", false},
                     {"claims", json::array()}, {"temporaryProtection", "unknown"}, {"regularPermit", false},
                     {"asylumApplicationDate", nullptr}, {"tpExtension2028", false}};
    if (out.format == 2) {
        // z= is last and gives the length before it: anything else is a cut.
        const auto z = text.rfind(";z=");
        const std::string_view length = z == std::string_view::npos ? std::string_view{} : text.substr(z + 3);
        if (length.empty() || length.size() > 3 || !all_digits(length) ||
            std::to_string(z) != length)
            return Error{"fragment.cut-short", "", "the link does not end where it says it does: it was cut short or changed"};
        text = text.substr(0, z);
        out.case_json["asylumApplication"] = "unknown";
    }
    std::string seen;
    std::string_view rest = text.substr(head.size());
    while (!rest.empty()) {
        rest.remove_prefix(1);  // the ';'
        const std::string_view part = rest.substr(0, rest.find(';'));
        rest.remove_prefix(part.size());
        if (part.size() < 3 || part[1] != '=' || part.substr(2).find('=') != std::string_view::npos)
            return syntax("each part must be a one-letter key, '=' and a value");
        if (seen.find(part[0]) != std::string::npos) return syntax(std::string("key ") + part[0] + " given twice");
        seen += part[0];
        if (auto e = apply(part[0], part.substr(2), out)) return *e;
    }
    if (out.policy_id.empty()) return syntax("the fragment does not name its policy (p=)");
    return out;
}

Result<FragmentCase> decode_fragment(std::string_view text) {
    auto link = decode_link(text);
    if (!link.ok()) return link.error();
    return FragmentCase{std::move(link.value().case_json), std::move(link.value().policy_id)};
}

Result<CaseInForce> read_link_case(const FragmentLink& link, Policies policies) {
    return read_case_text(dump(link.case_json), policies);
}

// ---- text entry points for the bindings -----------------------------------

namespace {

template <class Encode>
TextResult encode_text(std::string_view case_text, Encode encode) {
    auto parsed = detail::parse(case_text, "json");
    if (!parsed.ok()) return {false, dump(error_json(parsed.error()))};
    auto encoded = encode(parsed.value());
    if (!encoded.ok()) return {false, dump(error_json(encoded.error()))};
    return {true, dump(json{{"fragment", encoded.value()}})};
}

}  // namespace

TextResult encode_fragment_text(std::string_view case_text, std::string_view policy_id) {
    return encode_text(case_text, [&](const json& c) { return encode_fragment(c, policy_id); });
}

TextResult encode_fragment_text(std::string_view case_text, const Policy& policy) {
    return encode_text(case_text, [&](const json& c) { return encode_fragment(c, policy); });
}

TextResult decode_fragment_text(std::string_view fragment) {
    auto decoded = decode_link(fragment);
    if (!decoded.ok()) return {false, dump(error_json(decoded.error()))};
    const FragmentLink& link = decoded.value();
    json out = {{"case", link.case_json}, {"policy", link.policy_id}};
    if (link.outcome) {
        json& o = out["outcome"];
        o["grade"] = link.outcome->grade;
        o["outlook"] = link.outcome->outlook;
        o["transitionDocumentEligible"] = link.outcome->transition_document;
    }
    out["format"] = link.format;
    return {true, dump(out)};
}

}  // namespace vybir
