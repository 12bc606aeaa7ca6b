// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncpanel.h"

#include "adapters/syncrunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace herald::ui {

namespace {

QString phaseText(sync::SyncPhase phase) {
    switch (phase) {
    case sync::SyncPhase::Resolving:
        return SyncPanel::tr("Looking up the account");
    case sync::SyncPhase::Profile:
        return SyncPanel::tr("Reading profile and ranks");
    case sync::SyncPhase::Listing:
        return SyncPanel::tr("Listing new matches");
    case sync::SyncPhase::Fetching:
        return SyncPanel::tr("Downloading matches");
    case sync::SyncPhase::Finished:
        return SyncPanel::tr("Done");
    }
    return {};
}

} // namespace

SyncPanel::SyncPanel(SyncRunner* runner, QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setFixedWidth(180);
    m_bar->setTextVisible(true);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the sync; what is downloaded stays, the rest comes next time"));
    connect(m_cancel, &QToolButton::clicked, runner, &SyncRunner::cancel);
    connect(runner, &SyncRunner::started, this, &SyncPanel::onStarted);
    connect(runner, &SyncRunner::progress, this, &SyncPanel::onProgress);
    connect(runner, &SyncRunner::finished, this, &SyncPanel::onFinished);
    setVisible(false);
}

QString SyncPanel::text() const {
    return m_label->text();
}

void SyncPanel::onStarted() {
    m_label->setText(tr("Syncing…"));
    m_bar->setRange(0, 0); // busy until a total is known
    m_bar->setVisible(true);
    m_cancel->setVisible(true);
    setVisible(true);
}

void SyncPanel::onProgress(const SyncStatus& status) {
    QString text = status.account + QStringLiteral(" · ") + phaseText(status.phase);
    if (status.total > 0) {
        m_bar->setRange(0, status.total);
        m_bar->setValue(status.done);
        m_bar->setFormat(QStringLiteral("%1 / %2").arg(status.done).arg(status.total));
        if (status.etaSeconds >= 0) {
            const int seconds = static_cast<int>(status.etaSeconds + 0.5);
            text += QStringLiteral(" · ") +
                    tr("about %1:%2 left").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
        }
    } else {
        m_bar->setRange(0, 0);
    }
    if (status.waitingUntil.isValid()) {
        text += QStringLiteral(" · ") + tr("waiting for Riot's rate limit until %1")
                                            .arg(QLocale().toString(status.waitingUntil.time(), QLocale::LongFormat));
    }
    m_label->setText(text);
}

void SyncPanel::onFinished(const SyncResult& result) {
    m_bar->setVisible(false);
    m_cancel->setVisible(false);
    QString message;
    if (result.accounts.isEmpty() && result.errors.isEmpty()) {
        message = tr("No account to sync: add your Riot account first.");
    } else if (result.cancelled) {
        message = tr("Sync cancelled: %n new match(es) kept, the rest comes next time.", nullptr, result.newMatches);
    } else if (result.newMatches > 0) {
        message = tr("%n new match(es).", nullptr, result.newMatches);
    } else {
        message = tr("Up to date: no new match.");
    }
    if (!result.errors.isEmpty()) {
        message += QLatin1Char(' ') +
                   tr("%n problem(s): %1", nullptr, static_cast<int>(result.errors.size())).arg(result.errors.front());
        setToolTip(result.errors.join(QLatin1Char('\n')));
    }
    m_label->setText(message);
    emit notify(message);
}

} // namespace herald::ui
