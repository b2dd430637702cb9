// Wall-clock time as Unix seconds, and the text forms users type and read.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace careledger {

using UnixTime = std::int64_t;

UnixTime now_unix();
// RFC 3339 / ISO 8601 in UTC, e.g. "2026-11-21T15:04:05Z".
std::string format_utc(UnixTime t);
// Accepts "YYYY-MM-DD" (end of that day, 23:59:59 UTC), "YYYY-MM-DDTHH:MM[:SS]Z", a plain Unix
// time, or a duration relative to `now` such as "90m", "24h", "30d", "1y".
Result<UnixTime> parse_time(std::string_view text, UnixTime now);
// "24h", "7d", "1y", "90m", "3600s" -> seconds.
Result<std::int64_t> parse_duration(std::string_view text);

} // namespace careledger
