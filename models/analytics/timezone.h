// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Local time for analytics: IANA time zones (system tz database) turned into UTC offsets the SQL can use.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace herald::analytics {

struct OffsetSegment {
    std::int64_t untilMs; // the offset applies to instants before this one (the last segment: forever)
    std::int64_t offsetMs;
};

// The offsets in force from fromMs to toMs, in order. Empty name: the system's zone.
Result<std::vector<OffsetSegment>> offsetSegments(const std::string& zone, std::int64_t fromMs, std::int64_t toMs);

// The UTC instant of local midnight starting the given date ("YYYY-MM-DD") in the zone.
Result<std::int64_t> localMidnight(const std::string& zone, const std::string& date);
// Whether text is a calendar date YYYY-MM-DD (2026-13-45 is not), as localMidnight reads it.
bool isDate(const std::string& text);

// "YYYY-MM-DD" of the day after date.
std::string nextDay(const std::string& date);

} // namespace herald::analytics
