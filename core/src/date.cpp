#include "vybir/date.hpp"

namespace vybir {

bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && is_leap_year(year)) return 29;
    return days[month - 1];
}

bool Date::has_iso_shape(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (t[i] < '0' || t[i] > '9') return false;
    return true;
}

std::optional<Date> Date::parse(std::string_view t) {
    if (!has_iso_shape(t)) return std::nullopt;
    auto num = [&](std::size_t from, std::size_t len) {
        int n = 0;
        for (std::size_t i = from; i < from + len; ++i) n = n * 10 + (t[i] - '0');
        return n;
    };
    Date d{num(0, 4), num(5, 2), num(8, 2)};
    if (d.year < 1 || d.month < 1 || d.month > 12) return std::nullopt;
    if (d.day < 1 || d.day > days_in_month(d.year, d.month)) return std::nullopt;
    return d;
}

std::string Date::to_string() const {
    std::string s = "0000-00-00";
    auto put = [&](std::size_t at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10) s[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    put(5, month, 2);
    put(8, day, 2);
    return s;
}

Date Date::next_day() const {
    if (day < days_in_month(year, month)) return {year, month, day + 1};
    if (month < 12) return {year, month + 1, 1};
    return {year + 1, 1, 1};
}

Date Date::plus_months(int months) const {
    int index = year * 12 + (month - 1) + months;
    Date d{index / 12, index % 12 + 1, day};
    int last = days_in_month(d.year, d.month);
    if (d.day > last) d.day = last;
    return d;
}

// Howard Hinnant's days_from_civil and civil_from_days.
long Date::days_since_epoch() const {
    const int y = month <= 2 ? year - 1 : year;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date Date::from_days_since_epoch(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

Date Date::plus_days(int days) const { return from_days_since_epoch(days_since_epoch() + days); }

int Date::weekday() const {
    const long d = days_since_epoch();  // 1970-01-01 was a Thursday (3)
    return static_cast<int>(((d % 7) + 7 + 3) % 7);
}

}  // namespace vybir
