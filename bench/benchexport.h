// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// herald-bench export: what a data export costs (issue 12's budgets), in process, on an existing store.
#pragma once

#include <string>

namespace herald::bench {

// Exports every participant of the store (a 10,000-match store: 100,000 rows) to CSV, JSON and XLSX in a
// temporary folder: wall time, rows, file size and the peak growth of resident memory of each.
int benchExport(const std::string& dataDir);

} // namespace herald::bench
