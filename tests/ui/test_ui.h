// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_ui: the desktop app's widgets and views against a real store (offscreen). One Qt Test class whose cases
// live in files by feature (test_ui_*.cpp); the shared set-up (a demo store, waits) is here.
#pragma once

#include "testsupport.h"

#include <QObject>
#include <QString>
#include <memory>

namespace herald::ui {
class MatchListModel;
}

namespace herald::uitest {

inline constexpr int kDemoMatches = 450;
// Pages arrive from a reader thread; generous on a loaded machine, still quick to fail when nothing comes.
inline constexpr int kWait = 20'000;

QString demoPuuid();
// Asks the lazy model for pages until it has every row of its filter; false when a page never came.
bool fetchEverything(ui::MatchListModel& model);

} // namespace herald::uitest

class TestUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void dataChangesAreToldOncePerBurst();
    void modelPagesLazilyAndPassesTheTester();
    void searchNarrowsTheRows();
    void historyFiltersByQueueAndResult();
    void overviewNamesTheCurrentAccount();
    void windowShowsMatchesAndIsNotBlank();
    void emptyStoreExplainsWhatToDo();
    void importedFilesWithoutAKeyBecomeALocalAccount();
    void importAfterTheDemoAsksWhichPlayerImportedFirst();
    void oldGamesShowUnderAPeriodAnchoredOnPlay();
    void matchPageShowsBuildsAndEachGameModeRight();
    void matchPageLinksTheKeystoneAndFirstItemToBuilds();
    void itemTablesShowTheCachedIcons();
    void emptyTableSaysWhy();
    void dashboardRendersEveryWidgetAndFollowsTheFilterBar();
    void lineChartDownsamplesToThePixelWidth();
    void downsamplingKeepsShapeAndGaps();
    void chartClicksNarrowTheDashboardWithChips();
    void lineChartZoomsAndHidesSeries();
    void settingsAreSavedAndComeBack();
    void diagnosticsShowTheStoreAndCheckIt();
    void navigatesBetweenEveryView();
    void keyboardWalkNamesEveryControl();
    void rolesOfGamesWithoutLanesNameTheirMode();
    void everyModelPassesTheTester();
    void accountDialogChecksTheIdAndTheKey();
    void accountSwitcherOffersEachAccountAndAllOfThem();
    void editedDashboardIsSavedAndComesBackAfterARestart();
    void addWidgetTakesTheFirstFreePlace();
    void rankWidgetFormNamesItsQueue();
    void welcomeOffersTheThreeWaysAndTheDemo();
    void syncOnLocalAccountsAsksForNoKey();
    void templateButtonsRenameDeleteImportAndExport();
    void dashboardGridRendersAtAnySizeWithoutAWindow();
    void championIconsComeFromTheCacheOrABadge();
    void syncRunnerFollowsAnAccountAndNotifies();
    void apiKeyNeverFallsBackToAFile();
    void builtinTemplateTextsAreListedForTranslation();
    void goalEditorTakesPercentAndFindingsReadAsSentences();
    void comparedDrawsTheLobbiesAndTilesTheirMedian();
    void compareSetsFollowedPlayersSideBySide();
    void everyThreadSurvivesALockedStoreAndRecovers();
    void languageInstalledAgainReplacesTheFirst();
    void heraldAccountSignsInBrowsesPublishesAndEnds();
    void backupsPanelCreatesVerifiesAndAsksToRestore();
    void damageFoundByTheDailyBackupIsReported();
    void archivePanelArchivesOnlyWhenAsked();
    void aboutNamesTheRevisionAndEveryLicence();
    void damagedStoreIsMovedAsideAndRecovered();
    void secondStartBringsTheFirstToTheFront();
    void frenchInterfaceHasNoUntranslatedString(); // last: it installs the French translators

private:
    std::unique_ptr<herald::test::TempStore> m_store;
};
