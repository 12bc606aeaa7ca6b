// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Riot's X-App-Rate-Limit / X-Method-Rate-Limit headers and their -Count twins ("20:1,100:120").
#include "riot/ratelimiter.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view header(reinterpret_cast<const char*>(data), size);
    (void)herald::sync::riot::parseRateWindows(header);
    (void)herald::sync::riot::parseRateCounts(header);
    return 0;
}
