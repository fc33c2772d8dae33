// Civil-date conversion (Howard Hinnant's days_from_civil algorithms) and ISO-8601 text.
#include "timestamp.h"

#include <cstdio>

namespace koo {
namespace {

std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, int& year, int& month, int& day) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2));
}

bool isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && isLeapYear(y) ? 29 : kDays[m - 1];
}

// Reads exactly `width` decimal digits at `pos`.
bool readDigits(std::string_view text, size_t pos, size_t width, int& out) {
  if (pos + width > text.size()) return false;
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  out = value;
  return true;
}

}  // namespace

std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

CivilTime toCivil(Timestamp t) {
  const std::int64_t seconds = epochSeconds(t);
  const std::int64_t days = floorDiv(seconds, kSecondsPerDay);
  const std::int64_t secondOfDay = seconds - days * kSecondsPerDay;
  CivilTime civil;
  civilFromDays(days, civil.year, civil.month, civil.day);
  civil.hour = static_cast<int>(secondOfDay / 3600);
  civil.minute = static_cast<int>(secondOfDay / 60 % 60);
  civil.second = static_cast<int>(secondOfDay % 60);
  return civil;
}

std::optional<Timestamp> fromCivil(const CivilTime& c) {
  if (c.month < 1 || c.month > 12 || c.day < 1 || c.day > daysInMonth(c.year, c.month) ||
      c.hour < 0 || c.hour > 23 || c.minute < 0 || c.minute > 59 || c.second < 0 || c.second > 59)
    return std::nullopt;
  const std::int64_t days = daysFromCivil(c.year, static_cast<unsigned>(c.month),
                                          static_cast<unsigned>(c.day));
  return timestampFromEpochSeconds(days * kSecondsPerDay + c.hour * 3600 + c.minute * 60 + c.second);
}

std::string formatIsoUtc(Timestamp t) {
  const CivilTime c = toCivil(t);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year, c.month, c.day,
                c.hour, c.minute, c.second);
  return buffer;
}

std::optional<Timestamp> parseIsoUtc(std::string_view text) {
  CivilTime c;
  if (!readDigits(text, 0, 4, c.year) || text.size() < 19 || text[4] != '-' ||
      !readDigits(text, 5, 2, c.month) || text[7] != '-' || !readDigits(text, 8, 2, c.day) ||
      (text[10] != 'T' && text[10] != 't') || !readDigits(text, 11, 2, c.hour) ||
      text[13] != ':' || !readDigits(text, 14, 2, c.minute) || text[16] != ':' ||
      !readDigits(text, 17, 2, c.second))
    return std::nullopt;
  size_t pos = 19;
  if (pos < text.size() && text[pos] == '.') {
    size_t digits = 0;
    for (++pos; pos < text.size() && text[pos] >= '0' && text[pos] <= '9'; ++pos) ++digits;
    if (digits == 0 || digits > 9) return std::nullopt;
  }
  std::int64_t offsetSeconds = 0;
  if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
    ++pos;
  } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
    int hours = 0, minutes = 0;
    if (!readDigits(text, pos + 1, 2, hours) || pos + 3 >= text.size() || text[pos + 3] != ':' ||
        !readDigits(text, pos + 4, 2, minutes) || hours > 23 || minutes > 59)
      return std::nullopt;
    offsetSeconds = (hours * 3600 + minutes * 60) * (text[pos] == '+' ? 1 : -1);
    pos += 6;
  } else {
    return std::nullopt;  // a time without a zone is ambiguous
  }
  if (pos != text.size()) return std::nullopt;
  const auto local = fromCivil(c);
  if (!local) return std::nullopt;
  return *local - std::chrono::seconds{offsetSeconds};
}

Timestamp addDays(Timestamp t, std::int64_t days) {
  return t + std::chrono::seconds{days * kSecondsPerDay};
}

Timestamp addMonths(Timestamp t, int months) {
  CivilTime c = toCivil(t);
  const std::int64_t monthIndex = static_cast<std::int64_t>(c.year) * 12 + (c.month - 1) + months;
  c.year = static_cast<int>(floorDiv(monthIndex, 12));
  c.month = static_cast<int>(monthIndex - floorDiv(monthIndex, 12) * 12) + 1;
  if (c.day > daysInMonth(c.year, c.month)) c.day = daysInMonth(c.year, c.month);
  return *fromCivil(c);
}

}  // namespace koo
