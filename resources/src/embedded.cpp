// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "embedded.h"

#include "embeddedtable.h"

#include <algorithm>
#include <zstd.h>

namespace herald::resources {

std::optional<std::string> load(std::string_view name) {
    for (std::size_t i = 0; i < detail::kEmbeddedFileCount; ++i) {
        const auto& file = detail::kEmbeddedFiles[i];
        if (name == file.name) {
            std::string out(file.rawSize, '\0');
            const std::size_t n = ZSTD_decompress(out.data(), out.size(), file.data, file.packedSize);
            if (ZSTD_isError(n) || n != file.rawSize) {
                return std::nullopt;
            }
            return out;
        }
    }
    return std::nullopt;
}

std::vector<std::string> list(std::string_view prefix) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < detail::kEmbeddedFileCount; ++i) {
        const std::string_view name = detail::kEmbeddedFiles[i].name;
        if (name.substr(0, prefix.size()) == prefix) {
            names.emplace_back(name);
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace herald::resources
