// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/version.h"

#include "revision.h" // generated at every build by cmake/Revision.cmake

#include <nlohmann/json.hpp>
#include <simdjson.h>
#include <sqlite3.h>
#include <xlsxwriter.h>
#include <zstd.h>

#define HERALD_TEXT(x) #x
#define HERALD_TEXT_OF(x) HERALD_TEXT(x)

namespace herald {

const char* buildRevision() {
    return HERALD_REVISION;
}

std::string versionLine() {
    return std::string(HERALD_VERSION) + " (git " + HERALD_REVISION + ")";
}

std::vector<Component> dataLayerComponents() {
    return {
        {"SQLite", sqlite3_libversion(), "blessing"},
        {"Zstandard", ZSTD_versionString(), "BSD-3-Clause"},
        {"libxlsxwriter", LXW_VERSION, "BSD-2-Clause"},
        {"simdjson", HERALD_TEXT_OF(SIMDJSON_VERSION), "Apache-2.0"},
        {"JSON for Modern C++",
         std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." + std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." +
             std::to_string(NLOHMANN_JSON_VERSION_PATCH),
         "MIT"},
        {"date (Howard Hinnant)", "", "MIT"},
    };
}

} // namespace herald
