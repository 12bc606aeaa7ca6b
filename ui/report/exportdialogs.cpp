// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialogs.h"

#include "common/backgroundwrite.h"
#include "common/dialogs.h"
#include "common/errortext.h"
#include "common/longjobs.h"
#include "store/settings.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace herald::ui {

namespace {

std::int64_t nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

std::filesystem::path pathOf(const QString& path) {
    return std::filesystem::path(path.toStdString());
}

std::optional<exporting::FileFormat> formatOfFile(const QString& path) {
    return exporting::parseFileFormat(QFileInfo(path).suffix().toStdString());
}

} // namespace

void recordExport(store::Store& store, QObject* context, store::AuditEntry entry) {
    if (!store.writable()) {
        return;
    }
    entry.createdAt = entry.createdAt != 0 ? entry.createdAt : nowMs();
    writeInBackground<Ok>(store, context,
                          [entry](store::Database& db) -> Result<Ok> {
                              store::appendAudit(db, entry);
                              return Ok{};
                          },
                          {});
}

bool streamerModeOn(store::Store& store) {
    auto db = store.openReader();
    if (!db) {
        return false;
    }
    const auto value = store::getSetting(db.value(), store::kStreamerModeSetting);
    return value && value.value() && *value.value() == "1";
}

// ---------------------------------------------------------------------------------------------------------------

ReportDialog::ReportDialog(store::Store& store, ReportRequest request, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_format(new QComboBox(this))
    , m_page(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_preview(new QLabel(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("Export…"), this)) {
    setWindowTitle(tr("Export report"));
    m_format->addItem(tr("PDF document"), static_cast<int>(ReportFormat::Pdf));
    m_format->addItem(tr("PNG image"), static_cast<int>(ReportFormat::Png));
    m_format->addItem(tr("HTML page (one file)"), static_cast<int>(ReportFormat::Html));
    m_page->addItem(QStringLiteral("A4"), static_cast<int>(QPageSize::A4));
    m_page->addItem(tr("Letter"), static_cast<int>(QPageSize::Letter));
    m_orientation->addItem(tr("Portrait"), static_cast<int>(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), static_cast<int>(QPageLayout::Landscape));
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(320, 8000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(1600);
    m_height->setValue(1000);
    m_preview->setMinimumSize(360, 460);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setText(tr("Computing the report…"));
    m_export->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Paper"), m_page);
    form->addRow(tr("Orientation"), m_orientation);
    form->addRow(tr("Image width"), m_width);
    form->addRow(tr("Image height"), m_height);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::chooseAndExport);
    auto* side = new QVBoxLayout;
    side->addLayout(form);
    side->addStretch(1);
    side->addWidget(m_status);
    auto* body = new QHBoxLayout;
    body->addLayout(side);
    body->addWidget(m_preview, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    auto changed = [this] {
        const bool pdf = options().format == ReportFormat::Pdf;
        const bool png = options().format == ReportFormat::Png;
        m_page->setEnabled(pdf);
        m_orientation->setEnabled(pdf);
        m_width->setEnabled(png);
        m_height->setEnabled(png);
        updatePreview();
    };
    for (QComboBox* box : {m_format, m_page, m_orientation}) {
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    }
    for (QSpinBox* box : {m_width, m_height}) {
        connect(box, &QSpinBox::valueChanged, this, changed);
    }
    m_page->setEnabled(true);
    m_width->setEnabled(false);
    m_height->setEnabled(false);

    // The queries run on a pool thread (a big history takes a moment); drawing needs this thread.
    connect(&m_watcher, &QFutureWatcher<Result<ReportData>>::finished, this, [this] {
        auto result = m_watcher.result();
        if (!result) {
            m_preview->setText(tr("The report cannot be made: %1").arg(errorText(result.error())));
            return;
        }
        m_data = std::make_unique<ReportData>(std::move(result).value());
        m_export->setEnabled(true);
        updatePreview();
        emit ready();
    });
    m_watcher.setFuture(QtConcurrent::run(&longJobs(), [request = std::move(request)] {
        try {
            return computeReport(request);
        } catch (const std::exception& e) {
            return Result<ReportData>(makeError(ErrorKind::Storage, e.what()));
        }
    }));
}

ReportDialog::~ReportDialog() {
    m_watcher.waitForFinished();
}

ReportOptions ReportDialog::options() const {
    ReportOptions o;
    o.format = static_cast<ReportFormat>(m_format->currentData().toInt());
    o.page = static_cast<QPageSize::PageSizeId>(m_page->currentData().toInt());
    o.orientation = static_cast<QPageLayout::Orientation>(m_orientation->currentData().toInt());
    o.imageSize = QSize(m_width->value(), m_height->value());
    return o;
}

void ReportDialog::updatePreview() {
    if (!m_data) {
        return;
    }
    const int width = std::max(240, m_preview->width() - 8);
    QImage image = previewFirstPage(*m_data, options(), width);
    const int height = std::max(240, m_preview->height() - 8);
    if (image.height() > height) {
        image = image.scaledToHeight(height, Qt::SmoothTransformation);
    }
    m_preview->setPixmap(QPixmap::fromImage(image));
}

Result<ReportOutcome> ReportDialog::exportTo(const QString& path, bool overwrite) {
    if (!m_data) {
        return makeError(ErrorKind::Busy, "the report is still being computed");
    }
    const ReportOptions o = options();
    auto outcome = saveReport(*m_data, o, pathOf(path), overwrite);
    if (outcome) {
        recordExport(m_store, this,
                     {"export report", m_data->request.dashboard.id, reportFormatName(o.format).toStdString(),
                      outcome->widgets, path.toStdString(),
                      "players: " + m_data->request.playerNames.join(QStringLiteral(", ")).toStdString(), 0});
        m_status->setText(o.format == ReportFormat::Pdf
                              ? tr("Saved %1 (%n page(s)).", nullptr, outcome->pages).arg(path)
                              : tr("Saved %1.").arg(path));
    } else {
        m_status->setText(errorText(outcome.error()));
    }
    emit exported(path, outcome ? QString() : errorText(outcome.error()));
    return outcome;
}

void ReportDialog::chooseAndExport() {
    const ReportFormat format = options().format;
    const QString extension = reportFormatName(format);
    const QString filter = format == ReportFormat::Pdf   ? tr("PDF documents (*.pdf)")
                           : format == ReportFormat::Png ? tr("PNG images (*.png)")
                                                         : tr("HTML pages (*.html)");
    // A built-in's name in the app's language ("Vue d'ensemble.pdf"), a player's own as they wrote it.
    QString name =
        m_data ? QCoreApplication::translate("BuiltinTemplates", m_data->request.dashboard.name.c_str()) : tr("report");
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    QString path = Dialogs::askSaveFile(this, tr("Export report"), name + QLatin1Char('.') + extension, filter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + extension;
    }
    // The file dialog asked before replacing a file.
    if (auto outcome = exportTo(path, true); !outcome) {
        QMessageBox::warning(this, tr("Export report"), errorText(outcome.error()));
    }
}

// ---------------------------------------------------------------------------------------------------------------

DataExportDialog::DataExportDialog(store::Store& store, exporting::Selection selection, QStringList playerNames,
                                   QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_selection(std::move(selection))
    , m_players(std::move(playerNames))
    , m_format(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_cancel(new QPushButton(tr("Cancel export"), this)) {
    setWindowTitle(tr("Export data"));
    m_selection.hideOtherPlayers = m_selection.hideOtherPlayers || streamerModeOn(store);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(m_players.isEmpty() ? tr("Every stored match, with the side of each followed account.")
                                                 : tr("The matches of %1, with the dashboard's filters.")
                                                       .arg(m_players.join(QStringLiteral(", ")).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const std::vector<std::pair<exporting::Dataset, QString>> names = {
        {exporting::Dataset::Matches, tr("Matches (one row per game)")},
        {exporting::Dataset::Participants, tr("Participants (all ten players of each game)")},
        {exporting::Dataset::Frames, tr("Timeline frames (gold, XP, CS each minute)")},
        {exporting::Dataset::Events, tr("Timeline events (kills, objectives, buildings)")},
        {exporting::Dataset::Ranking, tr("Rank history (LP)")},
    };
    for (const auto& [dataset, label] : names) {
        auto* box = new QCheckBox(label, this);
        box->setChecked(dataset == exporting::Dataset::Matches);
        layout->addWidget(box);
        m_datasets.emplace_back(dataset, box);
    }
    m_format->addItem(tr("Excel workbook (.xlsx): a sheet per dataset"), static_cast<int>(exporting::FileFormat::Xlsx));
    m_format->addItem(tr("CSV (.csv): one dataset"), static_cast<int>(exporting::FileFormat::Csv));
    m_format->addItem(tr("JSON (.json)"), static_cast<int>(exporting::FileFormat::Json));
    auto* form = new QFormLayout;
    form->addRow(tr("Format"), m_format);
    layout->addLayout(form);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    m_cancel->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        cancel();
        reject();
    });
    connect(m_export, &QPushButton::clicked, this, &DataExportDialog::chooseAndExport);
    connect(m_cancel, &QPushButton::clicked, this, &DataExportDialog::cancel);
    layout->addWidget(buttons);
}

DataExportDialog::~DataExportDialog() {
    if (m_cancelFlag) {
        m_cancelFlag->store(true);
    }
}

void DataExportDialog::setDatasets(const std::vector<exporting::Dataset>& datasets) {
    for (auto& [dataset, box] : m_datasets) {
        box->setChecked(std::find(datasets.begin(), datasets.end(), dataset) != datasets.end());
    }
}

void DataExportDialog::setFormat(exporting::FileFormat format) {
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

void DataExportDialog::cancel() {
    if (m_cancelFlag) {
        m_cancelFlag->store(true);
    }
}

void DataExportDialog::onProgress(const QString& table, qint64 done, qint64 total) {
    if (table != m_table) {
        m_table = table;
        m_startedMs = nowMs();
    }
    m_progress->setRange(0, static_cast<int>(std::max<qint64>(total, 1)));
    m_progress->setValue(static_cast<int>(std::min(done, total)));
    QString left;
    const qint64 elapsed = nowMs() - m_startedMs;
    if (done > 0 && done < total && elapsed > 500) {
        const qint64 seconds = elapsed * (total - done) / done / 1000 + 1;
        left = tr(", about %n second(s) left", nullptr, static_cast<int>(seconds));
    }
    m_status->setText(tr("Exporting %1: %2 of %3%4").arg(table).arg(done).arg(total).arg(left));
}

void DataExportDialog::startExport(const QString& path, bool overwrite) {
    exporting::ExportRequest request;
    for (const auto& [dataset, box] : m_datasets) {
        if (box->isChecked()) {
            request.datasets.push_back(dataset);
        }
    }
    request.format = static_cast<exporting::FileFormat>(m_format->currentData().toInt());
    request.output = pathOf(path);
    request.overwrite = overwrite;
    request.selection = m_selection;
    request.selection.nowMs = nowMs();
    for (const QString& name : m_players) {
        request.playerNames.push_back(name.toStdString());
    }
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    m_export->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting…"));
    QPointer<DataExportDialog> self(this);
    auto cancelFlag = m_cancelFlag;
    const auto databasePath = m_store.databasePath();
    longJobs().start([self, cancelFlag, request, databasePath, path] {
        Result<exporting::ExportOutcome> outcome = makeError(ErrorKind::Io, "not run");
        try {
            auto db = store::Database::open(databasePath, store::Database::Mode::ReadOnly);
            if (!db) {
                outcome = db.error();
            } else {
                std::int64_t lastReport = 0;
                outcome = exporting::exportData(
                    db.value(), request,
                    [self, &lastReport](const std::string& table, std::int64_t done, std::int64_t total) {
                        const std::int64_t now = nowMs();
                        if (now - lastReport < 100 && done < total) {
                            return; // ten updates a second are plenty
                        }
                        lastReport = now;
                        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, table, done, total] {
                            if (DataExportDialog* dialog = self.data()) {
                                dialog->onProgress(QString::fromStdString(table), done, total);
                            }
                        });
                    },
                    cancelFlag.get());
            }
        } catch (const std::exception& e) {
            outcome = makeError(ErrorKind::Storage, e.what());
        }
        const auto format = request.format;
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, outcome, format, path] {
            if (DataExportDialog* dialog = self.data()) {
                dialog->onFinished(outcome, format, path);
            }
        });
    });
}

void DataExportDialog::onFinished(const Result<exporting::ExportOutcome>& outcome, exporting::FileFormat format,
                                  const QString& path) {
    m_running = false;
    m_export->setEnabled(true);
    m_cancel->setEnabled(false);
    if (!outcome) {
        const QString error =
            m_cancelFlag && m_cancelFlag->load() ? tr("Cancelled: no file was written.") : errorText(outcome.error());
        m_status->setText(error);
        emit finished(path, 0, error);
        return;
    }
    std::string what;
    for (const auto& [name, rows] : outcome->tables) {
        what += (what.empty() ? "" : ",") + name;
    }
    recordExport(m_store, this,
                 {"export data", what, exporting::fileFormatName(format), outcome->rows, path.toStdString(),
                  outcome->details, 0});
    m_progress->setValue(m_progress->maximum());
    m_status->setText(tr("Saved %n row(s) to %1.", nullptr, static_cast<int>(outcome->rows)).arg(path));
    emit finished(path, outcome->rows, QString());
}

void DataExportDialog::chooseAndExport() {
    const auto format = static_cast<exporting::FileFormat>(m_format->currentData().toInt());
    const QString extension = QString::fromLatin1(exporting::fileFormatName(format));
    QString path = Dialogs::askSaveFile(this, tr("Export data"), QStringLiteral("herald-export.") + extension,
                                        tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + extension;
    }
    startExport(path, true); // the file dialog asked before replacing a file
}

// ---------------------------------------------------------------------------------------------------------------

QString exportTablesTo(store::Store& store, QObject* context, const std::vector<exporting::MemoryTable>& tables,
                       const QString& path, const std::string& what, const std::string& timeZone) {
    const auto format = formatOfFile(path);
    if (!format) {
        return QCoreApplication::translate("Report", "Choose a file ending in .csv, .json or .xlsx.");
    }
    exporting::AboutExport about;
    about.lines.emplace_back("Exported by", std::string("Herald ") + HERALD_VERSION);
    about.lines.emplace_back("Exported at", QDateTime::currentDateTime().toString(Qt::ISODate).toStdString());
    about.lines.emplace_back("What", what);
    const auto outcome = exporting::exportTables(tables, *format, pathOf(path), true, about, timeZone);
    if (!outcome) {
        return errorText(outcome.error());
    }
    recordExport(store, context,
                 {"export data", what, exporting::fileFormatName(*format), outcome->rows, path.toStdString(), {}, 0});
    return {};
}

void askAndExportTables(store::Store& store, QWidget* parent, const std::vector<exporting::MemoryTable>& tables,
                        const QString& suggestedName, const std::string& what, const std::string& timeZone) {
    const QString title = QCoreApplication::translate("Report", "Export data");
    QString path = Dialogs::askSaveFile(
        parent, title, suggestedName + QStringLiteral(".xlsx"),
        QCoreApplication::translate("Report", "Excel workbooks (*.xlsx);;CSV files (*.csv);;JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".xlsx");
    }
    if (const QString error = exportTablesTo(store, parent, tables, path, what, timeZone); !error.isEmpty()) {
        QMessageBox::warning(parent, title, error);
    }
}

} // namespace herald::ui
