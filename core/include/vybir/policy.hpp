// One version of the country policy, as read from data/policy/*.json.
// Core knows no region's grade and no date of its own: all of it is here,
// each fact with the citation id of the memo section it rests on.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "vybir/codes.hpp"
#include "vybir/date.hpp"
#include "vybir/error.hpp"
#include "vybir/statements.hpp"

namespace vybir {

// Ukraine's 27 first-level regions (ISO 3166-2:UA), sorted. Geography, not
// policy: a policy file must grade every one of them exactly once.
inline constexpr std::array<std::string_view, 27> ukraine_region_codes = {
    "UA-05", "UA-07", "UA-09", "UA-12", "UA-14", "UA-18", "UA-21", "UA-23", "UA-26",
    "UA-30", "UA-32", "UA-35", "UA-40", "UA-43", "UA-46", "UA-48", "UA-51", "UA-53",
    "UA-56", "UA-59", "UA-61", "UA-63", "UA-65", "UA-68", "UA-71", "UA-74", "UA-77"};

struct Citation {
    std::string section;
    bool outside_memo = false;
};

// A part of a region assessed with another region (BN-fn5: the occupied tip
// of Mykolaiv oblast goes with Kherson).
struct OccupiedPart {
    int grade = 0;
    std::string assessed_with;
    std::string cite;
};

struct RegionPolicy {
    std::string iso;
    int grade = 0;
    std::string cite;
    bool internal_protection_area = false;
    bool occupied = false;          // wholly occupied (BN-4.1c: Crimea, Sevastopol)
    bool partly_occupied = false;   // temporarily occupied areas in it (BN-3)
    bool front_line = false;        // the front runs through it (BN-3)
    std::optional<OccupiedPart> occupied_part;
};

// The memo's findings for one group (BN-4.1e); draft evaders and deserters
// share one heading, so both get both findings.
struct GroupFinding {
    Claim claim{};
    std::vector<std::string> findings;
    std::string cite;
};

struct Policy {
    std::string id;
    std::string reference;
    std::string status;
    Date date;
    Date effective_from;
    // SHA-256 of the file's bytes (read_policy_text), the assessment's
    // receipt of which version it rests on; empty when read from a value.
    std::string sha256;
    std::map<std::string, Citation, std::less<>> citations;

    std::array<std::string, 3> grade_cites;  // index: grade - 1
    std::vector<RegionPolicy> regions;       // sorted by iso, all 27

    struct {
        std::string cite;             // grade 1-2 home regions
        std::string same_grade_cite;  // a grade-3 home region
        std::string waiver_cite;
        std::string refusal_cite;
    } internal_protection;

    std::vector<GroupFinding> groups;  // one per claim
    std::string groups_cite;

    struct {
        Date last_day;
        std::string cite;
        Date planned_end;  // the first day without: the day after last_day
        std::string planned_end_cite;
        Date extension_last_day;
        std::string extension_cite;
    } temporary_protection;

    struct {
        int validity_years = 0;
        bool requires_withdrawal = true;
        bool proposed = true;
        std::string cite;
    } transition_document;

    struct {
        int months = 0;
        std::string cite;
        std::string counting_cite;
    } decision_limit;

    // The citation and certainty of every statement core can make, by id,
    // and of each group finding ("finding.<code>").
    std::array<StatementRule, static_cast<std::size_t>(StatementId::count_)> statements;
    std::vector<StatementRule> finding_statements;  // ids "finding.<code>"

    nlohmann::json document;  // the whole file, for context figures and names

    const StatementRule& statement(StatementId which) const { return statements[static_cast<std::size_t>(which)]; }
    // The statement of a group finding; read_policy guarantees there is one.
    const StatementRule& finding_statement(std::string_view finding) const;

    const RegionPolicy* find_region(std::string_view iso) const;
    int region_index(std::string_view iso) const;  // -1 when absent
    const GroupFinding& finding(Claim) const;
};

// Reads and checks a policy document: structure and meaning. On a fault,
// a "policy.*" error with the JSON Pointer of the first fault found.
Result<Policy> read_policy(const nlohmann::json& document);
Result<Policy> read_policy_text(std::string_view text);

}  // namespace vybir
