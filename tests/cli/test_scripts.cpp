// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Riot IDs in Korean and Thai are readable: the fonts the package depends on are there for Qt (fontconfig), and a
// PDF report names such players in text a reader gets back (pdftotext), with the glyphs embedded (pdffonts).
#include "testsupport.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

Run run(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    process.waitForFinished(300'000);
    return {process.exitCode(), process.readAllStandardOutput().toStdString(),
            process.readAllStandardError().toStdString()};
}

} // namespace

class TestScripts : public QObject {
    Q_OBJECT

private slots:
    void fontsForEveryScriptAreThere();
    void aPdfReportNamesKoreanAndThaiPlayers();
};

void TestScripts::fontsForEveryScriptAreThere() {
    for (const auto system : {QFontDatabase::Korean, QFontDatabase::Japanese, QFontDatabase::SimplifiedChinese,
                              QFontDatabase::TraditionalChinese, QFontDatabase::Thai}) {
        QVERIFY2(!QFontDatabase::families(system).isEmpty(), qPrintable(QFontDatabase::writingSystemName(system)));
    }
}

void TestScripts::aPdfReportNamesKoreanAndThaiPlayers() {
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    // The recorded KR game; one player renamed in Thai (a payload as an imported file would have it).
    std::string payload = herald::test::readFixture(herald::test::kKrMatch);
    const std::string from = "\"riotIdGameName\":\"Sylvie\",\"riotIdTagline\":\"77777\"";
    const auto at = payload.find(from);
    QVERIFY(at != std::string::npos);
    payload.replace(at, from.size(), "\"riotIdGameName\":\"ทดสอบ\",\"riotIdTagline\":\"TH1\"");
    const QString file = dir.filePath(QStringLiteral("match.json"));
    herald::test::writeFile(file.toStdString(), payload);
    const QString cli = QStringLiteral(HERALD_CLI_PATH);
    QCOMPARE(run(cli, {QStringLiteral("--data-dir"), data, QStringLiteral("import"), file}).code, 0);
    for (const char* player : {"젠지 한별#GEN", "ทดสอบ#TH1"}) {
        const Run added = run(cli, {QStringLiteral("--data-dir"), data, QStringLiteral("accounts"),
                                    QStringLiteral("add"), QString::fromUtf8(player), QStringLiteral("--local")});
        QVERIFY2(added.code == 0, added.err.c_str());
    }
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Run report =
        run(cli, {QStringLiteral("--data-dir"), data, QStringLiteral("export"), QStringLiteral("report"),
                  QStringLiteral("--template"), QStringLiteral("overview"), QStringLiteral("--format"),
                  QStringLiteral("pdf"), QStringLiteral("--account"), QString::fromUtf8("젠지 한별#GEN,ทดสอบ#TH1"),
                  QStringLiteral("--where"), QStringLiteral("since=all"), QStringLiteral("-o"), pdf});
    QVERIFY2(report.code == 0, report.err.c_str());
    const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.find("젠지 한별") != std::string::npos, text.out.substr(0, 600).c_str());
    QVERIFY2(text.out.find("ทดสอบ") != std::string::npos, text.out.substr(0, 600).c_str());
    const Run fonts = run(QStringLiteral("pdffonts"), {pdf});
    QCOMPARE(fonts.code, 0);
    bool cjk = false;
    bool thai = false;
    std::size_t start = 0;
    for (std::size_t end = fonts.out.find('\n'); end != std::string::npos; end = fonts.out.find('\n', start)) {
        const std::string line = fonts.out.substr(start, end - start);
        start = end + 1;
        // name type encoding emb sub uni object ID: the glyphs are in the file ("emb yes").
        const bool embedded = line.find(" yes ") != std::string::npos;
        cjk = cjk || (embedded && line.find("CJK") != std::string::npos);
        thai = thai || (embedded && line.find("Loma") != std::string::npos);
    }
    QVERIFY2(cjk && thai, fonts.out.c_str());
}

QTEST_MAIN(TestScripts)
#include "test_scripts.moc"
