// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "communitydialog.h"

#include "adapters/heraldsession.h"
#include "dashboard/format.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace herald::ui {

TemplatePreview::TemplatePreview(QWidget* parent) : QWidget(parent) {
    setMinimumSize(300, 220);
}

void TemplatePreview::setTemplate(const templates::Template* t) {
    m_template = t != nullptr ? std::optional(*t) : std::nullopt;
    update();
}

void TemplatePreview::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_template || m_template->widgets.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Choose a dashboard to see its layout."));
        return;
    }
    int rows = 1;
    for (const auto& w : m_template->widgets) {
        rows = std::max(rows, w.y + w.h);
    }
    const QRectF area = QRectF(rect()).adjusted(6, 6, -6, -6);
    const qreal cell = std::min(area.width() / m_template->columns, area.height() / rows);
    const QPointF origin(area.left() + (area.width() - cell * m_template->columns) / 2, area.top());
    QFont font = painter.font();
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.8));
    painter.setFont(font);
    for (const auto& w : m_template->widgets) {
        const QRectF box(origin.x() + w.x * cell + 2, origin.y() + w.y * cell + 2, w.w * cell - 4, w.h * cell - 4);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(palette().color(QPalette::AlternateBase));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(palette().color(QPalette::Text));
        // Titles of the built-ins read in the interface's language, as on the dashboard; others as written.
        const QString title = w.title.empty() && !w.metrics.empty()
                                  ? metricLabel(w.metrics.front())
                                  : QCoreApplication::translate("BuiltinTemplates", w.title.c_str());
        painter.drawText(box.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         title + QLatin1Char('\n') + QString::fromLatin1(templates::widgetTypeName(w.type)));
    }
}

CommunityDialog::CommunityDialog(HeraldSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_query(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_preview(new TemplatePreview(this))
    , m_status(new QLabel(this))
    , m_previous(new QPushButton(tr("Previous"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_add(new QPushButton(tr("Add to my dashboards"), this)) {
    setWindowTitle(tr("Community dashboards"));
    m_query->setPlaceholderText(tr("Search shared dashboards"));
    m_query->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("pageSubtitle"));
    m_status->setWordWrap(true);
    m_add->setEnabled(false);
    auto* top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    auto* pages = new QHBoxLayout;
    pages->addWidget(m_previous);
    pages->addWidget(m_status, 1);
    pages->addWidget(m_next);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(pages);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addWidget(m_preview, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(820, 520);

    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text().trimmed(), 1); });
    connect(m_previous, &QPushButton::clicked, this, [this] { search(m_shownQuery, m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { search(m_shownQuery, m_page + 1); });
    connect(&m_session, &HeraldSession::browsed, this, &CommunityDialog::showPage);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_add->setEnabled(row >= 0);
        m_preview->setTemplate(nullptr);
        if (row >= 0) {
            m_session.preview(m_list->item(row)->data(Qt::UserRole).toString());
        }
    });
    connect(&m_session, &HeraldSession::previewed, this,
            [this](const QString& remoteId, const templates::Template& document, const QString& error) {
                auto* item = m_list->currentItem();
                if (item == nullptr || item->data(Qt::UserRole).toString() != remoteId) {
                    return; // an older choice
                }
                if (!error.isEmpty()) {
                    m_status->setText(error);
                    return;
                }
                m_preview->setTemplate(&document);
            });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (auto* item = m_list->currentItem()) {
            m_add->setEnabled(false);
            m_session.pull(item->data(Qt::UserRole).toString());
        }
    });
    connect(&m_session, &HeraldSession::pulled, this, [this](const QString& id, const QString& error) {
        m_add->setEnabled(m_list->currentRow() >= 0);
        if (!error.isEmpty()) {
            m_status->setText(error);
            return;
        }
        m_status->setText(tr("Added to your dashboards."));
        emit added(id);
    });
}

void CommunityDialog::search(const QString& query, int page) {
    m_status->setText(tr("Searching…"));
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    m_shownQuery = query;
    m_session.browse(query, std::max(1, page));
}

void CommunityDialog::showPage(const sync::server::TemplatePage& page, const QString& error) {
    m_list->clear();
    m_preview->setTemplate(nullptr);
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    m_page = page.page;
    m_pages = std::max<int>(1, static_cast<int>((page.total + page.perPage - 1) / std::max(1, page.perPage)));
    for (const auto& t : page.items) {
        auto* item = new QListWidgetItem(tr("%1 — by %2 · %n download(s)", nullptr, static_cast<int>(t.downloads))
                                             .arg(QString::fromStdString(t.name), QString::fromStdString(t.author)),
                                         m_list);
        item->setData(Qt::UserRole, QString::fromStdString(t.id));
        item->setToolTip(QString::fromStdString(t.description));
    }
    m_status->setText(
        page.items.empty()
            ? tr("No shared dashboard matches.")
            : tr("Page %1 of %2 · %n dashboard(s)", nullptr, static_cast<int>(page.total)).arg(m_page).arg(m_pages));
    m_previous->setEnabled(m_page > 1);
    m_next->setEnabled(m_page < m_pages);
}

} // namespace herald::ui
