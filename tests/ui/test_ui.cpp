// The first window: the lazy match model (checked by QAbstractItemModelTester), the history view and a
// rendered window that is not blank. Runs offscreen.
#include "demo/demohistory.h"
#include "itemmodels/matchlistmodel.h"
#include "testsupport.h"
#include "theme/theme.h"
#include "views/mainwindow.h"
#include "views/matchhistoryview.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QtTest>

using namespace herald;

namespace {

constexpr int kDemoMatches = 450;
// Pages arrive from a reader thread; generous on a loaded machine, still quick to fail when nothing comes.
constexpr int kWait = 20'000;

QString demoPuuid() {
    return QString::fromStdString(demo::demoAccount().puuid);
}

} // namespace

class TestUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void modelPagesLazilyAndPassesTheTester();
    void searchNarrowsTheRows();
    void overviewNamesTheCurrentAccount();
    void windowShowsMatchesAndIsNotBlank();
    void emptyStoreExplainsWhatToDo();

private:
    std::unique_ptr<test::TempStore> m_store;
};

void TestUi::initTestCase() {
    m_store = std::make_unique<test::TempStore>();
    demo::DemoOptions options;
    options.matches = kDemoMatches;
    options.endMs = 1'780'000'000'000;
    options.timelineShare = 0.2;
    QVERIFY(demo::createDemoHistory(m_store->store->writer(), options).ok());
}

void TestUi::modelPagesLazilyAndPassesTheTester() {
    ui::MatchListModel model(m_store->store->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({})); // inactive until told whose matches to show
    model.setPlayers({demoPuuid()});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), ui::MatchListModel::kPageSize, kWait); // one page, not everything
    while (!model.atEnd()) {
        QTRY_VERIFY_WITH_TIMEOUT(model.canFetchMore({}) || model.atEnd(), kWait);
        if (model.canFetchMore({})) {
            model.fetchMore({});
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), kDemoMatches, kWait);
    QVERIFY(!model.canFetchMore({}));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 created = model.index(row, 0).data(ui::MatchListModel::GameCreationRole).toLongLong();
        QVERIFY(created <= previous);
        previous = created;
    }
    const QModelIndex kda = model.index(0, ui::MatchListModel::KdaColumn);
    QVERIFY(kda.data().toString().count(QLatin1Char('/')) == 2);
    QCOMPARE(model.headerData(ui::MatchListModel::CsPerMinColumn, Qt::Horizontal).toString(), QStringLiteral("CS/min"));
}

void TestUi::searchNarrowsTheRows() {
    ui::MatchListModel model(m_store->store->databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlayers({demoPuuid()});
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, kWait);
    model.setSearch(QStringLiteral("ahri"));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() > 0, kWait);
    QVERIFY(model.rowCount() < kDemoMatches);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, ui::MatchListModel::ChampionColumn).data().toString(), QStringLiteral("Ahri"));
    }
    model.setSearch(QStringLiteral("no such champion"));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.atEnd(), kWait);
    QCOMPARE(model.rowCount(), 0);
}

void TestUi::overviewNamesTheCurrentAccount() {
    ui::MatchListModel model(m_store->store->databasePath());
    QSignalSpy spy(&model, &ui::MatchListModel::overviewLoaded);
    model.loadOverview();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, kWait);
    const auto overview = spy.at(0).at(0).value<ui::AccountOverview>();
    QCOMPARE(overview.riotId, QStringLiteral("Demo#HRLD"));
    QCOMPARE(overview.puuid, demoPuuid());
    QCOMPARE(overview.matchCount, kDemoMatches);
}

void TestUi::windowShowsMatchesAndIsNotBlank() {
    ui::applyTheme(*qApp, ui::Theme::Dark);
    ui::MatchListModel model(m_store->store->databasePath());
    ui::MainWindow window(&model, QStringLiteral("test"));
    connect(&model, &ui::MatchListModel::overviewLoaded, &window,
            [&model](const ui::AccountOverview& o) { model.setPlayers({o.puuid}); });
    window.resize(1200, 700);
    window.show();
    model.loadOverview();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(window.matchHistory()->table()->isVisible(), kWait);
    auto* title = window.findChild<QLabel*>(QStringLiteral("pageTitle"));
    QVERIFY(title != nullptr);
    QCOMPARE(title->text(), QStringLiteral("Demo#HRLD"));
    const QImage image = window.grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
        }
    }
    QVERIFY2(colours.size() > 30, qPrintable(QString::number(colours.size())));
}

void TestUi::emptyStoreExplainsWhatToDo() {
    test::TempStore empty;
    ui::MatchListModel model(empty.store->databasePath());
    ui::MatchHistoryView view(&model);
    view.show();
    model.setPlayers({});
    QTRY_VERIFY_WITH_TIMEOUT(model.atEnd(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!view.table()->isVisible(), kWait);
    auto* message = view.findChild<QLabel*>(QStringLiteral("emptyState"));
    QVERIFY(message != nullptr && message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("herald-cli import")), qPrintable(message->text()));
}

QTEST_MAIN(TestUi)
#include "test_ui.moc"
