#include "batch_summary.hpp"

#include <cstdio>

namespace vybir::cli {

void BatchSummary::add(const Assessment& a) {
    ++assessed;
    ++grade[static_cast<std::size_t>(a.grade.grade - 1)];
    ++outlook[static_cast<std::size_t>(a.outlook.value)];
    ++eligibility[static_cast<std::size_t>(a.transition_document.eligible)];
    if (!a.decision_deadline) ++no_application_date;
    else if (a.decision_deadline->passed) ++deadline_passed;
    else ++deadline_not_passed;
    for (auto& [policy, count] : versions)
        if (policy == a.policy) {
            ++count;
            return;
        }
    versions.emplace_back(a.policy, 1);
}

void BatchSummary::add(const Error& e) {
    ++errors;
    ++error_codes[e.code];
}

std::string BatchSummary::text(double seconds) const {
    auto n = [](std::uint64_t v) { return std::to_string(v); };
    std::string out = "vybir batch: " + n(lines) + " lines: " + n(assessed) + " assessed, " + n(errors) +
                      " errors, " + n(blank) + " blank\n";
    out += "grade: 1: " + n(grade[0]) + ", 2: " + n(grade[1]) + ", 3: " + n(grade[2]) + "\n";
    out += "outlook:";
    for (Outlook o : {Outlook::can_be_refused, Outlook::individual_assessment, Outlook::not_supported})
        out += std::string(o == Outlook::can_be_refused ? " " : ", ") + std::string(code(o)) + ": " +
               n(outlook[static_cast<std::size_t>(o)]);
    out += "\ntransition document:";
    for (Eligibility e : {Eligibility::yes, Eligibility::not_applicable, Eligibility::no, Eligibility::open,
                          Eligibility::unknown})
        out += std::string(e == Eligibility::yes ? " " : ", ") + std::string(code(e)) + ": " +
               n(eligibility[static_cast<std::size_t>(e)]);
    out += "\ndecision deadline: passed: " + n(deadline_passed) + ", not passed: " + n(deadline_not_passed) +
           ", no application date: " + n(no_application_date) + "\n";
    out += "policy:";
    if (versions.empty()) out += " none";
    for (std::size_t i = 0; i < versions.size(); ++i)
        out += std::string(i ? ", " : " ") + versions[i].first->effective_from.to_string() + " (" +
               versions[i].first->id + "): " + n(versions[i].second);
    out += "\nerrors:";
    if (error_codes.empty()) out += " none";
    bool first = true;
    for (const auto& [code, count] : error_codes) {
        out += std::string(first ? " " : ", ") + code + ": " + n(count);
        first = false;
    }
    char rate[96];
    const double per_second = seconds > 0 ? static_cast<double>(lines) / seconds : 0;
    std::snprintf(rate, sizeof rate, "\ntime: %.2f s, %.0f lines/s\n", seconds, per_second);
    return out + rate;
}

}  // namespace vybir::cli
