// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opens the data folder for the app off the GUI thread. An upgrade of an existing store (its backup, the
// migrations, the compaction that follows, a re-derivation) can take a while on a large history: a dialog shows
// how far it is.
#pragma once

#include "common/result.h"
#include "store/store.h"

#include <filesystem>
#include <memory>

class QString;

namespace herald::app {

Result<std::unique_ptr<store::Store>> openStoreShowingProgress(const std::filesystem::path& dataDir);

// The dialog's sentence for a phase of an upgrade.
QString upgradePhaseText(store::UpgradePhase phase);

} // namespace herald::app
