#include <catch2/catch.hpp>

#include "vybir/date.hpp"

using vybir::Date;

namespace {
std::string plus(const char* from, int months) { return Date::parse(from)->plus_months(months).to_string(); }
}  // namespace

TEST_CASE("dates are read strictly as YYYY-MM-DD calendar days", "[date]") {
    CHECK(Date::parse("2026-11-29") == Date{2026, 11, 29});
    CHECK_FALSE(Date::parse("2026-02-30"));
    CHECK_FALSE(Date::parse("2026-13-01"));
    CHECK_FALSE(Date::parse("2026-00-10"));
    CHECK_FALSE(Date::parse("0000-01-01"));
    CHECK_FALSE(Date::parse("2026-1-05"));
    CHECK_FALSE(Date::parse(" 2026-11-29"));
    CHECK_FALSE(Date::parse("2026-11-29T00:00"));
    CHECK(Date::parse("9999-12-31"));
}

TEST_CASE("leap years follow the Gregorian calendar", "[date]") {
    CHECK(Date::parse("2028-02-29"));
    CHECK_FALSE(Date::parse("2027-02-29"));
    CHECK_FALSE(Date::parse("1900-02-29"));
    CHECK(Date::parse("2000-02-29"));
}

TEST_CASE("the day after crosses month and year ends", "[date]") {
    CHECK(Date::parse("2027-03-04")->next_day().to_string() == "2027-03-05");
    CHECK(Date::parse("2028-02-28")->next_day().to_string() == "2028-02-29");
    CHECK(Date::parse("2027-02-28")->next_day().to_string() == "2027-03-01");
    CHECK(Date::parse("2026-12-31")->next_day().to_string() == "2027-01-01");
}

TEST_CASE("EU-1182/71 art. 3: months end on the same day, or the month's last day when it has none", "[date]") {
    CHECK(plus("2025-05-31", 21) == "2027-02-28");
    CHECK(plus("2026-05-31", 21) == "2028-02-29");
    CHECK(plus("2025-03-31", 21) == "2026-12-31");
    CHECK(plus("2025-01-30", 21) == "2026-10-30");
    CHECK(plus("2025-06-29", 21) == "2027-03-29");
    CHECK(plus("2025-04-15", 21) == "2027-01-15");
    CHECK(plus("2025-12-31", 2) == "2026-02-28");
}
