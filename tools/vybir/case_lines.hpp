// Turns the lines of a caseload into case objects, for batch and diff alike:
// JSONL is one case object a line; CSV is a header row, then one case a row.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "vybir/error.hpp"

namespace vybir::cli {

enum class CaseFormat { jsonl, csv };

// --in's value, or the format a file name implies (".csv"; else JSONL).
bool parse_format(std::string_view name, CaseFormat& out);
CaseFormat format_of_path(std::string_view path);

class CaseLines {
public:
    explicit CaseLines(CaseFormat format) : format_(format) {}

    enum class Kind {
        blank,       // an empty line: skipped, no output row
        header,      // CSV's header row, accepted
        bad_header,  // CSV's header row, refused: nothing after it can be read
        case_text,   // JSONL: the line itself is the case's JSON text
        case_value,  // CSV: `value` holds the case object
        error,       // `error` says why this line is not a case
    };
    Kind read(std::string_view line, nlohmann::json& value, Error& error);

private:
    CaseFormat format_;
    bool have_header_ = false;
    std::vector<std::string> columns_;
    std::vector<std::string> cells_;  // reused from row to row
};

}  // namespace vybir::cli
