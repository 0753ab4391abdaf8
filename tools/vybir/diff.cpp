// vybir diff OLD NEW [--cases FILE]: what a policy change changes, for the
// policy itself and, with a caseload, for whose cases. The changed cases are
// collected for one JSON document; the caseload is still read line by line.
#include <cstdio>
#include <iostream>
#include <memory>

#include "case_lines.hpp"
#include "commands.hpp"
#include "diff_text.hpp"
#include "input.hpp"
#include "vybir/api.hpp"
#include "vybir/policy_diff.hpp"
#include "vybir/case.hpp"
#include "vybir/caseload.hpp"

namespace vybir::cli {

using nlohmann::json;

namespace {

json error_entry(std::uint64_t line, const char* under, const Error& e) {
    return {{"line", line}, {"policy", under}, {"error", error_json(e)["error"]}};
}

// Each case under both versions, as given (or as of --as-of).
Result<json> diff_cases(const DiffOptions& o, const Policy& before, const Policy& after) {
    std::FILE* in = o.cases_path == "-" ? stdin : std::fopen(o.cases_path.c_str(), "rb");
    if (!in) return Error{"input.unreadable", "", "cannot open " + o.cases_path};
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(in == stdin ? nullptr : in, std::fclose);
    CaseLines cases(o.in_format.value_or(format_of_path(o.cases_path)));

    json changes = json::array(), errors = json::array();
    std::uint64_t read = 0, assessed = 0;
    json value;
    Error error;
    std::optional<Error> refused;
    auto each = [&](const caseload::TextLines::Line& line) {
        auto kind = line.too_long ? CaseLines::Kind::error : cases.read(line.text, value, error);
        if (line.too_long) error = {"input.too-large", "", "the line is larger than 1 MiB"};
        if (kind == CaseLines::Kind::blank || kind == CaseLines::Kind::header) return true;
        if (kind == CaseLines::Kind::bad_header) {
            refused = error;
            return false;
        }
        if (kind == CaseLines::Kind::case_text) {
            auto parsed = caseload::parse_case_line(cases.text());
            if (parsed.ok()) value = std::move(parsed.value()), kind = CaseLines::Kind::case_value;
            else error = parsed.error(), kind = CaseLines::Kind::error;
        }
        ++read;
        if (kind == CaseLines::Kind::error) {
            errors.push_back(error_entry(line.number, "both", error));
            return true;
        }
        if (!o.as_of.empty() && value.is_object()) value["asOf"] = o.as_of;
        // Changed or not, the case comes in through the one reader, once under each version.
        const std::string text = dump(value);
        auto old_case = read_case_text(text, before);
        auto new_case = read_case_text(text, after);
        if (!old_case.ok() || !new_case.ok()) {
            const char* under = !old_case.ok() && !new_case.ok() ? "both" : !old_case.ok() ? "old" : "new";
            errors.push_back(error_entry(line.number, under, !old_case.ok() ? old_case.error() : new_case.error()));
            return true;
        }
        ++assessed;
        json change = diff_outcome(evaluate(before, old_case.value().input), evaluate(after, new_case.value().input));
        if (change.empty()) return true;
        change["line"] = line.number;
        change["region"] = value["region"];
        change["asOf"] = value["asOf"];
        changes.push_back(std::move(change));
        return true;
    };
    const bool read_ok = for_each_line(in, each, [](std::uint64_t) {});
    if (refused) return *refused;
    if (!read_ok) return Error{"input.unreadable", "", "cannot read " + o.cases_path};
    return json{{"file", o.cases_path}, {"asOf", o.as_of.empty() ? json(nullptr) : json(o.as_of)},
                {"read", read}, {"assessed", assessed}, {"changed", changes.size()},
                {"changes", std::move(changes)}, {"errors", std::move(errors)}};
}

}  // namespace

int diff_command(const DiffOptions& o) {
    if (!o.as_of.empty() && !Date::parse(o.as_of))
        return report({"case.date-invalid", "/asOf", "--as-of " + o.as_of + " is not a calendar date (YYYY-MM-DD)"});
    auto before = load_named_version(o.old_policy);
    if (!before.ok()) return report(before.error());
    auto after = load_named_version(o.new_policy);
    if (!after.ok()) return report(after.error());

    json out = diff_policies(before.value(), after.value());
    if (!o.cases_path.empty()) {
        auto cases = diff_cases(o, before.value(), after.value());
        if (!cases.ok()) return report(cases.error());
        out["cases"] = std::move(cases.value());
    }
    if (o.text) std::cout << diff_text(out);
    else std::cout << dump_pretty(out) << '\n';
    return 0;
}

}  // namespace vybir::cli
