// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fills a store with the demo history and makes the demo account the current one.
#pragma once

#include "common/result.h"
#include "demo/demogenerator.h"
#include "ingest/importer.h"

#include <functional>

namespace herald::store {
class StoreWriter;
}

namespace herald::demo {

Result<ingest::ImportReport> createDemoHistory(store::StoreWriter& writer, const DemoOptions& options,
                                               const std::function<void(int done, int total)>& progress = {});

} // namespace herald::demo
