#include "vybir/policy_diff.hpp"

#include <algorithm>
#include <string_view>

namespace vybir {

using nlohmann::json;

namespace {

json version(const Policy& p) {
    return {{"id", p.id}, {"date", p.date.to_string()}, {"effectiveFrom", p.effective_from.to_string()},
            {"sha256", p.sha256.empty() ? json(nullptr) : json(p.sha256)}};
}

const json* at(const json& doc, const char* pointer) {
    const json::json_pointer ptr(pointer);
    return doc.contains(ptr) ? &doc[ptr] : nullptr;
}

// Each listed field of the two files that differs, as {field, old, new}.
json changed_fields(const Policy& before, const Policy& after, std::initializer_list<const char*> pointers) {
    json out = json::array();
    for (const char* pointer : pointers) {
        const json* old_value = at(before.document, pointer);
        const json* new_value = at(after.document, pointer);
        const json o = old_value ? *old_value : json(nullptr);
        const json n = new_value ? *new_value : json(nullptr);
        if (o != n) out.push_back({{"field", pointer}, {"old", o}, {"new", n}});
    }
    return out;
}

std::string english_name(const Policy& p, std::string_view iso) {
    for (const json& r : p.document["regions"])
        if (r.value("iso", "") == iso && r.contains("names")) return r["names"].value("en", "");
    return "";
}

json occupied_part(const RegionPolicy& r) {
    if (!r.occupied_part) return nullptr;
    return {{"grade", r.occupied_part->grade}, {"assessedWith", r.occupied_part->assessed_with}};
}

}  // namespace

json diff_policies(const Policy& before, const Policy& after) {
    json out;
    out["old"] = version(before);
    out["new"] = version(after);

    // Both hold Ukraine's 27 regions, sorted by ISO code (read_policy).
    json grades = json::array(), parts = json::array(), added = json::array(), removed = json::array();
    for (std::size_t i = 0; i < before.regions.size() && i < after.regions.size(); ++i) {
        const RegionPolicy& o = before.regions[i];
        const RegionPolicy& n = after.regions[i];
        if (o.grade != n.grade)
            grades.push_back({{"region", n.iso}, {"name", english_name(after, n.iso)}, {"old", o.grade}, {"new", n.grade}});
        if (occupied_part(o) != occupied_part(n))
            parts.push_back({{"region", n.iso}, {"old", occupied_part(o)}, {"new", occupied_part(n)}});
        if (!o.internal_protection_area && n.internal_protection_area) added.push_back(n.iso);
        if (o.internal_protection_area && !n.internal_protection_area) removed.push_back(n.iso);
    }
    out["grades"] = grades;
    out["occupiedParts"] = parts;
    out["internalProtectionAreas"] = {{"added", added}, {"removed", removed}};

    out["dates"] = changed_fields(before, after,
                                  {"/date", "/effectiveFrom", "/temporaryProtection/lastDay",
                                   "/temporaryProtection/plannedEnd", "/temporaryProtection/extension2028/lastDay"});

    json groups = json::array();
    for (Claim c : all_claims) {
        const auto& o = before.finding(c).findings;
        const auto& n = after.finding(c).findings;
        if (o != n) groups.push_back({{"claim", code(c)}, {"old", o}, {"new", n}});
    }
    out["groups"] = groups;

    // The citation or the certainty of a statement: what a page would say
    // with another source or more or less sure.
    json statements = json::array();
    for (std::size_t i = 0; i < statement_codes.size(); ++i) {
        const StatementRule& o = before.statements[i];
        const StatementRule& n = after.statements[i];
        if (o.cite != n.cite || o.modality != n.modality)
            statements.push_back({{"id", o.id},
                                  {"old", {{"cite", o.cite}, {"modality", code(o.modality)}}},
                                  {"new", {{"cite", n.cite}, {"modality", code(n.modality)}}}});
    }
    out["statements"] = statements;

    out["decisionLimit"] = changed_fields(before, after, {"/decisionLimit/months"});
    out["other"] = changed_fields(before, after,
                                  {"/id", "/reference", "/status", "/temporaryProtection/extension2028/scopeMayNarrow",
                                   "/transitionDocument/validityYears", "/transitionDocument/requiresWithdrawal",
                                   "/transitionDocument/asylumLevelProvisions", "/transitionDocument/proposed"});

    // The id and the dates of a version change with every version; what a
    // reader needs to know is whether anything else did.
    bool unchanged = grades.empty() && parts.empty() && added.empty() && removed.empty() && groups.empty() &&
                     statements.empty() && out["decisionLimit"].empty();
    for (const json& d : out["dates"]) unchanged = unchanged && (d["field"] == "/date" || d["field"] == "/effectiveFrom");
    for (const json& d : out["other"]) unchanged = unchanged && d["field"] == "/id";
    out["unchanged"] = unchanged;
    return out;
}

json diff_outcome(const Assessment& before, const Assessment& after) {
    json out = json::object();
    if (before.grade.grade != after.grade.grade)
        out["grade"] = {{"old", before.grade.grade}, {"new", after.grade.grade}};
    if (before.outlook.value != after.outlook.value)
        out["outlook"] = {{"old", code(before.outlook.value)}, {"new", code(after.outlook.value)}};
    if (before.transition_document.eligible != after.transition_document.eligible)
        out["transitionDocument"] = {{"old", code(before.transition_document.eligible)},
                                     {"new", code(after.transition_document.eligible)}};
    // The policy's dates move these two: TP's last day and the decision limit.
    if (before.temporary_protection.active_on_as_of != after.temporary_protection.active_on_as_of)
        out["temporaryProtectionActive"] = {{"old", before.temporary_protection.active_on_as_of},
                                            {"new", after.temporary_protection.active_on_as_of}};
    const bool passed_before = before.decision_deadline && before.decision_deadline->passed;
    const bool passed_after = after.decision_deadline && after.decision_deadline->passed;
    if (passed_before != passed_after)
        out["decisionDeadlinePassed"] = {{"old", passed_before}, {"new", passed_after}};
    return out;
}

}  // namespace vybir
