// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Long jobs (backups and their checks, archival, data exports, reports) run on a pool of their own, one at a time,
// so they never take the global pool's threads from the short reads a page makes (a match page, the player
// picker, Diagnostics): a page opens while a backup is being written.
#pragma once

class QThreadPool;

namespace herald::ui {

QThreadPool& longJobs();

} // namespace herald::ui
