#include "case_lines.hpp"

#include "csv.hpp"

namespace vybir::cli {

bool parse_format(std::string_view name, CaseFormat& out) {
    if (name == "jsonl") out = CaseFormat::jsonl;
    else if (name == "csv") out = CaseFormat::csv;
    else return false;
    return true;
}

CaseFormat format_of_path(std::string_view path) {
    return path.size() >= 4 && path.substr(path.size() - 4) == ".csv" ? CaseFormat::csv : CaseFormat::jsonl;
}

namespace {
bool is_blank(std::string_view line) {
    return line.find_first_not_of(" \t\r") == std::string_view::npos;
}
// Spreadsheets often start a CSV file with a UTF-8 byte order mark.
std::string_view without_bom(std::string_view line) {
    return line.starts_with("\xEF\xBB\xBF") ? line.substr(3) : line;
}
}  // namespace

CaseLines::Kind CaseLines::read(std::string_view line, nlohmann::json& value, Error& error) {
    if (is_blank(line)) return Kind::blank;
    if (format_ == CaseFormat::jsonl) return Kind::case_text;
    if (!have_header_) {
        have_header_ = true;
        auto fault = csv::split(without_bom(line), columns_);
        if (!fault) fault = csv::check_header(columns_);
        if (fault) {
            error = *fault;
            return Kind::bad_header;
        }
        return Kind::header;
    }
    if (auto fault = csv::split(line, cells_)) {
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

}  // namespace vybir::cli
