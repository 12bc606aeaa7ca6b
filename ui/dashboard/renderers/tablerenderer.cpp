// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../format.h"
#include "renderers.h"
#include "theme/championicons.h"

#include <QHeaderView>
#include <QTableWidget>

namespace herald::ui {

namespace {

constexpr int kItemIconSize = 20;

// The item column's icons, where Data Dragon's are cached (the match page's); a row without one keeps its name.
void addItemIcons(QTableWidget* table, const dashboards::Table& data, const std::filesystem::path& iconRoot) {
    if (!data.itemColumn || iconRoot.empty()) {
        return;
    }
    ItemIcons icons(iconRoot);
    if (!icons.hasCachedIcons()) {
        return;
    }
    const int column = static_cast<int>(*data.itemColumn);
    for (int r = 0; r < table->rowCount() && r < static_cast<int>(data.itemIds.size()); ++r) {
        const int id = data.itemIds[static_cast<std::size_t>(r)];
        if (const QPixmap icon = id != 0 ? icons.icon(id, kItemIconSize) : QPixmap(); !icon.isNull()) {
            table->item(r, column)->setIcon(QIcon(icon));
        }
    }
    table->setIconSize(QSize(kItemIconSize, kItemIconSize));
}

// An empty table says why in its one row, as an empty chart does: no games, or no group with the widget's minimum.
void sayWhyEmpty(QTableWidget* table, const dashboards::Table& data, const RenderContext& context) {
    QStringList dimensions;
    for (const auto& column : data.columns) {
        if (column.kind == analytics::ColumnKind::Dimension) {
            dimensions << dimensionLabel(column.name).toLower();
        }
    }
    const int minGames = context.widget.minGames;
    const QString why = minGames > 1 && !dimensions.isEmpty()
                            ? WidgetRenderer::tr("No %1 with %n games or more in this period", nullptr, minGames)
                                  .arg(dimensions.join(QStringLiteral(" + ")))
                            : WidgetRenderer::tr("No games in this period");
    table->setRowCount(1);
    auto* item = new QTableWidgetItem(why);
    item->setFlags(Qt::ItemIsEnabled);
    item->setForeground(table->palette().color(QPalette::PlaceholderText));
    table->setItem(0, 0, item);
    table->setSpan(0, 0, 1, std::max(1, table->columnCount()));
    table->setObjectName(QStringLiteral("emptyTable"));
}

} // namespace

QWidget* renderTable(const dashboards::Table& data, const RenderContext& context) {
    const int rows = static_cast<int>(data.rows.size());
    const int columns = static_cast<int>(data.columns.size());
    auto* table = new QTableWidget(rows, columns, context.parent);
    table->setTabKeyNavigation(false); // Tab leaves the table (arrows move in it)
    QStringList headers;
    for (const auto& column : data.columns) {
        headers << (column.kind == analytics::ColumnKind::Dimension ? dimensionLabel(column.name)
                                                                    : metricLabel(column.name));
    }
    table->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const auto& column = data.columns[static_cast<std::size_t>(c)];
            const auto& value = data.rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
            auto* item = new QTableWidgetItem(column.kind == analytics::ColumnKind::Dimension
                                                  ? formatDimension(column.name, value)
                                                  : formatMetric(column.name, value));
            if (column.kind == analytics::ColumnKind::Metric) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (const auto number = analytics::numberOf(value)) {
                    item->setData(Qt::UserRole, *number);
                }
            }
            table->setItem(r, c, item);
        }
    }
    addItemIcons(table, data, context.itemIconRoot);
    if (rows == 0) {
        sayWhyEmpty(table, data, context);
    }
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    return table;
}

} // namespace herald::ui
