// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetframe.h"

#include "format.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace herald::ui {

WidgetFrame::WidgetFrame(const templates::Widget& widget, QWidget* parent)
    : QFrame(parent)
    , m_widget(widget)
    , m_title(new QLabel(this))
    , m_editBar(new QWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_loading(new QLabel(tr("Loading…"), this))
    , m_export(new QAction(tr("Export data…"), this)) {
    setObjectName(QStringLiteral("card"));
    m_export->setEnabled(false);
    addAction(m_export);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_export, &QAction::triggered, this, [this] { emit exportRequested(QString::fromStdString(m_widget.id)); });
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    // Built-in titles are translated; a player's own title is shown as written (no translation matches it).
    QString title = QCoreApplication::translate("BuiltinTemplates", widget.title.c_str());
    if (title.isEmpty() && !widget.metrics.empty()) {
        title = metricLabel(widget.metrics.front());
    }
    if (widget.type == templates::WidgetType::Insights) {
        title = tr("%1 · whole history").arg(title); // findings read every period: the title says so
    }
    m_title->setText(title);
    QStringList help;
    for (const auto& metric : widget.metrics) {
        help << QStringLiteral("<b>%1</b>: %2").arg(metricLabel(metric), metricHelp(metric).toHtmlEscaped());
    }
    m_title->setToolTip(help.join(QStringLiteral("<br>")));
    m_loading->setAlignment(Qt::AlignCenter);
    m_loading->setObjectName(QStringLiteral("pageSubtitle"));
    m_stack->addWidget(m_loading);
    auto* bar = new QHBoxLayout(m_editBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    const std::pair<WidgetEdit, QString> actions[] = {
        {WidgetEdit::MoveLeft, QStringLiteral("←")},  {WidgetEdit::MoveRight, QStringLiteral("→")},
        {WidgetEdit::MoveUp, QStringLiteral("↑")},    {WidgetEdit::MoveDown, QStringLiteral("↓")},
        {WidgetEdit::Narrower, QStringLiteral("⇠")},  {WidgetEdit::Wider, QStringLiteral("⇢")},
        {WidgetEdit::Shorter, QStringLiteral("⇡")},   {WidgetEdit::Taller, QStringLiteral("⇣")},
        {WidgetEdit::Configure, QStringLiteral("⚙")}, {WidgetEdit::Remove, QStringLiteral("✕")}};
    // Glyphs keep the bar within the narrowest tile; each says in words what it does (tooltip, accessible name).
    const QString tips[] = {
        tr("Move left"),         tr("Move right"), tr("Move up"),
        tr("Move down"),         tr("Narrower"),   tr("Wider"),
        tr("Shorter"),           tr("Taller"),     tr("Configure: the metrics, dimensions and sort"),
        tr("Remove this widget")};
    int i = 0;
    for (const auto& [edit, label] : actions) {
        auto* button = new QToolButton(m_editBar);
        button->setText(label);
        button->setToolTip(tips[i]);
        button->setAccessibleName(tips[i++]); // what a screen reader says: "Move left", not "←"
        connect(button, &QToolButton::clicked, this,
                [this, edit = edit] { emit editRequested(QString::fromStdString(m_widget.id), edit); });
        bar->addWidget(button);
    }
    bar->addStretch(1);
    m_editBar->hide();
    layout->addWidget(m_title);
    layout->addWidget(m_editBar);
    layout->addWidget(m_stack, 1);
}

void WidgetFrame::setEditing(bool editing) {
    m_editBar->setVisible(editing);
}

void WidgetFrame::showLoading() {
    m_stack->setCurrentWidget(m_loading);
}

void WidgetFrame::setData(const WidgetData& result, const QString& periodText) {
    QWidget* content = buildContent(result, periodText);
    if (m_content != nullptr) {
        m_stack->removeWidget(m_content);
        m_content->deleteLater();
    }
    m_content = content;
    if (m_content->accessibleName().isEmpty()) { // a chart or a table reads as its widget's title
        m_content->setAccessibleName(m_title->text());
    }
    m_stack->addWidget(m_content);
    m_stack->setCurrentWidget(m_content);
    m_hasData = true;
    m_data = result;
    // Findings are sentences, not a table; every other result exports its numbers.
    m_export->setEnabled(result.result && !std::holds_alternative<dashboards::Findings>(*result.result) &&
                         !dashboards::resultTable(*result.result).rows.empty());
}

QWidget* WidgetFrame::buildContent(const WidgetData& result, const QString& periodText) {
    if (!result.result) {
        auto* error = new QLabel(result.error, this);
        error->setObjectName(QStringLiteral("errorText"));
        error->setWordWrap(true);
        return error;
    }
    const RenderContext context{m_widget,
                                m_title->text(),
                                periodText,
                                this,
                                [this](const QList<DrillFilter>& filters) { emit drillDown(filters); },
                                m_itemIconRoot};
    return renderResult(*result.result, context);
}

QString WidgetFrame::findingText(const analytics::Finding& finding) {
    return ui::findingText(finding);
}

} // namespace herald::ui
