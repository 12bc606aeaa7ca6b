// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "championicons.h"

#include "gamedata/gamedata.h"

#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <algorithm>

namespace herald::ui {

namespace {

// "13.24.1" -> {13, 24, 1} for a numeric order.
std::vector<int> versionParts(const std::string& name) {
    std::vector<int> parts;
    int value = 0;
    bool any = false;
    for (const char c : name) {
        if (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            any = true;
        } else if (c == '.') {
            parts.push_back(any ? value : 0);
            value = 0;
            any = false;
        } else {
            return {};
        }
    }
    parts.push_back(value);
    return parts;
}

} // namespace

std::vector<std::filesystem::path> versionFoldersNewestFirst(const std::filesystem::path& root) {
    std::vector<std::filesystem::path> folders;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(root, error)) {
        if (entry.is_directory() && !versionParts(entry.path().filename().string()).empty()) {
            folders.push_back(entry.path());
        }
    }
    std::sort(folders.begin(), folders.end(), [](const auto& a, const auto& b) {
        return versionParts(a.filename().string()) > versionParts(b.filename().string());
    });
    return folders;
}

ItemIcons::ItemIcons(std::filesystem::path iconRoot) : m_versionDirs(versionFoldersNewestFirst(iconRoot)) {}

QPixmap ItemIcons::icon(int itemId, int size) {
    const QString cacheKey = QString::number(itemId) + QLatin1Char('@') + QString::number(size);
    if (const auto it = m_cache.constFind(cacheKey); it != m_cache.constEnd()) {
        return *it;
    }
    QPixmap result;
    for (const auto& dir : m_versionDirs) {
        QPixmap loaded;
        if (loaded.load(QString::fromStdString((dir / (std::to_string(itemId) + ".png")).string()))) {
            result = loaded.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            break;
        }
    }
    m_cache.insert(cacheKey, result);
    return result;
}

ChampionIcons::ChampionIcons(std::filesystem::path iconRoot) : m_versionDirs(versionFoldersNewestFirst(iconRoot)) {}

QPixmap ChampionIcons::icon(const std::string& championKey, int size) {
    const QString cacheKey = QString::fromStdString(championKey) + QLatin1Char('@') + QString::number(size);
    if (const auto it = m_cache.constFind(cacheKey); it != m_cache.constEnd()) {
        return *it;
    }
    QPixmap result;
    const auto* champion = gamedata::GameData::builtin().championByKey(championKey);
    const std::string file = champion != nullptr && !champion->image.empty() ? champion->image : championKey + ".png";
    for (const auto& dir : m_versionDirs) {
        QPixmap loaded;
        if (loaded.load(QString::fromStdString((dir / file).string()))) {
            // Rounded corners, like the client's portraits.
            QPixmap rounded(size, size);
            rounded.fill(Qt::transparent);
            QPainter p(&rounded);
            p.setRenderHint(QPainter::Antialiasing);
            QPainterPath clip;
            clip.addRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2);
            p.setClipPath(clip);
            p.drawPixmap(0, 0, loaded.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation));
            result = rounded;
            break;
        }
    }
    if (result.isNull()) {
        result = badge(championKey, size);
    }
    m_cache.insert(cacheKey, result);
    return result;
}

QPixmap ChampionIcons::badge(const std::string& championKey, int size) const {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    const auto* champion = gamedata::GameData::builtin().championByKey(championKey);
    const QString name = QString::fromStdString(champion != nullptr ? champion->name : championKey);
    QString initials;
    for (const QString& word : name.split(QRegularExpression(QStringLiteral("[\\s'.&]+")), Qt::SkipEmptyParts)) {
        if (initials.size() < 2) {
            initials += word.front().toUpper();
        }
    }
    if (initials.size() == 1 && name.size() > 1) {
        initials += name.at(1).toLower();
    }
    // A stable hue per champion.
    const int hue = static_cast<int>(qHash(name) % 360);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor::fromHsv(hue, 120, 150));
    p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(std::max(8, static_cast<int>(size * 0.42)));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials);
    return pixmap;
}

} // namespace herald::ui
