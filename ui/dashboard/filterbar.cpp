// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "format.h"
#include "gamedata/gamedata.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QToolButton>
#include <algorithm>

namespace herald::ui {

namespace {

QComboBox* makeCombo(QWidget* parent, const QString& tooltip) {
    auto* combo = new QComboBox(parent);
    combo->setToolTip(tooltip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_queue(makeCombo(this, tr("Queue")))
    , m_period(makeCombo(this, tr("Period")))
    , m_role(makeCombo(this, tr("Role")))
    , m_champion(makeCombo(this, tr("Champion")))
    , m_patch(makeCombo(this, tr("Patch")))
    , m_chips(new QHBoxLayout) {
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

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QComboBox* combo : {m_queue, m_period, m_role, m_champion, m_patch}) {
        layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    }
    auto* reset = new QToolButton(this);
    reset->setText(tr("Reset filters"));
    connect(reset, &QToolButton::clicked, this, [this] {
        this->reset();
        emit changed();
    });
    layout->addWidget(reset);
    m_chips->setSpacing(6);
    layout->addLayout(m_chips);
    layout->addStretch(1);
}

void FilterBar::setChoices(const QStringList& champions, const QStringList& patches) {
    const QString champion = m_champion->currentData().toString();
    const QString patch = m_patch->currentData().toString();
    QSignalBlocker a(m_champion);
    QSignalBlocker b(m_patch);
    m_champion->clear();
    m_champion->addItem(tr("All champions"), QString());
    QStringList offered = champions; // the scope's champions, and the chosen one even when the scope has none of it
    if (!champion.isEmpty() && !offered.contains(champion)) {
        offered.append(champion);
    }
    for (const QString& key : offered) {
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
}

templates::Filters FilterBar::filters() const {
    templates::Filters filters;
    for (const DrillFilter& filter : m_drill) { // a chart click narrows further than the controls
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

void FilterBar::setFilter(const QString& key, const QString& value) {
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
            combo->setCurrentIndex(std::max(0, index)); // emits changed
        }
    }
}

void FilterBar::addDrill(const QList<DrillFilter>& filters) {
    for (const DrillFilter& filter : filters) {
        m_drill.erase(std::remove_if(m_drill.begin(), m_drill.end(),
                                     [&filter](const DrillFilter& d) { return d.dimension == filter.dimension; }),
                      m_drill.end());
        m_drill.push_back(filter);
    }
    showChips();
    emit changed();
}

void FilterBar::removeDrill(const QString& dimension) {
    m_drill.erase(std::remove_if(m_drill.begin(), m_drill.end(),
                                 [&dimension](const DrillFilter& d) { return d.dimension == dimension; }),
                  m_drill.end());
    showChips();
    emit changed();
}

QStringList FilterBar::chipTexts() const {
    QStringList texts;
    for (const DrillFilter& filter : m_drill) {
        texts << chipText(filter);
    }
    return texts;
}

void FilterBar::reset() {
    for (QComboBox* combo : {m_queue, m_period, m_role, m_champion, m_patch}) {
        QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    m_drill.clear();
    showChips();
}

QString FilterBar::chipText(const DrillFilter& filter) const {
    return QStringLiteral("%1: %2  ✕").arg(dimensionLabel(filter.dimension.toStdString()), filter.label);
}

void FilterBar::showChips() {
    while (QLayoutItem* item = m_chips->takeAt(0)) {
        if (QWidget* chip = item->widget()) {
            chip->hide();
            chip->deleteLater(); // it may be the chip whose click is being handled
        }
        delete item;
    }
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

} // namespace herald::ui
