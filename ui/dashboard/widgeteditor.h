// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// WidgetEditor: the form that configures one dashboard widget. It offers only what the catalog has (metrics
// with their definitions as help, dimensions, sorts) and checks the result with the template's own validation,
// so what it accepts always loads.
#pragma once

#include "templates/template.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace herald::ui {

class WidgetEditor : public QDialog {
    Q_OBJECT
public:
    // t: the template the widget belongs to (for validation); widget: the one to edit (a new one for "Add").
    WidgetEditor(const templates::Template& t, const templates::Widget& widget, QWidget* parent = nullptr);

    templates::Widget widget() const;
    void accept() override; // refuses an invalid widget with the validation's message
    QString error() const;

    // The form's controls, for tests.
    QComboBox* typeBox() const { return m_type; }
    QListWidget* metricList() const { return m_metrics; }
    QComboBox* firstDimension() const { return m_by1; }
    QComboBox* secondDimension() const { return m_by2; }
    QDoubleSpinBox* targetBox() const { return m_target; }
    QComboBox* queueBox() const { return m_queue; }
    QComboBox* directionBox() const { return m_direction; }
    QSpinBox* periodsBox() const { return m_periods; }
    QCheckBox* lobbyMedianBox() const { return m_lobbyMedian; }

private:
    void updateForType();

    templates::Template m_template;
    templates::Widget m_original;
    QComboBox* m_type;
    QLineEdit* m_title;
    QListWidget* m_metrics;
    QComboBox* m_by1;
    QComboBox* m_by2;
    QComboBox* m_sort;
    QSpinBox* m_limit;
    QSpinBox* m_minGames;
    QComboBox* m_queue; // the rank widget's queue, by its name ("Ranked Solo/Duo"), RANKED_SOLO_5x5 as data
    QDoubleSpinBox* m_target;
    QComboBox* m_direction;
    QSpinBox* m_periods;
    QCheckBox* m_lobbyMedian; // a KPI: the median of the player's lobbies under the value
    QLabel* m_help;
    QLabel* m_error;
};

} // namespace herald::ui
