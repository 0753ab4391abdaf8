// Caseloads (caseload.hpp): CSV and JSONL lines in, batch rows out.
#include "vybir/caseload.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>

#include "case_json.hpp"
#include "json_reader.hpp"
#include "vybir/api.hpp"
#include "vybir/assessment_text.hpp"
#include "vybir/case.hpp"
#include "vybir/codes.hpp"

namespace vybir::caseload {

using nlohmann::json;

bool parse_format(std::string_view name, Format& out) {
    if (name == "jsonl") out = Format::jsonl;
    else if (name == "csv") out = Format::csv;
    else return false;
    return true;
}

Format format_of_path(std::string_view path) {
    return path.size() >= 4 && path.substr(path.size() - 4) == ".csv" ? Format::csv : Format::jsonl;
}

namespace csv {

namespace {

constexpr std::array<std::string_view, 11> case_fields = {
    "asOf", "region", "occupiedArea", "personalRiskFactors", "relocationObstacles", "claims",
    "temporaryProtection", "regularPermit", "asylumApplication", "asylumApplicationDate", "tpExtension2028"};
constexpr std::array<std::string_view, 5> boolean_fields = {
    "occupiedArea", "personalRiskFactors", "relocationObstacles", "regularPermit", "tpExtension2028"};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// RFC 6901, as the core writes pointers: "~" is "~0", "/" is "~1".
std::string pointer_token(std::string_view name) {
    std::string out;
    for (char ch : name) out += ch == '~' ? "~0" : ch == '/' ? "~1" : std::string(1, ch);
    return out;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return (x | 0x20) == (y | 0x20);
           });
}

}  // namespace

char separator_of(std::string_view header_line) {
    std::size_t commas = 0, semicolons = 0;
    bool quoted = false;
    for (char ch : header_line) {
        if (ch == '"') quoted = !quoted;
        else if (!quoted && ch == ',') ++commas;
        else if (!quoted && ch == ';') ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

std::optional<Error> split(std::string_view line, std::vector<std::string>& cells, char separator) {
    cells.clear();
    std::size_t i = 0;
    for (;;) {
        std::string cell;
        std::size_t start = i;
        while (start < line.size() && (line[start] == ' ' || line[start] == '\t')) ++start;
        if (start < line.size() && line[start] == '"') {
            i = start + 1;
            for (;;) {
                if (i >= line.size())
                    return Error{"csv.syntax", "", "a quoted cell is not closed on its line"};
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        cell += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += line[i++];
            }
            while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
            if (i < line.size() && line[i] != separator)
                return Error{"csv.syntax", "", "text after a closing quote"};
        } else {
            std::size_t end = line.find(separator, i);
            if (end == std::string_view::npos) end = line.size();
            cell = trim(line.substr(i, end - i));
            i = end;
        }
        cells.push_back(std::move(cell));
        if (i >= line.size()) return std::nullopt;
        ++i;  // the separator
    }
}

std::optional<Error> check_header(const std::vector<std::string>& columns) {
    if (columns.empty() || (columns.size() == 1 && columns[0].empty()))
        return Error{"csv.header", "", "the header row is empty"};
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const std::string& name = columns[i];
        if (name.empty()) return Error{"csv.header", "", "column " + std::to_string(i + 1) + " has no name"};
        if (std::find(case_fields.begin(), case_fields.end(), name) == case_fields.end())
            return Error{"case.unknown-field", "/" + pointer_token(name),
                         "the header names \"" + name + "\", which is not a field of the case"};
        if (std::find(columns.begin(), columns.begin() + static_cast<long>(i), name) != columns.begin() + static_cast<long>(i))
            return Error{"csv.header", "/" + pointer_token(name), "the header names \"" + name + "\" twice"};
    }
    return std::nullopt;
}

Result<json> row_to_case(const std::vector<std::string>& columns, const std::vector<std::string>& cells) {
    if (cells.size() != columns.size())
        return Error{"csv.column-count", "",
                     "the row has " + std::to_string(cells.size()) + " cells, the header " +
                         std::to_string(columns.size())};
    json c = json::object();
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const std::string& name = columns[i];
        const std::string& cell = cells[i];
        if (cell.empty()) continue;
        if (name == "claims") {
            json claims = json::array();
            std::string_view rest = cell;
            while (!rest.empty()) {
                const std::size_t semi = std::min(rest.find(';'), rest.size());
                if (auto item = trim(rest.substr(0, semi)); !item.empty()) claims.push_back(std::string(item));
                rest.remove_prefix(std::min(semi + 1, rest.size()));
            }
            c[name] = std::move(claims);
        } else if (std::find(boolean_fields.begin(), boolean_fields.end(), name) != boolean_fields.end() &&
                   (equals_ignoring_case(cell, "true") || equals_ignoring_case(cell, "false"))) {
            c[name] = (cell[0] | 0x20) == 't';
        } else {
            c[name] = cell;
        }
    }
    return c;
}

void append_cell(std::string& out, std::string_view cell) {
    if (cell.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += cell;
        return;
    }
    out += '"';
    for (char ch : cell) {
        if (ch == '"') out += '"';
        out += ch;
    }
    out += '"';
}

}  // namespace csv

namespace {
bool is_blank(std::string_view line) {
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}
// Spreadsheets often start a CSV file with a UTF-8 byte order mark.
std::string_view without_bom(std::string_view line) {
    return line.starts_with("\xEF\xBB\xBF") ? line.substr(3) : line;
}
}  // namespace

CaseLines::Kind CaseLines::read(std::string_view line, json& value, Error& error) {
    if (format_ == Format::jsonl) {
        // A BOM can only start the first line; JSON itself does not allow it.
        if (!have_header_) {
            have_header_ = true;
            line = without_bom(line);
        }
        text_ = line;
        return is_blank(line) ? Kind::blank : Kind::case_text;
    }
    if (!have_header_) {
        line = without_bom(line);
        if (is_blank(line)) return Kind::blank;
        have_header_ = true;
        separator_ = csv::separator_of(line);
        auto fault = csv::split(line, columns_, separator_);
        if (!fault) fault = csv::check_header(columns_);
        if (fault) {
            error = *fault;
            return Kind::bad_header;
        }
        return Kind::header;
    }
    if (is_blank(line)) return Kind::blank;
    if (auto fault = csv::split(line, cells_, separator_)) {
        error = *fault;
        return Kind::error;
    }
    auto c = csv::row_to_case(columns_, cells_);
    if (!c.ok()) {
        error = c.error();
        return Kind::error;
    }
    value = std::move(c.value());
    return Kind::case_value;
}

namespace {

void append_number(std::string& out, std::uint64_t n) {
    char digits[24];
    int i = 0;
    do digits[i++] = static_cast<char>('0' + n % 10);
    while ((n /= 10) > 0);
    while (i > 0) out += digits[--i];
}

const char* yes_no(bool b) { return b ? "true" : "false"; }

// The CSV columns (docs/contract.md), one list for the header, the
// assessment rows and the error rows: "line", the answers a caseload
// overview needs, each with how it is written from the assessment, then
// which policy version, then the error.
struct AssessmentColumn {
    std::string_view name;
    void (*write)(std::string& out, const Assessment& a);
};

const std::optional<DecisionDeadlineConclusion>& deadline(const Assessment& a) { return a.decision_deadline; }

constexpr AssessmentColumn assessment_columns[] = {
    {"region", [](std::string& o, const Assessment& a) { o += a.policy->regions[static_cast<std::size_t>(a.input.region)].iso; }},
    {"grade", [](std::string& o, const Assessment& a) { append_number(o, static_cast<std::uint64_t>(a.grade.grade)); }},
    {"realRisk", [](std::string& o, const Assessment& a) { o += code(a.real_risk.value); }},
    {"ipaBasis", [](std::string& o, const Assessment& a) { o += code(a.internal_protection.basis); }},
    {"outlook", [](std::string& o, const Assessment& a) { o += code(a.outlook.value); }},
    {"tpLastDay", [](std::string& o, const Assessment& a) { o += a.temporary_protection.last_day.to_string(); }},
    {"tpActive", [](std::string& o, const Assessment& a) { o += yes_no(a.temporary_protection.active_on_as_of); }},
    {"transitionDocument", [](std::string& o, const Assessment& a) { o += code(a.transition_document.eligible); }},
    {"deadlineMonthsEnd", [](std::string& o, const Assessment& a) { if (deadline(a)) o += deadline(a)->months_end.to_string(); }},
    {"deadline", [](std::string& o, const Assessment& a) { if (deadline(a)) o += deadline(a)->date.to_string(); }},
    {"deadlinePassed", [](std::string& o, const Assessment& a) { if (deadline(a)) o += yes_no(deadline(a)->passed); }},
    {"deadlineMemoScope", [](std::string& o, const Assessment& a) { if (deadline(a)) o += code(deadline(a)->memo_scope); }},
    {"policyEffectiveFrom", [](std::string& o, const Assessment& a) { o += a.policy->effective_from.to_string(); }},
};
constexpr std::string_view error_columns[] = {"errorCode", "errorPointer", "errorMessage"};

}  // namespace

void append_header(std::string& out, Format format) {
    if (format != Format::csv) return;
    out += "line";
    for (const auto& column : assessment_columns) (out += ',') += column.name;
    for (auto name : error_columns) (out += ',') += name;
    out += '\n';
}

void append_assessment_row(std::string& out, Format format, std::uint64_t line, const Assessment& a) {
    if (format == Format::jsonl) {
        out += "{\"line\":";
        append_number(out, line);
        out += ",\"assessment\":";
        append_assessment_json(out, a);
        out += "}\n";
        return;
    }
    append_number(out, line);
    for (const auto& column : assessment_columns) column.write(out += ',', a);
    for (std::size_t i = 0; i < std::size(error_columns); ++i) out += ',';
    out += '\n';
}

void append_error_row(std::string& out, Format format, std::uint64_t line, const Error& e) {
    if (format == Format::jsonl) {
        out += "{\"line\":";
        append_number(out, line);
        out += ',';
        out += dump(error_json(e)).substr(1);  // {"error":{…}} without its "{"
        out += '\n';
        return;
    }
    append_number(out, line);
    for (std::size_t i = 0; i < std::size(assessment_columns); ++i) out += ',';
    out += ',';
    csv::append_cell(out, e.code);
    out += ',';
    csv::append_cell(out, e.pointer);
    out += ',';
    csv::append_cell(out, e.message);
    out += '\n';
}

Run::Run(std::span<const Policy> versions, const Policy* forced, Format in, Format out)
    : policies_(forced ? Policies(*forced) : Policies(versions)), cases_(in), out_(out) {}

Run::Outcome Run::fail(std::uint64_t number, Error e, std::string& out) {
    error_ = std::move(e);
    append_error_row(out, out_, number, error_);
    return Outcome::error;
}

Run::Outcome Run::assess(std::uint64_t number, const Result<CaseInForce>& c, std::string& out) {
    if (!c.ok()) return fail(number, c.error(), out);
    assessment_ = evaluate(*c.value().policy, c.value().input);
    append_assessment_row(out, out_, number, *assessment_);
    return Outcome::assessed;
}

Run::Outcome Run::line(const TextLines::Line& line, std::string& out) {
    if (line.too_long) return fail(line.number, {"input.too-large", "", "the line is larger than 1 MiB"}, out);
    switch (cases_.read(line.text, value_, error_)) {
        case CaseLines::Kind::blank: return Outcome::blank;
        case CaseLines::Kind::header: return Outcome::header;
        case CaseLines::Kind::bad_header: fail(line.number, error_, out); return Outcome::stop;
        case CaseLines::Kind::error: return fail(line.number, error_, out);
        case CaseLines::Kind::case_text: {
            const std::string_view text = cases_.text();
            return assess(line.number, read_case_text(text, policies_), out);
        }
        case CaseLines::Kind::case_value: break;
    }
    // A CSV row, as its case object: through the same checks as a case's text.
    return assess(line.number, detail::read_case(value_, policies_), out);
}

Result<json> parse_case_line(std::string_view text) { return detail::parse(text, "json"); }

Result<json> case_on_line(std::string_view text, Format format, std::uint64_t wanted) {
    CaseLines cases(format);
    TextLines lines;
    std::optional<Result<json>> found;
    auto look = [&](const TextLines::Line& line) {
        json value;
        Error error;
        const auto kind = line.too_long ? CaseLines::Kind::error : cases.read(line.text, value, error);
        if (line.too_long) error = {"input.too-large", "", "the line is larger than 1 MiB"};
        if (line.number < wanted) return kind != CaseLines::Kind::bad_header;
        switch (kind) {
            case CaseLines::Kind::case_value: found = std::move(value); break;
            case CaseLines::Kind::case_text: {
                auto parsed = parse_case_line(cases.text());
                if (parsed.ok()) found = std::move(parsed.value());
                else found = parsed.error();
                break;
            }
            case CaseLines::Kind::error:
            case CaseLines::Kind::bad_header: found = error; break;
            default: found = Error{"caseload.no-case", "", "line " + std::to_string(wanted) + " is not a case"};
        }
        return false;
    };
    if (lines.feed(text, look)) lines.finish(look);
    if (!found) return Error{"caseload.no-case", "", "line " + std::to_string(wanted) + " is not a case"};
    return std::move(*found);
}

}  // namespace vybir::caseload
