// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Dashboard template files: parse, validation with every problem listed, and the canonical form of what parses
// parsing again to the same document.
#include "templates/template.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)herald::templates::templateProblems(text, "fuzz");
    auto parsed = herald::templates::parseTemplate(text, "fuzz");
    if (parsed) {
        const std::string canonical = herald::templates::serializeTemplate(parsed.value());
        auto again = herald::templates::parseTemplate(canonical, "fuzz");
        if (!again || herald::templates::serializeTemplate(again.value()) != canonical) {
            std::abort(); // the canonical form must read back as itself
        }
    }
    return 0;
}
