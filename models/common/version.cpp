// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/version.h"

#include "revision.h" // generated at every build by cmake/Revision.cmake

namespace herald {

const char* buildRevision() {
    return HERALD_REVISION;
}

std::string versionLine() {
    return std::string(HERALD_VERSION) + " (git " + HERALD_REVISION + ")";
}

} // namespace herald
