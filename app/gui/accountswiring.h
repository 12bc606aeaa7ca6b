// Wires the toolbar's account switcher: one followed account (it becomes the current one) or all of them merged.
#pragma once

namespace herald::store {
class Store;
}
namespace herald::ui {
class MainWindow;
class MatchListModel;
class SyncRunner;
} // namespace herald::ui

namespace herald::app {

void wireAccounts(ui::MainWindow& window, store::Store& store, ui::MatchListModel& matches, ui::SyncRunner& sync);

} // namespace herald::app
