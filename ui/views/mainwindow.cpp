#include "mainwindow.h"

#include "itemmodels/matchlistmodel.h"
#include "views/matchhistoryview.h"

#include <QLabel>
#include <QStatusBar>

namespace herald::ui {

MainWindow::MainWindow(MatchListModel* matches, const QString& storePath, QWidget* parent)
    : QMainWindow(parent)
    , m_history(new MatchHistoryView(matches, this))
    , m_status(new QLabel(this)) {
    setWindowTitle(tr("Herald"));
    setCentralWidget(m_history);
    statusBar()->addWidget(m_status, 1);
    auto* path = new QLabel(storePath, this);
    path->setObjectName(QStringLiteral("pageSubtitle"));
    statusBar()->addPermanentWidget(path);
    resize(1280, 800);
}

void MainWindow::setStatus(const QString& text) {
    m_status->setText(text);
}

} // namespace herald::ui
