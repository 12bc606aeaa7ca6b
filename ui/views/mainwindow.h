// MainWindow: the app's frame. It hosts the views; the composition root (app/gui) gives it the models.
#pragma once

#include <QMainWindow>

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

private:
    MatchHistoryView* m_history;
    QLabel* m_status;
};

} // namespace herald::ui
