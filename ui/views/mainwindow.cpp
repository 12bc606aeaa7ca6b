// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "dashboard/dashboardview.h"
#include "dashboard/format.h"
#include "itemmodels/matchlistmodel.h"
#include "views/accountswitcher.h"
#include "views/matchdetailview.h"
#include "views/matchhistoryview.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace herald::ui {

MainWindow::MainWindow(MatchListModel* matches, DashboardView* dashboard, MatchDetailView* detail,
                       const QString& storePath, QWidget* parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_dashboard(dashboard)
    , m_history(new MatchHistoryView(matches, this))
    , m_detail(detail)
    , m_matchesPage(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_addAccount(new QAction(tr("Add account…"), this))
    , m_import(new QAction(tr("Import files…"), this))
    , m_choosePlayer(new QAction(tr("Which player are you?…"), this))
    , m_exportReport(new QAction(tr("Export report…"), this))
    , m_exportData(new QAction(tr("Export data…"), this))
    , m_herald(new QToolButton(this))
    , m_banner(new QLabel(this))
    , m_sync(new QAction(tr("Sync"), this))
    , m_apiKey(new QAction(tr("Riot API key…"), this))
    , m_accounts(new AccountSwitcher(this)) {
    setWindowTitle(tr("Herald"));
    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    m_addAccount->setToolTip(tr("Follow a Riot account (Name#TAG) and download its matches"));
    m_sync->setToolTip(tr("Download the new matches of every followed account"));
    m_sync->setShortcut(QKeySequence::Refresh);
    m_apiKey->setToolTip(tr("Your Riot API key, kept in the system keychain"));
    m_import->setToolTip(tr("Import Match-V5 match and timeline files (or drop files and folders on the window)"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_choosePlayer->setToolTip(tr("Choose yourself among the players of your imported matches: Herald follows you "
                                  "as a local account"));
    m_exportReport->setToolTip(tr("The dashboard as a PDF, PNG or HTML file"));
    m_exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportData->setToolTip(tr("Matches, players, timelines and ranks as CSV, JSON or Excel files"));
    m_exportData->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_import);
    file->addAction(m_choosePlayer);
    file->addSeparator();
    file->addAction(m_exportReport);
    file->addAction(m_exportData);
    file->addSeparator();
    QAction* quit = file->addAction(tr("Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("About Herald"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    setAcceptDrops(true);
    toolbar->addWidget(m_accounts);
    toolbar->addAction(m_addAccount);
    toolbar->addAction(m_sync);
    toolbar->addAction(m_import);
    toolbar->addSeparator();
    toolbar->addAction(m_apiKey);
    m_herald->setText(tr("Herald account"));
    m_herald->setPopupMode(QToolButton::InstantPopup);
    m_herald->setToolTip(tr("Sign in to sync without a Riot key, share dashboards and keep your settings in step"));
    toolbar->addWidget(m_herald);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_matchesPage->addWidget(m_history);
    m_matchesPage->addWidget(m_detail);
    m_tabs->addTab(m_matchesPage, tr("Matches"));
    connect(m_history, &MatchHistoryView::matchActivated, this, &MainWindow::showMatch);
    connect(m_detail, &MatchDetailView::backRequested, this, [this] { m_matchesPage->setCurrentWidget(m_history); });
    // The match page's keystone and first item: the Builds dashboard, narrowed to it as a chart click would.
    connect(m_detail, &MatchDetailView::buildsRequested, this, [this](const QString& dimension, const QString& value) {
        if (!m_dashboard->selectTemplate(QStringLiteral("builds"))) {
            return;
        }
        m_tabs->setCurrentWidget(m_dashboard);
        m_dashboard->drillInto({DrillFilter{
            dimension, value, formatDimension(dimension.toStdString(), analytics::Value(value.toStdString()))}});
    });
    // Esc and Alt+Left (the platform's Back) return from a match page to the list, as its Back button does.
    for (const QKeySequence& key : {QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Back)}) {
        auto* back = new QShortcut(key, m_detail);
        back->setContext(Qt::WidgetWithChildrenShortcut);
        connect(back, &QShortcut::activated, m_detail, &MatchDetailView::backRequested);
    }
    // The Matches tab opens on the list: a match page is reached from it (or from a dashboard), not kept.
    connect(m_tabs, &QTabWidget::tabBarClicked, this, [this](int index) {
        if (m_tabs->widget(index) == m_matchesPage) {
            m_matchesPage->setCurrentWidget(m_history);
        }
    });
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setContentsMargins(12, 8, 12, 8);
    m_banner->setStyleSheet(QStringLiteral("QLabel#banner { background: #8a5a00; color: white; }"));
    m_banner->setVisible(false);
    connect(m_banner, &QLabel::linkActivated, this, [this] { emit bannerActivated(); });
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);
    m_path = new QLabel(storePath, this);
    m_path->setObjectName(QStringLiteral("pageSubtitle"));
    statusBar()->addPermanentWidget(m_path);
    resize(1280, 800);
}

namespace {

QStringList localPaths(const QMimeData* mime) {
    QStringList paths;
    if (mime == nullptr) {
        return paths;
    }
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    return paths;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!localPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    emit filesDropped(paths);
}

void MainWindow::setBanner(const QString& text, const QString& actionText) {
    m_banner->setText(actionText.isEmpty() ? text.toHtmlEscaped()
                                           : QStringLiteral("%1 <a href=\"#\" style=\"color: white\"><b>%2</b></a>")
                                                 .arg(text.toHtmlEscaped(), actionText.toHtmlEscaped()));
    m_banner->setVisible(!text.isEmpty());
}

void MainWindow::addStatusWidget(QWidget* widget) {
    // Left of the store's path, which stays last.
    statusBar()->removeWidget(m_path);
    statusBar()->addPermanentWidget(widget);
    statusBar()->addPermanentWidget(m_path);
    m_path->show();
}

void MainWindow::addPage(View view, QWidget* page, const QString& title) {
    (view == View::Compare ? m_comparePage : view == View::Settings ? m_settingsPage : m_diagnosticsPage) = page;
    m_tabs->addTab(page, title);
}

void MainWindow::showView(View view) {
    switch (view) {
    case View::Dashboard:
        m_tabs->setCurrentWidget(m_dashboard);
        break;
    case View::Matches:
        m_tabs->setCurrentWidget(m_matchesPage);
        m_matchesPage->setCurrentWidget(m_history);
        break;
    case View::Compare:
    case View::Settings:
    case View::Diagnostics:
        if (QWidget* page = view == View::Compare    ? m_comparePage
                            : view == View::Settings ? m_settingsPage
                                                     : m_diagnosticsPage) {
            m_tabs->setCurrentWidget(page);
        }
        break;
    }
}

MainWindow::View MainWindow::currentView() const {
    QWidget* current = m_tabs->currentWidget();
    if (current == m_matchesPage) {
        return View::Matches;
    }
    if (current != nullptr && current == m_comparePage) {
        return View::Compare;
    }
    if (current != nullptr && current == m_settingsPage) {
        return View::Settings;
    }
    if (current != nullptr && current == m_diagnosticsPage) {
        return View::Diagnostics;
    }
    return View::Dashboard;
}

void MainWindow::showMatch(const QString& matchId) {
    m_tabs->setCurrentWidget(m_matchesPage);
    m_matchesPage->setCurrentWidget(m_detail);
    m_detail->showMatch(matchId);
}

void MainWindow::setStatus(const QString& text) {
    m_status->setText(text);
}

QString MainWindow::status() const {
    return m_status->text();
}

} // namespace herald::ui
