// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_cli: herald-cli end to end, the built binary on temporary data folders, its output and exit codes. One Qt
// Test class whose cases live in files by feature (test_cli_*.cpp); the shared helpers (running the binary, CSV
// and XLSX readers, a tmpfs of its own) are here.
#pragma once

#include "store/database.h"
#include "store/matchdetail.h"
#include "store/migrations.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sqlite3.h>
#include <thread>
#include <unistd.h>

namespace herald::clitest {

using namespace herald;
using nlohmann::json;

using Run = test::CliRun;

inline Run cli(const QStringList& args, int timeoutMs = 120'000) {
    return test::runCli(args, timeoutMs);
}

inline QStringList inDir(const QTemporaryDir& dir, QStringList args) {
    args.prepend(dir.path());
    args.prepend(QStringLiteral("--data-dir"));
    return args;
}

// The recorded matches and timelines only (the other fixtures are not Match-V5 payloads; the aborted stubs are
// made by hand).
inline QString payloadFolder(const QTemporaryDir& scratch) {
    const auto dir = std::filesystem::path(scratch.path().toStdString()) / "payloads";
    std::filesystem::create_directories(dir);
    for (const auto& entry : std::filesystem::directory_iterator(test::fixturePath(""))) {
        const auto name = entry.path().filename().string();
        if ((name.rfind("match_v5_", 0) == 0 || name.rfind("timeline_v5_", 0) == 0) &&
            name.find("_aborted_stub") == std::string::npos) {
            std::filesystem::copy_file(entry.path(), dir / name);
        }
    }
    return QString::fromStdString(dir.string());
}

inline std::int64_t queryInt(const QTemporaryDir& dir, const std::string& sql) {
    auto db = store::Database::open(store::databasePath(dir.path().toStdString()), store::Database::Mode::ReadOnly);
    if (!db) {
        return -1;
    }
    try {
        return db->queryInt(sql);
    } catch (const store::StoreError&) {
        return -1; // e.g. the schema is not there yet
    }
}

// The file names a JSON import report lists as failed. A failure without its reason is listed a second time, as
// "(no reason) NAME", so a comparison with the expected names fails.
inline std::set<std::string> failedFileNames(const json& report) {
    std::set<std::string> names;
    for (const auto& failure : report["failed"]) {
        const std::string name = std::filesystem::path(failure["file"].get<std::string>()).filename().string();
        names.insert(name);
        if (failure["error"].get<std::string>().empty()) {
            names.insert("(no reason) " + name);
        }
    }
    return names;
}

// RFC 4180: fields separated by commas, quoted when they hold a comma, a quote or a line break; CRLF rows.
inline std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    bool fieldStarted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == ',') {
            rows.back().push_back(std::exchange(field, {}));
            fieldStarted = false;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(std::exchange(field, {}));
            fieldStarted = false;
            rows.emplace_back();
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (rows.back().empty() && field.empty()) {
        rows.pop_back();
    }
    return rows;
}

inline std::size_t columnOf(const std::vector<std::string>& header, const std::string& name) {
    const auto it = std::find(header.begin(), header.end(), name);
    return it == header.end() ? header.size() : static_cast<std::size_t>(it - header.begin());
}

// One sheet of an XLSX file read back from its XML (unzip -p): each row's cells by column letter, with the
// cell type (t: "n" for numbers, "b", "inlineStr", "str") and style.
struct XlsxCell {
    std::string type;
    std::string style;
    std::string value;
};
using XlsxRow = std::map<std::string, XlsxCell>;

inline std::string unzipEntry(const QString& file, const QString& entry) {
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), file, entry});
    unzip.waitForFinished(60'000);
    return unzip.readAllStandardOutput().toStdString();
}

inline std::vector<XlsxRow> readSheet(const std::string& xml) {
    std::vector<XlsxRow> rows;
    QXmlStreamReader reader(QByteArray::fromStdString(xml));
    std::string column;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement()) {
            continue;
        }
        if (reader.name() == QLatin1String("row")) {
            rows.emplace_back();
        } else if (reader.name() == QLatin1String("c")) {
            const QString ref = reader.attributes().value(QLatin1String("r")).toString();
            column.clear();
            for (const QChar ch : ref) {
                if (ch.isLetter()) {
                    column += static_cast<char>(ch.toLatin1());
                }
            }
            XlsxCell& cell = rows.back()[column];
            cell.type = reader.attributes().value(QLatin1String("t")).toString().toStdString();
            cell.style = reader.attributes().value(QLatin1String("s")).toString().toStdString();
            if (cell.type.empty()) {
                cell.type = "n";
            }
        } else if ((reader.name() == QLatin1String("v") || reader.name() == QLatin1String("t")) && !rows.empty()) {
            rows.back()[column].value = reader.readElementText().toStdString();
        }
    }
    return rows;
}

// The column letter of a header name in a sheet's first row.
inline std::string letterOf(const std::vector<XlsxRow>& sheet, const std::string& name) {
    for (const auto& [letter, cell] : sheet.front()) {
        if (cell.value == name) {
            return letter;
        }
    }
    return "?";
}

// A small tmpfs of its own (mounting needs root, as in CI): a disk that really fills, a file system that really
// turns read-only.
class Tmpfs {
public:
    explicit Tmpfs(const QString& size)
        : m_mounted(QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                       QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_dir.path()}) == 0) {}
    ~Tmpfs() {
        if (m_mounted) {
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
        }
    }
    Tmpfs(const Tmpfs&) = delete;
    Tmpfs& operator=(const Tmpfs&) = delete;
    bool mounted() const { return m_mounted; }
    QString path() const { return m_dir.path(); }
    bool remountReadOnly() const {
        return QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir.path()}) == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted;
};

inline void execIn(const QTemporaryDir& dir, const std::string& sql) {
    auto db = store::Database::open(store::databasePath(dir.path().toStdString()), store::Database::Mode::ReadWrite);
    QVERIFY(db.ok());
    db->execScript(sql);
}

inline std::string sha(const std::filesystem::path& file) {
    QFile f(QString::fromStdString(file.string()));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex().toStdString();
}

} // namespace herald::clitest

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void versionAndHelp();
    void usageErrorsExitTwo();
    void importReportsCountsAndIsIdempotent();
    void importNamesFailedFilesAndKeepsTheRest();
    void matchesListsThePlayersGamesNewestFirst();
    void checkReportsHealthAndDamage();
    void tooNewDatabaseIsRefused();
    void demoIsDeterministicAndRealistic();
    void secondWriterIsToldWhoHoldsTheStore();
    void killedImportLeavesConsistentStoreAndResumes();
    void statsPrintsFractionsFullPrecisionAndNulls();
    void statsResolvesAccountsAndExplainsErrors();
    void benchmarkComparesWithTheLobbies();
    void compareSetsPlayersSideBySide();
    void rebuildRederivesFromRawPayloads();
    void jsonReportSurvivesInvalidUtf8();
    void readersNeverMakeAWriterFail();
    void localAccountFollowsAnImportedPlayerWithoutAKey();
    void templatesAsFiles();
    void findingsMatchTheStatsTheyCompare();
    void exportedDataEqualsTheEngine();
    void onlyReportsAndTheKeychainLoadQt();
    void exportNeutralisesFormulasAndHidesPlayers();
    void exportIsAtomicAndNeverOverwritesUnasked();
    void adversarialInputsAreRefusedOrDefused();
    void backupsAreVerifiedRotatedAndRestored();
    void damagedTruncatedOrNewerBackupsAreRefused();
    void writersWaitForEachOtherAndReadersNever();
    void archivalKeepsEveryMetric();
    void fullDiskIsExplainedAndLosesNothing();
    void readOnlyFoldersAreReadAndExplained();
    void deletedWriteAheadLogIsSurvived();
    void anotherUsersFolderIsReadNotWritten();
};
