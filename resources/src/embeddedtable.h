// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The table herald-embed generates: one entry per embedded file, zstd-compressed.
#pragma once

#include <cstddef>

namespace herald::resources::detail {

struct EmbeddedFile {
    const char* name;
    const unsigned char* data;
    std::size_t packedSize;
    std::size_t rawSize;
};

extern const EmbeddedFile kEmbeddedFiles[];
extern const std::size_t kEmbeddedFileCount;

} // namespace herald::resources::detail
