// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Match-V5 match and timeline payloads: any bytes parse to a record or to an error, never a crash.
#include "ingest/payloadparser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    (void)herald::ingest::parsePayload(bytes);
    (void)herald::ingest::parseMatch(bytes);
    (void)herald::ingest::parseTimeline(bytes);
    return 0;
}
