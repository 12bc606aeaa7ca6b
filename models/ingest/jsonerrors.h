// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Explains why bytes are not valid JSON (where, and whether they look truncated). The fast parser only says
// that a document is invalid; this slower pass runs on the error path alone.
#pragma once

#include <string>
#include <string_view>

namespace herald::ingest {

std::string describeInvalidJson(std::string_view bytes);

// The same document with every integer beyond 64 bits written as a real number (what nlohmann reads them as), for
// a fast parser that refuses such integers; empty when the bytes are not JSON.
std::string reencodeBigNumbers(std::string_view bytes);

} // namespace herald::ingest
