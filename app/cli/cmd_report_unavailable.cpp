// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// export report in a build without the GUI libraries (HERALD_BUILD_GUI=OFF): reports are drawn by the app's
// dashboard widgets, so this build cannot make them, and says so.
#include "commands.h"

namespace herald::cli {

int runExportReport(const Context&, const std::vector<std::string>&) {
    return fail("this herald-cli was built without the GUI libraries (HERALD_BUILD_GUI=OFF), which draw reports; "
                "'export data' works");
}

} // namespace herald::cli
