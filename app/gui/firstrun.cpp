// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrun.h"

#include "common/errortext.h"
#include "demo/demohistory.h"
#include "store/store.h"
#include "store/storecheck.h"

namespace herald::app {

namespace {

FirstRunResult createDemoOnFirstRun(store::Store& store);

} // namespace

FirstRunResult prepareStore(store::Store& store) {
    try { // on a pool thread: nothing thrown may reach the watcher, which would rethrow it on the GUI thread
        return createDemoOnFirstRun(store);
    } catch (const std::exception& e) {
        FirstRunResult failed;
        failed.error = QString::fromUtf8(e.what());
        return failed;
    }
}

namespace {

FirstRunResult createDemoOnFirstRun(store::Store& store) {
    FirstRunResult result;
    auto reader = store.openReader();
    if (!reader) {
        result.error = ui::errorText(reader.error());
        return result;
    }
    const auto empty = store::isEmptyStore(reader.value());
    if (!empty) {
        result.error = ui::errorText(empty.error());
        return result;
    }
    if (!empty.value()) {
        return result;
    }
    auto report = demo::createDemoHistory(store.writer(), demo::DemoOptions{});
    if (!report) {
        result.error = ui::errorText(report.error());
        return result;
    }
    result.createdDemo = true;
    return result;
}

} // namespace

} // namespace herald::app
