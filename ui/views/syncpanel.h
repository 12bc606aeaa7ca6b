// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncPanel: the sync's progress in the status bar: phase, a progress bar, the ETA or the rate-limit wait, and
// a cancel button. Hidden when no sync runs; a finished sync leaves its result as a message.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace herald::ui {

class SyncRunner;
struct SyncResult;
struct SyncStatus;

class SyncPanel : public QWidget {
    Q_OBJECT
public:
    explicit SyncPanel(SyncRunner* runner, QWidget* parent = nullptr);

    QString text() const; // what the label says (tests, screenshots)

signals:
    // A finished sync's one-line summary ("12 new matches", or what went wrong).
    void notify(const QString& message);

private:
    void onStarted();
    void onProgress(const SyncStatus& status);
    void onFinished(const SyncResult& result);

    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_cancel;
};

} // namespace herald::ui
