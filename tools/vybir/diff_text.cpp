#include "diff_text.hpp"

namespace vybir::cli {

using nlohmann::json;

namespace {

std::string shown(const json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }

// A field's pointer in the policy file, with words for the ones that matter.
std::string field_name(const json& pointer) {
    static const std::pair<const char*, const char*> labels[] = {
        {"/date", "memo date"},
        {"/effectiveFrom", "used by Vybir from"},
        {"/temporaryProtection/lastDay", "temporary protection, last day"},
        {"/temporaryProtection/plannedEnd", "temporary protection, first day without"},
        {"/temporaryProtection/extension2028/lastDay", "2028 extension scenario, last day"},
        {"/decisionLimit/months", "decision limit in months"},
    };
    for (const auto& [p, label] : labels)
        if (pointer == p) return std::string(label) + " (" + p + ")";
    return shown(pointer);
}

std::string version_line(const char* label, const json& v) {
    std::string sha = v["sha256"].is_string() ? v["sha256"].get<std::string>().substr(0, 12) : "-";
    return std::string(label) + v["id"].get<std::string>() + ", used by Vybir from " + shown(v["effectiveFrom"]) +
           " (memo date " + shown(v["date"]) + ", sha256 " + sha + "…)\n";
}

void field_section(std::string& out, const char* title, const json& fields) {
    out += title;
    if (fields.empty()) {
        out += ": no change\n";
        return;
    }
    out += ":\n";
    for (const json& f : fields)
        out += "  " + field_name(f["field"]) + ": " + shown(f["old"]) + " -> " + shown(f["new"]) + "\n";
}

std::string outcome_text(const json& change) {
    std::string out;
    static const std::pair<const char*, const char*> outcomes[] = {
        {"grade", "grade"},
        {"outlook", "outlook"},
        {"transitionDocument", "transition document"},
        {"temporaryProtectionActive", "TP active on asOf"},
        {"decisionDeadlinePassed", "decision deadline passed"},
    };
    for (const auto& [key, label] : outcomes) {
        if (!change.contains(key)) continue;
        if (!out.empty()) out += "; ";
        out += std::string(label) + " " + shown(change[key]["old"]) + " -> " + shown(change[key]["new"]);
    }
    return out;
}

}  // namespace

std::string diff_text(const json& d) {
    std::string out = version_line("old: ", d["old"]) + version_line("new: ", d["new"]) + "\n";

    out += "Grades (Article 15(c))";
    if (d["grades"].empty()) out += ": no change\n";
    else out += ":\n";
    for (const json& g : d["grades"])
        out += "  " + shown(g["region"]) + " " + shown(g["name"]) + ": grade " + shown(g["old"]) + " -> " +
               shown(g["new"]) + "\n";
    for (const json& p : d["occupiedParts"])
        out += "  " + shown(p["region"]) + " occupied part: " + shown(p["old"]) + " -> " + shown(p["new"]) + "\n";

    const json& ipa = d["internalProtectionAreas"];
    out += "Internal protection areas";
    if (ipa["added"].empty() && ipa["removed"].empty()) out += ": no change\n";
    else out += ":\n";
    for (const json& r : ipa["added"]) out += "  added: " + shown(r) + "\n";
    for (const json& r : ipa["removed"]) out += "  removed: " + shown(r) + "\n";

    field_section(out, "Dates", d["dates"]);
    out += "Group findings";
    if (d["groups"].empty()) out += ": no change\n";
    else out += ":\n";
    for (const json& g : d["groups"])
        out += "  " + shown(g["claim"]) + ": " + shown(g["old"]) + " -> " + shown(g["new"]) + "\n";
    out += "Statements (citation, certainty)";
    if (d["statements"].empty()) out += ": no change\n";
    else out += ":\n";
    for (const json& st : d["statements"])
        out += "  " + shown(st["id"]) + ": " + shown(st["old"]["cite"]) + ", " + shown(st["old"]["modality"]) + " -> " +
               shown(st["new"]["cite"]) + ", " + shown(st["new"]["modality"]) + "\n";
    field_section(out, "Decision limit", d["decisionLimit"]);
    field_section(out, "Other", d["other"]);

    if (d.contains("cases")) {
        const json& c = d["cases"];
        out += "\nCases (" + shown(c["file"]) + (c["asOf"].is_string() ? ", as of " + shown(c["asOf"]) : "") +
               "): " + shown(c["read"]) + " read, " + shown(c["assessed"]) + " assessed under both, " +
               shown(c["changed"]) + " changed, " + std::to_string(c["errors"].size()) + " with errors\n";
        for (const json& ch : c["changes"])
            out += "  line " + shown(ch["line"]) + " (" + shown(ch["region"]) + ", as of " + shown(ch["asOf"]) +
                   "): " + outcome_text(ch) + "\n";
        for (const json& e : c["errors"])
            out += "  line " + shown(e["line"]) + ": error under " +
                   (e["policy"] == "both" ? std::string("both versions") : "the " + shown(e["policy"]) + " version") + ": " +
                   shown(e["error"]["code"]) + " at \"" + shown(e["error"]["pointer"]) + "\"\n";
    }
    return out;
}

}  // namespace vybir::cli
