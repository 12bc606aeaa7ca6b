// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The visible texts of the built-in templates (resources/templates/*.json), listed for lupdate so they are
// translated like the rest of the interface. A test checks that this list matches the files.
#include "builtinstrings.h"

#include <QtGlobal>

namespace herald::ui {

const std::vector<const char*>& builtinTemplateTexts() {
    static const std::vector<const char*> texts = {
        QT_TRANSLATE_NOOP("BuiltinTemplates", "After 2+ losses"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "After 2+ wins"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Against lane opponents"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Best partners"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "CS difference at 10"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "CS difference at 15"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "CS per minute"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Champion pool"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Champions in solo queue"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "First game of a session"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Fourth game or later"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Games"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Games by champion"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Goal: CS/min in ranked"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Goal: deaths per game"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Goal: win rate by month"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Gold and CS difference at 15 by week"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Gold difference at 10"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Gold difference at 10 by role"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Gold difference at 15"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Habits"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "KDA"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "KDA and CS/min by week"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "KDA by champion"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "LP"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Laning"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Matchups"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Overview"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Ranked progress"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Recent games"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Roles"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Sessions, streaks, the partners you win with and the goals you track"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Solo queue LP"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Solo queue games"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Solo queue win rate"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Solo queue: LP, form and the champions that win"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "The first 15 minutes against your lane opponent (from the timelines)"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "What your history says"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Which champions you play, how well, and against whom"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Win rate"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Win rate by champion"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Win rate by day and hour"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Win rate by game of the session"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Win rate by streak before the game"),
        QT_TRANSLATE_NOOP("BuiltinTemplates",
                          "Your form over the last 90 days: results, champions, roles and recent games"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Win rate by week"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Builds"),
        QT_TRANSLATE_NOOP("BuiltinTemplates",
                          "What works for you: runes, first items, spells and skill orders, from your own games"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Your best build (5 games or more)"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Win rate by keystone"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Win rate by first item"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Win rate by summoner spells"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Win rate by skill order"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Items you finish games with"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Compared"),
        QT_TRANSLATE_NOOP("BuiltinTemplates",
                          "You against the other players of your games, role by role: where you stand in your lobbies"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "CS/min"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Kill participation"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Vision/min"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Farming and laning"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Fights"),
        QT_TRANSLATE_NOOP("BuiltinTemplates", "Damage and vision"),
    };
    return texts;
}

} // namespace herald::ui
