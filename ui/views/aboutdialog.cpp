// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "common/version.h"
#include "http/httpclient.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtGlobal>

namespace herald::ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("About Herald"));
    auto* title = new QLabel(QStringLiteral("Herald %1").arg(QString::fromStdString(versionLine())), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* licence =
        new QLabel(tr("Herald keeps your League of Legends matches and analyses them.\n\nFree software: you may "
                      "share and change it under the GNU General Public License, version 3 or (at your option) any "
                      "later version. It comes with no warranty.\n\nHerald is not endorsed by Riot Games. League of "
                      "Legends is a trademark of Riot Games, Inc."),
                   this);
    licence->setWordWrap(true);

    std::vector<Component> components = {
        {"Qt", qVersion(), "LGPL-3.0-only OR GPL-3.0-only"},
        {"Qt Charts", qVersion(), "GPL-3.0-only"},
        {"QtKeychain", "", "BSD-3-Clause"},
        {"libcurl", sync::curlVersion(), "curl"},
    };
    for (Component& c : dataLayerComponents()) {
        components.push_back(std::move(c));
    }
    auto* table = new QTableWidget(static_cast<int>(components.size()), 3, this);
    table->setTabKeyNavigation(false); // Tab leaves the table (arrows move in it)
    table->setHorizontalHeaderLabels({tr("Library"), tr("Version"), tr("Licence")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    m_text = title->text() + QLatin1Char('\n') + licence->text() + QLatin1Char('\n');
    int row = 0;
    for (const Component& c : components) {
        const QString name = QString::fromStdString(c.name);
        const QString version = QString::fromStdString(c.version);
        const QString spdx = QString::fromStdString(c.licence);
        table->setItem(row, 0, new QTableWidgetItem(name));
        table->setItem(row, 1, new QTableWidgetItem(version.isEmpty() ? QStringLiteral("—") : version));
        table->setItem(row, 2, new QTableWidgetItem(spdx));
        m_text += name + QLatin1Char(' ') + version + QStringLiteral(" (") + spdx + QStringLiteral(")\n");
        ++row;
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(licence);
    layout->addWidget(new QLabel(tr("Built with:"), this));
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

QString AboutDialog::text() const {
    return m_text;
}

} // namespace herald::ui
