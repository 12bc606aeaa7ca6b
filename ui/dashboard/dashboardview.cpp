// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"

#include "common/backgroundwrite.h"
#include "common/errortext.h"
#include "dashboardgrid.h"
#include "filterbar.h"
#include "format.h"
#include "store/settings.h"
#include "store/store.h"
#include "templateactions.h"
#include "templates/templatestore.h"
#include "widgeteditor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>
#include <array>

namespace herald::ui {

DashboardView::DashboardView(const std::filesystem::path& databasePath, QWidget* parent)
    : QWidget(parent)
    , m_loader(new DashboardLoader(databasePath))
    , m_thread(new QThread(this))
    , m_templatePicker(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_actions(new TemplateActions(this))
    , m_filterBar(new FilterBar(this))
    , m_grid(new DashboardGrid)
    , m_edit(new QPushButton(tr("Edit"), this))
    , m_addWidget(new QPushButton(tr("Add widget…"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    m_grid->setItemIconRoot(store::itemIconRoot(databasePath.parent_path()));
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(this, &DashboardView::requestLoad, m_loader, &DashboardLoader::load, Qt::QueuedConnection);
    connect(m_loader, &DashboardLoader::widgetReady, this, &DashboardView::onWidgetReady, Qt::QueuedConnection);
    connect(m_loader, &DashboardLoader::cacheStats, this, &DashboardView::cacheStats, Qt::QueuedConnection);
    connect(m_loader, &DashboardLoader::choicesReady, m_filterBar, &FilterBar::setChoices, Qt::QueuedConnection);
    connect(
        m_loader, &DashboardLoader::periodResolved, this,
        [this](quint64 generation, qint64 nowMs, bool anchored) {
            if (generation == m_generation) {
                m_anchored = anchored;
                m_anchorMs = nowMs;
                showPeriod();
            }
        },
        Qt::QueuedConnection);
    m_thread->setObjectName(QStringLiteral("DashboardLoader"));
    m_thread->start();

    m_templatePicker->setToolTip(tr("Dashboard template"));
    m_templatePicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_templatePicker->setObjectName(QStringLiteral("templatePicker"));
    connect(m_templatePicker, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_current = index;
        showTemplate();
        reload(m_dataVersion);
    });
    connect(m_filterBar, &FilterBar::changed, this, [this] {
        rememberTemplateChoices();
        reload(m_dataVersion);
    });
    connect(m_grid, &DashboardGrid::editRequested, this,
            [this](const QString& id, WidgetEdit edit) { applyEdit(id, edit); });
    connect(m_grid, &DashboardGrid::drillDown, this, &DashboardView::drillInto);
    connect(m_grid, &DashboardGrid::exportRequested, this, &DashboardView::exportWidgetRequested);
    connect(m_actions, &TemplateActions::message, this, &DashboardView::message);
    connect(m_actions, &TemplateActions::imported, this, &DashboardView::imported);
    connect(m_actions, &TemplateActions::templatesChanged, this, [this](const QString& selectId) {
        reloadTemplates();
        if (!selectId.isEmpty()) {
            selectTemplate(selectId);
        }
        reload(m_dataVersion);
    });
    connect(m_actions, &TemplateActions::editCopy, this, [this](const QString& id) {
        m_unsavedCopy = id.toStdString(); // made for this edit: Cancel takes it away again
        setEditingUi(true);
    });

    auto* header = new QHBoxLayout;
    header->addWidget(m_templatePicker);
    m_description->setObjectName(QStringLiteral("pageSubtitle"));
    header->addWidget(m_description, 1);
    header->addWidget(m_actions);
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
        templates::placeNewWidget(*t, w); // the first free place: the form has no position to get wrong
        WidgetEditor editor(*t, w, this);
        if (editor.exec() == QDialog::Accepted) {
            addWidget(editor.widget());
        }
    });
    setEditingUi(false);
    m_edit->setEnabled(false);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Dashboard widgets"));
    // It takes the focus (arrows and Page Down scroll it): a frame in the highlight says when it has it.
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setStyleSheet(QStringLiteral("#dashboardScroll:focus { border: 2px solid palette(highlight); }"));
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
    layout->addWidget(m_filterBar);
    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("periodLine"));
    m_countFrom = new QPushButton(this);
    m_countFrom->setCursor(Qt::PointingHandCursor);
    connect(m_countFrom, &QPushButton::clicked, this, [this] { setCountFromToday(!m_fromToday); });
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_countFrom);
    periodRow->addStretch(1);
    layout->addLayout(periodRow);
    layout->addWidget(m_body, 1);
    // Tab follows the page from the top: the header's buttons, the filter bar, the period's button, the widgets.
    // (One widget at a time: Qt 6.4 moves a compound widget's children only for the first of a pair.)
    const std::array<QWidget*, 9> order{m_templatePicker, m_actions,   m_edit,      m_addWidget, m_save,
                                        m_cancel,         m_filterBar, m_countFrom, scroll};
    for (std::size_t i = 1; i < order.size(); ++i) {
        QWidget::setTabOrder(order[i - 1], order[i]);
    }
}

DashboardView::~DashboardView() {
    m_loader->latest() = ~quint64{0}; // the running load stops at its next widget
    m_thread->quit();
    m_thread->wait();
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
    m_filterBar->setEnabled(false);
    emit loaded(0); // nothing to load: the page is complete
}

bool DashboardView::isShowingNoAccount() const {
    return m_body->currentWidget() == m_noAccount;
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
    showTemplate();
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
        m_filterBar->setEnabled(true);
    }
    m_puuids.clear();
    for (const QString& puuid : puuids) {
        m_puuids.push_back(puuid.toStdString());
    }
}

void DashboardView::drillInto(const QList<DrillFilter>& filters) {
    if (!m_editing) { // edit mode: a click selects, it does not filter
        m_filterBar->addDrill(filters);
    }
}

QStringList DashboardView::chipTexts() const {
    return m_filterBar->chipTexts();
}

const std::vector<WidgetFrame*>& DashboardView::frames() const {
    return m_grid->frames();
}

templates::Filters DashboardView::barFilters() const {
    return m_filterBar->filters();
}

void DashboardView::setBarFilter(const QString& key, const QString& value) {
    m_filterBar->setFilter(key, value);
}

QString DashboardView::periodText() const {
    return ui::periodText(currentTemplate(), barFilters());
}

QString DashboardView::periodLine() const {
    return periodTitle(currentTemplate(), barFilters(),
                       m_anchored ? std::optional(QDateTime::fromMSecsSinceEpoch(m_anchorMs).date()) : std::nullopt);
}

void DashboardView::showPeriod() {
    const auto* t = currentTemplate();
    m_period->setText(periodLine());
    // The template's description speaks of its own period: under another one, the period line says what is shown.
    const bool ownPeriod = t != nullptr && !m_anchored && barFilters().count("since") == 0;
    m_description->setText(t == nullptr ? QString()
                           : ownPeriod  ? QCoreApplication::translate("BuiltinTemplates", t->description.c_str())
                                        : QString());
    const bool relative = t != nullptr && templates::relativeSpanDays(templates::dashboardSince(*t, barFilters()));
    m_countFrom->setVisible(relative && (m_anchored || m_fromToday));
    m_countFrom->setText(m_fromToday ? tr("Count from my last game") : tr("Count from today"));
    m_countFrom->setToolTip(m_fromToday ? tr("When this period holds none of your games, count it back from your "
                                             "latest game")
                                        : tr("Count this period back from today, even if it holds none of your games"));
}

void DashboardView::setCountFromToday(bool fromToday) {
    m_fromToday = fromToday;
    rememberTemplateChoices();
    reload(m_dataVersion);
}

namespace {

std::string choiceKey(const templates::Template& t, const char* what) {
    return "dashboard." + t.id + "." + what;
}

} // namespace

void DashboardView::rememberTemplateChoices() {
    const auto* t = currentTemplate();
    if (t == nullptr || m_store == nullptr) {
        return;
    }
    const templates::Filters bar = barFilters();
    const auto since = bar.find("since");
    const std::string period = since != bar.end() && !since->second.empty() ? since->second[0] : "";
    writeInBackground<Ok>(
        *m_store, this,
        [sinceKey = choiceKey(*t, "since"), todayKey = choiceKey(*t, "from_today"), period,
         fromToday = m_fromToday](store::Database& db) -> Result<Ok> {
            store::setSetting(db, sinceKey, period);
            store::setSetting(db, todayKey, fromToday ? "1" : "0");
            return Ok{};
        },
        [](const Result<Ok>&) {});
}

void DashboardView::restoreTemplateChoices() {
    const auto* t = currentTemplate();
    m_fromToday = false;
    if (t == nullptr || m_store == nullptr) {
        return;
    }
    auto reader = m_store->openReader(); // two small reads of the settings table
    if (!reader) {
        return;
    }
    const auto since = store::getSetting(reader.value(), choiceKey(*t, "since"));
    const auto today = store::getSetting(reader.value(), choiceKey(*t, "from_today"));
    m_fromToday = today && today.value() == std::optional<std::string>("1");
    const QSignalBlocker quiet(m_filterBar); // the reload that follows reads them
    m_filterBar->setFilter(QStringLiteral("since"),
                           since && since.value() ? QString::fromStdString(*since.value()) : QString());
}

void DashboardView::setStore(store::Store* store) {
    m_store = store;
    m_actions->setStore(store);
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
    m_actions->setVisible(!editing);
    m_templatePicker->setEnabled(!editing);
    for (QPushButton* b : {m_addWidget, m_save, m_cancel}) {
        b->setVisible(editing);
    }
    m_grid->setEditing(editing);
}

templates::Template* DashboardView::editable() {
    return m_editing && m_current >= 0 ? &m_templates[static_cast<std::size_t>(m_current)] : nullptr;
}

bool DashboardView::isBuiltin(const templates::Template* t) const {
    const auto& builtins = templates::builtinTemplates();
    return t != nullptr && std::any_of(builtins.begin(), builtins.end(), [t](const auto& b) { return b.id == t->id; });
}

bool DashboardView::startEditing() {
    const auto* t = currentTemplate();
    if (t == nullptr || m_store == nullptr) {
        return false;
    }
    const auto& builtins = templates::builtinTemplates();
    if (std::any_of(builtins.begin(), builtins.end(), [t](const auto& b) { return b.id == t->id; })) {
        m_actions->duplicate(true); // a built-in: edit a copy
        return false;
    }
    setEditingUi(true);
    return true;
}

void DashboardView::cancelEditing() {
    setEditingUi(false);
    const std::string copy = std::exchange(m_unsavedCopy, std::string());
    if (!copy.empty() && m_store != nullptr && m_store->writable()) {
        // Edit then Cancel on a built-in: nothing is kept, not even the copy the edit was made on.
        writeInBackground<std::string>(
            *m_store, this,
            [copy](store::Database& db) -> Result<std::string> {
                if (auto deleted = templates::deleteTemplate(db, copy); !deleted) {
                    return deleted.error();
                }
                return copy;
            },
            [this](const Result<std::string>& result) {
                if (!result) {
                    emit message(errorText(result.error()));
                }
                reloadTemplates();
                reload(m_dataVersion);
            });
        return;
    }
    reloadTemplates(); // the stored version back
    reload(m_dataVersion);
}

bool DashboardView::addWidget(templates::Widget widget) {
    templates::Template* t = editable();
    if (t == nullptr) {
        return false;
    }
    templates::placeNewWidget(*t, widget);
    templates::Template next = *t;
    next.widgets.push_back(widget);
    if (auto valid = templates::validateTemplate(next, next.name); !valid) {
        emit message(errorText(valid.error()));
        return false;
    }
    *t = std::move(next);
    showTemplate();
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
    showTemplate();
    reload(m_dataVersion);
    return true;
}

void DashboardView::save() {
    templates::Template* t = editable();
    if (t == nullptr) {
        return;
    }
    const templates::Template copy = *t;
    if (m_store == nullptr || !m_store->writable()) {
        return;
    }
    writeInBackground<std::string>(
        *m_store, this,
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
            m_unsavedCopy.clear(); // saved: the copy is the player's now
            emit message(tr("Dashboard saved."));
            emit saved(QString::fromStdString(result.value()));
        });
}

void DashboardView::importFile(const QString& path) {
    m_actions->importFile(path);
}

bool DashboardView::exportFile(const QString& path) {
    return m_actions->exportFile(path);
}

void DashboardView::showTemplate() {
    const auto* t = currentTemplate();
    m_actions->setTemplate(t, isBuiltin(t));
    m_anchored = false;
    restoreTemplateChoices();
    showPeriod();
    m_grid->setTemplate(t);
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
    request.fromToday = m_fromToday;
    m_generation = ++m_loader->latest();
    m_pending = static_cast<int>(t->widgets.size());
    m_timer.start();
    m_grid->showLoading();
    emit requestLoad(m_generation, request);
}

void DashboardView::onWidgetReady(quint64 generation, const QString& widgetId, const WidgetDataPtr& result) {
    if (generation != m_generation) {
        return;
    }
    m_grid->setResult(widgetId, *result, periodText());
    showPeriod();
    if (--m_pending == 0) {
        emit loaded(m_timer.elapsed());
    }
}

} // namespace herald::ui
