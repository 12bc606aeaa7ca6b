#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Herald authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills resources/translations/herald_fr.ts from the French texts below (written by hand for Herald).

Run after `lupdate ui app/gui -ts resources/translations/herald_fr.ts`: every source string needs an entry
here; the script fails naming the ones that have none, so a new visible string cannot ship untranslated.
"""
import sys
import xml.etree.ElementTree as ET

FR = {
    # About (issue 15)
    "About Herald": "À propos de Herald", "Library": "Bibliothèque", "Version": "Version", "Licence": "Licence",
    "Built with:": "Construit avec :", "&Help": "&Aide",
    "Herald keeps your League of Legends matches and analyses them.\n\nFree software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.\n\nHerald is not endorsed by Riot Games. League of Legends is a trademark of Riot Games, Inc.":
        "Herald garde vos parties de League of Legends et les analyse.\n\nLogiciel libre : vous pouvez le partager et le modifier selon la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie.\n\nHerald n'est pas approuvé par Riot Games. League of Legends est une marque de Riot Games, Inc.",
    # Data safety (issue 14): backups, restore, a damaged store
    "Archive": "Archivage", "Archive now…": "Archiver maintenant…", " months": " mois",
    "Frees space: the timelines of older matches are dropped. Every match, player and statistic is kept; their minute-by-minute curves and events are not.":
        "Libère de la place : les chronologies des parties plus anciennes sont supprimées. Chaque partie, joueur et statistique est gardé ; leurs courbes minute par minute et leurs événements ne le sont pas.",
    "Matches older than": "Parties de plus de",
    "Looking for old timelines…": "Recherche des anciennes chronologies…",
    "No match older than that has a timeline left to archive.": "Aucune partie plus ancienne n'a de chronologie à archiver.",
    "Archive old timelines": "Archiver les anciennes chronologies",
    "Archive them? Their statistics are kept.": "Les archiver ? Leurs statistiques sont gardées.",
    "Archiving…": "Archivage en cours…",
    "This match's timeline was archived (herald-cli archive): its statistics are kept, the minute-by-minute gold is not.":
        "La chronologie de cette partie a été archivée (herald-cli archive) : ses statistiques sont gardées, l'or minute par minute ne l'est pas.",
    "Treat the store as damaged: move it aside and offer the latest good backup or an empty store.":
        "Traiter les données comme endommagées : les mettre de côté et proposer la dernière bonne sauvegarde ou des données vides.",
    "damage found while Herald was running (a backup's integrity check failed)":
        "dommages trouvés pendant que Herald tournait (le contrôle d'intégrité d'une sauvegarde a échoué)",
    "Taking a backup, Herald found damage in the file that holds your matches:\n\n%1\n\nRestart now to recover it from your latest good backup?":
        "En faisant une sauvegarde, Herald a trouvé des dommages dans le fichier qui contient vos parties :\n\n%1\n\nRedémarrer maintenant pour le récupérer depuis votre dernière bonne sauvegarde ?",
    "Herald cannot write to %1: the folder is read-only or belongs to another user. Choose a data folder of yours (Settings > Data folder, or --data-dir).":
        "Herald ne peut pas écrire dans %1 : le dossier est en lecture seule ou appartient à un autre utilisateur. Choisissez un dossier de données à vous (Paramètres > Dossier de données, ou --data-dir).",
    "By you": "Par vous", "Daily": "Quotidienne", "Before a restore": "Avant une restauration",
    "Before an upgrade": "Avant une mise à jour", "Other": "Autre", "Backups": "Sauvegardes",
    "Back up every day while Herald runs": "Sauvegarder chaque jour quand Herald est ouvert",
    "Back up now": "Sauvegarder maintenant", "Verify": "Vérifier", "Restore…": "Restaurer…", "Kind": "Type",
    "Size": "Taille", "Older backups are deleted when a new one is taken":
        "Les sauvegardes plus anciennes sont supprimées quand une nouvelle est faite",
    "Keep the last": "Garder les", "backups": "dernières sauvegardes", "In %1": "Dans %1",
    "No backup yet. Herald backs up before every upgrade and, when daily backups are on, once a day.":
        "Pas encore de sauvegarde. Herald sauvegarde avant chaque mise à jour et, si les sauvegardes quotidiennes sont activées, une fois par jour.",
    "Taking today's backup…": "Sauvegarde du jour en cours…", "Backing up…": "Sauvegarde en cours…",
    "The backup failed: %1": "La sauvegarde a échoué : %1",
    "Backup written and verified: %1 (%2 matches).": "Sauvegarde écrite et vérifiée : %1 (%2 parties).",
    "Checking %1…": "Vérification de %1…",
    "%1 is good: integrity check passed, %2 matches, schema version %3.":
        "%1 est bonne : contrôle d'intégrité réussi, %2 parties, schéma version %3.",
    "This backup cannot be restored: %1": "Cette sauvegarde ne peut pas être restaurée : %1",
    "Restore a backup": "Restaurer une sauvegarde",
    "Replace your store with the backup %1?\n\nHerald restarts to do it. The backup is checked first; the store as it is now is kept as a backup of its own, so nothing is lost.":
        "Remplacer vos données par la sauvegarde %1 ?\n\nHerald redémarre pour le faire. La sauvegarde est d'abord vérifiée ; les données actuelles sont gardées dans une sauvegarde à part : rien n'est perdu.",
    "Restore this backup before opening the store (it is checked first; the store as it is now is kept as a backup).":
        "Restaurer cette sauvegarde avant d'ouvrir les données (elle est d'abord vérifiée ; les données actuelles sont gardées dans une sauvegarde).",
    "The backup was not restored": "La sauvegarde n'a pas été restaurée",
    "Your store was not changed.": "Vos données n'ont pas été modifiées.",
    "Backup restored; the store as it was is kept in %1.": "Sauvegarde restaurée ; les données d'avant sont gardées dans %1.",
    "Restoring %1…": "Restauration de %1…", "Herald's data is damaged": "Les données de Herald sont endommagées",
    "The file that holds your matches cannot be read.": "Le fichier qui contient vos parties ne peut pas être lu.",
    "%1\n\nDetails: %2\n\nHerald will not change or delete it: it is moved into a folder beside it (damaged-…), where you can keep it.":
        "%1\n\nDétails : %2\n\nHerald ne le modifie ni ne le supprime : il est déplacé dans un dossier à côté (damaged-…), où vous pouvez le garder.",
    "Your latest good backup is from %1, with %2 matches. Matches played since then come back with the next sync.":
        "Votre dernière bonne sauvegarde date du %1, avec %2 parties. Les parties jouées depuis reviennent à la prochaine synchronisation.",
    "There is no backup to restore: Herald can start with an empty store and sync your matches again.":
        "Il n'y a pas de sauvegarde à restaurer : Herald peut repartir de données vides et resynchroniser vos parties.",
    "Restore the backup": "Restaurer la sauvegarde", "Start with an empty store": "Repartir de données vides",
    "Quit": "Quitter", "Looking for your latest good backup…": "Recherche de votre dernière bonne sauvegarde…",
    "Started with an empty store; the damaged one is in %1.": "Démarré avec des données vides ; les données endommagées sont dans %1.",
    "Restoring your latest good backup…": "Restauration de votre dernière bonne sauvegarde…",
    "Restored the backup of %1; the damaged store is in %2.": "Sauvegarde du %1 restaurée ; les données endommagées sont dans %2.",
    # Metrics and dimensions
    "Games": "Parties", "Wins": "Victoires", "Losses": "Défaites", "Win rate": "Taux de victoire",
    "Kills": "Éliminations", "Deaths": "Morts", "Assists": "Assistances", "KDA": "KDA", "CS/min": "CS/min",
    "Gold/min": "Or/min", "Damage/min": "Dégâts/min", "Damage share": "Part des dégâts",
    "Kill participation": "Participation aux éliminations", "Vision score": "Score de vision",
    "Vision/min": "Vision/min", "Game length (min)": "Durée de partie (min)",
    "First blood rate": "Taux de premier sang", "Gold diff @10": "Écart d'or à 10 min",
    "Gold diff @15": "Écart d'or à 15 min", "CS diff @10": "Écart de CS à 10 min",
    "CS diff @15": "Écart de CS à 15 min", "LP": "PL", "Champion": "Champion", "Role": "Rôle", "Queue": "File",
    "Patch": "Patch", "Side": "Côté", "Result": "Résultat", "Opponent": "Adversaire", "Teammate": "Coéquipier", "Account": "Compte",
    "Day": "Jour", "Week": "Semaine", "Month": "Mois", "Weekday": "Jour de la semaine", "Hour": "Heure",
    "Support": "Support", "Bottom": "Bas", "Middle": "Milieu", "Jungle": "Jungle", "Top": "Haut",
    "No role": "Sans rôle", "Blue side": "Côté bleu", "Red side": "Côté rouge", "Win": "Victoire",
    "Loss": "Défaite",
    "W%1 %2": "S%1 %2",
    # Queues (Riot's names in the French client where it has one)
    "Custom game": "Partie personnalisée", "Draft Pick": "Partie normale (draft)",
    "Ranked Solo/Duo": "Classée Solo/Duo", "Blind Pick": "Partie à l'aveugle", "Ranked Flex": "Classée Flexible",
    "ARAM": "ARAM", "Swiftplay": "Partie rapide", "Quickplay": "Jeu rapide", "Clash": "Clash",
    "ARAM Clash": "Clash ARAM", "Co-op vs AI (Intro)": "Coop vs IA (intro)",
    "Co-op vs AI (Beginner)": "Coop vs IA (débutant)", "Co-op vs AI (Intermediate)": "Coop vs IA (intermédiaire)",
    "ARURF": "ARURF", "One for All": "Un pour tous", "Nexus Blitz": "Raid du Nexus",
    "Ultimate Spellbook": "Grimoire ultime", "Arena": "Arène", "Swarm": "Essaim", "URF": "URF",
    "ARAM: Mayhem": "ARAM : Chaos", "Queue %1": "File %1",
    # History filters
    "All results": "Tous les résultats", "Remakes": "Remakes",
    "No match fits these filters.": "Aucune partie ne correspond à ces filtres.",
    # Opening a store that needs an upgrade
    "Backing up your matches before the upgrade…": "Sauvegarde de vos parties avant la mise à jour…",
    "Upgrading the store to this version of Herald…": "Mise à jour des données pour cette version de Herald…",
    "Compacting the store (this takes a while once)…": "Compactage des données (une seule fois, cela prend un moment)…",
    "Recomputing the statistics of every match…": "Recalcul des statistiques de chaque partie…",
    # Errors from the core (context Errors)
    "Riot refused the API key (HTTP %1): it is missing, invalid or expired. Development keys expire every 24 hours: get a new one at https://developer.riotgames.com.":
        "Riot a refusé la clé d'API (HTTP %1) : elle manque, n'est pas valide ou a expiré. Les clés de développement expirent toutes les 24 heures : obtenez-en une nouvelle sur https://developer.riotgames.com.",
    "Riot kept answering “too many requests” (HTTP 429); the next sync tries again.":
        "Riot a répondu « trop de requêtes » à chaque essai (HTTP 429) ; la prochaine synchronisation réessaiera.",
    "Riot did not answer in time; the next sync tries again.":
        "Riot n'a pas répondu à temps ; la prochaine synchronisation réessaiera.",
    "Riot's servers cannot be reached (%1). Check the internet connection.":
        "Les serveurs de Riot sont injoignables (%1). Vérifiez la connexion à Internet.",
    "Riot's servers answered with an error (HTTP %1); the next sync tries again.":
        "Les serveurs de Riot ont répondu par une erreur (HTTP %1) ; la prochaine synchronisation réessaiera.",
    "Riot no longer serves it (HTTP 404).": "Riot ne le fournit plus (HTTP 404).",
    "Riot sent an answer Herald cannot read: %1": "Riot a envoyé une réponse que Herald ne sait pas lire : %1",
    "Cancelled.": "Annulé.",
    "Riot sent a match Herald cannot read: %1": "Riot a envoyé une partie que Herald ne sait pas lire : %1",
    "Riot answered with match %1 instead of %2.": "Riot a répondu avec la partie %1 au lieu de %2.",
    "There is no Riot ID %1 on the %2 region: check the spelling and the tag.":
        "Il n'y a pas de Riot ID %1 dans la région %2 : vérifiez l'orthographe et le tag.",
    "The Riot ID %1 no longer exists on the %2 region (renamed?): remove the account and add it under its new Riot ID.":
        "Le Riot ID %1 n'existe plus dans la région %2 (renommé ?) : retirez le compte et ajoutez-le sous son nouveau Riot ID.",
    "%1 has no League of Legends profile on %2: is the server right?":
        "%1 n'a pas de profil League of Legends sur %2 : est-ce le bon serveur ?",
    "“%1” is not a Riot ID: write it as Name#TAG (the tag is the part after # in your Riot ID, e.g. Faker#KR1).":
        "« %1 » n'est pas un Riot ID : écrivez-le Nom#TAG (le tag est la partie après # de votre Riot ID, par exemple Faker#KR1).",
    "The Riot ID is not valid text.": "Le Riot ID n'est pas un texte valide.",
    "“%1” is not a valid Riot ID name: 1 to 16 characters, without #, / or control characters.":
        "« %1 » n'est pas un nom de Riot ID valide : 1 à 16 caractères, sans #, / ni caractère de contrôle.",
    "“%1” is not a valid tag: 2 to 5 letters or digits after the #.":
        "« %1 » n'est pas un tag valide : 2 à 5 lettres ou chiffres après le #.",
    "The disk holding %1 is full: nothing of this change was written and what was stored before is kept. Free some space and try again.":
        "Le disque qui contient %1 est plein : rien de cette modification n'a été écrit et ce qui était enregistré est conservé. Libérez de la place et réessayez.",
    "The database is damaged or is not a Herald database (%1). Herald changed nothing; start it with another data folder (--data-dir).":
        "La base est endommagée ou n'est pas une base Herald (%1). Herald n'a rien modifié ; démarrez-le avec un autre dossier de données (--data-dir).",
    "The database is busy in another process; try again in a moment.":
        "La base est occupée par un autre processus ; réessayez dans un instant.",
    "Another Herald program (%2) is already using %1. Close it (or wait for it to finish) and try again.":
        "Un autre programme Herald (%2) utilise déjà %1. Fermez-le (ou attendez qu'il ait fini) et réessayez.",
    "The database %1 has schema version %2, newer than this Herald supports (version %3). Install a newer Herald or choose another data folder; nothing was changed.":
        "La base %1 a le schéma version %2, plus récent que ce que gère ce Herald (version %3). Installez un Herald plus récent ou choisissez un autre dossier de données ; rien n'a été modifié.",
    "Profile": "Profil", "Ranks": "Rangs", "Match list": "Liste des parties",
    "%1 is not a valid dashboard template: %2": "%1 n'est pas un modèle de tableau de bord valide : %2",
    "%1 is larger than the 1 MiB a dashboard template may have.":
        "%1 dépasse le 1 Mio qu'un modèle de tableau de bord peut faire.",
    "%1 is not valid JSON: %2": "%1 n'est pas du JSON valide : %2",
    "%1 is not a Herald dashboard template.": "%1 n'est pas un modèle de tableau de bord Herald.",
    "%1 was made by a newer Herald (template format %2; this Herald reads up to %3): update Herald to open it.":
        "%1 vient d'un Herald plus récent (format de modèle %2 ; ce Herald lit jusqu'au %3) : mettez Herald à jour pour l'ouvrir.",
    "%1: a dashboard holds at most %2 widgets.": "%1 : un tableau de bord contient au plus %2 widgets.",
    "%1: two widgets are called “%2”.": "%1 : deux widgets s'appellent « %2 ».",
    "%1: widget “%2” would overlap widget “%3”.": "%1 : le widget « %2 » chevaucherait le widget « %3 ».",
    "%1: widget “%2” must stay within the grid's %3 columns.":
        "%1 : le widget « %2 » doit rester dans les %3 colonnes de la grille.",
    # Servers (Riot's French names)
    "North America": "Amérique du Nord", "Brazil": "Brésil", "Latin America North": "Amérique latine Nord",
    "Latin America South": "Amérique latine Sud", "Europe West": "Europe de l'Ouest",
    "Europe Nordic & East": "Europe du Nord et de l'Est", "Türkiye": "Turquie", "Russia": "Russie",
    "Middle East": "Moyen-Orient", "Korea": "Corée", "Japan": "Japon", "Oceania": "Océanie",
    "Philippines": "Philippines", "Singapore, Malaysia & Indonesia": "Singapour, Malaisie et Indonésie",
    "Thailand": "Thaïlande", "Taiwan, Hong Kong & Macao": "Taïwan, Hong Kong et Macao", "Vietnam": "Viêt Nam",
    # Account dialog: where the data comes from
    "My own Riot API key": "Ma propre clé d'API Riot",
    "The Herald server (not available yet)": "Le serveur Herald (pas encore disponible)",
    "Herald's own server is not open yet: for now, matches come from Riot with your key.":
        "Le serveur de Herald n'est pas encore ouvert : pour l'instant, les parties viennent de Riot avec votre clé.",
    "RGAPI-… from developer.riotgames.com": "RGAPI-… sur developer.riotgames.com",
    "Herald keeps the key in the system keychain and nowhere else. Development keys expire every 24 hours.":
        "Herald garde la clé dans le trousseau du système et nulle part ailleurs. Les clés de développement expirent toutes les 24 heures.",
    "Data from": "Données depuis",
    "Saved in the system keychain (type a new key to replace it)":
        "Enregistrée dans le trousseau du système (saisissez une nouvelle clé pour la remplacer)",
    "Paste your Riot API key: Herald downloads your matches from Riot with it. Get one at https://developer.riotgames.com (development keys expire every 24 hours).":
        "Collez votre clé d'API Riot : Herald télécharge vos parties depuis Riot avec elle. Obtenez-en une sur https://developer.riotgames.com (les clés de développement expirent toutes les 24 heures).",
    # Sync wiring and keychain
    "Riot API key": "Clé d'API Riot",
    "Paste your Riot API key (from developer.riotgames.com). Herald keeps it in the system keychain and nowhere else. Development keys expire every 24 hours.":
        "Collez votre clé d'API Riot (sur developer.riotgames.com). Herald la garde dans le trousseau du système et nulle part ailleurs. Les clés de développement expirent toutes les 24 heures.",
    "API key saved in the system keychain.": "Clé d'API enregistrée dans le trousseau du système.",
    "The key serves until Herald closes.": "La clé sert jusqu'à la fermeture de Herald.",
    "Your Riot API key (kept in the system keychain):": "Votre clé d'API Riot (gardée dans le trousseau du système) :",
    "Cannot add the account": "Impossible d'ajouter le compte",
    "Following %1: downloading its matches…": "%1 suivi : téléchargement de ses parties…",
    "No system keychain is available (Secret Service, KWallet, Keychain or Credential Store): Herald does not keep the API key anywhere else. Set HERALD_RIOT_API_KEY instead.":
        "Aucun trousseau système n'est disponible (Secret Service, KWallet, Trousseau ou Gestionnaire d'identification) : Herald ne garde la clé d'API nulle part ailleurs. Définissez plutôt HERALD_RIOT_API_KEY.",
    "The system keychain refused access to the API key.": "Le trousseau du système a refusé l'accès à la clé d'API.",
    "The system keychain failed: %1": "Le trousseau du système a échoué : %1",
    # Account dialog, switcher, welcome
    "Add a Riot account": "Ajouter un compte Riot", "Name#TAG": "Nom#TAG", "Riot ID": "Riot ID",
    "Server": "Serveur",
    "Your Riot ID is shown in the League client's profile, e.g. Faker#KR1.":
        "Votre Riot ID figure dans le profil du client League, par exemple Faker#KR1.",
    "Whose games to show": "Les parties de qui afficher", "All accounts (%1)": "Tous les comptes (%1)",
    "Welcome to Herald": "Bienvenue dans Herald",
    "Herald keeps your League of Legends games on this computer and turns them into dashboards you can shape yourself.\n\nFollow your account to download your games from Riot (you need a Riot API key from developer.riotgames.com; Herald keeps it in the system keychain), or look around with the demo history of Demo#HRLD first. You can add your account at any time with “Add account…”.":
        "Herald garde vos parties de League of Legends sur cet ordinateur et en fait des tableaux de bord que vous façonnez vous-même.\n\nSuivez votre compte pour télécharger vos parties depuis Riot (il vous faut une clé d'API Riot sur developer.riotgames.com ; Herald la garde dans le trousseau du système), ou faites d'abord le tour avec l'historique de démonstration de Demo#HRLD. Vous pouvez ajouter votre compte à tout moment avec « Ajouter un compte… ».",
    "Follow my account…": "Suivre mon compte…", "Explore the demo": "Explorer la démo",
    # Charts
    "No games in this period": "Aucune partie sur cette période", "no games": "aucune partie",
    # Dashboard view
    "Dashboard template": "Modèle de tableau de bord", "Period": "Période", "Edit": "Modifier",
    "Add widget…": "Ajouter un widget…", "Save": "Enregistrer", "Cancel": "Annuler",
    "All champions": "Tous les champions", "All patches": "Tous les patchs", "Patch %1": "Patch %1",
    "All queues": "Toutes les files", "Template's period": "Période du modèle", "Last 7 days": "7 derniers jours",
    "Last 30 days": "30 derniers jours", "Last 90 days": "90 derniers jours", "Last 180 days": "180 derniers jours",
    "Last 365 days": "365 derniers jours", "All time": "Depuis toujours", "All roles": "Tous les rôles",
    "Duplicate": "Dupliquer", "Rename…": "Renommer…", "Delete": "Supprimer", "Import…": "Importer…",
    "Import a dashboard template": "Importer un modèle de tableau de bord",
    "Dashboard templates (*.json)": "Modèles de tableau de bord (*.json)", "Export…": "Exporter…",
    "Export the dashboard template": "Exporter le modèle de tableau de bord",
    "Add, remove, move, resize and configure widgets": "Ajouter, retirer, déplacer, redimensionner et configurer les widgets",
    "Reset filters": "Réinitialiser les filtres", "%1 weeks": "%1 semaines", "%1 days": "%1 jours",
    "period": "période", "Dashboard saved.": "Tableau de bord enregistré.",
    "Built-in dashboards stay as they are: you are editing a copy.":
        "Les tableaux de bord intégrés restent tels quels : vous modifiez une copie.",
    "Dashboard duplicated.": "Tableau de bord dupliqué.", "Rename the dashboard": "Renommer le tableau de bord",
    "Name": "Nom", "Delete the dashboard": "Supprimer le tableau de bord",
    "Delete “%1”? This cannot be undone.": "Supprimer « %1 » ? C'est définitif.",
    "%1: the file is over the 1 MiB limit": "%1 : le fichier dépasse la limite de 1 Mio", "%1: %2": "%1 : %2",
    "Cannot write %1: %2": "Impossible d'écrire %1 : %2", "Exported to %1.": "Exporté vers %1.",
    "Built-in dashboards cannot change: duplicate one to make it yours":
        "Les tableaux de bord intégrés ne changent pas : dupliquez-en un pour le faire vôtre",
    # Diagnostics
    "Analytics cache: no dashboard shown yet": "Cache d'analyse : aucun tableau de bord affiché pour l'instant",
    "Table": "Table", "Rows": "Lignes", "Matches": "Parties", "Queued": "En attente", "Last sync": "Dernière synchro",
    "New": "Nouvelles", "Requests": "Requêtes", "Last error": "Dernière erreur",
    "Check integrity": "Vérifier l'intégrité", "Diagnostics": "Diagnostic", "Refresh": "Actualiser",
    "PRAGMA integrity_check and foreign_key_check over the whole store (reads every page)":
        "PRAGMA integrity_check et foreign_key_check sur toute la base (lit chaque page)",
    "Accounts and their last sync": "Comptes et leur dernière synchro",
    "Analytics cache: %1 % hits (%2 hits, %3 misses), %4 results kept":
        "Cache d'analyse : %1 % de succès (%2 succès, %3 échecs), %4 résultats gardés",
    "Store: %1\n%2": "Base : %1\n%2",
    "Store: %1\nSize: %2 (write-ahead log %3) · schema version %4 (this Herald: %5) · journal mode %6 · Herald %7":
        "Base : %1\nTaille : %2 (journal d'écriture anticipée %3) · version du schéma %4 (ce Herald : %5) · mode de journal %6 · Herald %7",
    "never": "jamais", "Checking…": "Vérification…", "Integrity: ok": "Intégrité : ok",
    # Event strip
    "No timeline for this match": "Pas de chronologie pour cette partie", "a minion or a tower": "un sbire ou une tour",
    "participant %1": "participant %1", "%1 · %2 killed %3": "%1 · %2 a éliminé %3", "%1 · %2 took %3": "%1 · %2 a pris %3",
    "%1 · %2 destroyed %3": "%1 · %2 a détruit %3", "%1 · %2": "%1 · %2",
    # Main window
    "Add account…": "Ajouter un compte…", "Sync": "Synchroniser", "Riot API key…": "Clé d'API Riot…",
    "Herald": "Herald", "Main": "Principal",
    "Follow a Riot account (Name#TAG) and download its matches": "Suivre un compte Riot (Nom#TAG) et télécharger ses parties",
    "Download the new matches of every followed account": "Télécharger les nouvelles parties de chaque compte suivi",
    "Your Riot API key, kept in the system keychain": "Votre clé d'API Riot, gardée dans le trousseau du système",
    "Dashboard": "Tableau de bord",
    # Match detail
    "Save note": "Enregistrer la note", "← Matches": "← Parties",
    "No timeline for this match: the gold difference needs one.": "Pas de chronologie pour cette partie : l'écart d'or en a besoin.",
    "Your note on this game (what went well, what to try next time)…": "Votre note sur cette partie (ce qui a marché, ce qu'il faut essayer la prochaine fois)…",
    "Tags, separated by commas (e.g. tilt, duo, good laning)": "Étiquettes, séparées par des virgules (par ex. tilt, duo, bonne phase de lane)",
    "Gold difference (blue side − red side)": "Écart d'or (côté bleu − côté rouge)",
    "Key events: kills, objectives (D dragon, B baron, H herald) and buildings": "Événements clés : éliminations, objectifs (D dragon, B baron, H héraut) et bâtiments",
    "Note and tags": "Note et étiquettes", "Loading %1…": "Chargement de %1…",
    "Match %1 is not in the store": "La partie %1 n'est pas dans la base", "Remake": "Remake", "Victory": "Victoire",
    "Defeat": "Défaite", "patch %1": "patch %1", "Team %1": "Équipe %1", "%1 gold": "%1 d'or", "%1 damage": "%1 de dégâts",
    "Player": "Joueur", "K / D / A": "É / M / A", "CS": "CS", "Gold": "Or", "Damage": "Dégâts", "Vision": "Vision",
    "Level": "Niveau", "Player %1": "Joueur %1", "Gold difference": "Écart d'or", "Saved.": "Enregistré.",
    # Match history and list
    "Match history": "Historique des parties", "Search champion, match id, note or tag": "Chercher un champion, un identifiant de partie, une note ou une étiquette",
    "Loading matches…": "Chargement des parties…", "Double-click a match for its details": "Double-cliquez sur une partie pour ses détails",
    "All matches": "Toutes les parties", "No match fits “%1”.": "Aucune partie ne correspond à « %1 ».",
    "No matches yet.\nAdd your Riot account and press Sync to download them, or import Match-V5 files with “herald-cli import”.":
        "Pas encore de partie.\nAjoutez votre compte Riot et cliquez sur Synchroniser pour les télécharger, ou importez des fichiers Match-V5 avec « herald-cli import ».",
    "Date": "Date", "CS/min": "CS/min", "Duration": "Durée", "Aborted": "Interrompue",
    # Settings
    "Hide other players' Riot IDs (for streaming)": "Masquer les Riot ID des autres joueurs (pour le streaming)",
    "Settings": "Paramètres", "Dark": "Sombre", "Light": "Clair", "The system's (%1)": "Celui du système (%1)",
    "Days, weeks, weekdays and hours of the dashboards are counted in this time zone":
        "Les jours, semaines, jours de la semaine et heures des tableaux de bord sont comptés dans ce fuseau horaire",
    "Requests in flight at once while syncing; Riot's rate limits still apply":
        "Requêtes en cours à la fois pendant la synchro ; les limites de débit de Riot s'appliquent toujours",
    "Change…": "Changer…", "Herald's data folder": "Dossier de données de Herald",
    "%1 (from the next start; the current store stays where it is)": "%1 (au prochain démarrage ; la base actuelle reste où elle est)",
    "Set API key…": "Définir la clé d'API…", "Remove the key from the keychain": "Retirer la clé du trousseau",
    "Theme": "Thème", "Time zone": "Fuseau horaire", "Streamer mode": "Mode streamer",
    "Sync concurrency": "Requêtes simultanées", "Data folder": "Dossier de données", "Language": "Langue",
    "English": "English", "Français": "Français", "(from the next start)": "(au prochain démarrage)",
    # Sync panel and runner
    "Looking up the account": "Recherche du compte", "Reading profile and ranks": "Lecture du profil et des rangs",
    "Listing new matches": "Liste des nouvelles parties", "Downloading matches": "Téléchargement des parties",
    "Done": "Terminé", "Stop the sync; what is downloaded stays, the rest comes next time":
        "Arrêter la synchro ; ce qui est téléchargé reste, le reste viendra la prochaine fois",
    "Syncing…": "Synchronisation…", "about %1:%2 left": "environ %1:%2 restantes",
    "waiting for Riot's rate limit until %1": "attente de la limite de débit de Riot jusqu'à %1",
    "No account to sync: add your Riot account first.": "Aucun compte à synchroniser : ajoutez d'abord votre compte Riot.",
    "Up to date: no new match.": "À jour : aucune nouvelle partie.",
    "A sync is running: add the account when it is done.": "Une synchro est en cours : ajoutez le compte quand elle sera terminée.",
    "Unknown platform %1.": "Plateforme inconnue : %1.",
    "Game data: %1 (the bundled snapshot serves meanwhile)": "Données du jeu : %1 (l'instantané fourni sert en attendant)",
    # Widget editor
    "Number (KPI)": "Nombre (KPI)", "Line over time": "Courbe dans le temps", "Bars": "Barres", "Donut": "Anneau",
    "Heatmap": "Carte de chaleur", "Rank (LP) history": "Historique du rang (PL)", "Recent games": "Parties récentes",
    "Configure the widget": "Configurer le widget", "(none)": "(aucune)", "(the dimension's order)": "(l'ordre de la dimension)",
    "%1, highest first": "%1, du plus haut au plus bas", "no limit": "sans limite", "Type": "Type", "Title": "Titre",
    "Metrics": "Mesures", "By": "Par", "And by": "Et par", "Sort": "Tri", "At most": "Au plus",
    "Minimum games": "Parties minimum", "Ranked queue": "File classée",
    # Widget frame
    "no games in the previous %1": "aucune partie sur les %1 précédents", " pts": " pts",
    "%1 vs the previous %2": "%1 par rapport aux %2 précédents", "Loading…": "Chargement…", "Configure…": "Configurer…",
    "Remove": "Retirer", "Move left": "Déplacer à gauche", "Move right": "Déplacer à droite", "Move up": "Monter",
    "Move down": "Descendre", "Narrower": "Plus étroit", "Wider": "Plus large", "Shorter": "Moins haut",
    "Taller": "Plus haut", "Choose the metrics, dimensions and sort": "Choisir les mesures, les dimensions et le tri",
    "Remove this widget": "Retirer ce widget", "d MMM, HH:mm": "d MMM, HH:mm",
    "No rank history yet: each sync records your rank and LP.": "Pas encore d'historique de rang : chaque synchro enregistre votre rang et vos PL.",
    # Built-in templates
    "Builds": "Builds",
    "What works for you: runes, first items, spells and skill orders, from your own games": "Ce qui marche pour vous : runes, premiers objets, sorts et ordres de compétences, tirés de vos propres parties",
    "Your best build (5 games or more)": "Votre meilleur build (5 parties ou plus)",
    "Win rate by keystone": "Taux de victoire par rune principale", "Win rate by first item": "Taux de victoire par premier objet",
    "Win rate by summoner spells": "Taux de victoire par sorts d'invocateur",
    "Win rate by skill order": "Taux de victoire par ordre des compétences",
    "Items you finish games with": "Les objets avec lesquels vous finissez vos parties",
    "Keystone": "Rune principale", "Primary runes": "Branche principale", "Secondary runes": "Branche secondaire",
    "Summoner spells": "Sorts d'invocateur", "Item": "Objet", "Trinket": "Babiole", "First item": "Premier objet",
    "Skill order": "Ordre des compétences", "Augment": "Augment", "No timeline": "Sans chronologie",
    "None": "Aucun", "Keystone: %1": "Rune principale : %1", "First item: %1": "Premier objet : %1",
    "Your games with it, in the Builds dashboard": "Vos parties avec, dans le tableau Builds",
    "Against lane opponents": "Face aux adversaires de lane", "CS difference at 10": "Écart de CS à 10 min",
    "CS difference at 15": "Écart de CS à 15 min", "CS per minute": "CS par minute", "Champion pool": "Pool de champions",
    "Champions in solo queue": "Champions en solo/duo", "Games by champion": "Parties par champion",
    "Gold and CS difference at 15 by week": "Écarts d'or et de CS à 15 min par semaine",
    "Gold difference at 10": "Écart d'or à 10 min", "Gold difference at 10 by role": "Écart d'or à 10 min par rôle",
    "Gold difference at 15": "Écart d'or à 15 min", "KDA and CS/min by week": "KDA et CS/min par semaine",
    "KDA by champion": "KDA par champion", "Laning": "Phase de lane", "Matchups": "Confrontations",
    "Overview": "Vue d'ensemble", "Ranked progress": "Progression en classée", "Roles": "Rôles",
    "Solo queue LP": "PL en solo/duo", "Solo queue games": "Parties en solo/duo", "Solo queue win rate": "Taux de victoire en solo/duo",
    "Solo queue: LP, form and the champions that win": "Solo/duo : PL, forme et les champions qui gagnent",
    "The first 15 minutes against your lane opponent (from the timelines)": "Les 15 premières minutes face à votre adversaire de lane (d'après les chronologies)",
    "Which champions you play, how well, and against whom": "Quels champions vous jouez, avec quel succès, et contre qui",
    "Win rate by champion": "Taux de victoire par champion", "Win rate by day and hour": "Taux de victoire par jour et heure",
    "Win rate by week": "Taux de victoire par semaine",
    "Your form over the last 90 days: results, champions, roles and recent games": "Votre forme sur les 90 derniers jours : résultats, champions, rôles et parties récentes",
    # main
    "All accounts": "Tous les comptes",
    "Herald keeps your League of Legends matches and analyses them.": "Herald garde vos parties de League of Legends et les analyse.",
    "Data folder (default: $HERALD_DATA_DIR, else the platform's app data folder).": "Dossier de données (par défaut : $HERALD_DATA_DIR, sinon le dossier de données d'application de la plateforme).",
    "Render the window with real data, save it as a PNG and exit.": "Afficher la fenêtre avec de vraies données, l'enregistrer en PNG et quitter.",
    "Window size for --screenshot, e.g. 1600x1000.": "Taille de la fenêtre pour --screenshot, par ex. 1600x1000.",
    "The dashboard template to open, by id (overview, ranked-progress, ...).": "Le modèle de tableau de bord à ouvrir, par identifiant (overview, ranked-progress, ...).",
    "The interface language: en or fr (default: the Settings choice, else the system's).": "La langue de l'interface : en ou fr (par défaut : le choix des Paramètres, sinon celle du système).",
    "Herald is already running": "Herald est déjà lancé", "Herald cannot open its data": "Herald ne peut pas ouvrir ses données",
    "Demo data: explore Herald with Demo#HRLD.": "Données de démonstration : explorez Herald avec Demo#HRLD.",
    "Preparing your matches…": "Préparation de vos parties…",
    "API key removed from the keychain.": "Clé d'API retirée du trousseau.",
    # Import and local accounts
    "import": "import",
    "An import is running: drop the files again when it is done.": "Un import est en cours : déposez à nouveau les fichiers quand il sera terminé.",
    "Importing…": "Import…",
    "Import match files": "Importer des fichiers de parties",
    "Match-V5 files (*.json);;All files (*)": "Fichiers Match-V5 (*.json);;Tous les fichiers (*)",
    "Importing: %1 of %2 files…": "Import : %1 fichiers sur %2…",
    "Import: %1.": "Import : %1.",
    "Import": "Import",
    "These files were not imported; the others were kept.": "Ces fichiers n'ont pas été importés ; les autres ont été gardés.",
    "No account to analyse yet": "Aucun compte à analyser pour l'instant",
    "Import match files…": "Importer des fichiers de parties…",
    "Which player are you?": "Quel joueur êtes-vous ?",
    "Add a Riot account…": "Ajouter un compte Riot…",
    "Import your Match-V5 files (or drop them on this window), then tell Herald which player you are. With a Riot API key, you can instead add your Riot account and sync its matches.":
        "Importez vos fichiers Match-V5 (ou déposez-les sur cette fenêtre), puis dites à Herald quel joueur vous êtes. Avec une clé d'API Riot, vous pouvez plutôt ajouter votre compte Riot et synchroniser ses parties.",
    "Import files…": "Importer des fichiers…",
    "Import Match-V5 match and timeline files (or drop files and folders on the window)":
        "Importer des fichiers de parties et de timelines Match-V5 (ou déposer fichiers et dossiers sur la fenêtre)",
    "Your imported matches name these players, most games first. Choose yourself: Herald follows you as a local account, without a Riot API key and without syncing, and every view shows your games.":
        "Vos parties importées nomment ces joueurs, les plus fréquents d'abord. Choisissez-vous : Herald vous suit comme compte local, sans clé d'API Riot ni synchronisation, et chaque vue montre vos parties.",
    "Search a Riot ID": "Chercher un Riot ID",
    "That's me": "C'est moi",
    "Reading the players…": "Lecture des joueurs…",
    "No stored match names a player yet: import your match files first.": "Aucune partie enregistrée ne nomme de joueur : importez d'abord vos fichiers de parties.",
    'No player\'s Riot ID contains "%1".': "Aucun Riot ID de joueur ne contient « %1 ».",
    "Following %1…": "Suivi de %1…",
    "%1 is your local account: every view shows their games.": "%1 est votre compte local : chaque vue montre ses parties.",
    # Arena placements and the match page
    "1st": "1er", "2nd": "2e", "3rd": "3e", "4th": "4e", "5th": "5e", "6th": "6e", "7th": "7e", "8th": "8e",
    "Every player over time (you and your lane opponent first)": "Chaque joueur au fil du temps (vous et votre adversaire direct d'abord)",
    "Experience": "Expérience",
    "%1 damage to champions, %2 taken": "%1 dégâts aux champions, %2 subis",
    "Penta": "Penta", "Quadra": "Quadra", "Triple": "Triple", "Double": "Double",
    "<b>%1</b> — %2 · %3 survived · level %4": "<b>%1</b> — %2 · %3 de survie · niveau %4",
    "Build": "Build",
    "level %1": "niveau %1",
    "%1\n%2/min": "%1\n%2/min",
    "Your lane opponent": "Votre adversaire direct",
    "Remove this filter": "Retirer ce filtre",
    "Reset zoom": "Annuler le zoom",
    # Reports and exports
    "Export report": "Exporter un rapport", "Export data": "Exporter des données",
    "Choose an account first: a report shows a player's dashboard.":
        "Choisissez d'abord un compte : un rapport montre le tableau de bord d'un joueur.",
    "Last %1": "Depuis %1", "Since %1": "Depuis le %1", "until %1": "jusqu'au %1",
    "last %1 games": "%1 dernières parties", "Whole history": "Tout l'historique",
    "Choose a file ending in .csv, .json or .xlsx.": "Choisissez un fichier en .csv, .json ou .xlsx.",
    "Excel workbooks (*.xlsx);;CSV files (*.csv);;JSON files (*.json)":
        "Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv);;Fichiers JSON (*.json)",
    "(no player named)": "(aucun joueur nommé)", "Players: %1": "Joueurs : %1", "Filters: %1": "Filtres : %1",
    "none": "aucun", "Period: %1": "Période : %1", "Generated %1 by Herald %2": "Généré le %1 par Herald %2",
    "Page %1 of %2": "Page %1 sur %2", "The numbers": "Les chiffres",
    "Made with Herald %1. This file needs no network and runs no script.":
        "Fait avec Herald %1. Ce fichier n'a besoin d'aucun réseau et n'exécute aucun script.",
    "Cancel export": "Annuler l'export",
    "Every stored match, with the side of each followed account.":
        "Toutes les parties enregistrées, avec le côté de chaque compte suivi.",
    "The matches of %1, with the dashboard's filters.": "Les parties de %1, avec les filtres du tableau de bord.",
    "Matches (one row per game)": "Parties (une ligne par partie)",
    "Participants (all ten players of each game)": "Participants (les dix joueurs de chaque partie)",
    "Timeline frames (gold, XP, CS each minute)": "Images de la chronologie (or, XP, CS chaque minute)",
    "Timeline events (kills, objectives, buildings)": "Événements de la chronologie (éliminations, objectifs, bâtiments)",
    "Rank history (LP)": "Historique du rang (PL)",
    "Excel workbook (.xlsx): a sheet per dataset": "Classeur Excel (.xlsx) : une feuille par jeu de données",
    "CSV (.csv): one dataset": "CSV (.csv) : un jeu de données", "JSON (.json)": "JSON (.json)",
    "Format": "Format", "Exporting %1: %2 of %3%4": "Export de %1 : %2 sur %3%4", "Exporting…": "Export…",
    "Cancelled: no file was written.": "Annulé : aucun fichier n'a été écrit.",
    "%1 files (*.%2)": "Fichiers %1 (*.%2)", "When": "Quand", "What": "Quoi", "Saved to": "Enregistré dans",
    "Recent exports": "Exports récents", "Export report…": "Exporter un rapport…",
    "Export data…": "Exporter des données…",
    "The dashboard as a PDF, PNG or HTML file": "Le tableau de bord en fichier PDF, PNG ou HTML",
    "Matches, players, timelines and ranks as CSV, JSON or Excel files":
        "Parties, joueurs, chronologies et rangs en fichiers CSV, JSON ou Excel",
    "&File": "&Fichier", "Quit": "Quitter",
    "The matches shown (search and filters applied) as a CSV, JSON or Excel file":
        "Les parties affichées (recherche et filtres appliqués) en fichier CSV, JSON ou Excel",
    "PDF document": "Document PDF", "PNG image": "Image PNG", "HTML page (one file)": "Page HTML (un fichier)",
    "Letter": "Lettre US", "Portrait": "Portrait", "Landscape": "Paysage", " px": " px",
    "Computing the report…": "Calcul du rapport…", "Paper": "Papier", "Orientation": "Orientation",
    "Image width": "Largeur de l'image", "Image height": "Hauteur de l'image",
    "The report cannot be made: %1": "Le rapport ne peut pas être fait : %1", "Saved %1.": "Enregistré : %1.",
    "PDF documents (*.pdf)": "Documents PDF (*.pdf)", "PNG images (*.png)": "Images PNG (*.png)",
    "HTML pages (*.html)": "Pages HTML (*.html)",

    # The Herald server
    "Herald account": "Compte Herald", "Sign in…": "Se connecter…", "Signed in": "Connecté",
    "Signed in as %1": "Connecté en tant que %1", "Community dashboards…": "Tableaux de bord de la communauté…",
    "Sync dashboards and settings": "Synchroniser tableaux de bord et réglages", "Sign out": "Se déconnecter",
    "Your Herald session has ended: sign in again to sync through the Herald server.":
        "Votre session Herald a pris fin : reconnectez-vous pour synchroniser via le serveur Herald.",
    "The Herald server cannot be reached: the dashboard will be published with the next sync.":
        "Le serveur Herald est injoignable : le tableau de bord sera publié à la prochaine synchronisation.",
    "Dashboard published: it is kept in step on your devices.":
        "Tableau de bord publié : il reste à jour sur tous vos appareils.",
    "Deleted on your Herald account too.": "Supprimé aussi de votre compte Herald.",
    "The Herald server": "Le serveur Herald", "Sign in to your Herald account…": "Se connecter à votre compte Herald…",
    "The Herald server (signed in as %1)": "Le serveur Herald (connecté en tant que %1)",
    "Matches come through the Herald server's relay: no Riot key needed.":
        "Les parties arrivent par le relais du serveur Herald : aucune clé Riot nécessaire.",
    "Sign in to your Herald account to download matches without a key.":
        "Connectez-vous à votre compte Herald pour télécharger vos parties sans clé.",
    "Previous": "Précédent", "Next": "Suivant", "Add to my dashboards": "Ajouter à mes tableaux de bord",
    "Community dashboards": "Tableaux de bord de la communauté",
    "Search shared dashboards": "Chercher parmi les tableaux de bord partagés",
    "Added to your dashboards.": "Ajouté à vos tableaux de bord.", "Searching…": "Recherche…",
    "No shared dashboard matches.": "Aucun tableau de bord partagé ne correspond.",
    "Templates: %1 sent, %2 received. Settings in step.":
        "Tableaux de bord : %1 envoyé(s), %2 reçu(s). Réglages à jour.",
    "Changed on another device too: yours is kept as “%1”.":
        "Modifié aussi sur un autre appareil : le vôtre est gardé sous « %1 ».",
    "Sign in to sync without a Riot key, share dashboards and keep your settings in step":
        "Connectez-vous pour synchroniser sans clé Riot, partager des tableaux de bord et garder vos réglages à jour",
    "Sign in": "Se connecter", "Sign in to Herald": "Se connecter à Herald",
    "With a Herald account, Herald downloads your matches through the Herald server: no Riot API key needed. It also keeps your LP history, and your dashboards and settings in step on your devices.":
        "Avec un compte Herald, Herald télécharge vos parties via le serveur Herald : aucune clé d'API Riot "
        "nécessaire. Il garde aussi votre historique de PL, et vos tableaux de bord et réglages à jour sur vos "
        "appareils.",
    "you@example.org": "vous@exemple.fr", "Server: %1": "Serveur : %1", "Email": "E-mail",
    "Password": "Mot de passe", "Type your email and your password.": "Saisissez votre e-mail et votre mot de passe.",
    "Sign in to your Herald account first.": "Connectez-vous d'abord à votre compte Herald.",
    "%1: sign in to your Herald account to sync it through the Herald server.":
        "%1 : connectez-vous à votre compte Herald pour le synchroniser via le serveur Herald.",
    "%1: LP history: %2": "%1 : historique de PL : %2", "Publish…": "Publier…",
    "Send this dashboard to your Herald account: kept in step on your devices, and shared with other players if you wish":
        "Envoyer ce tableau de bord sur votre compte Herald : à jour sur vos appareils, et partagé avec les autres "
        "joueurs si vous le souhaitez",
    "Publish the dashboard": "Publier le tableau de bord",
    "Share “%1” with other players? (No: private to your own devices.)":
        "Partager « %1 » avec les autres joueurs ? (Non : privé, sur vos appareils seulement.)",
    "“%1” is published on your Herald account. Delete it there too (on all your devices)?":
        "« %1 » est publié sur votre compte Herald. Le supprimer là aussi (sur tous vos appareils) ?",
    "Choose a dashboard to see its layout.": "Choisissez un tableau de bord pour voir sa disposition.",
    "The view to open: dashboard (default), matches, match:<id> (one match's details), compare (players side by side), settings, diagnostics, players (the \"Which player are you?\" dialog), or export-report (File > Export report…).":
        "La vue à ouvrir : dashboard (par défaut), matches, match:<id> (le détail d'une partie), compare (les "
        "joueurs côte à côte), settings, "
        "diagnostics, players (la fenêtre « Quel joueur êtes-vous ? ») ou export-report (Fichier > Exporter un "
        "rapport…).",

    "After two losses": "Après deux défaites",
    "After two wins": "Après deux victoires",
    "Best partners": "Meilleurs partenaires",
    "First game of a session": "Première partie d'une session",
    "Fourth game or later": "Quatrième partie ou plus",
    "Goal: CS/min in ranked": "Objectif : CS/min en classé",
    "Goal: deaths per game": "Objectif : morts par partie",
    "Goal: win rate by month": "Objectif : taux de victoire par mois",
    "Habits": "Habitudes",
    "Sessions, streaks, the partners you win with and the goals you track": "Sessions, séries, les partenaires avec qui vous gagnez et vos objectifs",
    "What your history says": "Ce que dit votre historique",
    "Win rate by game of the session": "Taux de victoire selon la partie de la session",
    "Win rate by streak before the game": "Taux de victoire selon la série avant la partie",
    "After a win": "Après une victoire",
    "After 2 wins": "Après 2 victoires",
    "After 3+ wins": "Après 3+ victoires",
    "After a loss": "Après une défaite",
    "After 2 losses": "Après 2 défaites",
    "After 3+ losses": "Après 3+ défaites",
    "First game": "Première partie",
    "Game %1": "Partie %1",
    "Game of the session": "Partie de la session",
    "Streak before": "Série avant",
    "target met": "objectif atteint",
    "target missed": "objectif manqué",
    "Goal": "Objectif",
    "The value to reach; a rate in percent": "La valeur à atteindre ; un taux en pourcentage",
    "At least": "Au moins",
    "How many of the last days, weeks or months ('By') the goal covers": "Combien des derniers jours, semaines ou mois (« Par ») l'objectif couvre",
    "Target": "Cible",
    "Periods": "Périodes",
    "You win %1 of fourth-or-later games of a session (n = %2) against %3 of first games (n = %4).": "Vous gagnez %1 des parties jouées en quatrième position ou plus dans une session (n = %2), contre %3 des premières parties (n = %4).",
    "%1 as %2: %3 over %4 games, better than only %5 of the %2 players of your games (n = %6; a quarter of them do better than %7).":
        "%1 en %2 : %3 sur %4 parties, mieux que seulement %5 des joueurs %2 de vos parties (n = %6 ; un quart d'entre eux font mieux que %7).",
    "Your lobbies: the other players of your games in that role (herald-cli benchmark); you are below their 25th percentile.":
        "Vos lobbys : les autres joueurs de vos parties à ce rôle (herald-cli benchmark) ; vous êtes sous leur 25e centile.",
    "After two losses in a row you win %1 of games (n = %2); after a win, %3 (n = %4).": "Après deux défaites d'affilée, vous gagnez %1 des parties (n = %2) ; après une victoire, %3 (n = %4).",
    "You win %1 of games started between midnight and 6 a.m. (n = %2) against %3 the rest of the day (n = %4).": "Vous gagnez %1 des parties commencées entre minuit et 6 h (n = %2), contre %3 le reste de la journée (n = %4).",
    "With %1 on your team you win %2 of games (n = %3); without them, %4 (n = %5).": "Avec %1 dans votre équipe, vous gagnez %2 des parties (n = %3) ; sans, %4 (n = %5).",
    "Nothing stands out yet: no difference in your history is larger than chance would give (each side needs at least 20 games).": "Rien ne ressort pour l'instant : aucune différence de votre historique ne dépasse ce que donnerait le hasard (il faut au moins 20 parties de chaque côté).",
    "Two-proportion test: z = %1, p = %2 (significant at 95 % over all the comparisons made)": "Test de deux proportions : z = %1, p = %2 (significatif à 95 % sur l'ensemble des comparaisons faites)",
    "No games yet": "Pas encore de partie",
    "%1 in %2": "%1 en %2",
    "Target: at most %1 · met in %2 of the last %3": "Cible : au plus %1 · atteinte %2 fois sur les %3",
    "Target: at least %1 · met in %2 of the last %3": "Cible : au moins %1 · atteinte %2 fois sur les %3",
    # Issue 25: the first hour
    "report": "rapport",
    "Game data: %1 (champions from the Herald server instead: %2)": "Données du jeu : %1 (les champions viennent du serveur Herald : %2)",
    "%1 (copy)": "%1 (copie)",
    "Configure: the metrics, dimensions and sort": "Configurer : les métriques, les dimensions et le tri",
    "ARAM (no lanes)": "ARAM (sans voies)", "Arena (no lanes)": "Arène (sans voies)",
    "Swarm (no lanes)": "Essaim (sans voies)",
    "Dashboard widgets": "Widgets du tableau de bord",
    "Every player over time (you first)": "Chaque joueur au fil du temps (vous d'abord)",
    "Last %1 of play, to %2": "%1 de jeu jusqu'au %2",
    "“%1” reads the whole history (every period)": "« %1 » lit tout l'historique (toutes périodes)",
    "Count from my last game": "Compter depuis ma dernière partie",
    "Count from today": "Compter depuis aujourd'hui",
    "When this period holds none of your games, count it back from your latest game":
        "Quand cette période ne contient aucune de vos parties, la compter depuis votre dernière partie",
    "Count this period back from today, even if it holds none of your games":
        "Compter cette période depuis aujourd'hui, même si elle ne contient aucune de vos parties",
    "%1 · whole history": "%1 · tout l'historique",
    'After 2+ losses':
        'Après 2 défaites ou plus',
    'After 2+ wins':
        'Après 2 victoires ou plus',
    '%1 holds objects Herald did not make (%2). They could change your data, so Herald does not use this store: restore a backup, or start with an empty store.':
        "%1 contient des objets qu'Herald n'a pas créés (%2). Ils pourraient modifier vos données : Herald n'utilise donc pas cette base. Restaurez une sauvegarde, ou repartez d'une base vide.",
    '%1 holds objects Herald did not make (%2): it is not restored, and your store is left as it is.':
        "%1 contient des objets qu'Herald n'a pas créés (%2) : elle n'est pas restaurée, et votre base reste telle quelle.",
    '%1 is not a file (a folder, a device or a pipe): Herald writes only to files. Choose another name.':
        "%1 n'est pas un fichier (un dossier, un périphérique ou un tube) : Herald n'écrit que dans des fichiers. Choisissez un autre nom.",
    'Local accounts (the demo, players of imported files) are not synced: import more files, or add an account with a Riot key or your Herald account (Add account…).':
        "Les comptes locaux (la démo, les joueurs des fichiers importés) ne se synchronisent pas : importez d'autres fichiers, ou ajoutez un compte avec une clé Riot ou votre compte Herald (Ajouter un compte…).",
    'A player in my imported files (no key, no sync)':
        'Un joueur de mes fichiers importés (sans clé, sans synchronisation)',
    'Add account':
        'Ajouter un compte',
    'Choose yourself among the players your imported match files name: Herald shows your games without a Riot key and does not sync them.':
        'Choisissez-vous parmi les joueurs que nomment vos fichiers de parties importés : Herald montre vos parties sans clé Riot et ne les synchronise pas.',
    'Which player are you?…':
        'Quel joueur êtes-vous ?…',
    'Choose yourself among the players of your imported matches: Herald follows you as a local account':
        'Choisissez-vous parmi les joueurs de vos parties importées : Herald vous suit comme compte local',
    'Your imported matches name these players, most games first (the demo player last). Choose yourself: Herald follows you as a local account, without a Riot API key and without syncing, and every view shows your games.':
        "Vos parties importées nomment ces joueurs, les plus fréquents d'abord (le joueur de démonstration en dernier). Choisissez-vous : Herald vous suit comme compte local, sans clé d'API Riot et sans synchronisation, et chaque vue montre vos parties.",
    'Game data: %1 (names are there; icons next time)':
        'Données du jeu : %1 (les noms sont là ; les icônes à la prochaine fois)',
    'Dashboard renamed.':
        'Tableau de bord renommé.',
    'Dashboard “%1” deleted.':
        'Tableau de bord « %1 » supprimé.',
    'Herald keeps your League of Legends games on this computer and turns them into dashboards you can shape yourself.\n\nBring your games in whichever way suits you: import the match files you have (Match-V5 JSON, no key needed), sign in to your Herald account (the server fetches them for you), or follow your account with your own Riot API key (from developer.riotgames.com, kept in the system keychain). Or look around with the demo history of Demo#HRLD first: all three stay in the toolbar.':
        "Herald garde vos parties de League of Legends sur cet ordinateur et en fait des tableaux de bord que vous façonnez vous-même.\n\nFaites entrer vos parties comme il vous convient : importez les fichiers de parties que vous avez (JSON Match-V5, sans clé), connectez-vous à votre compte Herald (le serveur les récupère pour vous), ou suivez votre compte avec votre propre clé d'API Riot (sur developer.riotgames.com, gardée dans le trousseau du système). Ou faites d'abord le tour avec l'historique de démonstration de Demo#HRLD : les trois restent dans la barre d'outils.",
    'Import my match files…':
        'Importer mes fichiers de parties…',
    'Sign in to Herald…':
        'Se connecter à Herald…',
    'Use my Riot API key…':
        "Utiliser ma clé d'API Riot…",
    # The Compared dashboard and the lobby median (issue 28).
    "Compared": "Comparé",
    "You against the other players of your games, role by role: where you stand in your lobbies":
        "Vous face aux autres joueurs de vos parties, rôle par rôle : votre place dans vos lobbies",
    "Farming and laning": "Farm et phase de lane",
    "Fights": "Combats",
    "Damage and vision": "Dégâts et vision",
    "as %1: %2 · lobby median %3": "en %1 : %2 · médiane %3",
    "(the other %1 players of your games, n = %2)": "(les autres joueurs %1 de vos parties, n = %2)",
    "no lane games to compare with": "aucune partie avec des lanes pour comparer",
    "%1 over %2 games — no %3 players in your games to compare with":
        "%1 sur %2 parties — aucun joueur %3 dans vos parties pour comparer",
    "%1 over %2 games — better than %3 of %4 players in your games (middle half %5 to %6, n = %7)":
        "%1 sur %2 parties — meilleur que %3 des joueurs %4 de vos parties (moitié centrale de %5 à %6, n = %7)",
    "No lane games here: ARAM and Arena have no lanes to compare":
        "Aucune partie avec des lanes ici : l'ARAM et l'Arène n'ont pas de lanes à comparer",
    "You against your lobbies": "Vous face à vos lobbies",
    "Show the median of your lobbies under the value": "Afficher la médiane de vos lobbies sous la valeur",
    "The median of the other players of your main role in the same games":
        "La médiane des autres joueurs de votre rôle principal dans les mêmes parties",
    "Lobbies": "Lobbies",
    # Players side by side (the Compare page).
    "Players to compare": "Joueurs à comparer",
    "Metrics of": "Métriques de",
    "Players side by side": "Joueurs côte à côte",
    "Write the table as CSV, JSON or Excel": "Écrire le tableau en CSV, JSON ou Excel",
    "Players (2 to 5)": "Joueurs (2 à 5)",
    "Follow two accounts or more (Add account…) to set them side by side.":
        "Suivez au moins deux comptes (Ajouter un compte…) pour les mettre côte à côte.",
    "Comparing…": "Comparaison…",
    "Metric": "Métrique",
    "Best": "Meilleur",
    "%1 (%2)": "%1 (%2)",
    "%1, best": "%1, le meilleur",
    "The same games for everyone: %1, %2. The best of each row is in bold (for deaths, the fewest).":
        "Les mêmes parties pour tous : %1, %2. Le meilleur de chaque ligne est en gras (pour les morts, le moins).",
    "Compare": "Comparer",
}

# Plurals: (one, many)
FR_N = {
    "%n match(es) older than %1: %2 of timelines.": ("%n partie antérieure au %1 : %2 de chronologies.",
                                                     "%n parties antérieures au %1 : %2 de chronologies."),
    "Archived the timelines of %n match(es); the database went from %1 to %2.": (
        "Chronologie de %n partie archivée ; la base est passée de %1 à %2.",
        "Chronologies de %n parties archivées ; la base est passée de %1 à %2."),
    "%n skipped (not a file)": ("%n ignoré (pas un fichier)", "%n ignorés (pas des fichiers)"),
    "%1 — by %2 · %n download(s)": ("%1 — par %2 · %n téléchargement", "%1 — par %2 · %n téléchargements"),
    "Page %1 of %2 · %n dashboard(s)": ("Page %1 sur %2 · %n tableau de bord", "Page %1 sur %2 · %n tableaux de bord"),
    ", about %n second(s) left": (", environ %n seconde restante", ", environ %n secondes restantes"),
    "Saved %n row(s) to %1.": ("%n ligne enregistrée dans %1.", "%n lignes enregistrées dans %1."),
    "Saved %1 (%n page(s)).": ("Enregistré : %1 (%n page).", "Enregistré : %1 (%n pages)."),
    "%n kill(s)": ("%n élimination", "%n éliminations"),
    "%n match(es) stored": ("%n partie enregistrée", "%n parties enregistrées"),
    "%1 · %n match(es)": ("%1 · %n partie", "%1 · %n parties"),
    "Sync cancelled: %n new match(es) kept, the rest comes next time.":
        ("Synchro annulée : %n nouvelle partie gardée, le reste viendra la prochaine fois.",
         "Synchro annulée : %n nouvelles parties gardées, le reste viendra la prochaine fois."),
    "%n new match(es).": ("%n nouvelle partie.", "%n nouvelles parties."),
    "%n problem(s): %1": ("%n problème : %1", "%n problèmes : %1"),
    "%n account(s) together": ("%n compte ensemble", "%n comptes ensemble"),
    "Your store holds %n match(es), but no account is chosen. Tell Herald which player you are: it follows you as a local account, without a Riot API key, and analyses your games here. Or add a Riot account to sync its matches.":
        ("Votre base contient %n partie, mais aucun compte n'est choisi. Dites à Herald quel joueur vous êtes : il vous suit comme compte local, sans clé d'API Riot, et analyse vos parties ici. Ou ajoutez un compte Riot pour synchroniser ses parties.",
         "Votre base contient %n parties, mais aucun compte n'est choisi. Dites à Herald quel joueur vous êtes : il vous suit comme compte local, sans clé d'API Riot, et analyse vos parties ici. Ou ajoutez un compte Riot pour synchroniser ses parties."),
    "%n match(es) imported": ("%n partie importée", "%n parties importées"),
    "%n replaced": ("%n remplacée", "%n remplacées"),
    "%n timeline(s)": ("%n timeline", "%n timelines"),
    "%n already stored": ("%n déjà enregistrée", "%n déjà enregistrées"),
    "%n timeline(s) waiting for their match": ("%n timeline en attente de sa partie", "%n timelines en attente de leur partie"),
    "%n poorer copy(ies) left out": ("%n copie moins complète écartée", "%n copies moins complètes écartées"),
    "%n file(s) failed": ("%n fichier en échec", "%n fichiers en échec"),
    "%1  ·  %n game(s)": ("%1  ·  %n partie", "%1  ·  %n parties"),
    "%n game(s)": ("%n partie", "%n parties"),
    "+%n more line(s): the app and Export data… list them all": (
        "+%n ligne de plus : l'application et Exporter des données… les listent toutes",
        "+%n lignes de plus : l'application et Exporter des données… les listent toutes"),
    "Tick 2 to 5 players: %n ticked.": ("Cochez 2 à 5 joueurs : %n coché.", "Cochez 2 à 5 joueurs : %n cochés."),
    "%1 · %2 · %n game(s) · %3": ("%1 · %2 · %n partie · %3", "%1 · %2 · %n parties · %3"),
    "%n day(s)": ("%n dernier jour", "%n derniers jours"),
    "%n week(s)": ("%n dernière semaine", "%n dernières semaines"),
    "%n month(s)": ("%n dernier mois", "%n derniers mois"),
    # Issue 25
    "No %1 with %n games or more in this period":
        ["Aucun groupe « %1 » avec %n partie ou plus sur cette période",
         "Aucun groupe « %1 » avec %n parties ou plus sur cette période"],
    'Removed %n file(s) left by an interrupted restore or backup (%1 freed).':
        ['%n fichier laissé par une restauration ou une sauvegarde interrompue a été supprimé (%1 libérés).', '%n fichiers laissés par une restauration ou une sauvegarde interrompue ont été supprimés (%1 libérés).'],
}


def main(path):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = FR_N.get(source)
            if forms is None:
                missing.append(source)
                continue
            for element, text in zip(translation.findall("numerusform"), forms):
                element.text = text
        else:
            text = FR.get(source)
            if text is None:
                missing.append(source)
                continue
            translation.text = text
    if missing:
        sys.exit("no French text for:\n  " + "\n  ".join(repr(m) for m in missing))
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "resources/translations/herald_fr.ts")
