#include "case_json.hpp"

#include <algorithm>

#include "json_reader.hpp"
#include "vybir/policy_versions.hpp"

namespace vybir::detail {

namespace {

void read_claims(detail::Reader& r, const json& value, Case& c) {
    const json* claims = r.array(value, "claims", "", false);
    if (!claims) return;
    for (std::size_t i = 0; i < claims->size(); ++i) {
        const std::string at = "/claims/" + std::to_string(i);
        const json& item = (*claims)[i];
        if (!item.is_string()) {
            r.fail("wrong-type", at, "a claim must be a string");
            return;
        }
        auto claim = claim_from_code(item.get_ref<const std::string&>());
        if (!claim) {
            r.fail("claim-unknown", at, "unknown claim " + shown(item.get_ref<const std::string&>()));
            return;
        }
        for (std::uint8_t k = 0; k < c.claim_count; ++k)
            if (c.claims[k] == *claim) {
                r.fail("claim-duplicate", at, "claim " + shown(code(*claim)) + " is given twice");
                return;
            }
        c.claims[c.claim_count++] = *claim;
    }
}

}  // namespace

Result<Case> read_case(const json& value, const Policy& policy) {
    detail::Reader r("case");
    if (!value.is_object()) return Error{"case.not-object", "", "a case must be a JSON object"};
    Case c;
    r.only_keys(value, "", {"asOf", "region", "occupiedArea", "personalRiskFactors", "relocationObstacles",
                            "claims", "temporaryProtection", "regularPermit", "asylumApplication",
                            "asylumApplicationDate", "tpExtension2028"});
    r.date(value, "asOf", "", c.as_of);
    std::string region;
    if (r.string(value, "region", "", region) && !r.failed()) {
        c.region = policy.region_index(region);
        if (c.region < 0) r.fail("region-unknown", "/region", shown(region) + " is not a region code the policy knows");
    }
    r.boolean(value, "occupiedArea", "", c.occupied_area, false);
    r.boolean(value, "personalRiskFactors", "", c.personal_risk_factors, false);
    r.boolean(value, "relocationObstacles", "", c.relocation_obstacles, false);
    read_claims(r, value, c);
    std::string tp = "unknown";
    if (r.string(value, "temporaryProtection", "", tp, false)) {
        if (auto s = temporary_protection_from_code(tp)) c.temporary_protection = *s;
        else r.fail("value-unknown", "/temporaryProtection", shown(tp) + " is not yes, no or unknown");
    }
    r.boolean(value, "regularPermit", "", c.regular_permit, false);
    std::string application;
    const bool application_given = value.contains("asylumApplication");
    if (r.string(value, "asylumApplication", "", application, false) && application_given) {
        if (auto s = answer_from_code(application)) c.asylum_application = *s;
        else r.fail("value-unknown", "/asylumApplication", shown(application) + " is not yes, no or unknown");
    }
    if (auto it = value.find("asylumApplicationDate"); it != value.end() && !it->is_null()) {
        Date d;
        if (r.date(value, "asylumApplicationDate", "", d)) c.asylum_application_date = d;
    }
    r.boolean(value, "tpExtension2028", "", c.tp_extension_2028, false);
    if (r.failed()) return r.error();

    if (c.asylum_application_date) {
        if (application_given && c.asylum_application == Answer::no)
            return Error{"case.application-conflict", "/asylumApplication",
                         "asylumApplication is \"no\" but an application date is given"};
        c.asylum_application = Answer::yes;
    }

    if (c.as_of < policy.date)
        return Error{"case.as-of-before-policy", "/asOf",
                     "asOf is before the policy's date " + policy.date.to_string()};
    if (c.asylum_application_date && *c.asylum_application_date > c.as_of)
        return Error{"case.application-after-as-of", "/asylumApplicationDate",
                     "the asylum application date is after asOf"};
    return c;
}

namespace {

// asOf when it is present and a calendar date; read_case reports the rest.
std::optional<Date> as_of_of(const json& value) {
    if (!value.is_object()) return std::nullopt;
    auto it = value.find("asOf");
    if (it == value.end() || !it->is_string()) return std::nullopt;
    return Date::parse(it->get_ref<const std::string&>());
}

const Policy& newest(std::span<const Policy> versions) {
    return *std::max_element(versions.begin(), versions.end(), [](const Policy& a, const Policy& b) {
        return a.effective_from < b.effective_from;
    });
}

}  // namespace

Result<CaseInForce> read_case(const json& value, Policies policies) {
    const Policy* policy = policies.forced;
    if (!policy) {
        if (policies.versions.empty()) return Error{"case.as-of-before-policy", "/asOf", "no policy version is loaded"};
        policy = &newest(policies.versions);
        if (auto as_of = as_of_of(value)) {
            auto chosen = policy_in_force(policies.versions, *as_of);
            if (!chosen.ok()) return chosen.error();
            policy = chosen.value();
        }
    }
    auto c = read_case(value, *policy);
    if (!c.ok()) return c.error();
    return CaseInForce{policy, c.value()};
}

}  // namespace vybir::detail
