// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errortext.h"

#include "engine/syncengine.h"

#include <QCoreApplication>

namespace herald::ui {

namespace {

struct Message {
    const char* code;
    const char* text; // English source; %1, %2, %3 are the error's arguments in order
};

constexpr Message kMessages[] = {
    {"riot.key_refused",
     QT_TRANSLATE_NOOP("Errors", "Riot refused the API key (HTTP %1): it is missing, invalid or expired. Development "
                                 "keys expire every 24 hours: get a new one at https://developer.riotgames.com.")},
    {"riot.rate_limited",
     QT_TRANSLATE_NOOP("Errors", "Riot kept answering “too many requests” (HTTP 429); the next sync tries again.")},
    {"riot.timeout", QT_TRANSLATE_NOOP("Errors", "Riot did not answer in time; the next sync tries again.")},
    {"riot.network",
     QT_TRANSLATE_NOOP("Errors", "Riot's servers cannot be reached (%1). Check the internet connection.")},
    {"riot.http",
     QT_TRANSLATE_NOOP("Errors", "Riot's servers answered with an error (HTTP %1); the next sync tries again.")},
    {"riot.not_found", QT_TRANSLATE_NOOP("Errors", "Riot no longer serves it (HTTP 404).")},
    {"riot.parse", QT_TRANSLATE_NOOP("Errors", "Riot sent an answer Herald cannot read: %1")},
    {"sync.cancelled", QT_TRANSLATE_NOOP("Errors", "Cancelled.")},
    {"sync.bad_payload", QT_TRANSLATE_NOOP("Errors", "Riot sent a match Herald cannot read: %1")},
    {"sync.wrong_match", QT_TRANSLATE_NOOP("Errors", "Riot answered with match %1 instead of %2.")},
    {"riot.no_such_id",
     QT_TRANSLATE_NOOP("Errors", "There is no Riot ID %1 on the %2 region: check the spelling and the tag.")},
    {"riot.renamed", QT_TRANSLATE_NOOP("Errors", "The Riot ID %1 no longer exists on the %2 region (renamed?): "
                                                 "remove the account and add it under its new Riot ID.")},
    {"riot.no_profile", QT_TRANSLATE_NOOP("Errors", "%1 has no League of Legends profile on %2: is the server right?")},
    {"riotid.no_tag", QT_TRANSLATE_NOOP("Errors", "“%1” is not a Riot ID: write it as Name#TAG (the tag is the part "
                                                  "after # in your Riot ID, e.g. Faker#KR1).")},
    {"riotid.utf8", QT_TRANSLATE_NOOP("Errors", "The Riot ID is not valid text.")},
    {"riotid.name", QT_TRANSLATE_NOOP("Errors", "“%1” is not a valid Riot ID name: 1 to 16 characters, without #, / "
                                                "or control characters.")},
    {"riotid.tag", QT_TRANSLATE_NOOP("Errors", "“%1” is not a valid tag: 2 to 5 letters or digits after the #.")},
    {"template.invalid", QT_TRANSLATE_NOOP("Errors", "%1 is not a valid dashboard template: %2")},
    {"template.too_large", QT_TRANSLATE_NOOP("Errors", "%1 is larger than the 1 MiB a dashboard template may have.")},
    {"template.invalid_json", QT_TRANSLATE_NOOP("Errors", "%1 is not valid JSON: %2")},
    {"template.not_herald", QT_TRANSLATE_NOOP("Errors", "%1 is not a Herald dashboard template.")},
    {"template.too_new", QT_TRANSLATE_NOOP("Errors", "%1 was made by a newer Herald (template format %2; this Herald "
                                                     "reads up to %3): update Herald to open it.")},
    {"template.too_many", QT_TRANSLATE_NOOP("Errors", "%1: a dashboard holds at most %2 widgets.")},
    {"template.duplicate_id", QT_TRANSLATE_NOOP("Errors", "%1: two widgets are called “%2”.")},
    {"template.overlap", QT_TRANSLATE_NOOP("Errors", "%1: widget “%2” would overlap widget “%3”.")},
    {"template.off_grid", QT_TRANSLATE_NOOP("Errors", "%1: widget “%2” must stay within the grid's %3 columns.")},
    {"store.disk_full",
     QT_TRANSLATE_NOOP("Errors", "The disk holding %1 is full: nothing of this change was written and what was stored "
                                 "before is kept. Free some space and try again.")},
    {"store.damaged", QT_TRANSLATE_NOOP("Errors", "The database is damaged or is not a Herald database (%1). Herald "
                                                  "changed nothing; start it with another data folder (--data-dir).")},
    {"store.read_only", QT_TRANSLATE_NOOP("Errors", "Herald cannot write to %1: the folder is read-only or belongs "
                                                    "to another user. Choose a data folder of yours (Settings > "
                                                    "Data folder, or --data-dir).")},
    {"store.busy", QT_TRANSLATE_NOOP("Errors", "The database is busy in another process; try again in a moment.")},
    {"store.foreign_schema",
     QT_TRANSLATE_NOOP("Errors", "%1 holds objects Herald did not make (%2). They could change your data, so Herald "
                                 "does not use this store: restore a backup, or start with an empty store.")},
    {"backup.foreign_schema",
     QT_TRANSLATE_NOOP("Errors", "%1 holds objects Herald did not make (%2): it is not restored, and your store is "
                                 "left as it is.")},
    {"file.not_regular",
     QT_TRANSLATE_NOOP("Errors", "%1 is not a file (a folder, a device or a pipe): Herald writes only to files. "
                                 "Choose another name.")},
    {"store.in_use", QT_TRANSLATE_NOOP("Errors", "Another Herald program (%2) is already using %1. Close it (or "
                                                 "wait for it to finish) and try again.")},
    {"store.too_new", QT_TRANSLATE_NOOP("Errors", "The database %1 has schema version %2, newer than this Herald "
                                                  "supports (version %3). Install a newer Herald or choose another "
                                                  "data folder; nothing was changed.")},
};

} // namespace

QString errorText(const Error& error) {
    if (!error.code.empty()) {
        for (const Message& message : kMessages) {
            if (error.code == message.code) {
                // One pass over the placeholders: an argument that contains "%1" stays as it is.
                QString args[3];
                for (std::size_t i = 0; i < 3 && i < error.args.size(); ++i) {
                    args[i] = QString::fromStdString(error.args[i]);
                }
                const QString text = QCoreApplication::translate("Errors", message.text);
                switch (error.args.size()) {
                case 0:
                    return text;
                case 1:
                    return text.arg(args[0]);
                case 2:
                    return text.arg(args[0], args[1]);
                default:
                    return text.arg(args[0], args[1], args[2]);
                }
            }
        }
    }
    return QString::fromStdString(error.message);
}

QString syncIssueText(const sync::SyncIssue& issue) {
    QString where;
    switch (issue.step) {
    case sync::SyncIssue::Step::Profile:
        where = QCoreApplication::translate("Errors", "Profile");
        break;
    case sync::SyncIssue::Step::Ranks:
        where = QCoreApplication::translate("Errors", "Ranks");
        break;
    case sync::SyncIssue::Step::Listing:
        where = QCoreApplication::translate("Errors", "Match list");
        break;
    case sync::SyncIssue::Step::Match:
        where = QString::fromStdString(issue.matchId);
        break;
    }
    //: A sync problem: %1 the step or the match id, %2 what went wrong
    return QCoreApplication::translate("Errors", "%1: %2").arg(where, errorText(issue.error));
}

} // namespace herald::ui
