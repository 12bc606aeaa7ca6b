// MainWindow: the app's frame. It hosts the views; the composition root (app/gui) gives it the models.
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;

namespace herald::ui {

class MatchHistoryView;
class MatchListModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(MatchListModel* matches, const QString& storePath, QWidget* parent = nullptr);

    MatchHistoryView* matchHistory() const { return m_history; }
    void setStatus(const QString& text);
    // Shown at the right of the status bar (the sync's progress).
    void addStatusWidget(QWidget* widget);

    QAction* addAccountAction() const { return m_addAccount; }
    QAction* syncAction() const { return m_sync; }
    QAction* apiKeyAction() const { return m_apiKey; }

private:
    MatchHistoryView* m_history;
    QLabel* m_status;
    QLabel* m_path;
    QAction* m_addAccount;
    QAction* m_sync;
    QAction* m_apiKey;
};

} // namespace herald::ui
