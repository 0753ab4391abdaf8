#include "vybir/assessment.hpp"

namespace vybir {

namespace {

// Easter Sunday in the Gregorian calendar (the anonymous Gregorian
// algorithm, as in Meeus).
Date easter_sunday(int y) {
    const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return {y, month, day};
}

}  // namespace

// Algemene termijnenwet art. 3(1): New Year's Day, Easter Monday, Ascension
// Day, Whit Monday, both Christmas days, the day the King's birthday is
// celebrated, and 5 May. King's Day is 27 April, or 26 April when the 27th
// is a Sunday (Wet van 2013 on the King's birthday). Easter and Whit Sunday
// are Sundays and so count anyway.
bool is_dutch_public_holiday(Date d) {
    if (d.month == 1 && d.day == 1) return true;
    if (d.month == 12 && (d.day == 25 || d.day == 26)) return true;
    if (d.month == 5 && d.day == 5) return true;
    const Date kings_day{d.year, 4, Date{d.year, 4, 27}.weekday() == 6 ? 26 : 27};
    if (d == kings_day) return true;
    const Date easter = easter_sunday(d.year);
    return d == easter.plus_days(1) || d == easter.plus_days(39) || d == easter.plus_days(50);
}

Date next_working_day(Date d) {
    while (d.weekday() >= 5 || is_dutch_public_holiday(d)) d = d.next_day();
    return d;
}

}  // namespace vybir
