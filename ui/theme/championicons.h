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
