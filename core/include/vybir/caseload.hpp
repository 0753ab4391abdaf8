// Caseloads: a whole file of cases in, one output row per case line out
// (docs/contract.md, "Caseloads"). Pure functions and small state machines,
// no I/O: the CLI (`vybir batch`, `vybir diff --cases`) feeds them what it
// reads from a file, the WASM module what the page's worker got from a file
// picker. One reading code for both, so the two can never disagree on what a
// row of a spreadsheet says.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "vybir/assessment.hpp"
#include "vybir/error.hpp"
#include "vybir/limits.hpp"
#include "vybir/policy.hpp"
#include "vybir/case.hpp"

namespace vybir::caseload {

enum class Format { jsonl, csv };

// --in's value, or the format a file name implies (".csv"; else JSONL).
bool parse_format(std::string_view name, Format& out);
Format format_of_path(std::string_view path);

constexpr std::size_t max_line_bytes = max_input_bytes;  // the core's limit for one case

namespace csv {

// The separator a header row uses: ';' (as Excel writes CSV where the
// decimal mark is a comma, the Dutch setting) when the row holds more ';'
// than ',' outside quotes; else ','. Field names hold neither.
char separator_of(std::string_view header_line);

// Splits one line into cells; unquoted cells are trimmed of spaces and tabs.
// An unterminated quote or text after a closing quote: "csv.syntax".
std::optional<Error> split(std::string_view line, std::vector<std::string>& cells, char separator = ',');

// The header: each column must be a field of the case (docs/contract.md),
// given once. Errors: "case.unknown-field" at /name, "csv.header".
std::optional<Error> check_header(const std::vector<std::string>& columns);

// One row as a case object: empty cells are absent; booleans true/false (any
// letter case); claims separated by ";" (quote the cell in a ';'-separated
// file). A cell that is not a boolean stays a string, so the core reports
// case.wrong-type with the column's pointer. A row with another number of
// cells than the header: "csv.column-count".
Result<nlohmann::json> row_to_case(const std::vector<std::string>& columns, const std::vector<std::string>& cells);

// A cell for output, quoted when it holds a comma, quote or line break.
void append_cell(std::string& out, std::string_view cell);

}  // namespace csv

// Splits text into lines, in chunks of any size: "\n" ends a line, a "\r"
// before it is dropped, the last line may lack its "\n". A line longer than
// max_line_bytes is reported as too long (its text empty) and skipped.
// Line numbers count every physical line, from 1.
class TextLines {
public:
    struct Line {
        std::string_view text;  // valid during the callback only
        std::uint64_t number = 0;
        bool too_long = false;
    };
    explicit TextLines(std::size_t max_bytes = max_line_bytes) : max_(max_bytes) {}

    // Calls fn(const Line&) for each line the chunk completes; fn returns
    // false to stop (the rest of the input is then not read).
    template <class Fn>
    bool feed(std::string_view chunk, Fn&& fn);
    // The last line, when the text does not end with "\n".
    template <class Fn>
    bool finish(Fn&& fn);

    std::uint64_t lines() const { return number_; }

private:
    static std::string_view without_cr(std::string_view s) {
        return !s.empty() && s.back() == '\r' ? s.substr(0, s.size() - 1) : s;
    }
    std::size_t max_;
    std::string partial_;     // the start of a line the next chunk ends
    bool skipping_ = false;   // inside a line already reported as too long
    std::uint64_t number_ = 0;
};

// Turns the lines of a caseload into case objects, for batch and diff alike:
// JSONL is one case object a line; CSV is a header row (a UTF-8 byte order
// mark before it and a ';' separator are accepted), then one case a row.
class CaseLines {
public:
    explicit CaseLines(Format format) : format_(format) {}

    enum class Kind {
        blank,       // an empty line: skipped, no output row
        header,      // CSV's header row, accepted
        bad_header,  // CSV's header row, refused: nothing after it can be read
        case_text,   // JSONL: text() is the case's JSON text
        case_value,  // CSV: `value` holds the case object
        error,       // `error` says why this line is not a case
    };
    Kind read(std::string_view line, nlohmann::json& value, Error& error);

    // After Kind::case_text: the case's JSON text (the line, without a BOM).
    std::string_view text() const { return text_; }
    char separator() const { return separator_; }
    const std::vector<std::string>& columns() const { return columns_; }

private:
    Format format_;
    bool have_header_ = false;  // JSONL: the first line has been seen
    std::string_view text_;
    char separator_ = ',';
    std::vector<std::string> columns_;
    std::vector<std::string> cells_;  // reused from row to row
};

// The rows `vybir batch` writes, one per case line. JSONL:
// {"line":N,"assessment":{…}} with the full assessment of docs/contract.md
// (trace and whatIf included), or {"line":N,"error":{…}}. CSV: the main
// fields flattened, one row per case, error rows included.
void append_header(std::string& out, Format format);  // CSV's column names; nothing for JSONL
void append_assessment_row(std::string& out, Format format, std::uint64_t line, const Assessment&);
void append_error_row(std::string& out, Format format, std::uint64_t line, const Error&);

// One caseload run: each line in, its output row appended. The CLI and the
// WASM module both go through this, so their bytes are the same.
class Run {
public:
    // versions: oldest first (policy_versions.hpp); forced: one version for
    // every case, whatever its date (the CLI's --policy), or null.
    Run(std::span<const Policy> versions, const Policy* forced, Format in, Format out);

    enum class Outcome {
        blank,       // a blank line: no row
        header,      // CSV's accepted header: no row
        assessed,    // assessment() holds it
        error,       // error() says why
        stop,        // a refused CSV header: error() says why; read no further
    };
    Outcome line(const TextLines::Line& line, std::string& out);
    // After Outcome::assessed / error / stop.
    const Assessment& assessment() const { return *assessment_; }
    const Error& error() const { return error_; }
    Outcome fail(std::uint64_t number, Error e, std::string& out);

private:
    Outcome assess(std::uint64_t number, const Result<CaseInForce>& c, std::string& out);
    Policies policies_;
    CaseLines cases_;
    Format out_;
    nlohmann::json value_;
    Error error_;
    std::optional<Assessment> assessment_;
};

// The case on one line of a caseload (1-based, as in the rows), as the page
// needs it to open that client's full result: a CSV row as its case object,
// a JSONL line parsed. An error when that line is not a case.
Result<nlohmann::json> case_on_line(std::string_view text, Format format, std::uint64_t line);

// A JSONL line's case object, parsed with the one reader's limits
// (limits.hpp): "input.*" and "json.*" errors as read_case_text gives them.
// For tools that change a case before reading it (vybir diff --as-of); a
// Case itself only ever comes from read_case_text.
Result<nlohmann::json> parse_case_line(std::string_view text);

// ---- TextLines, inline: the CLI calls it for every chunk it reads.

template <class Fn>
bool TextLines::feed(std::string_view chunk, Fn&& fn) {
    while (!chunk.empty()) {
        const std::size_t nl = chunk.find('\n');
        const std::string_view piece = chunk.substr(0, nl);
        if (!skipping_) {
            if (partial_.size() + piece.size() > max_) {
                skipping_ = true;
                partial_.clear();
                partial_.shrink_to_fit();
            } else if (nl == std::string_view::npos) {
                partial_.append(piece);
            }
        }
        if (nl == std::string_view::npos) return true;
        Line line;
        line.number = ++number_;
        if (skipping_) {
            line.too_long = true;
        } else if (partial_.empty()) {
            line.text = without_cr(piece);
        } else {
            partial_.append(piece);
            line.text = without_cr(partial_);
        }
        const bool go_on = fn(static_cast<const Line&>(line));
        partial_.clear();
        skipping_ = false;
        chunk.remove_prefix(nl + 1);
        if (!go_on) return false;
    }
    return true;
}

template <class Fn>
bool TextLines::finish(Fn&& fn) {
    if (partial_.empty() && !skipping_) return true;
    Line line;
    line.number = ++number_;
    line.too_long = skipping_;
    if (!skipping_) line.text = without_cr(partial_);
    const bool go_on = fn(static_cast<const Line&>(line));
    partial_.clear();
    skipping_ = false;
    return go_on;
}

}  // namespace vybir::caseload
