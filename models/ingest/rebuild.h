// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Re-derivation: every derived row rebuilt from the raw payloads kept in the store (bronze -> silver -> gold).
#pragma once

#include "common/result.h"
#include "ingest/importer.h"
#include "store/store.h"

#include <filesystem>
#include <functional>
#include <memory>

namespace herald::ingest {

struct RebuildReport {
    int matches = 0;
    int timelines = 0;
    std::vector<ImportFailure> failed;
};

// Re-derives all matches, or only those written by an older derive version (onlyStale).
Result<RebuildReport> rebuild(store::Store& store, bool onlyStale,
                              const std::function<void(std::size_t done, std::size_t total)>& progress = {});

// Opens a data folder and brings derived rows up to date first when a migration made them stale (that needs
// the writer lock, also for Access::Read). What the CLI and the app call instead of Store::open.
// progress hears about an upgrade (backup, migration, compaction, re-derivation), from other threads.
// wait: how long Write waits for another writer to let go of the folder.
Result<std::unique_ptr<store::Store>> openStore(const std::filesystem::path& dataDir, store::Store::Access access,
                                                const store::UpgradeProgress& progress = {},
                                                const store::LockWait& wait = {});

} // namespace herald::ingest
