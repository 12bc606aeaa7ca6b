// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timezone.h"

#include <date/date.h>
#include <date/tz.h>
#include <limits>
#include <sstream>

namespace herald::analytics {

namespace {

using namespace std::chrono;

Result<const date::time_zone*> findZone(const std::string& zone) {
    try {
        return zone.empty() ? date::current_zone() : date::locate_zone(zone);
    } catch (const std::exception&) {
        return makeError(ErrorKind::Validation,
                         "unknown time zone '" + zone + "' (use an IANA name such as Europe/Paris or UTC)");
    }
}

bool parseDate(const std::string& text, date::year_month_day& out) {
    std::istringstream in(text);
    date::year_month_day ymd{};
    in >> date::parse("%Y-%m-%d", ymd);
    if (in.fail() || !ymd.ok() || in.peek() != std::char_traits<char>::eof()) {
        return false;
    }
    out = ymd;
    return true;
}

} // namespace

Result<std::vector<OffsetSegment>> offsetSegments(const std::string& zone, std::int64_t fromMs, std::int64_t toMs) {
    auto tz = findZone(zone);
    if (!tz) {
        return tz.error();
    }
    std::vector<OffsetSegment> segments;
    sys_time<milliseconds> t{milliseconds(fromMs)};
    for (int guard = 0; guard < 4096; ++guard) {
        const date::sys_info info = tz.value()->get_info(t);
        const auto offset = duration_cast<milliseconds>(info.offset).count();
        const auto end = time_point_cast<milliseconds>(info.end).time_since_epoch().count();
        if (end > toMs || end <= t.time_since_epoch().count()) {
            segments.push_back({std::numeric_limits<std::int64_t>::max(), offset});
            break;
        }
        segments.push_back({end, offset});
        t = sys_time<milliseconds>{milliseconds(end)};
    }
    return segments;
}

Result<std::int64_t> localMidnight(const std::string& zone, const std::string& text) {
    date::year_month_day ymd{};
    if (!parseDate(text, ymd)) {
        return makeError(ErrorKind::Validation, "'" + text + "' is not a date (expected YYYY-MM-DD, or -90d / -12w)");
    }
    auto tz = findZone(zone);
    if (!tz) {
        return tz.error();
    }
    const auto local = date::local_days{ymd};
    const auto utc = tz.value()->to_sys(local, date::choose::earliest);
    return time_point_cast<milliseconds>(utc).time_since_epoch().count();
}

bool isDate(const std::string& text) {
    date::year_month_day ymd{};
    return parseDate(text, ymd);
}

std::string nextDay(const std::string& text) {
    date::year_month_day ymd{};
    if (!parseDate(text, ymd)) {
        return text;
    }
    return date::format("%F", date::sys_days{ymd} + date::days{1});
}

} // namespace herald::analytics
