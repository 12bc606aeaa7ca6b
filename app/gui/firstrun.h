// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// First-run preparation, run off the GUI thread: a store with no account and no match gets the demo history.
#pragma once

#include <QString>

namespace herald::store {
class Store;
}

namespace herald::app {

struct FirstRunResult {
    bool createdDemo = false;
    QString error; // empty on success
};

FirstRunResult prepareStore(store::Store& store);

} // namespace herald::app
