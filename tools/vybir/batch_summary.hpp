// The counts a caseload run ends with (on stderr): how many cases fall in
// each grade, outlook and transition-document answer, whose decision is
// late, which policy versions were used, and which errors came up.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "vybir/assessment.hpp"
#include "vybir/error.hpp"

namespace vybir::cli {

struct BatchSummary {
    std::uint64_t lines = 0, assessed = 0, errors = 0, blank = 0;
    std::array<std::uint64_t, 3> grade{};        // index: grade - 1
    std::array<std::uint64_t, 3> outlook{};      // index: Outlook
    std::array<std::uint64_t, 5> eligibility{};  // index: Eligibility
    std::uint64_t deadline_passed = 0, deadline_not_passed = 0, no_application_date = 0;
    std::vector<std::pair<const Policy*, std::uint64_t>> versions;  // in first-use order
    std::map<std::string, std::uint64_t> error_codes;

    void add(const Assessment&);
    void add(const Error&);
    // Readable lines; the last one ("time: …") is the only one that varies
    // from run to run.
    std::string text(double seconds) const;
};

}  // namespace vybir::cli
