// Calendar dates (proleptic Gregorian), as the memo and the case use them:
// plain days, no time of day, no time zone.
#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace vybir {

struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;

    auto operator<=>(const Date&) const = default;

    // Strict "YYYY-MM-DD": exactly ten characters, years 0001-9999.
    static std::optional<Date> parse(std::string_view text);
    // True when text has the YYYY-MM-DD shape, valid day or not.
    static bool has_iso_shape(std::string_view text);

    std::string to_string() const;
    Date next_day() const;
    // Regulation 1182/71 art. 3: a period of months ends on the same day of
    // the month, or on the last day of that month when it has no such day.
    Date plus_months(int months) const;
    Date plus_days(int days) const;
    // 0 Monday … 6 Sunday.
    int weekday() const;
    // Days since 1970-01-01 (negative before it).
    long days_since_epoch() const;
    static Date from_days_since_epoch(long days);
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

}  // namespace vybir
