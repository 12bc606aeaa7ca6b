// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"

#include "common/backgroundwrite.h"
#include "common/errortext.h"
#include "format.h"
#include "gamedata/gamedata.h"
#include "store/store.h"
#include "templates/templatestore.h"
#include "widgeteditor.h"
#include "widgetframe.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

namespace herald::ui {

namespace {

constexpr int kRowHeight = 64; // one grid row, in pixels

QComboBox* makeCombo(QWidget* parent, const QString& tooltip) {
    auto* combo = new QComboBox(parent);
    combo->setToolTip(tooltip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

DashboardView::DashboardView(const std::filesystem::path& databasePath, QWidget* parent)
    : QWidget(parent)
    , m_loader(new DashboardLoader(databasePath))
    , m_thread(new QThread(this))
    , m_templatePicker(makeCombo(this, tr("Dashboard template")))
    , m_description(new QLabel(this))
    , m_queue(makeCombo(this, tr("Queue")))
    , m_period(makeCombo(this, tr("Period")))
    , m_role(makeCombo(this, tr("Role")))
    , m_champion(makeCombo(this, tr("Champion")))
    , m_patch(makeCombo(this, tr("Patch")))
    , m_canvas(new QWidget)
    , m_grid(new QGridLayout(m_canvas))
    , m_edit(new QPushButton(tr("Edit"), this))
    , m_addWidget(new QPushButton(tr("Add widget…"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_manage(new QWidget(this)) {
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(this, &DashboardView::requestLoad, m_loader, &DashboardLoader::load, Qt::QueuedConnection);
    connect(m_loader, &DashboardLoader::widgetReady, this, &DashboardView::onWidgetReady, Qt::QueuedConnection);
    connect(m_loader, &DashboardLoader::cacheStats, this, &DashboardView::cacheStats, Qt::QueuedConnection);
    connect(m_loader, &DashboardLoader::choicesReady, this,
            [this](const QStringList& champions, const QStringList& patches) {
                const QString champion = m_champion->currentData().toString();
                const QString patch = m_patch->currentData().toString();
                QSignalBlocker a(m_champion);
                QSignalBlocker b(m_patch);
                m_champion->clear();
                m_champion->addItem(tr("All champions"), QString());
                for (const QString& key : champions) {
                    const auto* c = gamedata::GameData::builtin().championByKey(key.toStdString());
                    m_champion->addItem(c != nullptr ? QString::fromStdString(c->name) : key, key);
                }
                m_patch->clear();
                m_patch->addItem(tr("All patches"), QString());
                for (auto it = patches.rbegin(); it != patches.rend(); ++it) {
                    m_patch->addItem(tr("Patch %1").arg(*it), *it);
                }
                m_champion->setCurrentIndex(std::max(0, m_champion->findData(champion)));
                m_patch->setCurrentIndex(std::max(0, m_patch->findData(patch)));
            });
    m_thread->setObjectName(QStringLiteral("DashboardLoader"));
    m_thread->start();

    m_queue->addItem(tr("All queues"), QString());
    for (const int queue : {420, 440, 400, 430, 490, 450, 1700, 1900}) {
        m_queue->addItem(queueLabel(queue), QString::number(queue));
    }
    m_period->addItem(tr("Template's period"), QString());
    m_period->addItem(tr("Last 7 days"), QStringLiteral("-7d"));
    m_period->addItem(tr("Last 30 days"), QStringLiteral("-30d"));
    m_period->addItem(tr("Last 90 days"), QStringLiteral("-90d"));
    m_period->addItem(tr("Last 180 days"), QStringLiteral("-180d"));
    m_period->addItem(tr("Last 365 days"), QStringLiteral("-365d"));
    m_period->addItem(tr("All time"), QStringLiteral("all"));
    m_role->addItem(tr("All roles"), QString());
    for (const char* role : {"TOP", "JUNGLE", "MIDDLE", "BOTTOM", "UTILITY"}) {
        m_role->addItem(formatDimension("role", analytics::Value(std::string(role))), QString::fromLatin1(role));
    }
    m_champion->addItem(tr("All champions"), QString());
    m_patch->addItem(tr("All patches"), QString());

    auto* header = new QHBoxLayout;
    m_templatePicker->setObjectName(QStringLiteral("templatePicker"));
    header->addWidget(m_templatePicker);
    m_description->setObjectName(QStringLiteral("pageSubtitle"));
    header->addWidget(m_description, 1);
    auto* manage = new QHBoxLayout(m_manage);
    manage->setContentsMargins(0, 0, 0, 0);
    const std::pair<QString, std::function<void()>> actions[] = {
        {tr("Duplicate"), [this] { duplicateCurrent(false); }},
        {tr("Rename…"), [this] { renameCurrent(); }},
        {tr("Delete"), [this] { deleteCurrent(); }},
        {tr("Import…"),
         [this] {
             const QString path = QFileDialog::getOpenFileName(this, tr("Import a dashboard template"), QString(),
                                                               tr("Dashboard templates (*.json)"));
             if (!path.isEmpty()) {
                 importFile(path);
             }
         }},
        {tr("Export…"), [this] {
             const auto* t = currentTemplate();
             const QString path = QFileDialog::getSaveFileName(
                 this, tr("Export the dashboard template"),
                 QString::fromStdString(t != nullptr ? t->id : std::string("dashboard")) + QStringLiteral(".json"),
                 tr("Dashboard templates (*.json)"));
             if (!path.isEmpty()) {
                 exportFile(path);
             }
         }}};
    for (const auto& [label, action] : actions) {
        auto* button = new QToolButton(m_manage);
        button->setText(label);
        if (&label == &actions[1].first || &label == &actions[2].first) {
            button->setObjectName(QStringLiteral("userTemplateOnly")); // rename, delete: not for built-ins
        }
        connect(button, &QToolButton::clicked, this, action);
        manage->addWidget(button);
    }
    header->addWidget(m_manage);
    header->addWidget(m_edit);
    header->addWidget(m_addWidget);
    header->addWidget(m_save);
    header->addWidget(m_cancel);
    m_edit->setToolTip(tr("Add, remove, move, resize and configure widgets"));
    connect(m_edit, &QPushButton::clicked, this, &DashboardView::startEditing);
    connect(m_cancel, &QPushButton::clicked, this, &DashboardView::cancelEditing);
    connect(m_save, &QPushButton::clicked, this, &DashboardView::save);
    connect(m_addWidget, &QPushButton::clicked, this, [this] {
        templates::Template* t = editable();
        if (t == nullptr) {
            return;
        }
        templates::Widget w;
        w.type = templates::WidgetType::Bar;
        w.metrics = {"win_rate"};
        w.by = {"champion"};
        for (int n = 1;; ++n) {
            w.id = "widget-" + std::to_string(n);
            if (t->widget(w.id) == nullptr) {
                break;
            }
        }
        WidgetEditor editor(*t, w, this);
        if (editor.exec() == QDialog::Accepted) {
            addWidget(editor.widget());
        }
    });
    setEditingUi(false);
    m_manage->setEnabled(false);
    m_edit->setEnabled(false);
    auto* filters = new QHBoxLayout;
    for (QComboBox* combo : {m_queue, m_period, m_role, m_champion, m_patch}) {
        filters->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { reload(m_dataVersion); });
    }
    auto* reset = new QToolButton(this);
    reset->setText(tr("Reset filters"));
    connect(reset, &QToolButton::clicked, this, [this] {
        for (QComboBox* combo : {m_queue, m_period, m_role, m_champion, m_patch}) {
            QSignalBlocker block(combo);
            combo->setCurrentIndex(0);
        }
        m_drill.clear();
        showChips();
        reload(m_dataVersion);
    });
    filters->addWidget(reset);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(6);
    filters->addLayout(m_chips);
    filters->addStretch(1);
    connect(m_templatePicker, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_current = index;
        rebuildGrid();
        reload(m_dataVersion);
    });

    m_grid->setSpacing(12);
    m_grid->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_canvas);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_body = new QStackedWidget(this);
    m_body->addWidget(scroll);
    m_noAccount = new QWidget(this);
    m_noAccount->setObjectName(QStringLiteral("noAccountPage"));
    auto* noAccount = new QVBoxLayout(m_noAccount);
    auto* title = new QLabel(tr("No account to analyse yet"), m_noAccount);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_noAccountText = new QLabel(m_noAccount);
    m_noAccountText->setWordWrap(true);
    m_noAccountText->setMaximumWidth(620);
    auto* buttons = new QHBoxLayout;
    auto* importFiles = new QPushButton(tr("Import match files…"), m_noAccount);
    m_choosePlayer = new QPushButton(tr("Which player are you?"), m_noAccount);
    auto* addAccount = new QPushButton(tr("Add a Riot account…"), m_noAccount);
    connect(importFiles, &QPushButton::clicked, this, &DashboardView::importFilesRequested);
    connect(m_choosePlayer, &QPushButton::clicked, this, &DashboardView::choosePlayerRequested);
    connect(addAccount, &QPushButton::clicked, this, &DashboardView::addAccountRequested);
    for (QPushButton* button : {importFiles, m_choosePlayer, addAccount}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    noAccount->addStretch(1);
    noAccount->addWidget(title);
    noAccount->addWidget(m_noAccountText);
    noAccount->addLayout(buttons);
    noAccount->addStretch(2);
    m_body->addWidget(m_noAccount);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_body, 1);
}

void DashboardView::showNoAccount(qint64 storedMatches) {
    m_puuids.clear();
    m_pending = 0;
    ++m_generation; // a load still running for the previous account is dropped
    if (storedMatches > 0) {
        m_noAccountText->setText(
            tr("Your store holds %n match(es), but no account is chosen. Tell Herald which player you are: it "
               "follows you as a local account, without a Riot API key, and analyses your games here. Or add a "
               "Riot account to sync its matches.",
               nullptr, static_cast<int>(storedMatches)));
    } else {
        m_noAccountText->setText(
            tr("Import your Match-V5 files (or drop them on this window), then tell Herald which player you are. "
               "With a Riot API key, you can instead add your Riot account and sync its matches."));
    }
    m_choosePlayer->setEnabled(storedMatches > 0);
    m_body->setCurrentWidget(m_noAccount);
    emit loaded(0); // nothing to load: the page is complete
}

bool DashboardView::isShowingNoAccount() const {
    return m_body->currentWidget() == m_noAccount;
}

DashboardView::~DashboardView() {
    m_loader->latest() = ~quint64{0}; // the running load stops at its next widget
    m_thread->quit();
    m_thread->wait();
}

void DashboardView::setTemplates(std::vector<templates::Template> list) {
    const QString selected = currentTemplate() != nullptr ? QString::fromStdString(currentTemplate()->id) : QString();
    m_templates = std::move(list);
    QSignalBlocker block(m_templatePicker);
    m_templatePicker->clear();
    for (const auto& t : m_templates) {
        m_templatePicker->addItem(QCoreApplication::translate("BuiltinTemplates", t.name.c_str()),
                                  QString::fromStdString(t.id));
    }
    m_current = m_templates.empty() ? -1 : std::max(0, m_templatePicker->findData(selected));
    m_templatePicker->setCurrentIndex(m_current);
    rebuildGrid();
}

bool DashboardView::selectTemplate(const QString& id) {
    const int index = m_templatePicker->findData(id);
    if (index < 0) {
        return false;
    }
    if (index == m_current) {
        return true;
    }
    m_templatePicker->setCurrentIndex(index); // rebuilds and reloads
    return true;
}

const templates::Template* DashboardView::currentTemplate() const {
    return m_current >= 0 && m_current < static_cast<int>(m_templates.size())
               ? &m_templates[static_cast<std::size_t>(m_current)]
               : nullptr;
}

void DashboardView::setTimeZone(const QString& zone) {
    m_timeZone = zone.toStdString();
}

void DashboardView::setPlayers(const QStringList& puuids) {
    if (!puuids.isEmpty()) {
        m_body->setCurrentIndex(0);
    }
    m_puuids.clear();
    for (const QString& puuid : puuids) {
        m_puuids.push_back(puuid.toStdString());
    }
}

void DashboardView::drillInto(const QList<DrillFilter>& filters) {
    if (m_editing) {
        return; // edit mode: a click selects, it does not filter
    }
    for (const DrillFilter& filter : filters) {
        m_drill.erase(std::remove_if(m_drill.begin(), m_drill.end(),
                                     [&filter](const DrillFilter& d) { return d.dimension == filter.dimension; }),
                      m_drill.end());
        m_drill.push_back(filter);
    }
    showChips();
    reload(m_dataVersion);
}

void DashboardView::removeDrill(const QString& dimension) {
    m_drill.erase(std::remove_if(m_drill.begin(), m_drill.end(),
                                 [&dimension](const DrillFilter& d) { return d.dimension == dimension; }),
                  m_drill.end());
    showChips();
    reload(m_dataVersion);
}

QStringList DashboardView::chipTexts() const {
    QStringList texts;
    for (const DrillFilter& filter : m_drill) {
        texts << chipText(filter);
    }
    return texts;
}

QString DashboardView::chipText(const DrillFilter& filter) const {
    return QStringLiteral("%1: %2  ✕").arg(dimensionLabel(filter.dimension.toStdString()), filter.label);
}

void DashboardView::showChips() {
    while (QLayoutItem* item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // One chip per filter a chart click added; clicking it undoes that filter.
    for (const DrillFilter& filter : m_drill) {
        auto* chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("filterChip"));
        chip->setText(chipText(filter));
        chip->setToolTip(tr("Remove this filter"));
        const QString dimension = filter.dimension;
        connect(chip, &QToolButton::clicked, this, [this, dimension] { removeDrill(dimension); });
        m_chips->addWidget(chip);
    }
}

templates::Filters DashboardView::barFilters() const {
    templates::Filters filters;
    for (const DrillFilter& filter : m_drill) { // a chart click narrows further than the bar's controls
        filters[filter.dimension.toStdString()] = {filter.value.toStdString()};
    }
    const std::pair<const char*, QComboBox*> controls[] = {
        {"queue", m_queue}, {"since", m_period}, {"role", m_role}, {"champion", m_champion}, {"patch", m_patch}};
    for (const auto& [key, combo] : controls) {
        const QString value = combo->currentData().toString();
        if (!value.isEmpty() && filters.count(key) == 0) {
            filters[key] = {value.toStdString()};
        }
    }
    return filters;
}

void DashboardView::setBarFilter(const QString& key, const QString& value) {
    const std::pair<QLatin1String, QComboBox*> controls[] = {{QLatin1String("queue"), m_queue},
                                                             {QLatin1String("since"), m_period},
                                                             {QLatin1String("role"), m_role},
                                                             {QLatin1String("champion"), m_champion},
                                                             {QLatin1String("patch"), m_patch}};
    for (const auto& [name, combo] : controls) {
        if (key == name) {
            int index = combo->findData(value);
            if (index < 0 && !value.isEmpty()) {
                combo->addItem(value, value);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(std::max(0, index)); // reloads
        }
    }
}

QString DashboardView::periodText() const {
    const auto filters = barFilters();
    std::string since;
    if (const auto it = filters.find("since"); it != filters.end()) {
        since = it->second.front();
    } else if (const auto* t = currentTemplate(); t != nullptr && t->filters.count("since") != 0) {
        since = t->filters.at("since").front();
    }
    if (since.size() >= 3 && since[0] == '-') {
        const QString count = QString::fromStdString(since.substr(1, since.size() - 2));
        return since.back() == 'w' ? tr("%1 weeks").arg(count) : tr("%1 days").arg(count);
    }
    return tr("period");
}

void DashboardView::setStore(store::Store* store) {
    m_store = store;
    m_manage->setEnabled(store != nullptr && store->writable());
    m_edit->setEnabled(store != nullptr && store->writable());
}

void DashboardView::reloadTemplates() {
    if (m_store == nullptr) {
        return;
    }
    std::vector<templates::Template> list;
    auto reader = m_store->openReader(); // a small read of a few documents
    auto stored = reader ? templates::listTemplates(reader.value())
                         : Result<std::vector<templates::StoredTemplate>>(reader.error());
    if (stored) {
        for (auto& t : stored.value()) {
            list.push_back(std::move(t.document));
        }
    } else { // the built-ins still show; the player's own come back with the next reload
        list = templates::builtinTemplates();
        emit message(errorText(stored.error()));
    }
    setTemplates(std::move(list));
}

void DashboardView::setEditingUi(bool editing) {
    m_editing = editing;
    m_edit->setVisible(!editing);
    m_manage->setVisible(!editing);
    m_templatePicker->setEnabled(!editing);
    for (QPushButton* b : {m_addWidget, m_save, m_cancel}) {
        b->setVisible(editing);
    }
    for (WidgetFrame* frame : m_frames) {
        frame->setEditing(editing);
    }
}

templates::Template* DashboardView::editable() {
    return m_editing && m_current >= 0 ? &m_templates[static_cast<std::size_t>(m_current)] : nullptr;
}

void DashboardView::write(std::function<Result<std::string>(store::Database&)> job,
                          std::function<void(const Result<std::string>&)> then) {
    if (m_store == nullptr || !m_store->writable()) {
        return;
    }
    writeInBackground<std::string>(*m_store, this, std::move(job), std::move(then));
}

bool DashboardView::startEditing() {
    const auto* t = currentTemplate();
    if (t == nullptr || m_store == nullptr) {
        return false;
    }
    const auto& builtins = templates::builtinTemplates();
    if (std::any_of(builtins.begin(), builtins.end(), [t](const auto& b) { return b.id == t->id; })) {
        duplicateCurrent(true); // a built-in: edit a copy
        return false;
    }
    setEditingUi(true);
    return true;
}

void DashboardView::cancelEditing() {
    setEditingUi(false);
    reloadTemplates(); // the stored version back
    reload(m_dataVersion);
}

bool DashboardView::addWidget(templates::Widget widget) {
    templates::Template* t = editable();
    if (t == nullptr) {
        return false;
    }
    int bottom = 0;
    for (const auto& w : t->widgets) {
        bottom = std::max(bottom, w.y + w.h);
    }
    widget.x = 0;
    widget.y = bottom;
    if (widget.type == templates::WidgetType::Kpi) {
        widget.w = std::min(3, t->columns);
        widget.h = 2;
    } else {
        widget.w = std::min(6, t->columns);
        widget.h = 4;
    }
    templates::Template next = *t;
    next.widgets.push_back(widget);
    if (auto valid = templates::validateTemplate(next, next.name); !valid) {
        emit message(errorText(valid.error()));
        return false;
    }
    *t = std::move(next);
    rebuildGrid();
    reload(m_dataVersion);
    return true;
}

bool DashboardView::applyEdit(const QString& widgetId, WidgetEdit edit) {
    templates::Template* t = editable();
    if (t == nullptr) {
        return false;
    }
    templates::Template next = *t;
    const std::string id = widgetId.toStdString();
    auto it = std::find_if(next.widgets.begin(), next.widgets.end(), [&id](const auto& w) { return w.id == id; });
    if (it == next.widgets.end()) {
        return false;
    }
    switch (edit) {
    case WidgetEdit::MoveLeft:
        --it->x;
        break;
    case WidgetEdit::MoveRight:
        ++it->x;
        break;
    case WidgetEdit::MoveUp:
        --it->y;
        break;
    case WidgetEdit::MoveDown:
        ++it->y;
        break;
    case WidgetEdit::Narrower:
        --it->w;
        break;
    case WidgetEdit::Wider:
        ++it->w;
        break;
    case WidgetEdit::Shorter:
        --it->h;
        break;
    case WidgetEdit::Taller:
        ++it->h;
        break;
    case WidgetEdit::Remove:
        next.widgets.erase(it);
        break;
    case WidgetEdit::Configure: {
        WidgetEditor editor(next, *it, this);
        if (editor.exec() != QDialog::Accepted) {
            return false;
        }
        *it = editor.widget();
        break;
    }
    }
    if (auto valid = templates::validateTemplate(next, next.name); !valid) {
        emit message(errorText(valid.error()));
        return false;
    }
    *t = std::move(next);
    rebuildGrid();
    reload(m_dataVersion);
    return true;
}

void DashboardView::save() {
    templates::Template* t = editable();
    if (t == nullptr) {
        return;
    }
    const templates::Template copy = *t;
    write(
        [copy](store::Database& db) -> Result<std::string> {
            if (auto ok = templates::saveTemplate(db, copy); !ok) {
                return ok.error();
            }
            return copy.id;
        },
        [this](const Result<std::string>& result) {
            if (!result) {
                emit message(errorText(result.error()));
                return;
            }
            setEditingUi(false);
            emit message(tr("Dashboard saved."));
            emit saved(QString::fromStdString(result.value()));
        });
}

void DashboardView::duplicateCurrent(bool thenEdit) {
    const auto* t = currentTemplate();
    if (t == nullptr) {
        return;
    }
    write(
        [id = t->id](store::Database& db) -> Result<std::string> {
            auto copy = templates::duplicateTemplate(db, id);
            if (!copy) {
                return copy.error();
            }
            return copy->id;
        },
        [this, thenEdit](const Result<std::string>& result) {
            if (!result) {
                emit message(errorText(result.error()));
                return;
            }
            reloadTemplates();
            selectTemplate(QString::fromStdString(result.value()));
            emit message(thenEdit ? tr("Built-in dashboards stay as they are: you are editing a copy.")
                                  : tr("Dashboard duplicated."));
            if (thenEdit) {
                setEditingUi(true);
            }
        });
}

void DashboardView::renameCurrent() {
    const auto* t = currentTemplate();
    if (t == nullptr) {
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename the dashboard"), tr("Name"), QLineEdit::Normal,
                                               QString::fromStdString(t->name), &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    write(
        [id = t->id, n = name.trimmed().toStdString()](store::Database& db) -> Result<std::string> {
            if (auto renamed = templates::renameTemplate(db, id, n); !renamed) {
                return renamed.error();
            }
            return id;
        },
        [this](const Result<std::string>& result) {
            if (!result) {
                emit message(errorText(result.error()));
                return;
            }
            reloadTemplates();
        });
}

void DashboardView::deleteCurrent() {
    const auto* t = currentTemplate();
    if (t == nullptr) {
        return;
    }
    if (QMessageBox::question(this, tr("Delete the dashboard"),
                              tr("Delete “%1”? This cannot be undone.").arg(QString::fromStdString(t->name))) !=
        QMessageBox::Yes) {
        return;
    }
    write(
        [id = t->id](store::Database& db) -> Result<std::string> {
            if (auto removed = templates::deleteTemplate(db, id); !removed) {
                return removed.error();
            }
            return id;
        },
        [this](const Result<std::string>& result) {
            if (!result) {
                emit message(errorText(result.error()));
                return;
            }
            reloadTemplates();
            reload(m_dataVersion);
        });
}

void DashboardView::importFile(const QString& path) {
    QFile file(path);
    QString error;
    QByteArray bytes;
    if (file.size() > static_cast<qint64>(templates::kMaxBytes)) {
        error = tr("%1: the file is over the 1 MiB limit").arg(path);
    } else if (!file.open(QIODevice::ReadOnly)) {
        error = tr("%1: %2").arg(path, file.errorString());
    } else {
        bytes = file.readAll();
    }
    if (!error.isEmpty()) {
        emit message(error);
        emit imported(QString(), error);
        return;
    }
    write(
        [text = bytes.toStdString(), source = path.toStdString()](store::Database& db) -> Result<std::string> {
            auto t = templates::importTemplate(db, text, source);
            if (!t) {
                return t.error();
            }
            return t->id;
        },
        [this](const Result<std::string>& result) {
            if (!result) {
                const QString text = errorText(result.error());
                emit message(text);
                emit imported(QString(), text);
                return;
            }
            reloadTemplates();
            selectTemplate(QString::fromStdString(result.value()));
            emit imported(QString::fromStdString(result.value()), QString());
        });
}

bool DashboardView::exportFile(const QString& path) {
    const auto* t = currentTemplate();
    if (t == nullptr) {
        return false;
    }
    QSaveFile file(path);
    const std::string text = templates::serializeTemplate(*t);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()) ||
        !file.commit()) {
        emit message(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    emit message(tr("Exported to %1.").arg(path));
    return true;
}

void DashboardView::rebuildGrid() {
    const auto& builtins = templates::builtinTemplates();
    const bool builtin =
        currentTemplate() != nullptr &&
        std::any_of(builtins.begin(), builtins.end(), [this](const auto& b) { return b.id == currentTemplate()->id; });
    for (auto* button : m_manage->findChildren<QToolButton*>(QStringLiteral("userTemplateOnly"))) {
        button->setEnabled(!builtin);
        button->setToolTip(builtin ? tr("Built-in dashboards cannot change: duplicate one to make it yours")
                                   : QString());
    }
    for (WidgetFrame* frame : m_frames) {
        m_grid->removeWidget(frame);
        frame->deleteLater();
    }
    m_frames.clear();
    const auto* t = currentTemplate();
    m_description->setText(t != nullptr ? QCoreApplication::translate("BuiltinTemplates", t->description.c_str())
                                        : QString());
    if (t == nullptr) {
        return;
    }
    int rows = 0;
    for (const auto& w : t->widgets) {
        auto* frame = new WidgetFrame(w, m_canvas);
        frame->setEditing(m_editing);
        connect(frame, &WidgetFrame::editRequested, this,
                [this](const QString& id, WidgetEdit edit) { applyEdit(id, edit); });
        connect(frame, &WidgetFrame::drillDown, this, &DashboardView::drillInto);
        m_grid->addWidget(frame, w.y, w.x, w.h, w.w);
        m_frames.push_back(frame);
        rows = std::max(rows, w.y + w.h);
    }
    for (int c = 0; c < t->columns; ++c) {
        m_grid->setColumnStretch(c, 1);
    }
    for (int r = 0; r < rows; ++r) {
        m_grid->setRowMinimumHeight(r, kRowHeight);
        m_grid->setRowStretch(r, 0);
    }
}

void DashboardView::reload(std::uint64_t dataVersion) {
    m_dataVersion = dataVersion;
    const auto* t = currentTemplate();
    if (t == nullptr || m_puuids.empty()) {
        return;
    }
    DashboardRequest request;
    request.dashboard = *t;
    request.puuids = m_puuids;
    request.extra = barFilters();
    if (const auto it = request.extra.find("since"); it != request.extra.end() && it->second.front() == "all") {
        request.extra.erase(it);
        request.dashboard.filters.erase("since"); // all time: the template's period goes too
    }
    request.dataVersion = dataVersion;
    request.timeZone = m_timeZone;
    m_generation = ++m_loader->latest();
    m_pending = static_cast<int>(t->widgets.size());
    m_timer.start();
    for (WidgetFrame* frame : m_frames) {
        if (!frame->hasData()) {
            frame->showLoading();
        }
    }
    emit requestLoad(m_generation, request);
}

void DashboardView::onWidgetReady(quint64 generation, const QString& widgetId, const WidgetDataPtr& result) {
    if (generation != m_generation) {
        return;
    }
    for (WidgetFrame* frame : m_frames) {
        if (QString::fromStdString(frame->widget().id) == widgetId) {
            frame->setData(*result, periodText());
        }
    }
    if (--m_pending == 0) {
        emit loaded(m_timer.elapsed());
    }
}

} // namespace herald::ui
