// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Which Herald this is: the release version and the source it was built from.
#pragma once

#include <string>
#include <vector>

namespace herald {

// The git revision of the source tree at build time ("3a60444c1f2e", with "-modified" for uncommitted changes),
// or "unknown" for a build outside a git checkout.
const char* buildRevision();
// "0.1.0 (git 3a60444c1f2e)"
std::string versionLine();

// A library Herald's data layer is built with, for About: its name, the version linked, its licence (SPDX).
struct Component {
    std::string name;
    std::string version;
    std::string licence;
};
std::vector<Component> dataLayerComponents();

} // namespace herald
