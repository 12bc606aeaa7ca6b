// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include "analytics/catalog.h"
#include "gamedata/gamedata.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QStringList>
#include <cmath>

namespace herald::ui {

namespace {

QString translated(const char* text) { // a QT_TRANSLATE_NOOP("Metrics", ...) entry
    return QCoreApplication::translate("Metrics", text);
}

struct QueueText {
    int id;
    const char* text;
};

// The queues of Riot's current and recent rotations, by queue id (queues.json); the source text is English.
constexpr QueueText kQueueTexts[] = {
    {0, QT_TRANSLATE_NOOP("Queues", "Custom game")},
    {400, QT_TRANSLATE_NOOP("Queues", "Draft Pick")},
    {420, QT_TRANSLATE_NOOP("Queues", "Ranked Solo/Duo")},
    {430, QT_TRANSLATE_NOOP("Queues", "Blind Pick")},
    {440, QT_TRANSLATE_NOOP("Queues", "Ranked Flex")},
    {450, QT_TRANSLATE_NOOP("Queues", "ARAM")},
    {480, QT_TRANSLATE_NOOP("Queues", "Swiftplay")},
    {490, QT_TRANSLATE_NOOP("Queues", "Quickplay")},
    {700, QT_TRANSLATE_NOOP("Queues", "Clash")},
    {720, QT_TRANSLATE_NOOP("Queues", "ARAM Clash")},
    {830, QT_TRANSLATE_NOOP("Queues", "Co-op vs AI (Intro)")},
    {840, QT_TRANSLATE_NOOP("Queues", "Co-op vs AI (Beginner)")},
    {850, QT_TRANSLATE_NOOP("Queues", "Co-op vs AI (Intermediate)")},
    {870, QT_TRANSLATE_NOOP("Queues", "Co-op vs AI (Intro)")},
    {880, QT_TRANSLATE_NOOP("Queues", "Co-op vs AI (Beginner)")},
    {890, QT_TRANSLATE_NOOP("Queues", "Co-op vs AI (Intermediate)")},
    {900, QT_TRANSLATE_NOOP("Queues", "ARURF")},
    {1020, QT_TRANSLATE_NOOP("Queues", "One for All")},
    {1300, QT_TRANSLATE_NOOP("Queues", "Nexus Blitz")},
    {1400, QT_TRANSLATE_NOOP("Queues", "Ultimate Spellbook")},
    {1700, QT_TRANSLATE_NOOP("Queues", "Arena")},
    {1710, QT_TRANSLATE_NOOP("Queues", "Arena")},
    {1810, QT_TRANSLATE_NOOP("Queues", "Swarm")},
    {1820, QT_TRANSLATE_NOOP("Queues", "Swarm")},
    {1830, QT_TRANSLATE_NOOP("Queues", "Swarm")},
    {1840, QT_TRANSLATE_NOOP("Queues", "Swarm")},
    {1900, QT_TRANSLATE_NOOP("Queues", "URF")},
    {2400, QT_TRANSLATE_NOOP("Queues", "ARAM: Mayhem")},
};

// "2026-08-14", "2026-W35" and "2026-08" (the time dimensions of METRICS.md) in the interface's language.
std::optional<QString> timeLabel(std::string_view dimension, const std::string& text) {
    const QString value = QString::fromStdString(text);
    if (dimension == "day") {
        const QDate day = QDate::fromString(value, Qt::ISODate);
        return day.isValid() ? std::optional(QLocale().toString(day, QLocale::ShortFormat)) : std::nullopt;
    }
    if (dimension == "month") {
        const QDate month = QDate::fromString(value + QStringLiteral("-01"), Qt::ISODate);
        return month.isValid() ? std::optional(QLocale().toString(month, QStringLiteral("MMM yyyy"))) : std::nullopt;
    }
    if (dimension == "week" && value.size() == 8 && value.at(5) == QLatin1Char('W')) {
        bool yearOk = false;
        bool weekOk = false;
        const int year = value.left(4).toInt(&yearOk);
        const int week = value.mid(6).toInt(&weekOk);
        if (yearOk && weekOk && week >= 1 && week <= 53) {
            //: An ISO week on a chart axis: %1 the week number, %2 the year ("W35 2026")
            return QCoreApplication::translate("Metrics", "W%1 %2").arg(week).arg(year);
        }
    }
    return std::nullopt;
}

} // namespace

QString queueLabel(int queueId) {
    for (const QueueText& queue : kQueueTexts) {
        if (queue.id == queueId) {
            return QCoreApplication::translate("Queues", queue.text);
        }
    }
    if (gamedata::GameData::builtin().knowsQueue(queueId)) {
        return QString::fromStdString(gamedata::GameData::builtin().queueName(queueId));
    }
    return QCoreApplication::translate("Queues", "Queue %1").arg(queueId);
}

QString placementLabel(int placement) {
    static const char* const kPlacements[] = {
        QT_TRANSLATE_NOOP("Placements", "1st"), QT_TRANSLATE_NOOP("Placements", "2nd"),
        QT_TRANSLATE_NOOP("Placements", "3rd"), QT_TRANSLATE_NOOP("Placements", "4th"),
        QT_TRANSLATE_NOOP("Placements", "5th"), QT_TRANSLATE_NOOP("Placements", "6th"),
        QT_TRANSLATE_NOOP("Placements", "7th"), QT_TRANSLATE_NOOP("Placements", "8th")};
    if (placement >= 1 && placement <= static_cast<int>(std::size(kPlacements))) {
        return QCoreApplication::translate("Placements", kPlacements[placement - 1]);
    }
    return QStringLiteral("#%1").arg(placement);
}

analytics::Unit metricUnit(std::string_view metric) {
    const auto* def = analytics::findMetric(metric);
    return def != nullptr ? def->unit : analytics::Unit::Number;
}

analytics::Direction metricDirection(std::string_view metric) {
    const auto* def = analytics::findMetric(metric);
    return def != nullptr ? def->direction : analytics::Direction::Neither;
}

QString formatMetric(std::string_view metric, std::optional<double> value) {
    return formatValue(metricUnit(metric), value);
}

QString formatValue(analytics::Unit unit, std::optional<double> value) {
    if (!value) {
        return QStringLiteral("—");
    }
    using analytics::Unit;
    const QLocale locale;
    if (unit == Unit::Rate) {
        return locale.toString(*value * 100.0, 'f', 1) + QStringLiteral(" %");
    }
    // Counts, LP, gold and damage read as whole numbers; means of small quantities keep two decimals.
    const bool whole = unit == Unit::Count || unit == Unit::LeaguePoints || unit == Unit::GoldPerMinute ||
                       unit == Unit::DamagePerMinute || unit == Unit::GoldDifference || std::abs(*value) >= 100;
    QString text =
        whole ? locale.toString(static_cast<qlonglong>(std::llround(*value))) : locale.toString(*value, 'f', 2);
    if ((unit == Unit::GoldDifference || unit == Unit::CsDifference) && *value > 0) {
        text.prepend(QLatin1Char('+'));
    }
    return text;
}

QString formatMetric(std::string_view metric, const analytics::Value& value) {
    return formatMetric(metric, analytics::numberOf(value));
}

QString formatDimension(std::string_view dimension, const analytics::Value& value) {
    if (std::holds_alternative<std::monostate>(value)) {
        return QStringLiteral("—");
    }
    if (dimension == "queue") {
        if (const auto* id = std::get_if<std::int64_t>(&value)) {
            return queueLabel(static_cast<int>(*id));
        }
    }
    if (dimension == "champion" || dimension == "opponent_champion") {
        if (const auto* key = std::get_if<std::string>(&value)) {
            const auto* champion = gamedata::GameData::builtin().championByKey(*key);
            return QString::fromStdString(champion != nullptr ? champion->name : *key);
        }
    }
    if (const auto* text = std::get_if<std::string>(&value)) {
        if (auto label = timeLabel(dimension, *text)) {
            return *label;
        }
    }
    if (dimension == "streak_before") {
        static const std::pair<std::string_view, const char*> kRuns[] = {
            {"W1", QT_TRANSLATE_NOOP("Metrics", "After a win")},
            {"W2", QT_TRANSLATE_NOOP("Metrics", "After 2 wins")},
            {"W3+", QT_TRANSLATE_NOOP("Metrics", "After 3+ wins")},
            {"L1", QT_TRANSLATE_NOOP("Metrics", "After a loss")},
            {"L2", QT_TRANSLATE_NOOP("Metrics", "After 2 losses")},
            {"L3+", QT_TRANSLATE_NOOP("Metrics", "After 3+ losses")},
            {"none", QT_TRANSLATE_NOOP("Metrics", "First game")}};
        if (const auto* run = std::get_if<std::string>(&value)) {
            for (const auto& [key, label] : kRuns) {
                if (key == *run) {
                    return translated(label);
                }
            }
        }
    }
    if (const auto* def = analytics::findDimension(dimension);
        def != nullptr && def->kind == analytics::DimensionKind::Build) { // METRICS.md's "none" and "unknown"
        if (const auto* text = std::get_if<std::string>(&value)) {
            if (*text == "unknown") {
                return QCoreApplication::translate("Metrics", "No timeline");
            }
            if (*text == "none") {
                return QCoreApplication::translate("Metrics", "None");
            }
        }
    }
    if (dimension == "session_game") {
        if (const auto* game = std::get_if<std::string>(&value)) {
            return QCoreApplication::translate("Metrics", "Game %1").arg(QString::fromStdString(*game));
        }
    }
    if (dimension == "weekday") {
        if (const auto* day = std::get_if<std::int64_t>(&value)) {
            if (*day >= 1 && *day <= 7) { // 1 = Monday ... 7 = Sunday (METRICS.md), as QLocale counts
                return QLocale().dayName(static_cast<int>(*day), QLocale::ShortFormat);
            }
        }
    }
    if (dimension == "role") {
        if (const auto* role = std::get_if<std::string>(&value)) {
            if (*role == "UTILITY") {
                return QCoreApplication::translate("Metrics", "Support");
            }
            if (*role == "BOTTOM") {
                return QCoreApplication::translate("Metrics", "Bottom");
            }
            if (*role == "MIDDLE") {
                return QCoreApplication::translate("Metrics", "Middle");
            }
            if (*role == "JUNGLE") {
                return QCoreApplication::translate("Metrics", "Jungle");
            }
            if (*role == "TOP") {
                return QCoreApplication::translate("Metrics", "Top");
            }
            if (*role == "ARAM") {
                return QCoreApplication::translate("Metrics", "ARAM (no lanes)");
            }
            if (*role == "ARENA") {
                return QCoreApplication::translate("Metrics", "Arena (no lanes)");
            }
            if (*role == "SWARM") {
                return QCoreApplication::translate("Metrics", "Swarm (no lanes)");
            }
            if (role->empty() || *role == "NONE" || *role == "Invalid") {
                return QCoreApplication::translate("Metrics", "No role");
            }
        }
    }
    if (dimension == "side") {
        if (const auto* side = std::get_if<std::string>(&value)) {
            return *side == "blue"  ? QCoreApplication::translate("Metrics", "Blue side")
                   : *side == "red" ? QCoreApplication::translate("Metrics", "Red side")
                                    : QString::fromStdString(*side);
        }
    }
    if (dimension == "result") {
        if (const auto* result = std::get_if<std::string>(&value)) {
            // The words of the match history and the match page (the game's own): one word per result.
            return *result == "win"    ? QCoreApplication::translate("Metrics", "Victory")
                   : *result == "loss" ? QCoreApplication::translate("Metrics", "Defeat")
                                       : QString::fromStdString(*result);
        }
    }
    if (const auto* text = std::get_if<std::string>(&value)) {
        return QString::fromStdString(*text);
    }
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        return QString::number(*i);
    }
    return QLocale().toString(std::get<double>(value), 'f', 2);
}

QString metricLabel(std::string_view metric) {
    static const std::pair<std::string_view, const char*> kLabels[] = {
        {"games", QT_TRANSLATE_NOOP("Metrics", "Games")},
        {"wins", QT_TRANSLATE_NOOP("Metrics", "Wins")},
        {"losses", QT_TRANSLATE_NOOP("Metrics", "Losses")},
        {"win_rate", QT_TRANSLATE_NOOP("Metrics", "Win rate")},
        {"avg_kills", QT_TRANSLATE_NOOP("Metrics", "Kills")},
        {"avg_deaths", QT_TRANSLATE_NOOP("Metrics", "Deaths")},
        {"avg_assists", QT_TRANSLATE_NOOP("Metrics", "Assists")},
        {"kda", QT_TRANSLATE_NOOP("Metrics", "KDA")},
        {"cs_per_min", QT_TRANSLATE_NOOP("Metrics", "CS/min")},
        {"gold_per_min", QT_TRANSLATE_NOOP("Metrics", "Gold/min")},
        {"damage_per_min", QT_TRANSLATE_NOOP("Metrics", "Damage/min")},
        {"damage_share", QT_TRANSLATE_NOOP("Metrics", "Damage share")},
        {"kill_participation", QT_TRANSLATE_NOOP("Metrics", "Kill participation")},
        {"vision_score", QT_TRANSLATE_NOOP("Metrics", "Vision score")},
        {"vision_per_min", QT_TRANSLATE_NOOP("Metrics", "Vision/min")},
        {"avg_duration_min", QT_TRANSLATE_NOOP("Metrics", "Game length (min)")},
        {"first_blood_rate", QT_TRANSLATE_NOOP("Metrics", "First blood rate")},
        {"gold_diff_10", QT_TRANSLATE_NOOP("Metrics", "Gold diff @10")},
        {"gold_diff_15", QT_TRANSLATE_NOOP("Metrics", "Gold diff @15")},
        {"cs_diff_10", QT_TRANSLATE_NOOP("Metrics", "CS diff @10")},
        {"cs_diff_15", QT_TRANSLATE_NOOP("Metrics", "CS diff @15")},
        {"lp", QT_TRANSLATE_NOOP("Metrics", "LP")},
    };
    for (const auto& [name, label] : kLabels) {
        if (name == metric) {
            return translated(label);
        }
    }
    return QString::fromUtf8(metric.data(), static_cast<qsizetype>(metric.size()));
}

QString dimensionLabel(std::string_view dimension) {
    static const std::pair<std::string_view, const char*> kLabels[] = {
        {"champion", QT_TRANSLATE_NOOP("Metrics", "Champion")},
        {"role", QT_TRANSLATE_NOOP("Metrics", "Role")},
        {"queue", QT_TRANSLATE_NOOP("Metrics", "Queue")},
        {"patch", QT_TRANSLATE_NOOP("Metrics", "Patch")},
        {"side", QT_TRANSLATE_NOOP("Metrics", "Side")},
        {"result", QT_TRANSLATE_NOOP("Metrics", "Result")},
        {"opponent_champion", QT_TRANSLATE_NOOP("Metrics", "Opponent")},
        {"account", QT_TRANSLATE_NOOP("Metrics", "Account")},
        {"day", QT_TRANSLATE_NOOP("Metrics", "Day")},
        {"week", QT_TRANSLATE_NOOP("Metrics", "Week")},
        {"month", QT_TRANSLATE_NOOP("Metrics", "Month")},
        {"weekday", QT_TRANSLATE_NOOP("Metrics", "Weekday")},
        {"hour", QT_TRANSLATE_NOOP("Metrics", "Hour")},
        {"teammate", QT_TRANSLATE_NOOP("Metrics", "Teammate")},
        {"session_game", QT_TRANSLATE_NOOP("Metrics", "Game of the session")},
        {"streak_before", QT_TRANSLATE_NOOP("Metrics", "Streak before")},
        {"keystone", QT_TRANSLATE_NOOP("Metrics", "Keystone")},
        {"primary_tree", QT_TRANSLATE_NOOP("Metrics", "Primary runes")},
        {"secondary_tree", QT_TRANSLATE_NOOP("Metrics", "Secondary runes")},
        {"spells", QT_TRANSLATE_NOOP("Metrics", "Summoner spells")},
        {"item", QT_TRANSLATE_NOOP("Metrics", "Item")},
        {"trinket", QT_TRANSLATE_NOOP("Metrics", "Trinket")},
        {"first_item", QT_TRANSLATE_NOOP("Metrics", "First item")},
        {"skill_order", QT_TRANSLATE_NOOP("Metrics", "Skill order")},
        {"augment", QT_TRANSLATE_NOOP("Metrics", "Augment")},
    };
    for (const auto& [name, label] : kLabels) {
        if (name == dimension) {
            return translated(label);
        }
    }
    return QString::fromUtf8(dimension.data(), static_cast<qsizetype>(dimension.size()));
}

QString metricHelp(std::string_view metric) {
    const auto* def = analytics::findMetric(metric);
    return def != nullptr ? QString::fromUtf8(def->summary.data(), static_cast<qsizetype>(def->summary.size()))
                          : QString();
}

namespace {

// A filter of the bar, else the template's.
std::vector<std::string> filterValues(const templates::Template* t, const templates::Filters& bar, const char* key) {
    if (const auto it = bar.find(key); it != bar.end()) {
        return it->second;
    }
    if (t != nullptr) {
        if (const auto it = t->filters.find(key); it != t->filters.end()) {
            return it->second;
        }
    }
    return {};
}

} // namespace

QString periodText(const templates::Template* t, const templates::Filters& bar) {
    const auto since = filterValues(t, bar, "since");
    const std::string text = since.empty() ? std::string() : since.front();
    if (text.size() >= 3 && text[0] == '-') {
        const QString count = QString::fromStdString(text.substr(1, text.size() - 2));
        return text.back() == 'w' ? QCoreApplication::translate("Report", "%1 weeks").arg(count)
                                  : QCoreApplication::translate("Report", "%1 days").arg(count);
    }
    return QCoreApplication::translate("Report", "period");
}

QString periodTitle(const templates::Template* t, const templates::Filters& bar, std::optional<QDate> anchoredTo) {
    QStringList parts;
    const auto since = filterValues(t, bar, "since");
    const auto until = filterValues(t, bar, "until");
    const auto last = filterValues(t, bar, "last");
    if (!since.empty()) {
        const std::string& text = since.front();
        if (text == "all") {
            // all time: no bound
        } else if (text.size() >= 3 && text[0] == '-' && anchoredTo) {
            parts << QCoreApplication::translate("Report", "Last %1 of play, to %2")
                         .arg(periodText(t, bar), QLocale().toString(*anchoredTo, QStringLiteral("d MMM yyyy")));
        } else if (text.size() >= 3 && text[0] == '-') {
            parts << QCoreApplication::translate("Report", "Last %1").arg(periodText(t, bar));
        } else {
            parts << QCoreApplication::translate("Report", "Since %1").arg(QString::fromStdString(text));
        }
    }
    if (!until.empty()) {
        parts << QCoreApplication::translate("Report", "until %1").arg(QString::fromStdString(until.front()));
    }
    if (!last.empty()) {
        parts << QCoreApplication::translate("Report", "last %1 games").arg(QString::fromStdString(last.front()));
    }
    return parts.isEmpty() ? QCoreApplication::translate("Report", "Whole history") : parts.join(QStringLiteral(", "));
}

QString filtersTitle(const templates::Template* t, const templates::Filters& bar) {
    templates::Filters all = t != nullptr ? t->filters : templates::Filters{};
    for (const auto& [key, values] : bar) {
        all[key] = values;
    }
    QStringList parts;
    for (const auto& [key, values] : all) {
        if (key == "since" || key == "until" || key == "last") {
            continue;
        }
        QStringList shown;
        for (const auto& value : values) {
            analytics::Value typed = value;
            if (key == "queue" || key == "weekday" || key == "hour") {
                bool ok = false;
                const qlonglong number = QString::fromStdString(value).toLongLong(&ok);
                if (ok) {
                    typed = static_cast<std::int64_t>(number);
                }
            }
            shown << formatDimension(key, typed);
        }
        parts << dimensionLabel(key) + QStringLiteral(": ") + shown.join(QStringLiteral(", "));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace herald::ui
