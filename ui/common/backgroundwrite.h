// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A write through the store's writer that no thread waits for (a sync may keep the writer busy): the writer
// posts the job's result to the GUI thread, where `then` runs with it unless `context` has been destroyed
// meanwhile. The writer runs jobs in submission order, so quick successive writes keep theirs.
#pragma once

#include "common/result.h"
#include "store/settings.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QPointer>
#include <functional>
#include <memory>

namespace herald::ui {

template <class R>
void writeInBackground(store::Store& store, QObject* context, std::function<Result<R>(store::Database&)> job,
                       std::function<void(const Result<R>&)> then) {
    QPointer<QObject> guard(context);
    store.writer().submitThen<R>(std::move(job), [guard, then = std::move(then)](Result<R> done) {
        auto result = std::make_shared<Result<R>>(std::move(done));
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, then, result] {
            if (guard && then) {
                then(*result);
            }
        });
    });
}

// One user_settings row written in the background; failed (on the GUI thread) hears about an error. Nothing is
// written to a store opened for reading.
inline void saveSettingInBackground(store::Store& store, QObject* context, std::string key, std::string value,
                                    std::function<void(const Error&)> failed) {
    if (!store.writable()) {
        return;
    }
    writeInBackground<Ok>(
        store, context,
        [key = std::move(key), value = std::move(value)](store::Database& db) -> Result<Ok> {
            store::setSetting(db, key, value);
            return Ok{};
        },
        [failed = std::move(failed)](const Result<Ok>& saved) {
            if (!saved && failed) {
                failed(saved.error());
            }
        });
}

} // namespace herald::ui
