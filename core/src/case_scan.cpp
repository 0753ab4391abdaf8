#include "case_scan.hpp"

#include <cstdint>

#include "json_reader.hpp"
#include "vybir/policy_versions.hpp"

namespace vybir::detail {

namespace {

class Scanner {
public:
    explicit Scanner(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

    void space() {
        while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
    }
    bool at_end() const { return p_ == end_; }
    bool take(char c) {
        space();
        if (p_ < end_ && *p_ == c) {
            ++p_;
            return true;
        }
        return false;
    }
    // A string of plain ASCII: no escapes, no control characters.
    bool string(std::string_view& out) {
        if (!take('"')) return false;
        const char* start = p_;
        while (p_ < end_) {
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                out = {start, static_cast<std::size_t>(p_ - start)};
                ++p_;
                return true;
            }
            if (c == '\\' || c < 0x20 || c >= 0x80) return false;
            ++p_;
        }
        return false;
    }
    bool literal(std::string_view word) {
        space();
        if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) return false;
        p_ += word.size();
        return true;
    }
    bool boolean(bool& out) {
        if (literal("true")) out = true;
        else if (literal("false")) out = false;
        else return false;
        return true;
    }
    bool date(Date& out) {
        std::string_view s;
        if (!string(s)) return false;
        auto d = Date::parse(s);
        if (!d) return false;
        out = *d;
        return true;
    }
    bool claims(Case& c) {
        if (!take('[')) return false;
        if (take(']')) return true;
        do {
            std::string_view s;
            if (!string(s)) return false;
            auto claim = claim_from_code(s);
            if (!claim) return false;
            for (std::uint8_t k = 0; k < c.claim_count; ++k)
                if (c.claims[k] == *claim) return false;
            c.claims[c.claim_count++] = *claim;
        } while (take(','));
        return take(']');
    }

private:
    const char* p_;
    const char* end_;
};

enum Field : std::uint16_t {
    as_of = 1 << 0, region = 1 << 1, occupied_area = 1 << 2, personal_risk_factors = 1 << 3,
    relocation_obstacles = 1 << 4, claims = 1 << 5, temporary_protection = 1 << 6, regular_permit = 1 << 7,
    asylum_application_date = 1 << 8, tp_extension_2028 = 1 << 9, asylum_application = 1 << 10,
};

}  // namespace

std::optional<CaseInForce> scan_plain_case(std::string_view text, Policies policies) {
    if (text.size() > max_input_bytes || policies.versions.empty()) return std::nullopt;
    Scanner s(text);
    Case c;
    std::string_view region_code;
    std::uint16_t seen = 0;
    if (!s.take('{')) return std::nullopt;
    do {
        std::string_view key;
        if (!s.string(key) || !s.take(':')) return std::nullopt;
        std::uint16_t field = 0;
        bool ok = false;
        if (key == "asOf") field = as_of, ok = s.date(c.as_of);
        else if (key == "region") field = region, ok = s.string(region_code);
        else if (key == "occupiedArea") field = occupied_area, ok = s.boolean(c.occupied_area);
        else if (key == "personalRiskFactors") field = personal_risk_factors, ok = s.boolean(c.personal_risk_factors);
        else if (key == "relocationObstacles") field = relocation_obstacles, ok = s.boolean(c.relocation_obstacles);
        else if (key == "claims") field = claims, ok = s.claims(c);
        else if (key == "temporaryProtection") {
            field = temporary_protection;
            std::string_view v;
            if (s.string(v))
                if (auto tp = temporary_protection_from_code(v)) c.temporary_protection = *tp, ok = true;
        } else if (key == "regularPermit") field = regular_permit, ok = s.boolean(c.regular_permit);
        else if (key == "asylumApplication") {
            field = asylum_application;
            std::string_view v;
            if (s.string(v))
                if (auto a = answer_from_code(v)) c.asylum_application = *a, ok = true;
        }
        else if (key == "asylumApplicationDate") {
            field = asylum_application_date;
            Date d;
            if (s.literal("null")) ok = true;
            else if (s.date(d)) c.asylum_application_date = d, ok = true;
        } else if (key == "tpExtension2028") field = tp_extension_2028, ok = s.boolean(c.tp_extension_2028);
        if (!ok || (seen & field)) return std::nullopt;
        seen |= field;
    } while (s.take(','));
    if (!s.take('}')) return std::nullopt;
    s.space();
    if (!s.at_end() || !(seen & as_of) || !(seen & region)) return std::nullopt;

    const Policy* chosen = policies.forced;
    if (!chosen) {
        auto in_force = policy_in_force(policies.versions, c.as_of);
        if (!in_force.ok()) return std::nullopt;
        chosen = in_force.value();
    }
    const Policy& p = *chosen;
    c.region = p.region_index(region_code);
    if (c.region < 0 || c.as_of < p.date) return std::nullopt;
    if (c.asylum_application_date) {
        // A date means an application; "no" beside one is left to read_case's error.
        if (c.asylum_application == Answer::no) return std::nullopt;
        if (*c.asylum_application_date > c.as_of) return std::nullopt;
        c.asylum_application = Answer::yes;
    }
    return CaseInForce{&p, c};
}

}  // namespace vybir::detail
