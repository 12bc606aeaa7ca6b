// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compression.h"

#include <cstring>
#include <memory>
#include <zstd.h>

namespace herald::ingest {

std::string compress(std::string_view raw, int level) {
    // One context per thread: creating a zstd context costs more than compressing a small match.
    thread_local std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> context(ZSTD_createCCtx(), &ZSTD_freeCCtx);
    std::string out(ZSTD_compressBound(raw.size()), '\0');
    const std::size_t n = ZSTD_compressCCtx(context.get(), out.data(), out.size(), raw.data(), raw.size(), level);
    if (ZSTD_isError(n)) {
        return {}; // only on allocation failure; callers treat an empty blob as a failure to store
    }
    out.resize(n);
    return out;
}

Result<std::string> decompress(std::string_view packed, std::size_t maxSize) {
    const unsigned long long size = ZSTD_getFrameContentSize(packed.data(), packed.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > maxSize) {
        return makeError(ErrorKind::Storage, "stored payload is damaged (bad zstd frame)");
    }
    std::string out(static_cast<std::size_t>(size), '\0');
    const std::size_t n = ZSTD_decompress(out.data(), out.size(), packed.data(), packed.size());
    if (ZSTD_isError(n) || n != size) {
        return makeError(ErrorKind::Storage, std::string("stored payload is damaged: ") + ZSTD_getErrorName(n));
    }
    return out;
}

std::int64_t contentHash(std::string_view bytes) {
    // FNV-1a over 64-bit words (then the tail bytes): a stable fingerprint, eight times cheaper than byte-wise.
    std::uint64_t hash = 14695981039346656037ull;
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes.data() + i, 8);
        hash ^= word;
        hash *= 1099511628211ull;
        hash ^= hash >> 29;
    }
    for (; i < bytes.size(); ++i) {
        hash ^= static_cast<unsigned char>(bytes[i]);
        hash *= 1099511628211ull;
    }
    return static_cast<std::int64_t>(hash);
}

} // namespace herald::ingest
