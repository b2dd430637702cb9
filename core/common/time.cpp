#include "common/time.h"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace careledger {

namespace {

bool parse_int(std::string_view s, std::int64_t& out) {
    if (s.empty())
        return false;
    const auto* end = s.data() + s.size();
    auto [p, ec] = std::from_chars(s.data(), end, out);
    return ec == std::errc() && p == end;
}

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool valid_date(std::int64_t y, std::int64_t m, std::int64_t d) {
    if (y < 1970 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    const auto max = kDays[m - 1] + ((m == 2 && leap) ? 1 : 0);
    return d <= max;
}

} // namespace

UnixTime now_unix() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string format_utc(UnixTime t) {
    const auto tt = static_cast<std::time_t>(t);
    std::tm tm{};
    gmtime_r(&tt, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

Result<std::int64_t> parse_duration(std::string_view text) {
    if (text.size() < 2)
        return make_error("time.invalid", "duration must look like 90m, 24h, 30d or 1y");
    std::int64_t n = 0;
    if (!parse_int(text.substr(0, text.size() - 1), n) || n < 0)
        return make_error("time.invalid", "duration must look like 90m, 24h, 30d or 1y");
    std::int64_t unit = 0;
    switch (text.back()) {
    case 's':
        unit = 1;
        break;
    case 'm':
        unit = 60;
        break;
    case 'h':
        unit = 3600;
        break;
    case 'd':
        unit = 86400;
        break;
    case 'w':
        unit = std::int64_t{7} * 86400;
        break;
    case 'y':
        unit = std::int64_t{365} * 86400;
        break;
    default:
        return make_error("time.invalid", "duration unit must be s, m, h, d, w or y");
    }
    if (n > (std::int64_t{1} << 40) / unit)
        return make_error("time.invalid", "duration is too long");
    return n * unit;
}

Result<UnixTime> parse_time(std::string_view text, UnixTime now) {
    std::int64_t plain = 0;
    if (parse_int(text, plain))
        return plain;
    if (!text.empty() && (text.back() < '0' || text.back() > '9') && text.size() <= 12 &&
        text.find('-') == std::string_view::npos) {
        CL_ASSIGN_OR_RETURN(const auto d, parse_duration(text));
        return now + d;
    }
    std::int64_t y = 0, mo = 0, d = 0, h = 23, mi = 59, s = 59;
    if (text.size() < 10 || text[4] != '-' || text[7] != '-' || !parse_int(text.substr(0, 4), y) ||
        !parse_int(text.substr(5, 2), mo) || !parse_int(text.substr(8, 2), d) ||
        !valid_date(y, mo, d))
        return make_error("time.invalid", "date must be YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ");
    auto rest = text.substr(10);
    if (!rest.empty()) {
        // "THH:MMZ" or "THH:MM:SSZ"
        const bool has_seconds = rest.size() == 10;
        s = 0;
        if ((rest.size() != 7 && !has_seconds) || (rest[0] != 'T' && rest[0] != ' ') ||
            rest[3] != ':' || rest.back() != 'Z' || !parse_int(rest.substr(1, 2), h) ||
            !parse_int(rest.substr(4, 2), mi) ||
            (has_seconds && (rest[6] != ':' || !parse_int(rest.substr(7, 2), s))) || h > 23 ||
            mi > 59 || s > 59)
            return make_error("time.invalid", "time must be THH:MM:SSZ in UTC");
    }
    return days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400 +
           h * 3600 + mi * 60 + s;
}

} // namespace careledger
