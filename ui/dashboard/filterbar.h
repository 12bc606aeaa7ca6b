// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// FilterBar: the dashboard's filters over every widget: queue, period, role, champion and patch controls, and
// the chips that chart clicks add (a champion, a role, weekday x hour, ...), each undone by its own click.
#pragma once

#include "templates/template.h"
#include "widgetframe.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QHBoxLayout;

namespace herald::ui {

class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    // The filters as the queries take them: the chips, then the controls for the keys no chip narrows.
    templates::Filters filters() const;
    // Sets a control by key (queue, since, role, champion, patch); "" clears it. Tests and links.
    void setFilter(const QString& key, const QString& value);
    // The champions (keys) and patches of the player's games, for their controls; the choices made stay.
    void setChoices(const QStringList& champions, const QStringList& patches);
    // Chart clicks: each filter replaces one on the same dimension and shows as a chip.
    void addDrill(const QList<DrillFilter>& filters);
    void removeDrill(const QString& dimension);
    QStringList chipTexts() const;
    // Every control to its first choice, every chip gone.
    void reset();

signals:
    // A filter changed: the widgets load again.
    void changed();

private:
    void showChips();
    QString chipText(const DrillFilter& filter) const;

    QComboBox* m_queue;
    QComboBox* m_period;
    QComboBox* m_role;
    QComboBox* m_champion;
    QComboBox* m_patch;
    QHBoxLayout* m_chips;
    QList<DrillFilter> m_drill; // in the order they were added
};

} // namespace herald::ui
