// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_ui: dashboard templates in the app: editing and saving, new widgets, the rank widget, the template buttons, the
// built-in texts for translation.
#include "accountswiring.h"
#include "adapters/apikeystore.h"
#include "adapters/heraldsession.h"
#include "adapters/importrunner.h"
#include "adapters/syncrunner.h"
#include "analytics/engine.h"
#include "common/backgroundwrite.h"
#include "common/clock.h"
#include "common/datachangenotifier.h"
#include "common/dialogs.h"
#include "common/errortext.h"
#include "common/longjobs.h"
#include "common/version.h"
#include "dashboard/builtinstrings.h"
#include "dashboard/charts.h"
#include "dashboard/dashboardgrid.h"
#include "dashboard/dashboardview.h"
#include "dashboard/downsample.h"
#include "dashboard/format.h"
#include "dashboard/paintedcharts.h"
#include "dashboard/templateactions.h"
#include "dashboard/widgeteditor.h"
#include "dashboard/widgetframe.h"
#include "datasafety.h"
#include "demo/demohistory.h"
#include "engine/syncengine.h"
#include "gamedata/gamedata.h"
#include "heraldstandin.h"
#include "heraldwiring.h"
#include "importwiring.h"
#include "ingest/compression.h"
#include "ingest/importer.h"
#include "ingest/localaccount.h"
#include "itemmodels/matchlistmodel.h"
#include "report/report.h"
#include "riot/routing.h"
#include "riotstandin.h"
#include "store/accounts.h"
#include "store/backups.h"
#include "store/gameconfigs.h"
#include "store/matchhistory.h"
#include "store/migrations.h"
#include "store/settings.h"
#include "syncwiring.h"
#include "templates/template.h"
#include "templates/templatestore.h"
#include "test_ui.h"
#include "theme/championicons.h"
#include "theme/language.h"
#include "theme/theme.h"
#include "views/aboutdialog.h"
#include "views/accountdialog.h"
#include "views/accountswitcher.h"
#include "views/archivepanel.h"
#include "views/backupspanel.h"
#include "views/communitydialog.h"
#include "views/diagnosticsview.h"
#include "views/mainwindow.h"
#include "views/matchdetailview.h"
#include "views/matchhistoryview.h"
#include "views/playerpicker.h"
#include "views/settingsview.h"
#include "views/signindialog.h"
#include "views/syncpanel.h"
#include "views/welcomedialog.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>

using namespace herald;
using namespace herald::uitest;
using nlohmann::json;

void TestUi::editedDashboardIsSavedAndComesBackAfterARestart() {
    QTemporaryDir files;
    {
        ui::DashboardView view(m_store->store->databasePath());
        view.setStore(m_store->store.get());
        view.reloadTemplates();
        view.setPlayers({demoPuuid()});
        QVERIFY(view.selectTemplate(QStringLiteral("laning")));
        // A built-in is not edited in place: a copy is made and edited.
        QVERIFY(!view.startEditing());
        QTRY_VERIFY_WITH_TIMEOUT(view.isEditing(), kWait);
        QCOMPARE(view.currentTemplate()->id, std::string("laning-copy"));
        QCOMPARE(view.frames().front()->findChild<QToolButton*>() != nullptr, true); // the edit bar
        templates::Widget vision;
        vision.id = "vision";
        vision.type = templates::WidgetType::Kpi;
        vision.title = "Vision per minute";
        vision.metrics = {"vision_per_min"};
        QVERIFY(view.addWidget(vision));
        const auto* added = view.currentTemplate()->widget("vision");
        QVERIFY(added != nullptr);
        QCOMPARE(added->y, 11); // below the last row
        QSignalSpy messages(&view, &ui::DashboardView::message);
        // Up would cover the matchups table: refused, with the reason.
        QVERIFY(!view.applyEdit(QStringLiteral("vision"), ui::WidgetEdit::MoveUp));
        QVERIFY2(messages.last().at(0).toString().endsWith(
                     QStringLiteral(": widget “vision” would overlap widget “matchups”.")),
                 qPrintable(messages.last().at(0).toString()));
        QVERIFY(view.applyEdit(QStringLiteral("vision"), ui::WidgetEdit::Wider));
        QVERIFY(view.applyEdit(QStringLiteral("gold15"), ui::WidgetEdit::Remove));
        QSignalSpy saved(&view, &ui::DashboardView::saved);
        view.save();
        QVERIFY(saved.wait(kWait));
        QVERIFY(!view.isEditing());
        QVERIFY(view.exportFile(files.filePath(QStringLiteral("laning.json"))));
    }
    // "Restart": a new view reads the store.
    ui::DashboardView again(m_store->store->databasePath());
    again.setStore(m_store->store.get());
    again.reloadTemplates();
    QVERIFY(again.selectTemplate(QStringLiteral("laning-copy")));
    const auto* vision = again.currentTemplate()->widget("vision");
    QVERIFY(vision != nullptr);
    QCOMPARE(vision->w, 4);
    QVERIFY(again.currentTemplate()->widget("gold15") == nullptr);
    QVERIFY(templates::builtinTemplates()[3].widget("gold15") != nullptr); // the built-in is untouched

    // Import: the exported file comes back under a free id; a broken one is refused with its message.
    QSignalSpy imported(&again, &ui::DashboardView::imported);
    again.importFile(files.filePath(QStringLiteral("laning.json")));
    QVERIFY(imported.wait(kWait));
    QCOMPARE(imported.last().at(1).toString(), QString());
    QVERIFY(imported.last().at(0).toString().startsWith(QStringLiteral("laning-copy")));
    QVERIFY(imported.last().at(0).toString() != QStringLiteral("laning-copy"));
    const QString broken = files.filePath(QStringLiteral("broken.json"));
    test::writeFile(broken.toStdString(), R"({"format":"herald.dashboard","version":1,"id":"b","name":"B",
        "widgets":[{"id":"z","type":"donut","x":0,"y":0,"w":1,"h":1}]})");
    again.importFile(broken);
    QVERIFY(imported.wait(kWait));
    const QString error = imported.last().at(1).toString();
    QVERIFY2(error.contains(
                 QStringLiteral("broken.json is not a valid dashboard template: widget 'z': unknown type 'donut'")),
             qPrintable(error));
}

void TestUi::addWidgetTakesTheFirstFreePlace() {
    // The player's path: Edit, "Add widget…", OK in the form as it opens. The widget lands in the first free place
    // of the grid; no message the player cannot act on ("would overlap widget games").
    ui::DashboardView view(m_store->store->databasePath());
    view.setStore(m_store->store.get());
    view.reloadTemplates();
    view.setPlayers({demoPuuid()});
    QVERIFY(view.selectTemplate(QStringLiteral("overview")));
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.startEditing();
    QTRY_VERIFY_WITH_TIMEOUT(view.isEditing(), kWait);
    QPushButton* add = nullptr;
    for (auto* button : view.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Add widget…")) {
            add = button;
        }
    }
    QVERIFY(add != nullptr && add->isVisible());
    // The edit bar's arrows say what they do, to the eye (tooltip) and to a screen reader (accessible name).
    int arrows = 0;
    for (auto* frame : view.frames()) {
        for (auto* button : frame->findChildren<QToolButton*>()) {
            if (button->text().size() != 1) { // the arrows (a chart's own buttons have words)
                continue;
            }
            QVERIFY(!button->toolTip().isEmpty());
            QVERIFY2(button->accessibleName().size() > 2, qPrintable(button->text()));
            ++arrows;
        }
    }
    QVERIFY(arrows >= 8);
    QSignalSpy messages(&view, &ui::DashboardView::message);
    const std::size_t before = view.currentTemplate()->widgets.size();
    for (int round = 0; round < 2; ++round) {
        QString refused;
        QTimer::singleShot(0, this, [&refused] {
            auto* editor = qobject_cast<ui::WidgetEditor*>(QApplication::activeModalWidget());
            QVERIFY(editor != nullptr);
            auto* box = editor->findChild<QDialogButtonBox*>();
            QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
            if (editor->isVisible()) { // refused: its message, then give up
                refused = editor->error();
                editor->reject();
            }
        });
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
    }
    const templates::Template& t = *view.currentTemplate();
    QCOMPARE(t.widgets.size(), before + 2);
    const auto* first = t.widget("widget-1");
    const auto* second = t.widget("widget-2");
    QVERIFY(first != nullptr && second != nullptr);
    QVERIFY(templates::validateTemplate(t, t.name).ok());
    // The first free place, found independently: no row above it has room for a 6 x 4 widget.
    auto fits = [&t](int x, int y) { // among the widgets that were there before
        for (const auto& w : t.widgets) {
            if (w.id != "widget-1" && w.id != "widget-2" && x < w.x + w.w && w.x < x + 6 && y < w.y + w.h &&
                w.y < y + 4) {
                return false;
            }
        }
        return x + 6 <= t.columns;
    };
    QCOMPARE(first->w, 6);
    QVERIFY(fits(first->x, first->y));
    for (int y = 0; y <= first->y; ++y) {
        for (int x = 0; x + 6 <= t.columns && (y < first->y || x < first->x); ++x) {
            QVERIFY2(!fits(x, y), qPrintable(QStringLiteral("free at %1,%2").arg(x).arg(y)));
        }
    }
    for (const auto& m : messages) {
        QVERIFY2(!m.at(0).toString().contains(QStringLiteral("overlap")), qPrintable(m.at(0).toString()));
    }
    // Cancel: nothing is kept, not even the copy of the built-in the edit was made on.
    auto copies = [this] {
        auto db = m_store->store->openReader();
        const auto list = templates::listTemplates(db.value());
        const std::vector<templates::StoredTemplate> stored =
            list ? list.value() : std::vector<templates::StoredTemplate>{};
        int n = 0;
        for (const auto& one : stored) {
            n += one.document.id.rfind("overview-copy", 0) == 0 ? 1 : 0;
        }
        return n;
    };
    QCOMPARE(copies(), 1);
    QPushButton* cancel = nullptr;
    for (auto* button : view.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Cancel") && button->isVisible()) {
            cancel = button;
        }
    }
    QVERIFY(cancel != nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!view.isEditing());
    QTRY_COMPARE_WITH_TIMEOUT(copies(), 0, kWait);
}

void TestUi::rankWidgetFormNamesItsQueue() {
    const auto& builtins = templates::builtinTemplates();
    const auto ranked =
        std::find_if(builtins.begin(), builtins.end(), [](const auto& t) { return t.id == "ranked-progress"; });
    QVERIFY(ranked != builtins.end());
    const auto rank = std::find_if(ranked->widgets.begin(), ranked->widgets.end(),
                                   [](const auto& w) { return w.type == templates::WidgetType::Rank; });
    QVERIFY(rank != ranked->widgets.end());
    ui::WidgetEditor editor(*ranked, *rank);
    QCOMPARE(editor.queueBox()->currentText(), QStringLiteral("Ranked Solo/Duo")); // not RANKED_SOLO_5x5
    editor.queueBox()->setCurrentIndex(editor.queueBox()->findText(QStringLiteral("Ranked Flex")));
    QCOMPARE(editor.widget().queue, std::string("RANKED_FLEX_SR"));
}

void TestUi::templateButtonsRenameDeleteImportAndExport() {
    test::TempStore temp;
    QTemporaryDir files;
    ui::DashboardView view(temp.store->databasePath());
    view.setStore(temp.store.get());
    view.reloadTemplates();
    ui::TemplateActions* actions = view.templateActions();
    using Action = ui::TemplateActions::Action;
    // Built-ins cannot be renamed or deleted: those buttons are off; Duplicate makes a copy to change.
    QVERIFY(view.selectTemplate(QStringLiteral("overview")));
    QVERIFY(!actions->button(Action::Rename)->isEnabled());
    QVERIFY(!actions->button(Action::Delete)->isEnabled());
    QSignalSpy messages(&view, &ui::DashboardView::message);
    actions->button(Action::Duplicate)->click();
    QTRY_COMPARE_WITH_TIMEOUT(view.currentTemplate()->id, std::string("overview-copy"), kWait);
    QVERIFY(actions->button(Action::Rename)->isEnabled());

    // Rename: the dialog's answer comes from the seam, the new name from the store.
    ui::Dialogs::setNextAnswer(QStringLiteral("  My form  "));
    actions->button(Action::Rename)->click();
    QTRY_COMPARE_WITH_TIMEOUT(view.currentTemplate()->name, std::string("My form"), kWait);
    // A cancelled rename (empty answer) changes nothing.
    ui::Dialogs::setNextAnswer(QString());
    actions->button(Action::Rename)->click();
    QTest::qWait(50);
    QCOMPARE(view.currentTemplate()->name, std::string("My form"));

    // Export through the button, to the file the dialog answers; import it back under a free id.
    const QString file = files.filePath(QStringLiteral("my-form.json"));
    ui::Dialogs::setNextAnswer(file);
    actions->button(Action::Export)->click();
    QVERIFY(QFileInfo::exists(file));
    QVERIFY2(messages.last().at(0).toString().contains(QStringLiteral("Exported to")),
             qPrintable(messages.last().at(0).toString()));
    QSignalSpy imported(&view, &ui::DashboardView::imported);
    ui::Dialogs::setNextAnswer(file);
    actions->button(Action::Import)->click();
    QVERIFY(imported.wait(kWait));
    const QString importedId = imported.last().at(0).toString();
    QVERIFY2(!importedId.isEmpty() && importedId != QStringLiteral("overview-copy"), qPrintable(importedId));
    QCOMPARE(view.currentTemplate()->name, std::string("My form")); // the exported file's
    QCOMPARE(QString::fromStdString(view.currentTemplate()->id), importedId);

    // Delete asks first: "no" keeps it, "yes" removes it from the store.
    auto stored = [&temp] {
        auto db = temp.store->openReader();
        return templates::listTemplates(db.value()).value().size();
    };
    const auto before = stored();
    ui::Dialogs::setNextAnswer(false);
    actions->button(Action::Delete)->click();
    QTest::qWait(50);
    QCOMPARE(stored(), before);
    ui::Dialogs::setNextAnswer(true);
    actions->button(Action::Delete)->click();
    QTRY_COMPARE_WITH_TIMEOUT(stored(), before - 1, kWait);
    // The status bar says what the last action did, not what an older one did ("Dashboard duplicated.").
    QTRY_VERIFY_WITH_TIMEOUT(messages.last().at(0).toString().endsWith(QStringLiteral(" deleted.")), kWait);
}

void TestUi::builtinTemplateTextsAreListedForTranslation() {
    QSet<QString> listed;
    for (const char* text : ui::builtinTemplateTexts()) {
        listed.insert(QString::fromUtf8(text));
    }
    for (const auto& t : templates::builtinTemplates()) {
        QVERIFY2(listed.contains(QString::fromStdString(t.name)), t.name.c_str());
        QVERIFY2(listed.contains(QString::fromStdString(t.description)), t.description.c_str());
        for (const auto& w : t.widgets) {
            QVERIFY2(w.title.empty() || listed.contains(QString::fromStdString(w.title)), w.title.c_str());
        }
    }
}
