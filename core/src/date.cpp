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

}  // namespace vybir
