// CSV for caseloads (RFC 4180 within one line): a header row of the case's
// field names, then one case per row. Spreadsheets are where legal-aid
// offices keep their files, so the reading is forgiving where it is safe
// (TRUE/FALSE, spaces around cells) and strict where a typo would change an
// answer (unknown columns, wrong cell counts).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "vybir/error.hpp"

namespace vybir::cli::csv {

// Splits one line into cells; unquoted cells are trimmed of spaces and tabs.
// An unterminated quote or text after a closing quote: "csv.syntax".
std::optional<Error> split(std::string_view line, std::vector<std::string>& cells);

// The header: each column must be a field of the case (docs/contract.md),
// given once. Errors: "case.unknown-field" at /name, "csv.header".
std::optional<Error> check_header(const std::vector<std::string>& columns);

// One row as a case object: empty cells are absent; booleans true/false (any
// letter case); claims separated by ";". A cell that is not a boolean stays a
// string, so the core reports case.wrong-type with the column's pointer.
// A row with another number of cells than the header: "csv.column-count".
Result<nlohmann::json> row_to_case(const std::vector<std::string>& columns, const std::vector<std::string>& cells);

// A cell for output, quoted when it holds a comma, quote or line break.
void append_cell(std::string& out, std::string_view cell);

}  // namespace vybir::cli::csv
