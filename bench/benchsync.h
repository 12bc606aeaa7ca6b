// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sync budgets, measured against the loopback Riot stand-in (tests/standin).
#pragma once

namespace herald::bench {

// A sync of `requests` requests on one routing value under announced limits of 20:1,100:12 (Riot's 20:1,100:120
// with the long window compressed ten times): the rate reached, the ideal rate, and 429s of our own making.
int benchSyncLimits(int requests);
// `matches` matches with timelines under generous limits and `latencyMs` of latency per answer: requests in
// flight, wall time.
int benchSyncLatency(int matches, int latencyMs, int concurrency);
// Runs the stand-in on 127.0.0.1 with the demo history of `matches` matches until killed (manual testing of the
// app: HERALD_RIOT_BASE_URL and friends are printed).
int serveStandin(int matches, int latencyMs);

} // namespace herald::bench
