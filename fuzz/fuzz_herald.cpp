// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the Herald server sends that the client reads without a network: times (observed_at) and a template
// document received from it.
#include "herald/heraldclient.h"
#include "templates/template.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    (void)herald::sync::server::parseIsoTime(text);
    (void)herald::sync::server::percentEncoded(text);
    (void)herald::templates::parseTemplate(text, "the Herald server");
    return 0;
}
