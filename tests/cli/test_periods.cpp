// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every period the dashboard's filter bar offers (ui/dashboard/filterbar.cpp) works in every report format, every
// data export format and `herald-cli stats`: "All time" (since=all) included, which once failed every report.
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

namespace {

struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

CliRun cli(const QString& dataDir, QStringList args) {
    args.prepend(dataDir);
    args.prepend(QStringLiteral("--data-dir"));
    QProcess process;
    process.start(QStringLiteral(HERALD_CLI_PATH), args);
    process.waitForFinished(300'000);
    return {process.exitCode(), process.readAllStandardOutput().toStdString(),
            process.readAllStandardError().toStdString()};
}

// The games `stats` counts with these --where arguments.
std::int64_t games(const QString& dataDir, const QStringList& where) {
    const CliRun run =
        cli(dataDir, QStringList{QStringLiteral("stats"), QStringLiteral("--account"), QStringLiteral("Demo#HRLD"),
                                 QStringLiteral("--metrics"), QStringLiteral("games"), QStringLiteral("--format"),
                                 QStringLiteral("json")} +
                         where);
    if (run.code != 0) {
        return -1;
    }
    const auto doc = nlohmann::json::parse(run.out);
    return doc["rows"].empty() ? 0 : doc["rows"][0][0].get<std::int64_t>();
}

} // namespace

class TestPeriods : public QObject {
    Q_OBJECT

private slots:
    void everyPeriodWorksInEveryFormat();
};

void TestPeriods::everyPeriodWorksInEveryFormat() {
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QCOMPARE(cli(data, {QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("150")}).code, 0);
    // The filter bar's periods: the template's own (no since), the last 7 to 365 days, all time.
    const QStringList periods = {QString(),
                                 QStringLiteral("-7d"),
                                 QStringLiteral("-30d"),
                                 QStringLiteral("-90d"),
                                 QStringLiteral("-180d"),
                                 QStringLiteral("-365d"),
                                 QStringLiteral("all")};
    int files = 0;
    for (const QString& period : periods) {
        const QStringList where = period.isEmpty()
                                      ? QStringList()
                                      : QStringList{QStringLiteral("--where"), QStringLiteral("since=") + period};
        const QString label = period.isEmpty() ? QStringLiteral("template") : period;
        for (const char* format : {"pdf", "png", "html"}) {
            const QString out = dir.filePath(QStringLiteral("report-%1.%2").arg(label, QLatin1String(format)));
            const CliRun run =
                cli(data, QStringList{QStringLiteral("export"), QStringLiteral("report"), QStringLiteral("--template"),
                                      QStringLiteral("overview"), QStringLiteral("--format"),
                                      QString::fromLatin1(format), QStringLiteral("-o"), out} +
                              where);
            QVERIFY2(run.code == 0, qPrintable(label + QLatin1Char(' ') + QLatin1String(format) + QLatin1String(": ") +
                                               QString::fromStdString(run.err)));
            QVERIFY(std::filesystem::file_size(out.toStdString()) > 1000);
            ++files;
        }
        for (const char* format : {"csv", "json", "xlsx"}) {
            const QString out = dir.filePath(QStringLiteral("data-%1.%2").arg(label, QLatin1String(format)));
            // CSV holds one dataset: the matches; JSON and XLSX the matches and an analytics table.
            const bool csv = std::string(format) == "csv";
            QStringList args{
                QStringLiteral("export"),    QStringLiteral("data"),
                QStringLiteral("--dataset"), csv ? QStringLiteral("matches") : QStringLiteral("matches,stats"),
                QStringLiteral("--account"), QStringLiteral("Demo#HRLD"),
                QStringLiteral("--format"),  QString::fromLatin1(format),
                QStringLiteral("-o"),        out};
            if (!csv) {
                args << QStringLiteral("--metrics") << QStringLiteral("games,win_rate");
            }
            const CliRun run = cli(data, args + where);
            QVERIFY2(run.code == 0, qPrintable(label + QLatin1Char(' ') + QLatin1String(format) + QLatin1String(": ") +
                                               QString::fromStdString(run.err)));
            QVERIFY(std::filesystem::file_size(out.toStdString()) > 100);
            ++files;
        }
        QVERIFY2(games(data, where) >= 0, qPrintable(label));
    }
    // All time is every game, whatever period a template names; a relative period is a part of it.
    const std::int64_t all = games(data, {});
    QVERIFY(all >= 140);
    QCOMPARE(games(data, {QStringLiteral("--where"), QStringLiteral("since=all")}), all);
    QVERIFY(games(data, {QStringLiteral("--where"), QStringLiteral("since=-30d")}) < all);
    const std::string json = herald::test::readFile(dir.filePath(QStringLiteral("data-all.json")).toStdString());
    const std::string thirty = herald::test::readFile(dir.filePath(QStringLiteral("data--30d.json")).toStdString());
    QVERIFY(json.size() > thirty.size()); // every game exported, not the last 30 days
    qInfo("%d files written over %lld periods", files, static_cast<long long>(periods.size()));
}

QTEST_GUILESS_MAIN(TestPeriods)
#include "test_periods.moc"
