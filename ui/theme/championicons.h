// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ChampionIcons: champion portraits for lists and tables, from the Data Dragon icons the sync caches
// (DATA_DIR/cache/champion-icons/VERSION/), newest version first. Without one (offline, the demo), a round
// badge with the champion's initials in a colour of its own stands in, so rows never have holes.
#pragma once

#include <QHash>
#include <QPixmap>
#include <QString>
#include <filesystem>
#include <vector>

namespace herald::ui {

// The version folders under root ("13.22.1", "15.22.1", ...), newest first; none when root is missing.
std::vector<std::filesystem::path> versionFoldersNewestFirst(const std::filesystem::path& root);

// Item icons from the Data Dragon cache (DATA_DIR/cache/item-icons/VERSION/ID.png), newest version first.
class ItemIcons {
public:
    explicit ItemIcons(std::filesystem::path iconRoot);
    // A null pixmap when no cached version has it (the page shows the item's name instead). GUI thread only.
    QPixmap icon(int itemId, int size);
    bool hasCachedIcons() const { return !m_versionDirs.empty(); }

private:
    std::vector<std::filesystem::path> m_versionDirs;
    QHash<QString, QPixmap> m_cache;
};

class ChampionIcons {
public:
    explicit ChampionIcons(std::filesystem::path iconRoot);

    // championKey: the payload's championName ("MonkeyKing"). GUI thread only (QPixmap).
    QPixmap icon(const std::string& championKey, int size);
    bool hasCachedIcons() const { return !m_versionDirs.empty(); }

private:
    QPixmap badge(const std::string& championKey, int size) const;

    std::vector<std::filesystem::path> m_versionDirs; // newest first
    QHash<QString, QPixmap> m_cache;
};

} // namespace herald::ui
