<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>BuiltinTemplates</name>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="13" />
        <source>After 2+ losses</source>
        <translation>Après 2 défaites ou plus</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="14" />
        <source>After 2+ wins</source>
        <translation>Après 2 victoires ou plus</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="15" />
        <source>Against lane opponents</source>
        <translation>Face aux adversaires de lane</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="16" />
        <source>Best partners</source>
        <translation>Meilleurs partenaires</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="17" />
        <source>CS difference at 10</source>
        <translation>Écart de CS à 10 min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="18" />
        <source>CS difference at 15</source>
        <translation>Écart de CS à 15 min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="19" />
        <source>CS per minute</source>
        <translation>CS par minute</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="20" />
        <source>Champion pool</source>
        <translation>Pool de champions</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="21" />
        <source>Champions in solo queue</source>
        <translation>Champions en solo/duo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="22" />
        <source>First game of a session</source>
        <translation>Première partie d'une session</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="23" />
        <source>Fourth game or later</source>
        <translation>Quatrième partie ou plus</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="24" />
        <source>Games</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="25" />
        <source>Games by champion</source>
        <translation>Parties par champion</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="26" />
        <source>Goal: CS/min in ranked</source>
        <translation>Objectif : CS/min en classé</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="27" />
        <source>Goal: deaths per game</source>
        <translation>Objectif : morts par partie</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="28" />
        <source>Goal: win rate by month</source>
        <translation>Objectif : taux de victoire par mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="29" />
        <source>Gold and CS difference at 15 by week</source>
        <translation>Écarts d'or et de CS à 15 min par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="30" />
        <source>Gold difference at 10</source>
        <translation>Écart d'or à 10 min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="31" />
        <source>Gold difference at 10 by role</source>
        <translation>Écart d'or à 10 min par rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="32" />
        <source>Gold difference at 15</source>
        <translation>Écart d'or à 15 min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="33" />
        <source>Habits</source>
        <translation>Habitudes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="34" />
        <source>KDA</source>
        <translation>KDA</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="35" />
        <source>KDA and CS/min by week</source>
        <translation>KDA et CS/min par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="36" />
        <source>KDA by champion</source>
        <translation>KDA par champion</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="37" />
        <source>LP</source>
        <translation>PL</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="38" />
        <source>Laning</source>
        <translation>Phase de lane</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="39" />
        <source>Matchups</source>
        <translation>Confrontations</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="40" />
        <source>Overview</source>
        <translation>Vue d'ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="41" />
        <source>Ranked progress</source>
        <translation>Progression en classée</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="42" />
        <source>Recent games</source>
        <translation>Parties récentes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="43" />
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="44" />
        <source>Sessions, streaks, the partners you win with and the goals you track</source>
        <translation>Sessions, séries, les partenaires avec qui vous gagnez et vos objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="45" />
        <source>Solo queue LP</source>
        <translation>PL en solo/duo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="46" />
        <source>Solo queue games</source>
        <translation>Parties en solo/duo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="47" />
        <source>Solo queue win rate</source>
        <translation>Taux de victoire en solo/duo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="48" />
        <source>Solo queue: LP, form and the champions that win</source>
        <translation>Solo/duo : PL, forme et les champions qui gagnent</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="49" />
        <source>The first 15 minutes against your lane opponent (from the timelines)</source>
        <translation>Les 15 premières minutes face à votre adversaire de lane (d'après les chronologies)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="50" />
        <source>What your history says</source>
        <translation>Ce que dit votre historique</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="51" />
        <source>Which champions you play, how well, and against whom</source>
        <translation>Quels champions vous jouez, avec quel succès, et contre qui</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="52" />
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="53" />
        <source>Win rate by champion</source>
        <translation>Taux de victoire par champion</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="54" />
        <source>Win rate by day and hour</source>
        <translation>Taux de victoire par jour et heure</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="55" />
        <source>Win rate by game of the session</source>
        <translation>Taux de victoire selon la partie de la session</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="56" />
        <source>Win rate by streak before the game</source>
        <translation>Taux de victoire selon la série avant la partie</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="59" />
        <source>Win rate by week</source>
        <translation>Taux de victoire par semaine</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="60" />
        <source>Builds</source>
        <translation>Builds</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="61" />
        <source>What works for you: runes, first items, spells and skill orders, from your own games</source>
        <translation>Ce qui marche pour vous : runes, premiers objets, sorts et ordres de compétences, tirés de vos propres parties</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="63" />
        <source>Your best build (5 games or more)</source>
        <translation>Votre meilleur build (5 parties ou plus)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="64" />
        <source>Win rate by keystone</source>
        <translation>Taux de victoire par rune principale</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="65" />
        <source>Win rate by first item</source>
        <translation>Taux de victoire par premier objet</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="66" />
        <source>Win rate by summoner spells</source>
        <translation>Taux de victoire par sorts d'invocateur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="67" />
        <source>Win rate by skill order</source>
        <translation>Taux de victoire par ordre des compétences</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="68" />
        <source>Items you finish games with</source>
        <translation>Les objets avec lesquels vous finissez vos parties</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="69" />
        <source>Compared</source>
        <translation>Comparé</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="70" />
        <source>You against the other players of your games, role by role: where you stand in your lobbies</source>
        <translation>Vous face aux autres joueurs de vos parties, rôle par rôle : votre place dans vos lobbies</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="72" />
        <source>CS/min</source>
        <translation>CS/min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="73" />
        <source>Kill participation</source>
        <translation>Participation aux éliminations</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="74" />
        <source>Vision/min</source>
        <translation>Vision/min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="75" />
        <source>Farming and laning</source>
        <translation>Farm et phase de lane</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="76" />
        <source>Fights</source>
        <translation>Combats</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="77" />
        <source>Damage and vision</source>
        <translation>Dégâts et vision</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/builtinstrings.cpp" line="57" />
        <source>Your form over the last 90 days: results, champions, roles and recent games</source>
        <translation>Votre forme sur les 90 derniers jours : résultats, champions, rôles et parties récentes</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="65" />
        <source>%1 holds objects Herald did not make (%2). They could change your data, so Herald does not use this store: restore a backup, or start with an empty store.</source>
        <translation>%1 contient des objets qu'Herald n'a pas créés (%2). Ils pourraient modifier vos données : Herald n'utilise donc pas cette base. Restaurez une sauvegarde, ou repartez d'une base vide.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="68" />
        <source>%1 holds objects Herald did not make (%2): it is not restored, and your store is left as it is.</source>
        <translation>%1 contient des objets qu'Herald n'a pas créés (%2) : elle n'est pas restaurée, et votre base reste telle quelle.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="71" />
        <source>%1 is not a file (a folder, a device or a pipe): Herald writes only to files. Choose another name.</source>
        <translation>%1 n'est pas un fichier (un dossier, un périphérique ou un tube) : Herald n'écrit que dans des fichiers. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="20" />
        <source>Riot refused the API key (HTTP %1): it is missing, invalid or expired. Development keys expire every 24 hours: get a new one at https://developer.riotgames.com.</source>
        <translation>Riot a refusé la clé d'API (HTTP %1) : elle manque, n'est pas valide ou a expiré. Les clés de développement expirent toutes les 24 heures : obtenez-en une nouvelle sur https://developer.riotgames.com.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="23" />
        <source>Riot kept answering “too many requests” (HTTP 429); the next sync tries again.</source>
        <translation>Riot a répondu « trop de requêtes » à chaque essai (HTTP 429) ; la prochaine synchronisation réessaiera.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="24" />
        <source>Riot did not answer in time; the next sync tries again.</source>
        <translation>Riot n'a pas répondu à temps ; la prochaine synchronisation réessaiera.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="26" />
        <source>Riot's servers cannot be reached (%1). Check the internet connection.</source>
        <translation>Les serveurs de Riot sont injoignables (%1). Vérifiez la connexion à Internet.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="28" />
        <source>Riot's servers answered with an error (HTTP %1); the next sync tries again.</source>
        <translation>Les serveurs de Riot ont répondu par une erreur (HTTP %1) ; la prochaine synchronisation réessaiera.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="29" />
        <source>Riot no longer serves it (HTTP 404).</source>
        <translation>Riot ne le fournit plus (HTTP 404).</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="30" />
        <source>Riot sent an answer Herald cannot read: %1</source>
        <translation>Riot a envoyé une réponse que Herald ne sait pas lire : %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="31" />
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="32" />
        <source>Riot sent a match Herald cannot read: %1</source>
        <translation>Riot a envoyé une partie que Herald ne sait pas lire : %1</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="33" />
        <source>Riot answered with match %1 instead of %2.</source>
        <translation>Riot a répondu avec la partie %1 au lieu de %2.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="35" />
        <source>There is no Riot ID %1 on the %2 region: check the spelling and the tag.</source>
        <translation>Il n'y a pas de Riot ID %1 dans la région %2 : vérifiez l'orthographe et le tag.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="36" />
        <source>The Riot ID %1 no longer exists on the %2 region (renamed?): remove the account and add it under its new Riot ID.</source>
        <translation>Le Riot ID %1 n'existe plus dans la région %2 (renommé ?) : retirez le compte et ajoutez-le sous son nouveau Riot ID.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="38" />
        <source>%1 has no League of Legends profile on %2: is the server right?</source>
        <translation>%1 n'a pas de profil League of Legends sur %2 : est-ce le bon serveur ?</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="39" />
        <source>“%1” is not a Riot ID: write it as Name#TAG (the tag is the part after # in your Riot ID, e.g. Faker#KR1).</source>
        <translation>« %1 » n'est pas un Riot ID : écrivez-le Nom#TAG (le tag est la partie après # de votre Riot ID, par exemple Faker#KR1).</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="41" />
        <source>The Riot ID is not valid text.</source>
        <translation>Le Riot ID n'est pas un texte valide.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="42" />
        <source>“%1” is not a valid Riot ID name: 1 to 16 characters, without #, / or control characters.</source>
        <translation>« %1 » n'est pas un nom de Riot ID valide : 1 à 16 caractères, sans #, / ni caractère de contrôle.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="44" />
        <source>“%1” is not a valid tag: 2 to 5 letters or digits after the #.</source>
        <translation>« %1 » n'est pas un tag valide : 2 à 5 lettres ou chiffres après le #.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="45" />
        <source>%1 is not a valid dashboard template: %2</source>
        <translation>%1 n'est pas un modèle de tableau de bord valide : %2</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="46" />
        <source>%1 is larger than the 1 MiB a dashboard template may have.</source>
        <translation>%1 dépasse le 1 Mio qu'un modèle de tableau de bord peut faire.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="47" />
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n'est pas du JSON valide : %2</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="48" />
        <source>%1 is not a Herald dashboard template.</source>
        <translation>%1 n'est pas un modèle de tableau de bord Herald.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="49" />
        <source>%1 was made by a newer Herald (template format %2; this Herald reads up to %3): update Herald to open it.</source>
        <translation>%1 vient d'un Herald plus récent (format de modèle %2 ; ce Herald lit jusqu'au %3) : mettez Herald à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="51" />
        <source>%1: a dashboard holds at most %2 widgets.</source>
        <translation>%1 : un tableau de bord contient au plus %2 widgets.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="52" />
        <source>%1: two widgets are called “%2”.</source>
        <translation>%1 : deux widgets s'appellent « %2 ».</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="53" />
        <source>%1: widget “%2” would overlap widget “%3”.</source>
        <translation>%1 : le widget « %2 » chevaucherait le widget « %3 ».</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="54" />
        <source>%1: widget “%2” must stay within the grid's %3 columns.</source>
        <translation>%1 : le widget « %2 » doit rester dans les %3 colonnes de la grille.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="56" />
        <source>The disk holding %1 is full: nothing of this change was written and what was stored before is kept. Free some space and try again.</source>
        <translation>Le disque qui contient %1 est plein : rien de cette modification n'a été écrit et ce qui était enregistré est conservé. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="60" />
        <source>Herald cannot write to %1: the folder is read-only or belongs to another user. Choose a data folder of yours (Settings &gt; Data folder, or --data-dir).</source>
        <translation>Herald ne peut pas écrire dans %1 : le dossier est en lecture seule ou appartient à un autre utilisateur. Choisissez un dossier de données à vous (Paramètres &gt; Dossier de données, ou --data-dir).</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="73" />
        <source>Another Herald program (%2) is already using %1. Close it (or wait for it to finish) and try again.</source>
        <translation>Un autre programme Herald (%2) utilise déjà %1. Fermez-le (ou attendez qu'il ait fini) et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="58" />
        <source>The database is damaged or is not a Herald database (%1). Herald changed nothing; start it with another data folder (--data-dir).</source>
        <translation>La base est endommagée ou n'est pas une base Herald (%1). Herald n'a rien modifié ; démarrez-le avec un autre dossier de données (--data-dir).</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="63" />
        <source>The database is busy in another process; try again in a moment.</source>
        <translation>La base est occupée par un autre processus ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="75" />
        <source>The database %1 has schema version %2, newer than this Herald supports (version %3). Install a newer Herald or choose another data folder; nothing was changed.</source>
        <translation>La base %1 a le schéma version %2, plus récent que ce que gère ce Herald (version %3). Installez un Herald plus récent ou choisissez un autre dossier de données ; rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="112" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="115" />
        <source>Ranks</source>
        <translation>Rangs</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="118" />
        <source>Match list</source>
        <translation>Liste des parties</translation>
    </message>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="125" />
        <source>%1: %2</source>
        <extracomment>A sync problem: %1 the step or the match id, %2 what went wrong</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>HeraldWiring</name>
    <message>
        <location filename="../../app/gui/heraldwiring.cpp" line="58" />
        <location filename="../../app/gui/heraldwiring.cpp" line="64" />
        <source>Herald account</source>
        <translation>Compte Herald</translation>
    </message>
    <message>
        <location filename="../../app/gui/heraldwiring.cpp" line="59" />
        <location filename="../../app/gui/heraldwiring.cpp" line="86" />
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location filename="../../app/gui/heraldwiring.cpp" line="65" />
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../../app/gui/heraldwiring.cpp" line="65" />
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/heraldwiring.cpp" line="68" />
        <source>Community dashboards…</source>
        <translation>Tableaux de bord de la communauté…</translation>
    </message>
    <message>
        <location filename="../../app/gui/heraldwiring.cpp" line="70" />
        <source>Sync dashboards and settings</source>
        <translation>Synchroniser tableaux de bord et réglages</translation>
    </message>
    <message>
        <location filename="../../app/gui/heraldwiring.cpp" line="73" />
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../app/gui/heraldwiring.cpp" line="85" />
        <source>Your Herald session has ended: sign in again to sync through the Herald server.</source>
        <translation>Votre session Herald a pris fin : reconnectez-vous pour synchroniser via le serveur Herald.</translation>
    </message>
    <message>
        <location filename="../../app/gui/heraldwiring.cpp" line="113" />
        <source>The Herald server cannot be reached: the dashboard will be published with the next sync.</source>
        <translation>Le serveur Herald est injoignable : le tableau de bord sera publié à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../app/gui/heraldwiring.cpp" line="115" />
        <source>Dashboard published: it is kept in step on your devices.</source>
        <translation>Tableau de bord publié : il reste à jour sur tous vos appareils.</translation>
    </message>
    <message>
        <location filename="../../app/gui/heraldwiring.cpp" line="120" />
        <source>Deleted on your Herald account too.</source>
        <translation>Supprimé aussi de votre compte Herald.</translation>
    </message>
</context>
<context>
    <name>ImportWiring</name>
    <message>
        <location filename="../../app/gui/importwiring.cpp" line="43" />
        <source>Following %1…</source>
        <translation>Suivi de %1…</translation>
    </message>
    <message>
        <location filename="../../app/gui/importwiring.cpp" line="52" />
        <source>%1 is your local account: every view shows their games.</source>
        <translation>%1 est votre compte local : chaque vue montre ses parties.</translation>
    </message>
    <message>
        <location filename="../../app/gui/importwiring.cpp" line="63" />
        <source>An import is running: drop the files again when it is done.</source>
        <translation>Un import est en cours : déposez à nouveau les fichiers quand il sera terminé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/importwiring.cpp" line="66" />
        <source>Importing…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../app/gui/importwiring.cpp" line="70" />
        <source>Import match files</source>
        <translation>Importer des fichiers de parties</translation>
    </message>
    <message>
        <location filename="../../app/gui/importwiring.cpp" line="71" />
        <source>Match-V5 files (*.json);;All files (*)</source>
        <translation>Fichiers Match-V5 (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/importwiring.cpp" line="86" />
        <source>Importing: %1 of %2 files…</source>
        <translation>Import : %1 fichiers sur %2…</translation>
    </message>
    <message>
        <location filename="../../app/gui/importwiring.cpp" line="92" />
        <location filename="../../app/gui/importwiring.cpp" line="95" />
        <source>Import: %1.</source>
        <translation>Import : %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/importwiring.cpp" line="94" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/gui/importwiring.cpp" line="97" />
        <source>These files were not imported; the others were kept.</source>
        <translation>Ces fichiers n'ont pas été importés ; les autres ont été gardés.</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="77" />
        <source>W%1 %2</source>
        <extracomment>An ISO week on a chart axis: %1 the week number, %2 the year ("W35 2026")</extracomment>
        <translation>S%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="169" />
        <source>After a win</source>
        <translation>Après une victoire</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="170" />
        <source>After 2 wins</source>
        <translation>Après 2 victoires</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="171" />
        <source>After 3+ wins</source>
        <translation>Après 3+ victoires</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="172" />
        <source>After a loss</source>
        <translation>Après une défaite</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="173" />
        <source>After 2 losses</source>
        <translation>Après 2 défaites</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="174" />
        <source>After 3+ losses</source>
        <translation>Après 3+ défaites</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="175" />
        <source>First game</source>
        <translation>Première partie</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="188" />
        <source>No timeline</source>
        <translation>Sans chronologie</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="191" />
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="197" />
        <source>Game %1</source>
        <translation>Partie %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="210" />
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="213" />
        <source>Bottom</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="216" />
        <source>Middle</source>
        <translation>Milieu</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="219" />
        <source>Jungle</source>
        <translation>Jungle</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="222" />
        <source>Top</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="225" />
        <source>ARAM (no lanes)</source>
        <translation>ARAM (sans voies)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="228" />
        <source>Arena (no lanes)</source>
        <translation>Arène (sans voies)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="231" />
        <source>Swarm (no lanes)</source>
        <translation>Essaim (sans voies)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="234" />
        <source>No role</source>
        <translation>Sans rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="240" />
        <source>Blue side</source>
        <translation>Côté bleu</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="241" />
        <source>Red side</source>
        <translation>Côté rouge</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="248" />
        <source>Victory</source>
        <translation>Victoire</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="249" />
        <source>Defeat</source>
        <translation>Défaite</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="264" />
        <source>Games</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="265" />
        <source>Wins</source>
        <translation>Victoires</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="266" />
        <source>Losses</source>
        <translation>Défaites</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="267" />
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="268" />
        <source>Kills</source>
        <translation>Éliminations</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="269" />
        <source>Deaths</source>
        <translation>Morts</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="270" />
        <source>Assists</source>
        <translation>Assistances</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="271" />
        <source>KDA</source>
        <translation>KDA</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="272" />
        <source>CS/min</source>
        <translation>CS/min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="273" />
        <source>Gold/min</source>
        <translation>Or/min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="274" />
        <source>Damage/min</source>
        <translation>Dégâts/min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="275" />
        <source>Damage share</source>
        <translation>Part des dégâts</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="276" />
        <source>Kill participation</source>
        <translation>Participation aux éliminations</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="277" />
        <source>Vision score</source>
        <translation>Score de vision</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="278" />
        <source>Vision/min</source>
        <translation>Vision/min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="279" />
        <source>Game length (min)</source>
        <translation>Durée de partie (min)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="280" />
        <source>First blood rate</source>
        <translation>Taux de premier sang</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="281" />
        <source>Gold diff @10</source>
        <translation>Écart d'or à 10 min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="282" />
        <source>Gold diff @15</source>
        <translation>Écart d'or à 15 min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="283" />
        <source>CS diff @10</source>
        <translation>Écart de CS à 10 min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="284" />
        <source>CS diff @15</source>
        <translation>Écart de CS à 15 min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="285" />
        <source>LP</source>
        <translation>PL</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="297" />
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="298" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="299" />
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="300" />
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="301" />
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="302" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="303" />
        <source>Opponent</source>
        <translation>Adversaire</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="304" />
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="305" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="306" />
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="307" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="308" />
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="309" />
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="310" />
        <source>Teammate</source>
        <translation>Coéquipier</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="311" />
        <source>Game of the session</source>
        <translation>Partie de la session</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="312" />
        <source>Streak before</source>
        <translation>Série avant</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="313" />
        <source>Keystone</source>
        <translation>Rune principale</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="314" />
        <source>Primary runes</source>
        <translation>Branche principale</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="315" />
        <source>Secondary runes</source>
        <translation>Branche secondaire</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="316" />
        <source>Summoner spells</source>
        <translation>Sorts d'invocateur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="317" />
        <source>Item</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="318" />
        <source>Trinket</source>
        <translation>Babiole</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="319" />
        <source>First item</source>
        <translation>Premier objet</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="320" />
        <source>Skill order</source>
        <translation>Ordre des compétences</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="321" />
        <source>Augment</source>
        <translation>Augment</translation>
    </message>
</context>
<context>
    <name>Placements</name>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="99" />
        <source>1st</source>
        <translation>1er</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="99" />
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="100" />
        <source>3rd</source>
        <translation>3e</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="100" />
        <source>4th</source>
        <translation>4e</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="101" />
        <source>5th</source>
        <translation>5e</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="101" />
        <source>6th</source>
        <translation>6e</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="102" />
        <source>7th</source>
        <translation>7e</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="102" />
        <source>8th</source>
        <translation>8e</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="23" />
        <source>North America</source>
        <translation>Amérique du Nord</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="24" />
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="25" />
        <source>Latin America North</source>
        <translation>Amérique latine Nord</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="26" />
        <source>Latin America South</source>
        <translation>Amérique latine Sud</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="27" />
        <source>Europe West</source>
        <translation>Europe de l'Ouest</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="28" />
        <source>Europe Nordic &amp; East</source>
        <translation>Europe du Nord et de l'Est</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="29" />
        <source>Türkiye</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="30" />
        <source>Russia</source>
        <translation>Russie</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="31" />
        <source>Middle East</source>
        <translation>Moyen-Orient</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="32" />
        <source>Korea</source>
        <translation>Corée</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="33" />
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="34" />
        <source>Oceania</source>
        <translation>Océanie</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="35" />
        <source>Philippines</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="36" />
        <source>Singapore, Malaysia &amp; Indonesia</source>
        <translation>Singapour, Malaisie et Indonésie</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="37" />
        <source>Thailand</source>
        <translation>Thaïlande</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="38" />
        <source>Taiwan, Hong Kong &amp; Macao</source>
        <translation>Taïwan, Hong Kong et Macao</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="39" />
        <source>Vietnam</source>
        <translation>Viêt Nam</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/adapters/importrunner.cpp" line="57" />
        <source>import</source>
        <translation>import</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="29" />
        <source>Custom game</source>
        <translation>Partie personnalisée</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="30" />
        <source>Draft Pick</source>
        <translation>Partie normale (draft)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="31" />
        <source>Ranked Solo/Duo</source>
        <translation>Classée Solo/Duo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="32" />
        <source>Blind Pick</source>
        <translation>Partie à l'aveugle</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="33" />
        <source>Ranked Flex</source>
        <translation>Classée Flexible</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="34" />
        <source>ARAM</source>
        <translation>ARAM</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="35" />
        <source>Swiftplay</source>
        <translation>Partie rapide</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="36" />
        <source>Quickplay</source>
        <translation>Jeu rapide</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="37" />
        <source>Clash</source>
        <translation>Clash</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="38" />
        <source>ARAM Clash</source>
        <translation>Clash ARAM</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="39" />
        <location filename="../../ui/dashboard/format.cpp" line="42" />
        <source>Co-op vs AI (Intro)</source>
        <translation>Coop vs IA (intro)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="40" />
        <location filename="../../ui/dashboard/format.cpp" line="43" />
        <source>Co-op vs AI (Beginner)</source>
        <translation>Coop vs IA (débutant)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="41" />
        <location filename="../../ui/dashboard/format.cpp" line="44" />
        <source>Co-op vs AI (Intermediate)</source>
        <translation>Coop vs IA (intermédiaire)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="45" />
        <source>ARURF</source>
        <translation>ARURF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="46" />
        <source>One for All</source>
        <translation>Un pour tous</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="47" />
        <source>Nexus Blitz</source>
        <translation>Raid du Nexus</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="48" />
        <source>Ultimate Spellbook</source>
        <translation>Grimoire ultime</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="49" />
        <location filename="../../ui/dashboard/format.cpp" line="50" />
        <source>Arena</source>
        <translation>Arène</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="51" />
        <location filename="../../ui/dashboard/format.cpp" line="52" />
        <location filename="../../ui/dashboard/format.cpp" line="53" />
        <location filename="../../ui/dashboard/format.cpp" line="54" />
        <source>Swarm</source>
        <translation>Essaim</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="55" />
        <source>URF</source>
        <translation>URF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="56" />
        <source>ARAM: Mayhem</source>
        <translation>ARAM : Chaos</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="94" />
        <source>Queue %1</source>
        <translation>File %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../app/gui/exportwiring.cpp" line="46" />
        <source>Export report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportwiring.cpp" line="47" />
        <source>Choose an account first: a report shows a player's dashboard.</source>
        <translation>Choisissez d'abord un compte : un rapport montre le tableau de bord d'un joueur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/exportwiring.cpp" line="114" />
        <location filename="../../app/gui/exportwiring.cpp" line="120" />
        <location filename="../../ui/report/exportdialogs.cpp" line="450" />
        <source>Export data</source>
        <translation>Exporter des données</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="359" />
        <source>%1 weeks</source>
        <translation>%1 semaines</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="360" />
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="362" />
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="375" />
        <source>Last %1 of play, to %2</source>
        <translation>%1 de jeu jusqu'au %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="378" />
        <source>Last %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="380" />
        <source>Since %1</source>
        <translation>Depuis le %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="384" />
        <source>until %1</source>
        <translation>jusqu'au %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="387" />
        <source>last %1 games</source>
        <translation>%1 dernières parties</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/format.cpp" line="389" />
        <source>Whole history</source>
        <translation>Tout l'historique</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="433" />
        <source>Choose a file ending in .csv, .json or .xlsx.</source>
        <translation>Choisissez un fichier en .csv, .json ou .xlsx.</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="453" />
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/report/report.cpp" line="62" />
        <source>(no player named)</source>
        <translation>(aucun joueur nommé)</translation>
    </message>
    <message>
        <location filename="../../ui/report/report.cpp" line="64" />
        <source>Players: %1</source>
        <translation>Joueurs : %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/report.cpp" line="66" />
        <source>Filters: %1</source>
        <translation>Filtres : %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/report.cpp" line="66" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../ui/report/report.cpp" line="67" />
        <source>Period: %1</source>
        <translation>Période : %1</translation>
    </message>
    <message>
        <location filename="../../ui/report/report.cpp" line="71" />
        <source>“%1” reads the whole history (every period)</source>
        <translation>« %1 » lit tout l'historique (toutes périodes)</translation>
    </message>
    <message>
        <location filename="../../ui/report/report.cpp" line="74" />
        <source>Generated %1 by Herald %2</source>
        <translation>Généré le %1 par Herald %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/report.cpp" line="271" />
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/report/report.cpp" line="483" />
        <source>The numbers</source>
        <translation>Les chiffres</translation>
    </message>
    <message>
        <location filename="../../ui/report/report.cpp" line="490" />
        <source>Made with Herald %1. This file needs no network and runs no script.</source>
        <translation>Fait avec Herald %1. Ce fichier n'a besoin d'aucun réseau et n'exécute aucun script.</translation>
    </message>
</context>
<context>
    <name>SyncWiring</name>
    <message>
        <location filename="../../app/gui/syncwiring.cpp" line="138" />
        <source>Local accounts (the demo, players of imported files) are not synced: import more files, or add an account with a Riot key or your Herald account (Add account…).</source>
        <translation>Les comptes locaux (la démo, les joueurs des fichiers importés) ne se synchronisent pas : importez d'autres fichiers, ou ajoutez un compte avec une clé Riot ou votre compte Herald (Ajouter un compte…).</translation>
    </message>
    <message>
        <location filename="../../app/gui/syncwiring.cpp" line="44" />
        <location filename="../../app/gui/syncwiring.cpp" line="63" />
        <source>Riot API key</source>
        <translation>Clé d'API Riot</translation>
    </message>
    <message>
        <location filename="../../app/gui/syncwiring.cpp" line="64" />
        <source>Paste your Riot API key (from developer.riotgames.com). Herald keeps it in the system keychain and nowhere else. Development keys expire every 24 hours.</source>
        <translation>Collez votre clé d'API Riot (sur developer.riotgames.com). Herald la garde dans le trousseau du système et nulle part ailleurs. Les clés de développement expirent toutes les 24 heures.</translation>
    </message>
    <message>
        <location filename="../../app/gui/syncwiring.cpp" line="38" />
        <source>API key saved in the system keychain.</source>
        <translation>Clé d'API enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../app/gui/syncwiring.cpp" line="40" />
        <source>The key serves until Herald closes.</source>
        <translation>La clé sert jusqu'à la fermeture de Herald.</translation>
    </message>
    <message>
        <location filename="../../app/gui/syncwiring.cpp" line="45" />
        <source>Your Riot API key (kept in the system keychain):</source>
        <translation>Votre clé d'API Riot (gardée dans le trousseau du système) :</translation>
    </message>
    <message>
        <location filename="../../app/gui/syncwiring.cpp" line="116" />
        <source>Cannot add the account</source>
        <translation>Impossible d'ajouter le compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/syncwiring.cpp" line="121" />
        <source>Following %1: downloading its matches…</source>
        <translation>%1 suivi : téléchargement de ses parties…</translation>
    </message>
</context>
<context>
    <name>WidgetRenderer</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard/renderers/categoriesrenderer.cpp" line="26" />
        <location filename="../../ui/dashboard/renderers/tablerenderer.cpp" line="45" />
        <source>No %1 with %n games or more in this period</source>
        <translation>
            <numerusform>Aucun groupe « %1 » avec %n partie ou plus sur cette période</numerusform>
            <numerusform>Aucun groupe « %1 » avec %n parties ou plus sur cette période</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/findingsrenderer.cpp" line="28" />
        <source>You win %1 of fourth-or-later games of a session (n = %2) against %3 of first games (n = %4).</source>
        <translation>Vous gagnez %1 des parties jouées en quatrième position ou plus dans une session (n = %2), contre %3 des premières parties (n = %4).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/findingsrenderer.cpp" line="32" />
        <source>After two losses in a row you win %1 of games (n = %2); after a win, %3 (n = %4).</source>
        <translation>Après deux défaites d'affilée, vous gagnez %1 des parties (n = %2) ; après une victoire, %3 (n = %4).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/findingsrenderer.cpp" line="35" />
        <source>You win %1 of games started between midnight and 6 a.m. (n = %2) against %3 the rest of the day (n = %4).</source>
        <translation>Vous gagnez %1 des parties commencées entre minuit et 6 h (n = %2), contre %3 le reste de la journée (n = %4).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/findingsrenderer.cpp" line="39" />
        <source>With %1 on your team you win %2 of games (n = %3); without them, %4 (n = %5).</source>
        <translation>Avec %1 dans votre équipe, vous gagnez %2 des parties (n = %3) ; sans, %4 (n = %5).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/findingsrenderer.cpp" line="48" />
        <source>%1 as %2: %3 over %4 games, better than only %5 of the %2 players of your games (n = %6; a quarter of them do better than %7).</source>
        <translation>%1 en %2 : %3 sur %4 parties, mieux que seulement %5 des joueurs %2 de vos parties (n = %6 ; un quart d'entre eux font mieux que %7).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/findingsrenderer.cpp" line="62" />
        <source>Nothing stands out yet: no difference in your history is larger than chance would give (each side needs at least 20 games).</source>
        <translation>Rien ne ressort pour l'instant : aucune différence de votre historique ne dépasse ce que donnerait le hasard (il faut au moins 20 parties de chaque côté).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/findingsrenderer.cpp" line="78" />
        <source>Two-proportion test: z = %1, p = %2 (significant at 95 % over all the comparisons made)</source>
        <translation>Test de deux proportions : z = %1, p = %2 (significatif à 95 % sur l'ensemble des comparaisons faites)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/findingsrenderer.cpp" line="90" />
        <source>Your lobbies: the other players of your games in that role (herald-cli benchmark); you are below their 25th percentile.</source>
        <translation>Vos lobbys : les autres joueurs de vos parties à ce rôle (herald-cli benchmark) ; vous êtes sous leur 25e centile.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/goalrenderer.cpp" line="14" />
        <source>No games yet</source>
        <translation>Pas encore de partie</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/goalrenderer.cpp" line="18" />
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/renderers/goalrenderer.cpp" line="24" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/renderers/goalrenderer.cpp" line="25" />
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n dernière semaine</numerusform>
            <numerusform>%n dernières semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/renderers/goalrenderer.cpp" line="26" />
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n dernier mois</numerusform>
            <numerusform>%n derniers mois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/goalrenderer.cpp" line="27" />
        <source>Target: at most %1 · met in %2 of the last %3</source>
        <translation>Cible : au plus %1 · atteinte %2 fois sur les %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/goalrenderer.cpp" line="28" />
        <source>Target: at least %1 · met in %2 of the last %3</source>
        <translation>Cible : au moins %1 · atteinte %2 fois sur les %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/kpirenderer.cpp" line="20" />
        <source>no games in the previous %1</source>
        <translation>aucune partie sur les %1 précédents</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/kpirenderer.cpp" line="29" />
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/kpirenderer.cpp" line="38" />
        <source>%1 vs the previous %2</source>
        <translation>%1 par rapport aux %2 précédents</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/renderers/kpirenderer.cpp" line="48" />
        <source>%n game(s)</source>
        <translation>
            <numerusform>%n partie</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/kpirenderer.cpp" line="57" />
        <source>as %1: %2 · lobby median %3</source>
        <translation>en %1 : %2 · médiane %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/kpirenderer.cpp" line="59" />
        <source>(the other %1 players of your games, n = %2)</source>
        <translation>(les autres joueurs %1 de vos parties, n = %2)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/kpirenderer.cpp" line="64" />
        <source>no lane games to compare with</source>
        <translation>aucune partie avec des lanes pour comparer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/recentgamesrenderer.cpp" line="19" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/recentgamesrenderer.cpp" line="19" />
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/recentgamesrenderer.cpp" line="20" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/recentgamesrenderer.cpp" line="20" />
        <source>K / D / A</source>
        <translation>É / M / A</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/recentgamesrenderer.cpp" line="21" />
        <source>CS/min</source>
        <translation>CS/min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/recentgamesrenderer.cpp" line="21" />
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/seriesrenderer.cpp" line="69" />
        <source>No rank history yet: each sync records your rank and LP.</source>
        <translation>Pas encore d'historique de rang : chaque synchro enregistre votre rang et vos PL.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/standingrenderer.cpp" line="16" />
        <source>%1 over %2 games — no %3 players in your games to compare with</source>
        <translation>%1 sur %2 parties — aucun joueur %3 dans vos parties pour comparer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/standingrenderer.cpp" line="19" />
        <source>%1 over %2 games — better than %3 of %4 players in your games (middle half %5 to %6, n = %7)</source>
        <translation>%1 sur %2 parties — meilleur que %3 des joueurs %4 de vos parties (moitié centrale de %5 à %6, n = %7)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/standingrenderer.cpp" line="35" />
        <source>No lane games here: ARAM and Arena have no lanes to compare</source>
        <translation>Aucune partie avec des lanes ici : l'ARAM et l'Arène n'ont pas de lanes à comparer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/renderers/standingrenderer.cpp" line="36" />
        <location filename="../../ui/dashboard/renderers/tablerenderer.cpp" line="47" />
        <source>No games in this period</source>
        <translation>Aucune partie sur cette période</translation>
    </message>
</context>
<context>
    <name>herald::ui::AboutDialog</name>
    <message>
        <location filename="../../ui/views/aboutdialog.cpp" line="18" />
        <source>About Herald</source>
        <translation>À propos de Herald</translation>
    </message>
    <message>
        <location filename="../../ui/views/aboutdialog.cpp" line="23" />
        <source>Herald keeps your League of Legends matches and analyses them.

Free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.

Herald is not endorsed by Riot Games. League of Legends is a trademark of Riot Games, Inc.</source>
        <translation>Herald garde vos parties de League of Legends et les analyse.

Logiciel libre : vous pouvez le partager et le modifier selon la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie.

Herald n'est pas approuvé par Riot Games. League of Legends est une marque de Riot Games, Inc.</translation>
    </message>
    <message>
        <location filename="../../ui/views/aboutdialog.cpp" line="41" />
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/views/aboutdialog.cpp" line="41" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/views/aboutdialog.cpp" line="41" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/views/aboutdialog.cpp" line="63" />
        <source>Built with:</source>
        <translation>Construit avec :</translation>
    </message>
</context>
<context>
    <name>herald::ui::AccountDialog</name>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="48" />
        <source>My own Riot API key</source>
        <translation>Ma propre clé d'API Riot</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="55" />
        <source>Name#TAG</source>
        <translation>Nom#TAG</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="125" />
        <source>RGAPI-… from developer.riotgames.com</source>
        <translation>RGAPI-… sur developer.riotgames.com</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="88" />
        <source>Herald keeps the key in the system keychain and nowhere else. Development keys expire every 24 hours.</source>
        <translation>Herald garde la clé dans le trousseau du système et nulle part ailleurs. Les clés de développement expirent toutes les 24 heures.</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="49" />
        <location filename="../../ui/views/accountdialog.cpp" line="131" />
        <source>The Herald server</source>
        <translation>Le serveur Herald</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="50" />
        <source>A player in my imported files (no key, no sync)</source>
        <translation>Un joueur de mes fichiers importés (sans clé, sans synchronisation)</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="54" />
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="70" />
        <source>Sign in to your Herald account…</source>
        <translation>Se connecter à votre compte Herald…</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="83" />
        <source>Choose yourself among the players your imported match files name: Herald shows your games without a Riot key and does not sync them.</source>
        <translation>Choisissez-vous parmi les joueurs que nomment vos fichiers de parties importés : Herald montre vos parties sans clé Riot et ne les synchronise pas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="98" />
        <source>Riot ID</source>
        <translation>Riot ID</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="99" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="100" />
        <source>Data from</source>
        <translation>Données depuis</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="106" />
        <source>Your Riot ID is shown in the League client's profile, e.g. Faker#KR1.</source>
        <translation>Votre Riot ID figure dans le profil du client League, par exemple Faker#KR1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="124" />
        <source>Saved in the system keychain (type a new key to replace it)</source>
        <translation>Enregistrée dans le trousseau du système (saisissez une nouvelle clé pour la remplacer)</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="130" />
        <source>The Herald server (signed in as %1)</source>
        <translation>Le serveur Herald (connecté en tant que %1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="132" />
        <source>Matches come through the Herald server's relay: no Riot key needed.</source>
        <translation>Les parties arrivent par le relais du serveur Herald : aucune clé Riot nécessaire.</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="133" />
        <source>Sign in to your Herald account to download matches without a key.</source>
        <translation>Connectez-vous à votre compte Herald pour télécharger vos parties sans clé.</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountdialog.cpp" line="163" />
        <source>Paste your Riot API key: Herald downloads your matches from Riot with it. Get one at https://developer.riotgames.com (development keys expire every 24 hours).</source>
        <translation>Collez votre clé d'API Riot : Herald télécharge vos parties depuis Riot avec elle. Obtenez-en une sur https://developer.riotgames.com (les clés de développement expirent toutes les 24 heures).</translation>
    </message>
</context>
<context>
    <name>herald::ui::AccountSwitcher</name>
    <message>
        <location filename="../../ui/views/accountswitcher.cpp" line="8" />
        <source>Whose games to show</source>
        <translation>Les parties de qui afficher</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountswitcher.cpp" line="9" />
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../ui/views/accountswitcher.cpp" line="30" />
        <source>All accounts (%1)</source>
        <translation>Tous les comptes (%1)</translation>
    </message>
</context>
<context>
    <name>herald::ui::ApiKeyStore</name>
    <message>
        <location filename="../../ui/adapters/apikeystore.cpp" line="14" />
        <source>No system keychain is available (Secret Service, KWallet, Keychain or Credential Store): Herald does not keep the API key anywhere else. Set HERALD_RIOT_API_KEY instead.</source>
        <translation>Aucun trousseau système n'est disponible (Secret Service, KWallet, Trousseau ou Gestionnaire d'identification) : Herald ne garde la clé d'API nulle part ailleurs. Définissez plutôt HERALD_RIOT_API_KEY.</translation>
    </message>
    <message>
        <location filename="../../ui/adapters/apikeystore.cpp" line="19" />
        <source>The system keychain refused access to the API key.</source>
        <translation>Le trousseau du système a refusé l'accès à la clé d'API.</translation>
    </message>
    <message>
        <location filename="../../ui/adapters/apikeystore.cpp" line="21" />
        <source>The system keychain failed: %1</source>
        <translation>Le trousseau du système a échoué : %1</translation>
    </message>
</context>
<context>
    <name>herald::ui::ArchivePanel</name>
    <message>
        <location filename="../../ui/views/archivepanel.cpp" line="38" />
        <source>Archive</source>
        <translation>Archivage</translation>
    </message>
    <message>
        <location filename="../../ui/views/archivepanel.cpp" line="41" />
        <source>Archive now…</source>
        <translation>Archiver maintenant…</translation>
    </message>
    <message>
        <location filename="../../ui/views/archivepanel.cpp" line="45" />
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../../ui/views/archivepanel.cpp" line="53" />
        <source>Frees space: the timelines of older matches are dropped. Every match, player and statistic is kept; their minute-by-minute curves and events are not.</source>
        <translation>Libère de la place : les chronologies des parties plus anciennes sont supprimées. Chaque partie, joueur et statistique est gardé ; leurs courbes minute par minute et leurs événements ne le sont pas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/archivepanel.cpp" line="59" />
        <source>Matches older than</source>
        <translation>Parties de plus de</translation>
    </message>
    <message>
        <location filename="../../ui/views/archivepanel.cpp" line="84" />
        <source>Looking for old timelines…</source>
        <translation>Recherche des anciennes chronologies…</translation>
    </message>
    <message>
        <location filename="../../ui/views/archivepanel.cpp" line="101" />
        <source>No match older than that has a timeline left to archive.</source>
        <translation>Aucune partie plus ancienne n'a de chronologie à archiver.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/archivepanel.cpp" line="109" />
        <source>%n match(es) older than %1: %2 of timelines.</source>
        <translation>
            <numerusform>%n partie antérieure au %1 : %2 de chronologies.</numerusform>
            <numerusform>%n parties antérieures au %1 : %2 de chronologies.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/archivepanel.cpp" line="112" />
        <source>Archive old timelines</source>
        <translation>Archiver les anciennes chronologies</translation>
    </message>
    <message>
        <location filename="../../ui/views/archivepanel.cpp" line="113" />
        <source>Archive them? Their statistics are kept.</source>
        <translation>Les archiver ? Leurs statistiques sont gardées.</translation>
    </message>
    <message>
        <location filename="../../ui/views/archivepanel.cpp" line="124" />
        <source>Archiving…</source>
        <translation>Archivage en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/archivepanel.cpp" line="130" />
        <source>Archived the timelines of %n match(es); the database went from %1 to %2.</source>
        <translation>
            <numerusform>Chronologie de %n partie archivée ; la base est passée de %1 à %2.</numerusform>
            <numerusform>Chronologies de %n parties archivées ; la base est passée de %1 à %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::BackupsPanel</name>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="39" />
        <source>By you</source>
        <translation>Par vous</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="42" />
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="45" />
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="48" />
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="50" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="54" />
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="60" />
        <source>Back up every day while Herald runs</source>
        <translation>Sauvegarder chaque jour quand Herald est ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="61" />
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="62" />
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="63" />
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="64" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="64" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="64" />
        <source>Matches</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="64" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="82" />
        <source>Older backups are deleted when a new one is taken</source>
        <translation>Les sauvegardes plus anciennes sont supprimées quand une nouvelle est faite</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="111" />
        <source>Keep the last</source>
        <translation>Garder les</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="113" />
        <source>backups</source>
        <translation>dernières sauvegardes</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="123" />
        <source>In %1</source>
        <translation>Dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="172" />
        <source>No backup yet. Herald backs up before every upgrade and, when daily backups are on, once a day.</source>
        <translation>Pas encore de sauvegarde. Herald sauvegarde avant chaque mise à jour et, si les sauvegardes quotidiennes sont activées, une fois par jour.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="194" />
        <source>Taking today's backup…</source>
        <translation>Sauvegarde du jour en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="194" />
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="225" />
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="234" />
        <source>Backup written and verified: %1 (%2 matches).</source>
        <translation>Sauvegarde écrite et vérifiée : %1 (%2 parties).</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="249" />
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="260" />
        <source>%1 is good: integrity check passed, %2 matches, schema version %3.</source>
        <translation>%1 est bonne : contrôle d'intégrité réussi, %2 parties, schéma version %3.</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="264" />
        <source>This backup cannot be restored: %1</source>
        <translation>Cette sauvegarde ne peut pas être restaurée : %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="273" />
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/views/backupspanel.cpp" line="274" />
        <source>Replace your store with the backup %1?

Herald restarts to do it. The backup is checked first; the store as it is now is kept as a backup of its own, so nothing is lost.</source>
        <translation>Remplacer vos données par la sauvegarde %1 ?

Herald redémarre pour le faire. La sauvegarde est d'abord vérifiée ; les données actuelles sont gardées dans une sauvegarde à part : rien n'est perdu.</translation>
    </message>
</context>
<context>
    <name>herald::ui::ChartBase</name>
    <message>
        <location filename="../../ui/dashboard/paintedcharts.cpp" line="67" />
        <source>No games in this period</source>
        <translation>Aucune partie sur cette période</translation>
    </message>
</context>
<context>
    <name>herald::ui::ChartView</name>
    <message>
        <location filename="../../ui/dashboard/charts.cpp" line="148" />
        <source>No games in this period</source>
        <translation>Aucune partie sur cette période</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/charts.cpp" line="177" />
        <source>%n game(s)</source>
        <translation>
            <numerusform>%n partie</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::CommunityDialog</name>
    <message>
        <location filename="../../ui/views/communitydialog.cpp" line="70" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/views/communitydialog.cpp" line="71" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../ui/views/communitydialog.cpp" line="72" />
        <source>Add to my dashboards</source>
        <translation>Ajouter à mes tableaux de bord</translation>
    </message>
    <message>
        <location filename="../../ui/views/communitydialog.cpp" line="73" />
        <source>Community dashboards</source>
        <translation>Tableaux de bord de la communauté</translation>
    </message>
    <message>
        <location filename="../../ui/views/communitydialog.cpp" line="74" />
        <source>Search shared dashboards</source>
        <translation>Chercher parmi les tableaux de bord partagés</translation>
    </message>
    <message>
        <location filename="../../ui/views/communitydialog.cpp" line="135" />
        <source>Added to your dashboards.</source>
        <translation>Ajouté à vos tableaux de bord.</translation>
    </message>
    <message>
        <location filename="../../ui/views/communitydialog.cpp" line="141" />
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/communitydialog.cpp" line="158" />
        <source>%1 — by %2 · %n download(s)</source>
        <translation>
            <numerusform>%1 — par %2 · %n téléchargement</numerusform>
            <numerusform>%1 — par %2 · %n téléchargements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/communitydialog.cpp" line="166" />
        <source>No shared dashboard matches.</source>
        <translation>Aucun tableau de bord partagé ne correspond.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/communitydialog.cpp" line="167" />
        <source>Page %1 of %2 · %n dashboard(s)</source>
        <translation>
            <numerusform>Page %1 sur %2 · %n tableau de bord</numerusform>
            <numerusform>Page %1 sur %2 · %n tableaux de bord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::ComparePanel</name>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="66" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="67" />
        <source>Players to compare</source>
        <translation>Joueurs à comparer</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="69" />
        <location filename="../../ui/views/comparepanel.cpp" line="93" />
        <source>Metrics of</source>
        <translation>Métriques de</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="70" />
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="71" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="72" />
        <source>All queues</source>
        <translation>Toutes les files</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="76" />
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="77" />
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="78" />
        <source>Last 180 days</source>
        <translation>180 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="79" />
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="80" />
        <source>All time</source>
        <translation>Depuis toujours</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="87" />
        <location filename="../../ui/views/comparepanel.cpp" line="101" />
        <source>Players side by side</source>
        <translation>Joueurs côte à côte</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="89" />
        <source>Write the table as CSV, JSON or Excel</source>
        <translation>Écrire le tableau en CSV, JSON ou Excel</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="92" />
        <source>Players (2 to 5)</source>
        <translation>Joueurs (2 à 5)</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="99" />
        <source>Games</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="254" />
        <source>Follow two accounts or more (Add account…) to set them side by side.</source>
        <translation>Suivez au moins deux comptes (Ajouter un compte…) pour les mettre côte à côte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/comparepanel.cpp" line="255" />
        <source>Tick 2 to 5 players: %n ticked.</source>
        <translation>
            <numerusform>Cochez 2 à 5 joueurs : %n coché.</numerusform>
            <numerusform>Cochez 2 à 5 joueurs : %n cochés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="272" />
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="292" />
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="296" />
        <source>Best</source>
        <translation>Meilleur</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="305" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="328" />
        <source>%1, best</source>
        <translation>%1, le meilleur</translation>
    </message>
    <message>
        <location filename="../../ui/views/comparepanel.cpp" line="336" />
        <source>The same games for everyone: %1, %2. The best of each row is in bold (for deaths, the fewest).</source>
        <translation>Les mêmes parties pour tous : %1, %2. Le meilleur de chaque ligne est en gras (pour les morts, le moins).</translation>
    </message>
</context>
<context>
    <name>herald::ui::DashboardView</name>
    <message>
        <location filename="../../ui/dashboard/dashboardview.cpp" line="65" />
        <source>Dashboard template</source>
        <translation>Modèle de tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboardview.cpp" line="41" />
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboardview.cpp" line="42" />
        <source>Add widget…</source>
        <translation>Ajouter un widget…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboardview.cpp" line="43" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboardview.cpp" line="44" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboardview.cpp" line="104" />
        <source>Add, remove, move, resize and configure widgets</source>
        <translation>Ajouter, retirer, déplacer, redimensionner et configurer les widgets</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboardview.cpp" line="136" />
        <source>Dashboard widgets</source>
        <translation>Widgets du tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboardview.cpp" line="145" />
        <source>No account to analyse yet</source>
        <translation>Aucun compte à analyser pour l'instant</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboardview.cpp" line="151" />
        <source>Import match files…</source>
        <translation>Importer des fichiers de parties…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboardview.cpp" line="152" />
        <source>Which player are you?</source>
        <translation>Quel joueur êtes-vous ?</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboardview.cpp" line="153" />
        <source>Add a Riot account…</source>
        <translation>Ajouter un compte Riot…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/dashboardview.cpp" line="205" />
        <source>Your store holds %n match(es), but no account is chosen. Tell Herald which player you are: it follows you as a local account, without a Riot API key, and analyses your games here. Or add a Riot account to sync its matches.</source>
        <translation>
            <numerusform>Votre base contient %n partie, mais aucun compte n'est choisi. Dites à Herald quel joueur vous êtes : il vous suit comme compte local, sans clé d'API Riot, et analyse vos parties ici. Ou ajoutez un compte Riot pour synchroniser ses parties.</numerusform>
            <numerusform>Votre base contient %n parties, mais aucun compte n'est choisi. Dites à Herald quel joueur vous êtes : il vous suit comme compte local, sans clé d'API Riot, et analyse vos parties ici. Ou ajoutez un compte Riot pour synchroniser ses parties.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboardview.cpp" line="211" />
        <source>Import your Match-V5 files (or drop them on this window), then tell Herald which player you are. With a Riot API key, you can instead add your Riot account and sync its matches.</source>
        <translation>Importez vos fichiers Match-V5 (ou déposez-les sur cette fenêtre), puis dites à Herald quel joueur vous êtes. Avec une clé d'API Riot, vous pouvez plutôt ajouter votre compte Riot et synchroniser ses parties.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboardview.cpp" line="312" />
        <source>Count from my last game</source>
        <translation>Compter depuis ma dernière partie</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboardview.cpp" line="312" />
        <source>Count from today</source>
        <translation>Compter depuis aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboardview.cpp" line="313" />
        <source>When this period holds none of your games, count it back from your latest game</source>
        <translation>Quand cette période ne contient aucune de vos parties, la compter depuis votre dernière partie</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboardview.cpp" line="315" />
        <source>Count this period back from today, even if it holds none of your games</source>
        <translation>Compter cette période depuis aujourd'hui, même si elle ne contient aucune de vos parties</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboardview.cpp" line="554" />
        <source>Dashboard saved.</source>
        <translation>Tableau de bord enregistré.</translation>
    </message>
</context>
<context>
    <name>herald::ui::DataExportDialog</name>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="242" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="243" />
        <source>Cancel export</source>
        <translation>Annuler l'export</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="244" />
        <location filename="../../ui/report/exportdialogs.cpp" line="416" />
        <source>Export data</source>
        <translation>Exporter des données</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="247" />
        <source>Every stored match, with the side of each followed account.</source>
        <translation>Toutes les parties enregistrées, avec le côté de chaque compte suivi.</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="248" />
        <source>The matches of %1, with the dashboard's filters.</source>
        <translation>Les parties de %1, avec les filtres du tableau de bord.</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="254" />
        <source>Matches (one row per game)</source>
        <translation>Parties (une ligne par partie)</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="255" />
        <source>Participants (all ten players of each game)</source>
        <translation>Participants (les dix joueurs de chaque partie)</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="256" />
        <source>Timeline frames (gold, XP, CS each minute)</source>
        <translation>Images de la chronologie (or, XP, CS chaque minute)</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="257" />
        <source>Timeline events (kills, objectives, buildings)</source>
        <translation>Événements de la chronologie (éliminations, objectifs, bâtiments)</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="258" />
        <source>Rank history (LP)</source>
        <translation>Historique du rang (PL)</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="266" />
        <source>Excel workbook (.xlsx): a sheet per dataset</source>
        <translation>Classeur Excel (.xlsx) : une feuille par jeu de données</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="267" />
        <source>CSV (.csv): one dataset</source>
        <translation>CSV (.csv) : un jeu de données</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="268" />
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="270" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/report/exportdialogs.cpp" line="324" />
        <source>, about %n second(s) left</source>
        <translation>
            <numerusform>, environ %n seconde restante</numerusform>
            <numerusform>, environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="326" />
        <source>Exporting %1: %2 of %3%4</source>
        <translation>Export de %1 : %2 sur %3%4</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="349" />
        <source>Exporting…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="396" />
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n'a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/report/exportdialogs.cpp" line="409" />
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1.</numerusform>
            <numerusform>%n lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="417" />
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>herald::ui::DiagnosticsView</name>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="55" />
        <source>Analytics cache: no dashboard shown yet</source>
        <translation>Cache d'analyse : aucun tableau de bord affiché pour l'instant</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="56" />
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="56" />
        <location filename="../../ui/views/diagnosticsview.cpp" line="59" />
        <location filename="../../ui/views/diagnosticsview.cpp" line="80" />
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="57" />
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="57" />
        <source>Matches</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="57" />
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="57" />
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="57" />
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="57" />
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="58" />
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="59" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="59" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="59" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="59" />
        <source>Saved to</source>
        <translation>Enregistré dans</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="60" />
        <source>Check integrity</source>
        <translation>Vérifier l'intégrité</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="62" />
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="66" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="69" />
        <source>PRAGMA integrity_check and foreign_key_check over the whole store (reads every page)</source>
        <translation>PRAGMA integrity_check et foreign_key_check sur toute la base (lit chaque page)</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="84" />
        <source>Accounts and their last sync</source>
        <translation>Comptes et leur dernière synchro</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="88" />
        <source>Recent exports</source>
        <translation>Exports récents</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="100" />
        <source>Analytics cache: %1 % hits (%2 hits, %3 misses), %4 results kept</source>
        <translation>Cache d'analyse : %1 % de succès (%2 succès, %3 échecs), %4 résultats gardés</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="114" />
        <source>Store: %1
%2</source>
        <translation>Base : %1
%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="119" />
        <source>Store: %1
Size: %2 (write-ahead log %3) · schema version %4 (this Herald: %5) · journal mode %6 · Herald %7</source>
        <translation>Base : %1
Taille : %2 (journal d'écriture anticipée %3) · version du schéma %4 (ce Herald : %5) · mode de journal %6 · Herald %7</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="142" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="198" />
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../ui/views/diagnosticsview.cpp" line="205" />
        <source>Integrity: ok</source>
        <translation>Intégrité : ok</translation>
    </message>
</context>
<context>
    <name>herald::ui::EventStrip</name>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="122" />
        <source>No timeline for this match</source>
        <translation>Pas de chronologie pour cette partie</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="169" />
        <source>a minion or a tower</source>
        <translation>un sbire ou une tour</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="169" />
        <source>participant %1</source>
        <translation>participant %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="173" />
        <source>%1 · %2 killed %3</source>
        <translation>%1 · %2 a éliminé %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="176" />
        <source>%1 · %2 took %3</source>
        <translation>%1 · %2 a pris %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="179" />
        <source>%1 · %2 destroyed %3</source>
        <translation>%1 · %2 a détruit %3</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="181" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>herald::ui::FilterBar</name>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="28" />
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="29" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="30" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="31" />
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="32" />
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="34" />
        <source>All queues</source>
        <translation>Toutes les files</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="38" />
        <source>Template's period</source>
        <translation>Période du modèle</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="39" />
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="40" />
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="41" />
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="42" />
        <source>Last 180 days</source>
        <translation>180 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="43" />
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="44" />
        <source>All time</source>
        <translation>Depuis toujours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="45" />
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="49" />
        <location filename="../../ui/dashboard/filterbar.cpp" line="76" />
        <source>All champions</source>
        <translation>Tous les champions</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="50" />
        <location filename="../../ui/dashboard/filterbar.cpp" line="86" />
        <source>All patches</source>
        <translation>Tous les patchs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="59" />
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="88" />
        <source>Patch %1</source>
        <translation>Patch %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/filterbar.cpp" line="180" />
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
</context>
<context>
    <name>herald::ui::GoalChart</name>
    <message>
        <location filename="../../ui/dashboard/paintedcharts.cpp" line="381" />
        <source>No games in this period</source>
        <translation>Aucune partie sur cette période</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/paintedcharts.cpp" line="424" />
        <source>%1 · %2 · %n game(s) · %3</source>
        <translation>
            <numerusform>%1 · %2 · %n partie · %3</numerusform>
            <numerusform>%1 · %2 · %n parties · %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/paintedcharts.cpp" line="425" />
        <source>target met</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/paintedcharts.cpp" line="425" />
        <source>target missed</source>
        <translation>objectif manqué</translation>
    </message>
</context>
<context>
    <name>herald::ui::HeatmapChart</name>
    <message>
        <location filename="../../ui/dashboard/paintedcharts.cpp" line="292" />
        <source>no games</source>
        <translation>aucune partie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/paintedcharts.cpp" line="294" />
        <source>%n game(s)</source>
        <translation>
            <numerusform>%n partie</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::HeraldSession</name>
    <message>
        <location filename="../../ui/adapters/heraldsession.cpp" line="262" />
        <source>Templates: %1 sent, %2 received. Settings in step.</source>
        <translation>Tableaux de bord : %1 envoyé(s), %2 reçu(s). Réglages à jour.</translation>
    </message>
    <message>
        <location filename="../../ui/adapters/heraldsession.cpp" line="266" />
        <source>Changed on another device too: yours is kept as “%1”.</source>
        <translation>Modifié aussi sur un autre appareil : le vôtre est gardé sous « %1 ».</translation>
    </message>
</context>
<context>
    <name>herald::ui::ImportRunner</name>
    <message numerus="yes">
        <location filename="../../ui/adapters/importrunner.cpp" line="69" />
        <source>%n match(es) imported</source>
        <translation>
            <numerusform>%n partie importée</numerusform>
            <numerusform>%n parties importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/adapters/importrunner.cpp" line="71" />
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacée</numerusform>
            <numerusform>%n remplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/adapters/importrunner.cpp" line="74" />
        <source>%n timeline(s)</source>
        <translation>
            <numerusform>%n timeline</numerusform>
            <numerusform>%n timelines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/adapters/importrunner.cpp" line="77" />
        <source>%n already stored</source>
        <translation>
            <numerusform>%n déjà enregistrée</numerusform>
            <numerusform>%n déjà enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/adapters/importrunner.cpp" line="80" />
        <source>%n timeline(s) waiting for their match</source>
        <translation>
            <numerusform>%n timeline en attente de sa partie</numerusform>
            <numerusform>%n timelines en attente de leur partie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/adapters/importrunner.cpp" line="83" />
        <source>%n poorer copy(ies) left out</source>
        <translation>
            <numerusform>%n copie moins complète écartée</numerusform>
            <numerusform>%n copies moins complètes écartées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/adapters/importrunner.cpp" line="86" />
        <source>%n skipped (not a file)</source>
        <translation>
            <numerusform>%n ignoré (pas un fichier)</numerusform>
            <numerusform>%n ignorés (pas des fichiers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/adapters/importrunner.cpp" line="89" />
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>%n fichier en échec</numerusform>
            <numerusform>%n fichiers en échec</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::LineChart</name>
    <message>
        <location filename="../../ui/dashboard/charts.cpp" line="186" />
        <source>Reset zoom</source>
        <translation>Annuler le zoom</translation>
    </message>
</context>
<context>
    <name>herald::ui::MainWindow</name>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="40" />
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="41" />
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="42" />
        <source>Which player are you?…</source>
        <translation>Quel joueur êtes-vous ?…</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="43" />
        <source>Export report…</source>
        <translation>Exporter un rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="44" />
        <source>Export data…</source>
        <translation>Exporter des données…</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="47" />
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="48" />
        <source>Riot API key…</source>
        <translation>Clé d'API Riot…</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="50" />
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="51" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="54" />
        <source>Follow a Riot account (Name#TAG) and download its matches</source>
        <translation>Suivre un compte Riot (Nom#TAG) et télécharger ses parties</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="55" />
        <source>Download the new matches of every followed account</source>
        <translation>Télécharger les nouvelles parties de chaque compte suivi</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="57" />
        <source>Your Riot API key, kept in the system keychain</source>
        <translation>Votre clé d'API Riot, gardée dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="58" />
        <source>Import Match-V5 match and timeline files (or drop files and folders on the window)</source>
        <translation>Importer des fichiers de parties et de timelines Match-V5 (ou déposer fichiers et dossiers sur la fenêtre)</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="60" />
        <source>Choose yourself among the players of your imported matches: Herald follows you as a local account</source>
        <translation>Choisissez-vous parmi les joueurs de vos parties importées : Herald vous suit comme compte local</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="62" />
        <source>The dashboard as a PDF, PNG or HTML file</source>
        <translation>Le tableau de bord en fichier PDF, PNG ou HTML</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="64" />
        <source>Matches, players, timelines and ranks as CSV, JSON or Excel files</source>
        <translation>Parties, joueurs, chronologies et rangs en fichiers CSV, JSON ou Excel</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="66" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="73" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="76" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="77" />
        <source>About Herald</source>
        <translation>À propos de Herald</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="90" />
        <source>Herald account</source>
        <translation>Compte Herald</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="92" />
        <source>Sign in to sync without a Riot key, share dashboards and keep your settings in step</source>
        <translation>Connectez-vous pour synchroniser sans clé Riot, partager des tableaux de bord et garder vos réglages à jour</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="95" />
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="98" />
        <source>Matches</source>
        <translation>Parties</translation>
    </message>
</context>
<context>
    <name>herald::ui::MatchDetailView</name>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="222" />
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="225" />
        <source>← Matches</source>
        <translation>← Parties</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="232" />
        <location filename="../../ui/views/matchdetailview.cpp" line="699" />
        <source>No timeline for this match: the gold difference needs one.</source>
        <translation>Pas de chronologie pour cette partie : l'écart d'or en a besoin.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="233" />
        <source>Your note on this game (what went well, what to try next time)…</source>
        <translation>Votre note sur cette partie (ce qui a marché, ce qu'il faut essayer la prochaine fois)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="235" />
        <source>Tags, separated by commas (e.g. tilt, duo, good laning)</source>
        <translation>Étiquettes, séparées par des virgules (par ex. tilt, duo, bonne phase de lane)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="249" />
        <source>Your games with it, in the Builds dashboard</source>
        <translation>Vos parties avec, dans le tableau Builds</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="258" />
        <source>Gold difference (blue side − red side)</source>
        <translation>Écart d'or (côté bleu − côté rouge)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="263" />
        <location filename="../../ui/views/matchdetailview.cpp" line="735" />
        <source>Every player over time (you and your lane opponent first)</source>
        <translation>Chaque joueur au fil du temps (vous et votre adversaire direct d'abord)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="266" />
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="279" />
        <source>Key events: kills, objectives (D dragon, B baron, H herald) and buildings</source>
        <translation>Événements clés : éliminations, objectifs (D dragon, B baron, H héraut) et bâtiments</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="283" />
        <source>Note and tags</source>
        <translation>Note et étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="310" />
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="318" />
        <source>Match %1 is not in the store</source>
        <translation>La partie %1 n'est pas dans la base</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="371" />
        <source>%1 damage to champions, %2 taken</source>
        <translation>%1 dégâts aux champions, %2 subis</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="403" />
        <source>Penta</source>
        <translation>Penta</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="405" />
        <source>Quadra</source>
        <translation>Quadra</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="407" />
        <source>Triple</source>
        <translation>Triple</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="409" />
        <source>Double</source>
        <translation>Double</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="422" />
        <source>Keystone: %1</source>
        <translation>Rune principale : %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="423" />
        <source>First item: %1</source>
        <translation>Premier objet : %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="630" />
        <source>Remake</source>
        <translation>Remake</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="525" />
        <location filename="../../ui/views/matchdetailview.cpp" line="633" />
        <location filename="../../ui/views/matchdetailview.cpp" line="658" />
        <source>Victory</source>
        <translation>Victoire</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="526" />
        <location filename="../../ui/views/matchdetailview.cpp" line="634" />
        <location filename="../../ui/views/matchdetailview.cpp" line="658" />
        <source>Defeat</source>
        <translation>Défaite</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="641" />
        <source>patch %1</source>
        <translation>patch %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="655" />
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 survived · level %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 de survie · niveau %4</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="520" />
        <location filename="../../ui/views/matchdetailview.cpp" line="523" />
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="521" />
        <source>Blue side</source>
        <translation>Côté bleu</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="522" />
        <source>Red side</source>
        <translation>Côté rouge</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matchdetailview.cpp" line="529" />
        <source>%n kill(s)</source>
        <translation>
            <numerusform>%n élimination</numerusform>
            <numerusform>%n éliminations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="530" />
        <source>%1 gold</source>
        <translation>%1 d'or</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="530" />
        <source>%1 damage</source>
        <translation>%1 de dégâts</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="538" />
        <location filename="../../ui/views/matchdetailview.cpp" line="539" />
        <source>Player</source>
        <translation>Joueur</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="538" />
        <location filename="../../ui/views/matchdetailview.cpp" line="539" />
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="538" />
        <location filename="../../ui/views/matchdetailview.cpp" line="539" />
        <source>K / D / A</source>
        <translation>É / M / A</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="538" />
        <location filename="../../ui/views/matchdetailview.cpp" line="539" />
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="540" />
        <source>CS</source>
        <translation>CS</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="265" />
        <location filename="../../ui/views/matchdetailview.cpp" line="540" />
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="538" />
        <location filename="../../ui/views/matchdetailview.cpp" line="540" />
        <source>Damage</source>
        <translation>Dégâts</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="540" />
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="547" />
        <location filename="../../ui/views/matchdetailview.cpp" line="656" />
        <source>Player %1</source>
        <translation>Joueur %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="552" />
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="555" />
        <location filename="../../ui/views/matchdetailview.cpp" line="556" />
        <source>%1
%2/min</source>
        <translation>%1
%2/min</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="573" />
        <source>Your lane opponent</source>
        <translation>Votre adversaire direct</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="690" />
        <source>Gold difference</source>
        <translation>Écart d'or</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="697" />
        <source>This match's timeline was archived (herald-cli archive): its statistics are kept, the minute-by-minute gold is not.</source>
        <translation>La chronologie de cette partie a été archivée (herald-cli archive) : ses statistiques sont gardées, l'or minute par minute ne l'est pas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="736" />
        <source>Every player over time (you first)</source>
        <translation>Chaque joueur au fil du temps (vous d'abord)</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="759" />
        <source>participant %1</source>
        <translation>participant %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchdetailview.cpp" line="783" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>herald::ui::MatchHistoryView</name>
    <message>
        <location filename="../../ui/views/matchhistoryview.cpp" line="40" />
        <source>Match history</source>
        <translation>Historique des parties</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchhistoryview.cpp" line="41" />
        <source>Search champion, match id, note or tag</source>
        <translation>Chercher un champion, un identifiant de partie, une note ou une étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchhistoryview.cpp" line="47" />
        <location filename="../../ui/views/matchhistoryview.cpp" line="48" />
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchhistoryview.cpp" line="51" />
        <location filename="../../ui/views/matchhistoryview.cpp" line="52" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchhistoryview.cpp" line="53" />
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchhistoryview.cpp" line="54" />
        <source>Wins</source>
        <translation>Victoires</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchhistoryview.cpp" line="55" />
        <source>Losses</source>
        <translation>Défaites</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchhistoryview.cpp" line="56" />
        <source>Remakes</source>
        <translation>Remakes</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchhistoryview.cpp" line="87" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchhistoryview.cpp" line="88" />
        <source>The matches shown (search and filters applied) as a CSV, JSON or Excel file</source>
        <translation>Les parties affichées (recherche et filtres appliqués) en fichier CSV, JSON ou Excel</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchhistoryview.cpp" line="113" />
        <source>Loading matches…</source>
        <translation>Chargement des parties…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchhistoryview.cpp" line="120" />
        <source>Double-click a match for its details</source>
        <translation>Double-cliquez sur une partie pour ses détails</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchhistoryview.cpp" line="139" />
        <source>All queues</source>
        <translation>Toutes les files</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchhistoryview.cpp" line="156" />
        <source>All matches</source>
        <translation>Toutes les parties</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matchhistoryview.cpp" line="157" />
        <source>%n match(es) stored</source>
        <translation>
            <numerusform>%n partie enregistrée</numerusform>
            <numerusform>%n parties enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matchhistoryview.cpp" line="161" />
        <source>%1 · %n match(es)</source>
        <translation>
            <numerusform>%1 · %n partie</numerusform>
            <numerusform>%1 · %n parties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matchhistoryview.cpp" line="176" />
        <source>No match fits “%1”.</source>
        <translation>Aucune partie ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchhistoryview.cpp" line="178" />
        <source>No match fits these filters.</source>
        <translation>Aucune partie ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matchhistoryview.cpp" line="180" />
        <source>No matches yet.
Add your Riot account and press Sync to download them, or import Match-V5 files with “herald-cli import”.</source>
        <translation>Pas encore de partie.
Ajoutez votre compte Riot et cliquez sur Synchroniser pour les télécharger, ou importez des fichiers Match-V5 avec « herald-cli import ».</translation>
    </message>
</context>
<context>
    <name>herald::ui::MatchListModel</name>
    <message>
        <location filename="../../ui/itemmodels/matchlistmodel.cpp" line="150" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/matchlistmodel.cpp" line="152" />
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/matchlistmodel.cpp" line="154" />
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/matchlistmodel.cpp" line="156" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/matchlistmodel.cpp" line="158" />
        <source>K / D / A</source>
        <translation>É / M / A</translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/matchlistmodel.cpp" line="160" />
        <source>CS/min</source>
        <translation>CS/min</translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/matchlistmodel.cpp" line="162" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/matchlistmodel.cpp" line="183" />
        <source>Victory</source>
        <translation>Victoire</translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/matchlistmodel.cpp" line="186" />
        <source>Defeat</source>
        <translation>Défaite</translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/matchlistmodel.cpp" line="189" />
        <source>Remake</source>
        <translation>Remake</translation>
    </message>
    <message>
        <location filename="../../ui/itemmodels/matchlistmodel.cpp" line="192" />
        <source>Aborted</source>
        <translation>Interrompue</translation>
    </message>
</context>
<context>
    <name>herald::ui::PlayerPicker</name>
    <message>
        <location filename="../../ui/views/playerpicker.cpp" line="31" />
        <source>Which player are you?</source>
        <translation>Quel joueur êtes-vous ?</translation>
    </message>
    <message>
        <location filename="../../ui/views/playerpicker.cpp" line="33" />
        <source>Your imported matches name these players, most games first (the demo player last). Choose yourself: Herald follows you as a local account, without a Riot API key and without syncing, and every view shows your games.</source>
        <translation>Vos parties importées nomment ces joueurs, les plus fréquents d'abord (le joueur de démonstration en dernier). Choisissez-vous : Herald vous suit comme compte local, sans clé d'API Riot et sans synchronisation, et chaque vue montre vos parties.</translation>
    </message>
    <message>
        <location filename="../../ui/views/playerpicker.cpp" line="38" />
        <source>Search a Riot ID</source>
        <translation>Chercher un Riot ID</translation>
    </message>
    <message>
        <location filename="../../ui/views/playerpicker.cpp" line="42" />
        <source>That's me</source>
        <translation>C'est moi</translation>
    </message>
    <message>
        <location filename="../../ui/views/playerpicker.cpp" line="67" />
        <source>Reading the players…</source>
        <translation>Lecture des joueurs…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/playerpicker.cpp" line="99" />
        <source>%1  ·  %n game(s)</source>
        <translation>
            <numerusform>%1  ·  %n partie</numerusform>
            <numerusform>%1  ·  %n parties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/playerpicker.cpp" line="107" />
        <source>No stored match names a player yet: import your match files first.</source>
        <translation>Aucune partie enregistrée ne nomme de joueur : importez d'abord vos fichiers de parties.</translation>
    </message>
    <message>
        <location filename="../../ui/views/playerpicker.cpp" line="108" />
        <source>No player's Riot ID contains "%1".</source>
        <translation>Aucun Riot ID de joueur ne contient « %1 ».</translation>
    </message>
</context>
<context>
    <name>herald::ui::ReportDialog</name>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="80" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="81" />
        <location filename="../../ui/report/exportdialogs.cpp" line="218" />
        <location filename="../../ui/report/exportdialogs.cpp" line="227" />
        <source>Export report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="82" />
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="83" />
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="84" />
        <source>HTML page (one file)</source>
        <translation>Page HTML (un fichier)</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="86" />
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="87" />
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="88" />
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="91" />
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="97" />
        <source>Computing the report…</source>
        <translation>Calcul du rapport…</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="101" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="102" />
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="103" />
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="104" />
        <source>Image width</source>
        <translation>Largeur de l'image</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="105" />
        <source>Image height</source>
        <translation>Hauteur de l'image</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="144" />
        <source>The report cannot be made: %1</source>
        <translation>Le rapport ne peut pas être fait : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/report/exportdialogs.cpp" line="199" />
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Enregistré : %1 (%n page).</numerusform>
            <numerusform>Enregistré : %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="200" />
        <source>Saved %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="211" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="212" />
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="213" />
        <source>HTML pages (*.html)</source>
        <translation>Pages HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/report/exportdialogs.cpp" line="216" />
        <source>report</source>
        <translation>rapport</translation>
    </message>
</context>
<context>
    <name>herald::ui::SettingsView</name>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="68" />
        <source>Hide other players' Riot IDs (for streaming)</source>
        <translation>Masquer les Riot ID des autres joueurs (pour le streaming)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="173" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="92" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="93" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="82" />
        <location filename="../../ui/views/settingsview.cpp" line="97" />
        <source>The system's (%1)</source>
        <translation>Celui du système (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="121" />
        <source>Days, weeks, weekdays and hours of the dashboards are counted in this time zone</source>
        <translation>Les jours, semaines, jours de la semaine et heures des tableaux de bord sont comptés dans ce fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="132" />
        <source>Requests in flight at once while syncing; Riot's rate limits still apply</source>
        <translation>Requêtes en cours à la fois pendant la synchro ; les limites de débit de Riot s'appliquent toujours</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="144" />
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="146" />
        <source>Herald's data folder</source>
        <translation>Dossier de données de Herald</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="149" />
        <source>%1 (from the next start; the current store stays where it is)</source>
        <translation>%1 (au prochain démarrage ; la base actuelle reste où elle est)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="160" />
        <source>Set API key…</source>
        <translation>Définir la clé d'API…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="161" />
        <source>Remove the key from the keychain</source>
        <translation>Retirer la clé du trousseau</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="178" />
        <source>(from the next start)</source>
        <translation>(au prochain démarrage)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="180" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="181" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="182" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="183" />
        <source>Streamer mode</source>
        <translation>Mode streamer</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="184" />
        <source>Sync concurrency</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="185" />
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../../ui/views/settingsview.cpp" line="186" />
        <source>Riot API key</source>
        <translation>Clé d'API Riot</translation>
    </message>
</context>
<context>
    <name>herald::ui::SignInDialog</name>
    <message>
        <location filename="../../ui/views/signindialog.cpp" line="22" />
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../ui/views/signindialog.cpp" line="23" />
        <source>Sign in to Herald</source>
        <translation>Se connecter à Herald</translation>
    </message>
    <message>
        <location filename="../../ui/views/signindialog.cpp" line="24" />
        <source>With a Herald account, Herald downloads your matches through the Herald server: no Riot API key needed. It also keeps your LP history, and your dashboards and settings in step on your devices.</source>
        <translation>Avec un compte Herald, Herald télécharge vos parties via le serveur Herald : aucune clé d'API Riot nécessaire. Il garde aussi votre historique de PL, et vos tableaux de bord et réglages à jour sur vos appareils.</translation>
    </message>
    <message>
        <location filename="../../ui/views/signindialog.cpp" line="29" />
        <source>you@example.org</source>
        <translation>vous@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/views/signindialog.cpp" line="34" />
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/signindialog.cpp" line="37" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/views/signindialog.cpp" line="38" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/views/signindialog.cpp" line="67" />
        <source>Type your email and your password.</source>
        <translation>Saisissez votre e-mail et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>herald::ui::StandingChart</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard/paintedcharts.cpp" line="139" />
        <source>+%n more line(s): the app and Export data… list them all</source>
        <translation>
            <numerusform>+%n ligne de plus : l'application et Exporter des données… les listent toutes</numerusform>
            <numerusform>+%n lignes de plus : l'application et Exporter des données… les listent toutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::SyncPanel</name>
    <message>
        <location filename="../../ui/views/syncpanel.cpp" line="20" />
        <source>Looking up the account</source>
        <translation>Recherche du compte</translation>
    </message>
    <message>
        <location filename="../../ui/views/syncpanel.cpp" line="22" />
        <source>Reading profile and ranks</source>
        <translation>Lecture du profil et des rangs</translation>
    </message>
    <message>
        <location filename="../../ui/views/syncpanel.cpp" line="24" />
        <source>Listing new matches</source>
        <translation>Liste des nouvelles parties</translation>
    </message>
    <message>
        <location filename="../../ui/views/syncpanel.cpp" line="26" />
        <source>Downloading matches</source>
        <translation>Téléchargement des parties</translation>
    </message>
    <message>
        <location filename="../../ui/views/syncpanel.cpp" line="28" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/views/syncpanel.cpp" line="47" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/views/syncpanel.cpp" line="48" />
        <source>Stop the sync; what is downloaded stays, the rest comes next time</source>
        <translation>Arrêter la synchro ; ce qui est téléchargé reste, le reste viendra la prochaine fois</translation>
    </message>
    <message>
        <location filename="../../ui/views/syncpanel.cpp" line="61" />
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../ui/views/syncpanel.cpp" line="77" />
        <source>about %1:%2 left</source>
        <translation>environ %1:%2 restantes</translation>
    </message>
    <message>
        <location filename="../../ui/views/syncpanel.cpp" line="83" />
        <source>waiting for Riot's rate limit until %1</source>
        <translation>attente de la limite de débit de Riot jusqu'à %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/syncpanel.cpp" line="94" />
        <source>No account to sync: add your Riot account first.</source>
        <translation>Aucun compte à synchroniser : ajoutez d'abord votre compte Riot.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/syncpanel.cpp" line="96" />
        <source>Sync cancelled: %n new match(es) kept, the rest comes next time.</source>
        <translation>
            <numerusform>Synchro annulée : %n nouvelle partie gardée, le reste viendra la prochaine fois.</numerusform>
            <numerusform>Synchro annulée : %n nouvelles parties gardées, le reste viendra la prochaine fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/syncpanel.cpp" line="98" />
        <source>%n new match(es).</source>
        <translation>
            <numerusform>%n nouvelle partie.</numerusform>
            <numerusform>%n nouvelles parties.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/syncpanel.cpp" line="100" />
        <source>Up to date: no new match.</source>
        <translation>À jour : aucune nouvelle partie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/syncpanel.cpp" line="104" />
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n problème : %1</numerusform>
            <numerusform>%n problèmes : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>herald::ui::SyncRunner</name>
    <message>
        <location filename="../../ui/adapters/syncrunner.cpp" line="245" />
        <source>Game data: %1 (names are there; icons next time)</source>
        <translation>Données du jeu : %1 (les noms sont là ; les icônes à la prochaine fois)</translation>
    </message>
    <message>
        <location filename="../../ui/adapters/syncrunner.cpp" line="60" />
        <source>A sync is running: add the account when it is done.</source>
        <translation>Une synchro est en cours : ajoutez le compte quand elle sera terminée.</translation>
    </message>
    <message>
        <location filename="../../ui/adapters/syncrunner.cpp" line="70" />
        <source>Unknown platform %1.</source>
        <translation>Plateforme inconnue : %1.</translation>
    </message>
    <message>
        <location filename="../../ui/adapters/syncrunner.cpp" line="88" />
        <source>Sign in to your Herald account first.</source>
        <translation>Connectez-vous d'abord à votre compte Herald.</translation>
    </message>
    <message>
        <location filename="../../ui/adapters/syncrunner.cpp" line="220" />
        <source>Game data: %1 (the bundled snapshot serves meanwhile)</source>
        <translation>Données du jeu : %1 (l'instantané fourni sert en attendant)</translation>
    </message>
    <message>
        <location filename="../../ui/adapters/syncrunner.cpp" line="221" />
        <source>Game data: %1 (champions from the Herald server instead: %2)</source>
        <translation>Données du jeu : %1 (les champions viennent du serveur Herald : %2)</translation>
    </message>
    <message>
        <location filename="../../ui/adapters/syncrunner.cpp" line="230" />
        <source>%1: sign in to your Herald account to sync it through the Herald server.</source>
        <translation>%1 : connectez-vous à votre compte Herald pour le synchroniser via le serveur Herald.</translation>
    </message>
    <message>
        <location filename="../../ui/adapters/syncrunner.cpp" line="240" />
        <source>%1: LP history: %2</source>
        <translation>%1 : historique de PL : %2</translation>
    </message>
</context>
<context>
    <name>herald::ui::TemplateActions</name>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="147" />
        <source>Dashboard renamed.</source>
        <translation>Tableau de bord renommé.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="187" />
        <source>Dashboard “%1” deleted.</source>
        <translation>Tableau de bord « %1 » supprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="23" />
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="23" />
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="23" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="24" />
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="24" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="24" />
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="37" />
        <source>Send this dashboard to your Herald account: kept in step on your devices, and shared with other players if you wish</source>
        <translation>Envoyer ce tableau de bord sur votre compte Herald : à jour sur vos appareils, et partagé avec les autres joueurs si vous le souhaitez</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="43" />
        <source>Publish the dashboard</source>
        <translation>Publier le tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="44" />
        <source>Share “%1” with other players? (No: private to your own devices.)</source>
        <translation>Partager « %1 » avec les autres joueurs ? (Non : privé, sur vos appareils seulement.)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="82" />
        <source>Built-in dashboards cannot change: duplicate one to make it yours</source>
        <translation>Les tableaux de bord intégrés ne changent pas : dupliquez-en un pour le faire vôtre</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="52" />
        <source>Import a dashboard template</source>
        <translation>Importer un modèle de tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="52" />
        <location filename="../../ui/dashboard/templateactions.cpp" line="61" />
        <source>Dashboard templates (*.json)</source>
        <translation>Modèles de tableau de bord (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="60" />
        <source>Export the dashboard template</source>
        <translation>Exporter le modèle de tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="96" />
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="117" />
        <source>Built-in dashboards stay as they are: you are editing a copy.</source>
        <translation>Les tableaux de bord intégrés restent tels quels : vous modifiez une copie.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="118" />
        <source>Dashboard duplicated.</source>
        <translation>Tableau de bord dupliqué.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="130" />
        <source>Rename the dashboard</source>
        <translation>Renommer le tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="130" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="155" />
        <location filename="../../ui/dashboard/templateactions.cpp" line="166" />
        <source>Delete the dashboard</source>
        <translation>Supprimer le tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="156" />
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Supprimer « %1 » ? C'est définitif.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="167" />
        <source>“%1” is published on your Herald account. Delete it there too (on all your devices)?</source>
        <translation>« %1 » est publié sur votre compte Herald. Le supprimer là aussi (sur tous vos appareils) ?</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="196" />
        <source>%1: the file is over the 1 MiB limit</source>
        <translation>%1 : le fichier dépasse la limite de 1 Mio</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="198" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="236" />
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/templateactions.cpp" line="239" />
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>herald::ui::TemplatePreview</name>
    <message>
        <location filename="../../ui/views/communitydialog.cpp" line="35" />
        <source>Choose a dashboard to see its layout.</source>
        <translation>Choisissez un tableau de bord pour voir sa disposition.</translation>
    </message>
</context>
<context>
    <name>herald::ui::WelcomeDialog</name>
    <message>
        <location filename="../../ui/views/welcomedialog.cpp" line="13" />
        <location filename="../../ui/views/welcomedialog.cpp" line="14" />
        <source>Welcome to Herald</source>
        <translation>Bienvenue dans Herald</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcomedialog.cpp" line="17" />
        <source>Herald keeps your League of Legends games on this computer and turns them into dashboards you can shape yourself.

Bring your games in whichever way suits you: import the match files you have (Match-V5 JSON, no key needed), sign in to your Herald account (the server fetches them for you), or follow your account with your own Riot API key (from developer.riotgames.com, kept in the system keychain). Or look around with the demo history of Demo#HRLD first: all three stay in the toolbar.</source>
        <translation>Herald garde vos parties de League of Legends sur cet ordinateur et en fait des tableaux de bord que vous façonnez vous-même.

Faites entrer vos parties comme il vous convient : importez les fichiers de parties que vous avez (JSON Match-V5, sans clé), connectez-vous à votre compte Herald (le serveur les récupère pour vous), ou suivez votre compte avec votre propre clé d'API Riot (sur developer.riotgames.com, gardée dans le trousseau du système). Ou faites d'abord le tour avec l'historique de démonstration de Demo#HRLD : les trois restent dans la barre d'outils.</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcomedialog.cpp" line="25" />
        <source>Import my match files…</source>
        <translation>Importer mes fichiers de parties…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcomedialog.cpp" line="26" />
        <source>Sign in to Herald…</source>
        <translation>Se connecter à Herald…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcomedialog.cpp" line="27" />
        <source>Use my Riot API key…</source>
        <translation>Utiliser ma clé d'API Riot…</translation>
    </message>
    <message>
        <location filename="../../ui/views/welcomedialog.cpp" line="28" />
        <source>Explore the demo</source>
        <translation>Explorer la démo</translation>
    </message>
</context>
<context>
    <name>herald::ui::WidgetEditor</name>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="27" />
        <source>Number (KPI)</source>
        <translation>Nombre (KPI)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="29" />
        <source>Line over time</source>
        <translation>Courbe dans le temps</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="31" />
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="33" />
        <source>Donut</source>
        <translation>Anneau</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="35" />
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="37" />
        <source>Heatmap</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="39" />
        <source>Rank (LP) history</source>
        <translation>Historique du rang (PL)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="41" />
        <source>Recent games</source>
        <translation>Parties récentes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="43" />
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="158" />
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="45" />
        <source>What your history says</source>
        <translation>Ce que dit votre historique</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="47" />
        <source>You against your lobbies</source>
        <translation>Vous face à vos lobbies</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="74" />
        <source>Show the median of your lobbies under the value</source>
        <translation>Afficher la médiane de vos lobbies sous la valeur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="77" />
        <source>Configure the widget</source>
        <translation>Configurer le widget</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="95" />
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="105" />
        <source>(the dimension's order)</source>
        <translation>(l'ordre de la dimension)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="110" />
        <source>%1, highest first</source>
        <translation>%1, du plus haut au plus bas</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="115" />
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="122" />
        <source>The value to reach; a rate in percent</source>
        <translation>La valeur à atteindre ; un taux en pourcentage</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="125" />
        <source>At least</source>
        <translation>Au moins</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="130" />
        <source>How many of the last days, weeks or months ('By') the goal covers</source>
        <translation>Combien des derniers jours, semaines ou mois (« Par ») l'objectif couvre</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="132" />
        <source>The median of the other players of your main role in the same games</source>
        <translation>La médiane des autres joueurs de votre rôle principal dans les mêmes parties</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="140" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="141" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="142" />
        <source>Metrics</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="144" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="145" />
        <source>And by</source>
        <translation>Et par</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="146" />
        <source>Sort</source>
        <translation>Tri</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="159" />
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="160" />
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="161" />
        <source>Lobbies</source>
        <translation>Lobbies</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="126" />
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="147" />
        <source>At most</source>
        <translation>Au plus</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="148" />
        <source>Minimum games</source>
        <translation>Parties minimum</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgeteditor.cpp" line="157" />
        <source>Ranked queue</source>
        <translation>File classée</translation>
    </message>
</context>
<context>
    <name>herald::ui::WidgetFrame</name>
    <message>
        <location filename="../../ui/dashboard/widgetframe.cpp" line="23" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgetframe.cpp" line="24" />
        <source>Export data…</source>
        <translation>Exporter des données…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgetframe.cpp" line="41" />
        <source>%1 · whole history</source>
        <translation>%1 · tout l'historique</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgetframe.cpp" line="63" />
        <source>Move left</source>
        <translation>Déplacer à gauche</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgetframe.cpp" line="63" />
        <source>Move right</source>
        <translation>Déplacer à droite</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgetframe.cpp" line="63" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgetframe.cpp" line="64" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgetframe.cpp" line="64" />
        <source>Narrower</source>
        <translation>Plus étroit</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgetframe.cpp" line="64" />
        <source>Wider</source>
        <translation>Plus large</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgetframe.cpp" line="65" />
        <source>Shorter</source>
        <translation>Moins haut</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgetframe.cpp" line="65" />
        <source>Taller</source>
        <translation>Plus haut</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgetframe.cpp" line="65" />
        <source>Configure: the metrics, dimensions and sort</source>
        <translation>Configurer : les métriques, les dimensions et le tri</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/widgetframe.cpp" line="66" />
        <source>Remove this widget</source>
        <translation>Retirer ce widget</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <location filename="../../app/gui/startup.cpp" line="95" />
        <source>Removed %n file(s) left by an interrupted restore or backup (%1 freed).</source>
        <translation>
            <numerusform>%n fichier laissé par une restauration ou une sauvegarde interrompue a été supprimé (%1 libérés).</numerusform>
            <numerusform>%n fichiers laissés par une restauration ou une sauvegarde interrompue ont été supprimés (%1 libérés).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/accountswiring.cpp" line="54" />
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <location filename="../../app/gui/appoptions.cpp" line="21" />
        <source>Herald keeps your League of Legends matches and analyses them.</source>
        <translation>Herald garde vos parties de League of Legends et les analyse.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appoptions.cpp" line="25" />
        <source>Data folder (default: $HERALD_DATA_DIR, else the platform's app data folder).</source>
        <translation>Dossier de données (par défaut : $HERALD_DATA_DIR, sinon le dossier de données d'application de la plateforme).</translation>
    </message>
    <message>
        <location filename="../../app/gui/appoptions.cpp" line="29" />
        <source>Render the window with real data, save it as a PNG and exit.</source>
        <translation>Afficher la fenêtre avec de vraies données, l'enregistrer en PNG et quitter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appoptions.cpp" line="33" />
        <source>Window size for --screenshot, e.g. 1600x1000.</source>
        <translation>Taille de la fenêtre pour --screenshot, par ex. 1600x1000.</translation>
    </message>
    <message>
        <location filename="../../app/gui/appoptions.cpp" line="36" />
        <source>The view to open: dashboard (default), matches, match:&lt;id&gt; (one match's details), compare (players side by side), settings, diagnostics, players (the "Which player are you?" dialog), or export-report (File &gt; Export report…).</source>
        <translation>La vue à ouvrir : dashboard (par défaut), matches, match:&lt;id&gt; (le détail d'une partie), compare (les joueurs côte à côte), settings, diagnostics, players (la fenêtre « Quel joueur êtes-vous ? ») ou export-report (Fichier &gt; Exporter un rapport…).</translation>
    </message>
    <message>
        <location filename="../../app/gui/appoptions.cpp" line="44" />
        <source>The dashboard template to open, by id (overview, ranked-progress, ...).</source>
        <translation>Le modèle de tableau de bord à ouvrir, par identifiant (overview, ranked-progress, ...).</translation>
    </message>
    <message>
        <location filename="../../app/gui/appoptions.cpp" line="48" />
        <source>The interface language: en or fr (default: the Settings choice, else the system's).</source>
        <translation>La langue de l'interface : en ou fr (par défaut : le choix des Paramètres, sinon celle du système).</translation>
    </message>
    <message>
        <location filename="../../app/gui/appoptions.cpp" line="52" />
        <source>Restore this backup before opening the store (it is checked first; the store as it is now is kept as a backup).</source>
        <translation>Restaurer cette sauvegarde avant d'ouvrir les données (elle est d'abord vérifiée ; les données actuelles sont gardées dans une sauvegarde).</translation>
    </message>
    <message>
        <location filename="../../app/gui/appoptions.cpp" line="57" />
        <source>Treat the store as damaged: move it aside and offer the latest good backup or an empty store.</source>
        <translation>Traiter les données comme endommagées : les mettre de côté et proposer la dernière bonne sauvegarde ou des données vides.</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.cpp" line="43" />
        <source>The backup was not restored</source>
        <translation>La sauvegarde n'a pas été restaurée</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.cpp" line="45" />
        <source>Your store was not changed.</source>
        <translation>Vos données n'ont pas été modifiées.</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.cpp" line="47" />
        <source>Backup restored; the store as it was is kept in %1.</source>
        <translation>Sauvegarde restaurée ; les données d'avant sont gardées dans %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.cpp" line="54" />
        <source>damage found while Herald was running (a backup's integrity check failed)</source>
        <translation>dommages trouvés pendant que Herald tournait (le contrôle d'intégrité d'une sauvegarde a échoué)</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.cpp" line="88" />
        <source>Herald is already running</source>
        <translation>Herald est déjà lancé</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.cpp" line="74" />
        <location filename="../../app/gui/startup.cpp" line="89" />
        <source>Herald cannot open its data</source>
        <translation>Herald ne peut pas ouvrir ses données</translation>
    </message>
    <message>
        <location filename="../../app/gui/startup.cpp" line="121" />
        <source>Taking a backup, Herald found damage in the file that holds your matches:

%1

Restart now to recover it from your latest good backup?</source>
        <translation>En faisant une sauvegarde, Herald a trouvé des dommages dans le fichier qui contient vos parties :

%1

Redémarrer maintenant pour le récupérer depuis votre dernière bonne sauvegarde ?</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="145" />
        <source>Demo data: explore Herald with Demo#HRLD.</source>
        <translation>Données de démonstration : explorez Herald avec Demo#HRLD.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="158" />
        <source>Preparing your matches…</source>
        <translation>Préparation de vos parties…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pageswiring.cpp" line="33" />
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../app/gui/pageswiring.cpp" line="38" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/gui/pageswiring.cpp" line="39" />
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location filename="../../app/gui/pageswiring.cpp" line="53" />
        <source>API key removed from the keychain.</source>
        <translation>Clé d'API retirée du trousseau.</translation>
    </message>
    <message>
        <location filename="../../app/gui/storeopening.cpp" line="19" />
        <source>Backing up your matches before the upgrade…</source>
        <translation>Sauvegarde de vos parties avant la mise à jour…</translation>
    </message>
    <message>
        <location filename="../../app/gui/storeopening.cpp" line="21" />
        <source>Upgrading the store to this version of Herald…</source>
        <translation>Mise à jour des données pour cette version de Herald…</translation>
    </message>
    <message>
        <location filename="../../app/gui/storeopening.cpp" line="23" />
        <source>Compacting the store (this takes a while once)…</source>
        <translation>Compactage des données (une seule fois, cela prend un moment)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/storeopening.cpp" line="25" />
        <source>Recomputing the statistics of every match…</source>
        <translation>Recalcul des statistiques de chaque partie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/datasafety.cpp" line="34" />
        <location filename="../../app/gui/storeopening.cpp" line="32" />
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <location filename="../../app/gui/datasafety.cpp" line="133" />
        <source>Restoring %1…</source>
        <translation>Restauration de %1…</translation>
    </message>
    <message>
        <location filename="../../app/gui/datasafety.cpp" line="140" />
        <location filename="../../app/gui/startup.cpp" line="120" />
        <source>Herald's data is damaged</source>
        <translation>Les données de Herald sont endommagées</translation>
    </message>
    <message>
        <location filename="../../app/gui/datasafety.cpp" line="141" />
        <source>The file that holds your matches cannot be read.</source>
        <translation>Le fichier qui contient vos parties ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/datasafety.cpp" line="143" />
        <source>%1

Details: %2

Herald will not change or delete it: it is moved into a folder beside it (damaged-…), where you can keep it.</source>
        <translation>%1

Détails : %2

Herald ne le modifie ni ne le supprime : il est déplacé dans un dossier à côté (damaged-…), où vous pouvez le garder.</translation>
    </message>
    <message>
        <location filename="../../app/gui/datasafety.cpp" line="149" />
        <source>Your latest good backup is from %1, with %2 matches. Matches played since then come back with the next sync.</source>
        <translation>Votre dernière bonne sauvegarde date du %1, avec %2 parties. Les parties jouées depuis reviennent à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../app/gui/datasafety.cpp" line="155" />
        <source>There is no backup to restore: Herald can start with an empty store and sync your matches again.</source>
        <translation>Il n'y a pas de sauvegarde à restaurer : Herald peut repartir de données vides et resynchroniser vos parties.</translation>
    </message>
    <message>
        <location filename="../../app/gui/datasafety.cpp" line="161" />
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/gui/datasafety.cpp" line="165" />
        <source>Start with an empty store</source>
        <translation>Repartir de données vides</translation>
    </message>
    <message>
        <location filename="../../app/gui/datasafety.cpp" line="167" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../app/gui/datasafety.cpp" line="199" />
        <source>Looking for your latest good backup…</source>
        <translation>Recherche de votre dernière bonne sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../app/gui/datasafety.cpp" line="215" />
        <source>Started with an empty store; the damaged one is in %1.</source>
        <translation>Démarré avec des données vides ; les données endommagées sont dans %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/datasafety.cpp" line="222" />
        <source>Restoring your latest good backup…</source>
        <translation>Restauration de votre dernière bonne sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../app/gui/datasafety.cpp" line="227" />
        <source>Restored the backup of %1; the damaged store is in %2.</source>
        <translation>Sauvegarde du %1 restaurée ; les données endommagées sont dans %2.</translation>
    </message>
</context>
</TS>