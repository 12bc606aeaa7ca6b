// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchrowdelegate.h"

#include "itemmodels/matchlistmodel.h"
#include "theme/theme.h"

#include <QPainter>

namespace herald::ui {

void MatchRowDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QString outcome = index.data(MatchListModel::OutcomeRole).toString();
    const QColor color = outcomeColor(outcome);
    QStyleOptionViewItem opt(option);
    if (index.column() == MatchListModel::ResultColumn) {
        opt.palette.setColor(QPalette::Text, color);
        opt.palette.setColor(QPalette::HighlightedText, color.lighter(120));
        opt.font.setBold(true);
    }
    if (index.column() == MatchListModel::DateColumn) {
        opt.rect.adjust(10, 0, 0, 0);
    }
    QStyledItemDelegate::paint(painter, opt, index);
    if (index.column() == MatchListModel::DateColumn) {
        painter->save();
        painter->fillRect(QRect(option.rect.left(), option.rect.top() + 3, 4, option.rect.height() - 6), color);
        painter->restore();
    }
}

QSize MatchRowDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), 34));
    return size;
}

} // namespace herald::ui
