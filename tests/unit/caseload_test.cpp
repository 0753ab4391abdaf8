// The caseload reader shared by `vybir batch` and the page's worker: what a
// spreadsheet's export may look like (Dutch ';', a byte order mark, CRLF,
// quotes) and what it must refuse (an unknown column, before any row).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support.hpp"
#include "vybir/caseload.hpp"

using namespace vybir::caseload;
using nlohmann::json;

namespace {

std::span<const vybir::Policy> shipped() { return {&vybir::test::shipped_policy(), 1}; }

// The whole text through the run, fed in chunks of `chunk` bytes.
std::string run_text(std::string_view text, Format in, Format out, std::size_t chunk = 7) {
    Run run(shipped(), nullptr, in, out);
    TextLines lines;
    std::string rows;
    append_header(rows, out);
    auto each = [&](const TextLines::Line& line) { return run.line(line, rows) != Run::Outcome::stop; };
    bool go_on = true;
    for (std::size_t at = 0; go_on && at < text.size(); at += chunk) go_on = lines.feed(text.substr(at, chunk), each);
    if (go_on) lines.finish(each);
    return rows;
}

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> out;
    TextLines lines;
    auto keep = [&](const TextLines::Line& l) {
        out.push_back(l.too_long ? "<too long>" : std::string(l.text));
        return true;
    };
    lines.feed(text, keep);
    lines.finish(keep);
    return out;
}

}  // namespace

TEST_CASE("lines: LF and CRLF ends, a last line without its end, chunks of any size", "[caseload]") {
    CHECK(split_lines("a\nb\r\nc") == std::vector<std::string>{"a", "b", "c"});
    CHECK(split_lines("a\r\n\r\n") == std::vector<std::string>{"a", ""});
    CHECK(split_lines("") == std::vector<std::string>{});
    TextLines small(3);
    std::vector<std::string> seen;
    auto keep = [&](const TextLines::Line& l) {
        seen.push_back(l.too_long ? "<too long>" : std::string(l.text));
        return true;
    };
    small.feed("ab", keep);
    small.feed("cd\nxy\nlonger", keep);
    small.finish(keep);
    CHECK(seen == std::vector<std::string>{"<too long>", "xy", "<too long>"});
    CHECK(small.lines() == 3);
}

TEST_CASE("csv: the separator is found from the header row", "[caseload][csv]") {
    CHECK(csv::separator_of("asOf,region,claims") == ',');
    CHECK(csv::separator_of("asOf;region;claims") == ';');
    CHECK(csv::separator_of("region") == ',');
    CHECK(csv::separator_of("\"a;b\",c") == ',');
    std::vector<std::string> cells;
    REQUIRE_FALSE(csv::split(" a ;\"b;c\";\"d\"\"e\";", cells, ';'));
    CHECK(cells == std::vector<std::string>{"a", "b;c", "d\"e", ""});
    CHECK(csv::split("\"open", cells, ';')->code == "csv.syntax");
    CHECK(csv::split("\"a\"b;c", cells, ';')->code == "csv.syntax");
}

TEST_CASE("csv: ';', a byte order mark and CRLF read as the plain file does", "[caseload][csv]") {
    const std::string plain =
        "asOf,region,temporaryProtection,claims,personalRiskFactors\n"
        "2026-11-29,UA-63,yes,,false\n"
        "2026-11-29,UA-30,no,\"journalist;lgbtiq\",TRUE\n";
    const std::string dutch =
        "\xEF\xBB\xBF" "asOf;region;temporaryProtection;claims;personalRiskFactors\r\n"
        "2026-11-29;UA-63;yes;;false\r\n"
        "\"2026-11-29\";UA-30;no;\"journalist;lgbtiq\";TRUE\r\n";
    const std::string rows = run_text(plain, Format::csv, Format::csv);
    CHECK(run_text(dutch, Format::csv, Format::csv) == rows);
    CHECK(run_text(dutch, Format::csv, Format::csv, 1) == rows);
    CHECK(run_text(dutch, Format::csv, Format::jsonl) == run_text(plain, Format::csv, Format::jsonl));
    CHECK(rows.find("\n2,UA-63,") != std::string::npos);
    CHECK(rows.find("\n3,UA-30,") != std::string::npos);
}

TEST_CASE("csv: an unknown column stops the run before any row is assessed", "[caseload][csv]") {
    const std::string rows = run_text("asOf;region;nationality\n2026-11-29;UA-63;UA\n", Format::csv, Format::csv);
    CHECK(rows == std::string("line,region,grade,realRisk,ipaBasis,outlook,tpLastDay,tpActive,transitionDocument,"
                              "deadlineMonthsEnd,deadline,deadlinePassed,deadlineMemoScope,policyEffectiveFrom,"
                              "errorCode,errorPointer,errorMessage\n"
                              "1,,,,,,,,,,,,,,case.unknown-field,/nationality,"
                              "\"the header names \"\"nationality\"\", which is not a field of the case\"\n"));
    CaseLines twice(Format::csv);
    json value;
    vybir::Error error;
    CHECK(twice.read("region,region", value, error) == CaseLines::Kind::bad_header);
    CHECK(error.code == "csv.header");
}

TEST_CASE("csv: bad rows are error rows with their line number; the rest go on", "[caseload][csv]") {
    const std::string rows = run_text(
        "asOf;region\n2026-11-29;UA-63\n2026-11-29;UA-99\n\n2026-11-29\n\"x;UA-63\n2026-11-29;UA-30\n", Format::csv,
        Format::csv);
    CHECK(rows.find("\n2,UA-63,") != std::string::npos);
    CHECK(rows.find("\n3,,,,,,,,,,,,,,case.region-unknown,/region,") != std::string::npos);
    CHECK(rows.find("\n5,,,,,,,,,,,,,,csv.column-count,,") != std::string::npos);
    CHECK(rows.find("\n6,,,,,,,,,,,,,,csv.syntax,,") != std::string::npos);
    CHECK(rows.find("\n7,UA-30,") != std::string::npos);
    CHECK(rows.find("\n4,") == std::string::npos);  // a blank line has no row
}

TEST_CASE("jsonl: a byte order mark before the first case is dropped", "[caseload][jsonl]") {
    const std::string c = R"({"asOf":"2026-11-29","region":"UA-63","temporaryProtection":"yes"})";
    CHECK(run_text("\xEF\xBB\xBF" + c + "\r\n" + c, Format::jsonl, Format::jsonl) ==
          run_text(c + "\n" + c + "\n", Format::jsonl, Format::jsonl));
}

TEST_CASE("the case on one line, for opening one client's result", "[caseload]") {
    const std::string text = "\xEF\xBB\xBF" "asOf;region;claims\r\n2026-11-29;UA-63;\"journalist; lgbtiq\"\r\nbad\r\n";
    auto c = case_on_line(text, Format::csv, 2);
    REQUIRE(c.ok());
    CHECK(c.value() == json{{"asOf", "2026-11-29"}, {"region", "UA-63"}, {"claims", {"journalist", "lgbtiq"}}});
    CHECK(case_on_line(text, Format::csv, 3).error().code == "csv.column-count");
    CHECK_FALSE(case_on_line(text, Format::csv, 1).ok());
    CHECK_FALSE(case_on_line(text, Format::csv, 9).ok());
    auto j = case_on_line("{\"region\":\"UA-30\"}\n", Format::jsonl, 1);
    REQUIRE(j.ok());
    CHECK(j.value()["region"] == "UA-30");
}
