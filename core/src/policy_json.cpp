// Reading a policy file: structure first (the same rules as
// data/schema/policy.schema.json), then the memo's own structure.
#include <algorithm>

#include "json_reader.hpp"
#include "vybir/policy.hpp"
#include "vybir/sha256.hpp"

namespace vybir {

using detail::json;
using detail::shown;

const RegionPolicy* Policy::find_region(std::string_view iso) const {
    int i = region_index(iso);
    return i < 0 ? nullptr : &regions[static_cast<std::size_t>(i)];
}

int Policy::region_index(std::string_view iso) const {
    auto it = std::lower_bound(regions.begin(), regions.end(), iso,
                               [](const RegionPolicy& r, std::string_view k) { return r.iso < k; });
    if (it == regions.end() || it->iso != iso) return -1;
    return static_cast<int>(it - regions.begin());
}

const StatementRule& Policy::finding_statement(std::string_view finding) const {
    for (const StatementRule& s : finding_statements)
        if (std::string_view(s.id).substr(finding_prefix.size()) == finding) return s;
    return finding_statements.front();  // unreachable for a policy read_policy accepted
}

const GroupFinding& Policy::finding(Claim claim) const {
    // read_policy guarantees one finding per claim, stored in claim order.
    return groups[static_cast<std::size_t>(claim)];
}

namespace {

bool is_region_code(std::string_view iso) {
    return std::binary_search(ukraine_region_codes.begin(), ukraine_region_codes.end(), iso);
}

void read_citations(detail::Reader& r, const json& doc, Policy& p) {
    const json* table = r.object(doc, "citations", "");
    if (!table) return;
    for (const auto& [id, entry] : table->items()) {
        const std::string at = "/citations/" + detail::pointer_token(id);
        if (!entry.is_object()) {
            r.fail("schema", at, "a citation must be an object");
            return;
        }
        Citation c;
        r.only_keys(entry, at, {"section", "outsideMemo"});
        r.string(entry, "section", at, c.section);
        r.boolean(entry, "outsideMemo", at, c.outside_memo);
        p.citations.emplace(id, std::move(c));
    }
}

void read_region(detail::Reader& r, const json& e, const std::string& at, RegionPolicy& region) {
    if (!e.is_object()) {
        r.fail("schema", at, "a region must be an object");
        return;
    }
    r.only_keys(e, at, {"iso", "names", "grade", "cite", "internalProtectionArea", "occupied", "partlyOccupied",
                        "frontLine", "occupiedPart"});
    r.string(e, "iso", at, region.iso);
    if (const json* names = r.object(e, "names", at)) {
        std::string unused;
        for (const char* lang : {"en", "uk", "ru", "nl"}) r.string(*names, lang, at + "/names", unused);
    }
    r.integer(e, "grade", at, region.grade);
    r.string(e, "cite", at, region.cite);
    r.boolean(e, "internalProtectionArea", at, region.internal_protection_area);
    r.boolean(e, "occupied", at, region.occupied, false);
    r.boolean(e, "partlyOccupied", at, region.partly_occupied, false);
    r.boolean(e, "frontLine", at, region.front_line, false);
    if (const json* part = r.object(e, "occupiedPart", at, false)) {
        OccupiedPart op;
        const std::string pat = at + "/occupiedPart";
        r.only_keys(*part, pat, {"grade", "assessedWith", "cite"});
        r.integer(*part, "grade", pat, op.grade);
        r.string(*part, "assessedWith", pat, op.assessed_with);
        r.string(*part, "cite", pat, op.cite);
        region.occupied_part = op;
    }
}

// The statements table: every id of statement_codes, and one
// "finding.<code>" per group finding, each with its cite and modality.
void read_statements(detail::Reader& r, const json& doc, Policy& p) {
    const json* table = r.object(doc, "statements", "");
    if (!table || r.failed()) return;
    std::array<bool, statement_codes.size()> given{};
    for (const auto& [id, entry] : table->items()) {
        const std::string at = "/statements/" + detail::pointer_token(id);
        if (!entry.is_object()) {
            r.fail("schema", at, "a statement must be an object");
            return;
        }
        StatementRule rule;
        rule.id = id;
        std::string modality;
        r.only_keys(entry, at, {"cite", "modality"});
        r.string(entry, "cite", at, rule.cite);
        r.string(entry, "modality", at, modality);
        if (r.failed()) return;
        if (auto m = modality_from_code(modality)) rule.modality = *m;
        else return void(r.fail("schema", at + "/modality", "unknown modality " + shown(modality)));
        if (id.starts_with(finding_prefix)) {
            p.finding_statements.push_back(std::move(rule));
            continue;
        }
        auto known = std::find(statement_codes.begin(), statement_codes.end(), id);
        if (known == statement_codes.end())
            return void(r.fail("statement-unknown", at, shown(id) + " is not a statement Vybir makes"));
        const auto i = static_cast<std::size_t>(known - statement_codes.begin());
        given[i] = true;
        p.statements[i] = std::move(rule);
    }
    for (std::size_t i = 0; i < given.size(); ++i)
        if (!given[i])
            return void(r.fail("statement-missing", "/statements",
                               "no citation and modality for statement " + shown(statement_codes[i])));
}

void read_structure(detail::Reader& r, const json& doc, Policy& p) {
    if (!doc.is_object()) {
        r.fail("schema", "", "a policy must be a JSON object");
        return;
    }
    r.only_keys(doc, "", {"$schema", "id", "reference", "date", "effectiveFrom", "status", "statusCite", "title",
                          "citations", "grades", "regions", "internalProtection", "groups", "groupsCite",
                          "temporaryProtection", "transitionDocument", "decisionLimit", "context",
                          "statements"});
    r.string(doc, "id", "", p.id);
    r.string(doc, "reference", "", p.reference);
    r.date(doc, "date", "", p.date);
    r.date(doc, "effectiveFrom", "", p.effective_from);
    r.string(doc, "status", "", p.status);
    read_citations(r, doc, p);

    if (const json* grades = r.array(doc, "grades", "")) {
        if (grades->size() != 3) r.fail("schema", "/grades", "there must be exactly three grades");
        for (std::size_t i = 0; i < grades->size() && i < 3; ++i) {
            const std::string at = "/grades/" + std::to_string(i);
            const json& g = (*grades)[i];
            if (!g.is_object()) {
                r.fail("schema", at, "a grade must be an object");
                continue;
            }
            int n = 0;
            r.only_keys(g, at, {"grade", "cite"});
            r.integer(g, "grade", at, n);
            if (n != static_cast<int>(i) + 1) r.fail("grade-range", at + "/grade", "grades must be 1, 2, 3 in order");
            r.string(g, "cite", at, p.grade_cites[i]);
        }
    }

    if (const json* regions = r.array(doc, "regions", "")) {
        for (std::size_t i = 0; i < regions->size(); ++i) {
            RegionPolicy region;
            read_region(r, (*regions)[i], "/regions/" + std::to_string(i), region);
            p.regions.push_back(std::move(region));
        }
    }

    if (const json* ipa = r.object(doc, "internalProtection", "")) {
        const std::string at = "/internalProtection";
        r.only_keys(*ipa, at, {"cite", "sameGradeCite", "waiverCite", "refusalCite"});
        r.string(*ipa, "cite", at, p.internal_protection.cite);
        r.string(*ipa, "sameGradeCite", at, p.internal_protection.same_grade_cite);
        r.string(*ipa, "waiverCite", at, p.internal_protection.waiver_cite);
        r.string(*ipa, "refusalCite", at, p.internal_protection.refusal_cite);
    }

    r.string(doc, "groupsCite", "", p.groups_cite);
    if (const json* groups = r.array(doc, "groups", "")) {
        for (std::size_t i = 0; i < groups->size(); ++i) {
            const std::string at = "/groups/" + std::to_string(i);
            const json& g = (*groups)[i];
            if (!g.is_object()) {
                r.fail("schema", at, "a group finding must be an object");
                continue;
            }
            GroupFinding f;
            std::string claim;
            r.only_keys(g, at, {"claim", "findings", "cite", "figures"});
            r.string(g, "claim", at, claim);
            if (const json* findings = r.array(g, "findings", at)) {
                if (findings->empty()) r.fail("schema", at + "/findings", "a group needs at least one finding");
                for (std::size_t k = 0; k < findings->size() && !r.failed(); ++k) {
                    if ((*findings)[k].is_string()) f.findings.push_back((*findings)[k].get<std::string>());
                    else r.fail("schema", at + "/findings/" + std::to_string(k), "a finding must be a string");
                }
            }
            r.string(g, "cite", at, f.cite);
            if (auto c = claim_from_code(claim)) f.claim = *c;
            else if (!r.failed()) r.fail("schema", at + "/claim", "unknown claim " + shown(claim));
            p.groups.push_back(std::move(f));
        }
    }

    if (const json* tp = r.object(doc, "temporaryProtection", "")) {
        const std::string at = "/temporaryProtection";
        std::string unused;
        r.only_keys(*tp, at, {"lastDay", "cite", "plannedEnd", "plannedEndCite", "noRightToAsylumCite", "extension2028"});
        r.date(*tp, "lastDay", at, p.temporary_protection.last_day);
        r.string(*tp, "cite", at, p.temporary_protection.cite);
        r.date(*tp, "plannedEnd", at, p.temporary_protection.planned_end);
        r.string(*tp, "plannedEndCite", at, p.temporary_protection.planned_end_cite);
        r.string(*tp, "noRightToAsylumCite", at, unused);
        if (const json* ext = r.object(*tp, "extension2028", at)) {
            const std::string eat = at + "/extension2028";
            bool narrow = false;
            r.only_keys(*ext, eat, {"lastDay", "scopeMayNarrow", "cite"});
            r.date(*ext, "lastDay", eat, p.temporary_protection.extension_last_day);
            r.boolean(*ext, "scopeMayNarrow", eat, narrow);
            r.string(*ext, "cite", eat, p.temporary_protection.extension_cite);
        }
    }

    if (const json* td = r.object(doc, "transitionDocument", "")) {
        const std::string at = "/transitionDocument";
        bool unused = false;
        std::string unused_cite;
        r.only_keys(*td, at, {"validityYears", "requiresWithdrawal", "asylumLevelProvisions", "proposed", "cite", "permitCite"});
        r.integer(*td, "validityYears", at, p.transition_document.validity_years);
        r.boolean(*td, "requiresWithdrawal", at, p.transition_document.requires_withdrawal);
        r.boolean(*td, "asylumLevelProvisions", at, unused);
        r.boolean(*td, "proposed", at, p.transition_document.proposed);
        r.string(*td, "cite", at, p.transition_document.cite);
        r.string(*td, "permitCite", at, unused_cite);
    }

    if (const json* dl = r.object(doc, "decisionLimit", "")) {
        const std::string at = "/decisionLimit";
        std::string unused;
        r.only_keys(*dl, at, {"months", "cite", "directiveCite", "countingCite"});
        r.integer(*dl, "months", at, p.decision_limit.months);
        r.string(*dl, "cite", at, p.decision_limit.cite);
        r.string(*dl, "directiveCite", at, unused);
        r.string(*dl, "countingCite", at, p.decision_limit.counting_cite);
    }
    r.object(doc, "context", "");
    read_statements(r, doc, p);
}

// Every key named "cite" or ending in "Cite", anywhere in the document,
// must name an entry of the citations table.
void check_citations(detail::Reader& r, const json& value, const std::string& at, const Policy& p) {
    if (r.failed()) return;
    if (value.is_object()) {
        for (const auto& [key, v] : value.items()) {
            const std::string where = at + "/" + detail::pointer_token(key);
            const bool is_cite = key == "cite" || (key.size() > 4 && key.ends_with("Cite"));
            if (is_cite && v.is_string() && !p.citations.contains(v.get_ref<const std::string&>())) {
                r.fail("cite-unknown", where, "citation " + shown(v.get_ref<const std::string&>()) + " is not in the citations table");
                return;
            }
            if (at.empty() && key == "citations") continue;
            check_citations(r, v, where, p);
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) check_citations(r, value[i], at + "/" + std::to_string(i), p);
    }
}

void check_meaning(detail::Reader& r, Policy& p) {
    std::sort(p.regions.begin(), p.regions.end(), [](auto& a, auto& b) { return a.iso < b.iso; });
    const json& listed = p.document["regions"];
    auto pointer_of = [&](std::string_view iso) {
        for (std::size_t i = 0; i < listed.size(); ++i)
            if (listed[i].value("iso", "") == iso) return "/regions/" + std::to_string(i);
        return std::string("/regions");
    };
    for (std::size_t i = 0; i < listed.size(); ++i) {
        const std::string iso = listed[i].value("iso", "");
        if (!is_region_code(iso))
            r.fail("region-unknown", "/regions/" + std::to_string(i) + "/iso", shown(iso) + " is not a region of Ukraine");
        for (std::size_t j = 0; j < i; ++j)
            if (listed[j].value("iso", "") == iso)
                r.fail("region-duplicate", "/regions/" + std::to_string(i) + "/iso", shown(iso) + " is listed twice");
    }
    for (auto iso : ukraine_region_codes)
        if (!p.find_region(iso)) r.fail("region-missing", "/regions", "region " + shown(iso) + " is missing");

    for (const RegionPolicy& region : p.regions) {
        const std::string at = pointer_of(region.iso);
        if (region.grade < 1 || region.grade > 3)
            r.fail("grade-range", at + "/grade", "grade must be 1, 2 or 3");
        // BN-2.1d: only grade-3 regions can be internal protection areas,
        // and never the occupied ones (Crimea, Sevastopol).
        if (region.internal_protection_area && region.grade != 3)
            r.fail("ipa-not-grade-3", at + "/internalProtectionArea", "an internal protection area must be grade 3");
        if (region.internal_protection_area && region.occupied)
            r.fail("ipa-occupied", at + "/internalProtectionArea", "an occupied region cannot be an internal protection area");
        if (region.occupied_part) {
            if (region.occupied_part->grade < 1 || region.occupied_part->grade > 3)
                r.fail("grade-range", at + "/occupiedPart/grade", "grade must be 1, 2 or 3");
            if (!is_region_code(region.occupied_part->assessed_with))
                r.fail("region-unknown", at + "/occupiedPart/assessedWith", "not a region of Ukraine");
        }
    }

    std::array<int, all_claims.size()> seen{};
    for (std::size_t i = 0; i < p.groups.size(); ++i)
        if (++seen[static_cast<std::size_t>(p.groups[i].claim)] > 1)
            r.fail("claim-duplicate", "/groups/" + std::to_string(i) + "/claim", "a claim has two findings");
    for (Claim c : all_claims)
        if (seen[static_cast<std::size_t>(c)] == 0)
            r.fail("claim-missing", "/groups", "no finding for claim " + shown(code(c)));
    std::sort(p.groups.begin(), p.groups.end(), [](auto& a, auto& b) { return a.claim < b.claim; });
    for (const GroupFinding& g : p.groups)
        for (const std::string& f : g.findings)
            if (std::none_of(p.finding_statements.begin(), p.finding_statements.end(),
                             [&](const StatementRule& s) { return s.id.substr(finding_prefix.size()) == f; }))
                r.fail("statement-missing", "/statements",
                       "no citation and modality for statement " + shown(std::string(finding_prefix) + f));
    for (const StatementRule& rule : p.finding_statements) {
        const std::string finding = rule.id.substr(finding_prefix.size());
        bool used = false;
        for (const GroupFinding& g : p.groups)
            used = used || std::find(g.findings.begin(), g.findings.end(), finding) != g.findings.end();
        if (!used)
            r.fail("statement-unknown", "/statements/" + detail::pointer_token(rule.id),
                   shown(rule.id) + " is a finding no group has");
    }

    if (p.temporary_protection.last_day < p.date)
        r.fail("tp-before-memo", "/temporaryProtection/lastDay", "temporary protection cannot end before the memo's date");
    // The memo's "planned end" is the first day without: a plannedEnd that is
    // not the day after lastDay would have the page and the CLI state two
    // different ends.
    if (p.temporary_protection.planned_end != p.temporary_protection.last_day.next_day())
        r.fail("date-invalid", "/temporaryProtection/plannedEnd", "plannedEnd must be the day after lastDay");
    if (p.temporary_protection.extension_last_day < p.temporary_protection.last_day)
        r.fail("tp-before-memo", "/temporaryProtection/extension2028/lastDay", "the extension cannot end before the current last day");
    // Upper bounds far past any real limit, so that every date an
    // assessment computes from them stays within the calendar's range.
    if (p.decision_limit.months < 1 || p.decision_limit.months > 120)
        r.fail("schema", "/decisionLimit/months", "the decision limit must be 1 to 120 months");
    if (p.transition_document.validity_years < 1 || p.transition_document.validity_years > 20)
        r.fail("schema", "/transitionDocument/validityYears", "the validity must be 1 to 20 years");
}

}  // namespace

Result<Policy> read_policy(const json& document) {
    detail::Reader r("policy");
    Policy p;
    read_structure(r, document, p);
    if (r.failed()) return r.error();
    p.document = document;
    check_citations(r, document, "", p);
    if (r.failed()) return r.error();
    check_meaning(r, p);
    if (r.failed()) return r.error();
    return p;
}

Result<Policy> read_policy_text(std::string_view text) {
    auto parsed = detail::parse(text, "policy");
    if (!parsed.ok()) return parsed.error();
    auto policy = read_policy(parsed.value());
    if (policy.ok()) policy.value().sha256 = sha256_hex(text);
    return policy;
}

}  // namespace vybir
