// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"

#include "dashboard/dashboardview.h"
#include "exportwiring.h"
#include "itemmodels/matchlistmodel.h"
#include "report/exportdialogs.h"
#include "views/comparepanel.h"
#include "views/diagnosticsview.h"
#include "views/mainwindow.h"
#include "views/matchdetailview.h"
#include "views/playerpicker.h"

#include <QApplication>
#include <QTimer>
#include <cstdio>
#include <utility>

namespace herald::app {

namespace {

// Saves a widget as options.screenshot a moment after its data is drawn, then exits (1 when it cannot be written).
void saveSoon(QWidget& widget, const QString& file) {
    QTimer::singleShot(150, &widget, [&widget, file] {
        const bool saved = widget.grab().save(file, "PNG");
        if (!saved) {
            std::fprintf(stderr, "herald: cannot write %s\n", qPrintable(file));
        }
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

void savePickerWhenListed(const AppOptions& options, ui::PlayerPicker& picker) {
    if (options.screenshot.isEmpty()) {
        return;
    }
    QObject::connect(&picker, &ui::PlayerPicker::playersListed, &picker,
                     [&picker, file = options.screenshot] { saveSoon(picker, file); });
}

void armScreenshot(const AppOptions& options, const ScreenshotScene& scene) {
    if (options.screenshot.isEmpty()) {
        return;
    }
    const QString file = options.screenshot;
    const QString view = options.view;
    ui::MainWindow& window = scene.window;
    // Once the view has its data (the first page, or every widget): what the budget measures is start to the view
    // painted with its data, and the memory then.
    auto save = [&window, file, view, &sinceStart = scene.sinceStart] {
        static bool scheduled = false;
        if (std::exchange(scheduled, true)) {
            return;
        }
        std::fprintf(stderr, "herald: %s ready %lld ms after start, resident %ld KB\n", qPrintable(view),
                     static_cast<long long>(sinceStart.elapsed()), residentKb());
        saveSoon(window, file);
    };
    if (view == QLatin1String("players")) {
        // saved from the dialog itself, once its list has arrived (savePickerWhenListed)
    } else if (view == QLatin1String("export-report")) {
        // The dialog opens on the loaded dashboard and is saved once its preview is drawn.
        QObject::connect(&scene.dashboard, &ui::DashboardView::loaded, &window, [&window, &store = scene.store, file] {
            static bool dialogOpened = false;
            if (std::exchange(dialogOpened, true)) {
                return;
            }
            auto* dialog = openReportDialog(window, store);
            if (dialog == nullptr) {
                QCoreApplication::exit(1);
                return;
            }
            dialog->resize(1000, 700);
            QObject::connect(dialog, &ui::ReportDialog::ready, dialog, [dialog, file] { saveSoon(*dialog, file); });
        });
    } else if (view == QLatin1String("matches")) {
        QObject::connect(&scene.matches, &ui::MatchListModel::pageArrived, &window, save);
    } else if (view == QLatin1String("compare")) {
        // Saved once the followed accounts are compared (or the page says why they cannot be).
        auto* compare = window.findChild<ui::ComparePanel*>();
        QObject::connect(compare, &ui::ComparePanel::compared, &window, save);
    } else if (view == QLatin1String("settings")) {
        QTimer::singleShot(0, &window, save);
    } else if (view == QLatin1String("diagnostics")) {
        QObject::connect(&scene.diagnostics, &ui::DiagnosticsView::refreshed, &window, save);
        scene.diagnostics.refresh();
    } else if (view.startsWith(QLatin1String("match:"))) {
        QObject::connect(&scene.detail, &ui::MatchDetailView::loaded, &window, [view, save](bool ok) {
            if (!ok) {
                std::fprintf(stderr, "herald: no match %s in the store\n", qPrintable(view.mid(6)));
                QCoreApplication::exit(1);
                return;
            }
            save();
        });
    } else {
        QObject::connect(&scene.dashboard, &ui::DashboardView::loaded, &window, save);
    }
    QTimer::singleShot(60'000, &scene.app, [] {
        std::fprintf(stderr, "herald: no data to show after 60 s\n");
        QCoreApplication::exit(1);
    });
}

} // namespace herald::app
