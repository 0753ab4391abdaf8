#include "csv.hpp"

#include <algorithm>
#include <array>

namespace vybir::cli::csv {

using nlohmann::json;

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

std::optional<Error> split(std::string_view line, std::vector<std::string>& cells) {
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
            if (i < line.size() && line[i] != ',')
                return Error{"csv.syntax", "", "text after a closing quote"};
        } else {
            std::size_t comma = line.find(',', i);
            if (comma == std::string_view::npos) comma = line.size();
            cell = trim(line.substr(i, comma - i));
            i = comma;
        }
        cells.push_back(std::move(cell));
        if (i >= line.size()) return std::nullopt;
        ++i;  // the comma
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

}  // namespace vybir::cli::csv
