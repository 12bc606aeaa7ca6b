// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "longjobs.h"

#include <QThreadPool>

namespace herald::ui {

QThreadPool& longJobs() {
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // lives as long as the process: jobs may still run at exit
        p->setObjectName(QStringLiteral("LongJobs"));
        p->setMaxThreadCount(1);
        return p;
    }();
    return *pool;
}

} // namespace herald::ui
