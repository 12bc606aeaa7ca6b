// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgeteditor.h"

#include "analytics/catalog.h"
#include "common/errortext.h"
#include "format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace herald::ui {

namespace {

QString typeLabel(templates::WidgetType type) {
    switch (type) {
    case templates::WidgetType::Kpi:
        return WidgetEditor::tr("Number (KPI)");
    case templates::WidgetType::Line:
        return WidgetEditor::tr("Line over time");
    case templates::WidgetType::Bar:
        return WidgetEditor::tr("Bars");
    case templates::WidgetType::Pie:
        return WidgetEditor::tr("Donut");
    case templates::WidgetType::Table:
        return WidgetEditor::tr("Table");
    case templates::WidgetType::Heatmap:
        return WidgetEditor::tr("Heatmap");
    case templates::WidgetType::Rank:
        return WidgetEditor::tr("Rank (LP) history");
    case templates::WidgetType::Matches:
        return WidgetEditor::tr("Recent games");
    case templates::WidgetType::Goal:
        return WidgetEditor::tr("Goal");
    case templates::WidgetType::Insights:
        return WidgetEditor::tr("What your history says");
    case templates::WidgetType::Benchmark:
        return WidgetEditor::tr("You against your lobbies");
    }
    return {};
}

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

WidgetEditor::WidgetEditor(const templates::Template& t, const templates::Widget& widget, QWidget* parent)
    : QDialog(parent)
    , m_template(t)
    , m_original(widget)
    , m_type(new QComboBox(this))
    , m_title(new QLineEdit(QString::fromStdString(widget.title), this))
    , m_metrics(new QListWidget(this))
    , m_by1(new QComboBox(this))
    , m_by2(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_limit(new QSpinBox(this))
    , m_minGames(new QSpinBox(this))
    , m_queue(new QComboBox(this))
    , m_target(new QDoubleSpinBox(this))
    , m_direction(new QComboBox(this))
    , m_periods(new QSpinBox(this))
    , m_lobbyMedian(new QCheckBox(tr("Show the median of your lobbies under the value"), this))
    , m_help(new QLabel(this))
    , m_error(new QLabel(this)) {
    setWindowTitle(tr("Configure the widget"));
    for (const auto type : templates::widgetTypes()) {
        m_type->addItem(typeLabel(type), QString::fromLatin1(templates::widgetTypeName(type)));
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(QString::fromLatin1(templates::widgetTypeName(widget.type)))));
    for (const auto& metric : analytics::metrics()) {
        auto* item = new QListWidgetItem(metricLabel(metric.name), m_metrics);
        item->setData(Qt::UserRole, fromView(metric.name));
        item->setToolTip(fromView(metric.summary));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool chosen =
            std::find(widget.metrics.begin(), widget.metrics.end(), std::string(metric.name)) != widget.metrics.end();
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    m_metrics->setMinimumHeight(180);
    connect(m_metrics, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* item) { m_help->setText(item != nullptr ? item->toolTip() : QString()); });
    for (QComboBox* box : {m_by1, m_by2}) {
        box->addItem(tr("(none)"), QString());
        for (const auto& dimension : analytics::dimensions()) {
            box->addItem(dimensionLabel(dimension.name), fromView(dimension.name));
            box->setItemData(box->count() - 1, fromView(dimension.summary), Qt::ToolTipRole);
        }
    }
    m_by1->setCurrentIndex(
        std::max(0, m_by1->findData(widget.by.empty() ? QString() : QString::fromStdString(widget.by[0]))));
    m_by2->setCurrentIndex(
        std::max(0, m_by2->findData(widget.by.size() < 2 ? QString() : QString::fromStdString(widget.by[1]))));
    m_sort->addItem(tr("(the dimension's order)"), QString());
    for (const auto& metric : analytics::metrics()) {
        if (metric.unit == analytics::Unit::LeaguePoints) { // the rank history is by day, never sorted
            continue;
        }
        m_sort->addItem(tr("%1, highest first").arg(metricLabel(metric.name)),
                        QStringLiteral("-") + fromView(metric.name));
    }
    m_sort->setCurrentIndex(std::max(0, m_sort->findData(QString::fromStdString(widget.sort))));
    m_limit->setRange(0, 1000);
    m_limit->setSpecialValueText(tr("no limit"));
    m_limit->setValue(widget.limit.value_or(0));
    m_minGames->setRange(0, 1000);
    m_minGames->setValue(widget.minGames);
    // A goal's target is typed as the player reads the metric: a rate in percent (55), the rest as shown (7.0).
    m_target->setRange(-1e6, 1e6);
    m_target->setDecimals(2);
    m_target->setToolTip(tr("The value to reach; a rate in percent"));
    const bool rateTarget = !widget.metrics.empty() && (metricUnit(widget.metrics.front()) == analytics::Unit::Rate);
    m_target->setValue(widget.target.value_or(0.0) * (rateTarget ? 100.0 : 1.0));
    m_direction->addItem(tr("At least"), QStringLiteral("at_least"));
    m_direction->addItem(tr("At most"), QStringLiteral("at_most"));
    m_direction->setCurrentIndex(widget.atMost ? 1 : 0);
    m_periods->setRange(1, 120);
    m_periods->setValue(widget.periods);
    m_periods->setToolTip(tr("How many of the last days, weeks or months ('By') the goal covers"));
    m_lobbyMedian->setChecked(widget.lobbyMedian);
    m_lobbyMedian->setToolTip(tr("The median of the other players of your main role in the same games"));
    m_help->setWordWrap(true);
    m_help->setObjectName(QStringLiteral("pageSubtitle"));
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Metrics"), m_metrics);
    form->addRow(QString(), m_help);
    form->addRow(tr("By"), m_by1);
    form->addRow(tr("And by"), m_by2);
    form->addRow(tr("Sort"), m_sort);
    form->addRow(tr("At most"), m_limit);
    form->addRow(tr("Minimum games"), m_minGames);
    m_queue->addItem(queueLabel(420), QStringLiteral("RANKED_SOLO_5x5")); // the queues' own names, once
    m_queue->addItem(queueLabel(440), QStringLiteral("RANKED_FLEX_SR"));
    if (!widget.queue.empty() && m_queue->findData(QString::fromStdString(widget.queue)) < 0) {
        m_queue->addItem(QString::fromStdString(widget.queue), QString::fromStdString(widget.queue)); // kept as read
    }
    if (const int at = m_queue->findData(QString::fromStdString(widget.queue)); at >= 0) {
        m_queue->setCurrentIndex(at);
    }
    form->addRow(tr("Ranked queue"), m_queue);
    form->addRow(tr("Goal"), m_direction);
    form->addRow(tr("Target"), m_target);
    form->addRow(tr("Periods"), m_periods);
    form->addRow(tr("Lobbies"), m_lobbyMedian);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &WidgetEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WidgetEditor::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_type, &QComboBox::currentIndexChanged, this, &WidgetEditor::updateForType);
    connect(m_metrics, &QListWidget::itemChanged, this, &WidgetEditor::updateForType);
    updateForType();
}

void WidgetEditor::updateForType() {
    const auto type =
        templates::parseWidgetType(m_type->currentData().toString().toStdString()).value_or(templates::WidgetType::Kpi);
    const bool metrics = type != templates::WidgetType::Rank && type != templates::WidgetType::Matches &&
                         type != templates::WidgetType::Insights;
    m_metrics->setEnabled(metrics);
    m_by1->setEnabled(metrics && type != templates::WidgetType::Kpi && type != templates::WidgetType::Benchmark);
    m_by2->setEnabled(type == templates::WidgetType::Table || type == templates::WidgetType::Heatmap);
    m_sort->setEnabled(type == templates::WidgetType::Bar || type == templates::WidgetType::Pie ||
                       type == templates::WidgetType::Table);
    m_limit->setEnabled(type != templates::WidgetType::Kpi && type != templates::WidgetType::Line &&
                        type != templates::WidgetType::Rank && type != templates::WidgetType::Benchmark);
    m_queue->setEnabled(type == templates::WidgetType::Rank);
    m_lobbyMedian->setEnabled(type == templates::WidgetType::Kpi);
    const bool goal = type == templates::WidgetType::Goal;
    m_direction->setEnabled(goal);
    m_target->setEnabled(goal);
    m_periods->setEnabled(goal);
    // The target in the unit the player reads: percent for a rate.
    const QString metric = [this] {
        for (int i = 0; i < m_metrics->count(); ++i) {
            if (m_metrics->item(i)->checkState() == Qt::Checked) {
                return m_metrics->item(i)->data(Qt::UserRole).toString();
            }
        }
        return QString();
    }();
    m_target->setSuffix((metricUnit(metric.toStdString()) == analytics::Unit::Rate) ? QStringLiteral(" %") : QString());
}

templates::Widget WidgetEditor::widget() const {
    templates::Widget w = m_original;
    w.type = templates::parseWidgetType(m_type->currentData().toString().toStdString()).value_or(w.type);
    w.title = m_title->text().trimmed().toStdString();
    w.metrics.clear();
    w.by.clear();
    w.sort.clear();
    w.limit.reset();
    if (m_metrics->isEnabled()) {
        for (int i = 0; i < m_metrics->count(); ++i) {
            if (m_metrics->item(i)->checkState() == Qt::Checked) {
                w.metrics.push_back(m_metrics->item(i)->data(Qt::UserRole).toString().toStdString());
            }
        }
    }
    for (QComboBox* box : {m_by1, m_by2}) {
        if (box->isEnabled() && !box->currentData().toString().isEmpty()) {
            w.by.push_back(box->currentData().toString().toStdString());
        }
    }
    if (m_sort->isEnabled()) {
        w.sort = m_sort->currentData().toString().toStdString();
    }
    if (m_limit->isEnabled() && m_limit->value() > 0) {
        w.limit = m_limit->value();
    }
    w.minGames = m_minGames->value();
    w.queue = m_queue->currentData().toString().toStdString();
    w.comparePrevious = w.type == templates::WidgetType::Kpi && m_original.comparePrevious;
    w.lobbyMedian = w.type == templates::WidgetType::Kpi && m_lobbyMedian->isChecked();
    w.target.reset();
    if (w.type == templates::WidgetType::Goal) {
        const bool rate = !w.metrics.empty() && (metricUnit(w.metrics.front()) == analytics::Unit::Rate);
        w.target = rate ? m_target->value() / 100.0 : m_target->value();
        w.atMost = m_direction->currentData().toString() == QLatin1String("at_most");
        w.periods = m_periods->value();
    }
    return w;
}

QString WidgetEditor::error() const {
    return m_error->isHidden() ? QString() : m_error->text(); // shown or not, the dialog may be hidden
}

void WidgetEditor::accept() {
    templates::Template check = m_template;
    templates::Widget w = widget();
    bool replaced = false;
    for (auto& existing : check.widgets) {
        if (existing.id == w.id) {
            existing = w;
            replaced = true;
        }
    }
    if (!replaced) {
        templates::placeNewWidget(check, w); // a new widget takes the first free place (its type sets its size)
        check.widgets.push_back(w);
    }
    const auto valid = templates::validateTemplate(check, check.name);
    if (!valid) {
        m_error->setText(errorText(valid.error()));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace herald::ui
