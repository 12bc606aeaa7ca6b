// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// herald-bench open / stats-burst: what a process pays to start on a store of any size (issue 10's budgets).
#pragma once

#include <string>

namespace herald::bench {

// Runs `herald-cli --data-dir DIR matches --limit 1` `runs` times, each with the database file dropped from the
// page cache first: wall time, peak resident memory, and the bytes of the database file the run brought into
// memory (pages resident afterwards, counted with mincore: reads and the kernel's read-ahead alike).
int benchOpen(const std::string& cli, const std::string& dataDir, int runs);

// The ten queries of a dashboard as ten `herald-cli stats` processes, one after the other: total wall time.
int benchStatsBurst(const std::string& cli, const std::string& dataDir, int runs);

// `herald-cli benchmark` for every lane role and ten metrics (issue 28's budget), a fresh process per run: wall
// times with the store's file in the page cache, one with it dropped first, peak resident memory.
int benchLobby(const std::string& cli, const std::string& dataDir, int runs);

} // namespace herald::bench
