// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_ui: the shared set-up (the demo store every case reads) and the entry point; the cases are in
// test_ui_*.cpp by feature.
#include "test_ui.h"

#include "common/longjobs.h"
#include "demo/demohistory.h"
#include "itemmodels/matchlistmodel.h"
#include "theme/language.h"

#include <QApplication>
#include <QThreadPool>
#include <QtTest>

using namespace herald;

namespace herald::uitest {

QString demoPuuid() {
    return QString::fromStdString(demo::demoAccount().puuid);
}

bool fetchEverything(ui::MatchListModel& model) {
    while (!model.atEnd()) {
        if (!QTest::qWaitFor([&model] { return !model.isLoading(); }, kWait)) {
            return false;
        }
        if (model.canFetchMore({})) {
            model.fetchMore({});
        }
    }
    return QTest::qWaitFor([&model] { return !model.isLoading(); }, kWait);
}

} // namespace herald::uitest

using namespace herald::uitest;

void TestUi::initTestCase() {
    QVERIFY(ui::installLanguage(*qApp, QStringLiteral("en"))); // English plurals, as the app installs them
    QCOMPARE(QCoreApplication::translate("x", "%n new match(es).", nullptr, 1), QStringLiteral("1 new match."));
    QCOMPARE(QCoreApplication::translate("x", "%n problem(s): %1", nullptr, 3), QStringLiteral("3 problems: %1"));
    QCOMPARE(QCoreApplication::translate("x", "Dashboard"), QStringLiteral("Dashboard"));
    m_store = std::make_unique<test::TempStore>();
    demo::DemoOptions options;
    options.matches = kDemoMatches;
    options.endMs = 1'780'000'000'000;
    options.timelineShare = 0.2;
    QVERIFY(demo::createDemoHistory(m_store->store->writer(), options).ok());
}

void TestUi::cleanupTestCase() {
    // No pool thread left when the process exits (LeakSanitizer stops every thread to scan for leaks).
    QThreadPool::globalInstance()->waitForDone();
    ui::longJobs().waitForDone();
}

QTEST_MAIN(TestUi)
