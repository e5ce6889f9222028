# Textes de l'interface de Pamoja, en français. Ce fichier a les mêmes noms de messages que en.ftl ;
# un message absent ici s'affiche en anglais.
# Les nombres et les dates sont écrits par le code (src/i18n.rs) et arrivent déjà mis en forme.

## Mise en page

app-name = Pamoja
nav-home = Accueil
nav-registry = Registre
nav-imports = Importations
nav-audit = Modifications
nav-calendar = Calendrier
nav-password = Mot de passe
sign-out = Se déconnecter
language = Langue
language-choose = Changer
skip-to-content = Aller au contenu

## Formats : une part, une date ({ $month } est l'un des noms de mois ci-dessous)

percent = { $value } %
date = { $day } { $month } { $year }
period = du { $from } au { $to }
month-1 = janv.
month-2 = févr.
month-3 = mars
month-4 = avr.
month-5 = mai
month-6 = juin
month-7 = juil.
month-8 = août
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = déc.

## Connexion et mot de passe

sign-in-title = Connexion
username = Nom d'utilisateur
password = Mot de passe
sign-in-button = Se connecter
sign-in-wrong = Ce nom d'utilisateur et ce mot de passe ne correspondent pas. Vérifiez-les et réessayez.
sign-in-wait = Trop de tentatives échouées. Attendez { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
    }, puis réessayez.
password-title = Changer votre mot de passe
password-done = Votre mot de passe a été changé. Vos autres sessions ont été fermées et vos jetons d'API révoqués.
password-current = Mot de passe actuel
password-new = Nouveau mot de passe (au moins 12 caractères)
password-repeat = Confirmez le nouveau mot de passe
password-button = Changer le mot de passe
password-wrong-current = Votre mot de passe actuel est incorrect.
password-too-short = Le nouveau mot de passe doit compter au moins 12 caractères.
password-not-same = Les deux nouveaux mots de passe ne sont pas identiques.
password-not-new = Choisissez un nouveau mot de passe, différent de l'actuel.
password-first = Ce mot de passe vous a été remis par quelqu'un d'autre. Choisissez le vôtre maintenant : le mot de passe remis est le mot de passe actuel.
account-link = Accès et mot de passe
account-title = Accès de { $name }
account-signs-in-as = Se connecte en tant que { $username }.
account-none = N'a pas encore d'accès.
account-username = Nom d'utilisateur
account-create = Créer l'accès
account-reset-explain = Un nouveau mot de passe est créé et affiché une seule fois. Ses autres sessions se terminent et ses jetons d'API cessent de fonctionner.
account-reset = Réinitialiser le mot de passe
account-handed = Le mot de passe ci-dessous n'est affiché qu'une seule fois.
account-handed-note = Remettez-le à { $name } en personne ou par téléphone, pas dans un groupe. Cette personne choisira le sien à sa première connexion.
account-back = Retour à cette personne
why-account-yourself = Votre propre mot de passe se change sur la page de votre compte.
why-account-outside = Cette personne travaille hors des lieux où vous modifiez le registre.
why-account-no-grant = Aucun de vos postes ne permet de créer des accès là où travaille cette personne.
why-account-post = Cette personne occupe un poste de { $role }, que vous ne pouvez pas attribuer : une personne au-dessus de vous crée ou réinitialise son accès.

## Messages d'information et d'erreur

home-link = Retour à l'accueil
expired-title = Ce formulaire a expiré
expired-text = Revenez en arrière, rechargez la page et envoyez de nouveau le formulaire.
failure-title = Une erreur s'est produite
failure-text = Veuillez réessayer dans un instant. Si le problème continue, prévenez votre administrateur système.
place-forbidden-title = Accès non autorisé
place-forbidden-text = Ce lieu ne relève pas de vos postes. Si vous en avez besoin, adressez-vous au bureau de votre district.
place-missing-title = Lieu introuvable
place-missing-text = Vérifiez l'adresse, ou repartez de votre page d'accueil.
record-forbidden-title = Accès non autorisé
record-forbidden-text = Ceci ne relève pas de vos postes. Si vous en avez besoin, adressez-vous à votre directeur d'école ou au bureau de votre district.
record-missing-title = Introuvable
record-missing-text = Cet élément a peut-être été supprimé, ou l'adresse est incorrecte. Repartez de votre page d'accueil.
page-missing-title = Cette page n'existe pas
page-missing-text = L'adresse est peut-être mal écrite, ou la page a été déplacée.

## Accueil

welcome = Bienvenue, { $name }
todo = À faire
nothing-waits = Rien à faire pour le moment.
reports-to-acknowledge = Rapports à viser ({ $shown })
points-to-follow = Actions à suivre ({ $shown })
study-open = Ouvrir le rapport de l'étude
study-title = Le rapport de l'étude
study-none = Aucun enseignant des écoles que vous voyez n'a encore répondu à cette vague : { $round }.
study-round = Vague d'enquête
study-show = Afficher le rapport
round-baseline = Enquête de référence
round-midline = Enquête de mi-parcours
round-endline = Enquête finale
overdue = en retard
points-see-all = Voir toutes les actions à suivre
points-search = Mots de l'action ou nom du responsable
points-school = Code de l'école
points-overdue-only = Seulement celles dont l'échéance est passée
points-filter = Afficher
points-of-cop = Seulement les actions de { $cop }.
points-every-cop = Celles de toutes les CoP
points-none = Aucune action ouverte ne correspond.
showing-of = { $first } à { $last } sur { $total }
pages = Pages
page-previous = Page précédente
page-next = Page suivante
col-held-on = Tenue le
col-cop = CoP
col-facilitator = Facilitateur
col-present = Présents
col-due = Échéance
col-action = Action à mener
col-owner = Responsable
col-place = Lieu
col-rank = Rang
present-of = { $present } sur { $expected }
your-cops = Vos CoP ce trimestre
this-term = Ce trimestre : { $period }
between-terms = Entre deux trimestres. Le dernier trimestre allait { $last } ; le prochain commence le { $next }.
between-terms-no-next = Entre deux trimestres. Le dernier trimestre allait { $last } ; aucun trimestre suivant n'est encore prévu.
col-held-planned = Tenues / prévues
col-next = Prochaine prévue
col-turn = À qui le tour
held-of-planned = { $held } sur { $planned }
none-planned = aucune prévue
record-meeting = Enregistrer une réunion
turn-chair = président de séance : { $name }
ranked-title = Entités de { $place }, classées selon les réunions tenues
bright-spots = Points forts
laggards = Besoin d'appui

## Indicateurs clés

kpi-table-indicator = Indicateur
kpi-table-of = Nombre
kpi-table-out-of = Sur un total de
kpi-table-share = Taux
under-place = Dans { $place }
trend-title = Réunions tenues sur les réunions prévues, trimestre par trimestre
breadcrumb = Où se situe ce lieu
dashboard-more = Une autre période, les lieux classés selon un autre indicateur, ou une version à imprimer
period-problem = Cette période ne peut pas être affichée ({ $problem }) ; le trimestre en cours est affiché à la place.
period-year = Année scolaire
period-term-choice = Trimestre
period-whole-year = Toute l'année
period-unreadable-title = Cette période est illisible
period-term = Trimestre { $n }
period-dates = Ou choisir des dates
period-from = Du
period-to = Au
rank-by = Classer les lieux ci-dessous selon
period-show = Afficher
print-view = Version à imprimer
kpi-table-change = Évolution (points)
change-since = Évolution en points de pourcentage par rapport à la période précédente ({ $period }).
lowest = le plus bas
status-remote = { $status } (à distance)
trend-none = Aucun trimestre n'a encore de réunions prévues.
kpi-meetings-held = Réunions tenues sur les réunions prévues
kpi-cops-on-frequency = CoP qui se réunissent à la fréquence prévue
kpi-attendance-rate = Taux de présence des enseignants
kpi-teachers-at-90 = Enseignants présents à au moins 90 % des réunions de leur CoP
kpi-reports-acknowledged = Rapports de réunion visés par le directeur d'école
kpi-action-points-closed = Actions à mener suivies et clôturées
kpi-modality-mix = Mode de tenue des réunions
kpi-format-mix = Organisation des échanges
kpi-teacher-decisions = Participation des enseignants aux décisions
kpi-facilitators = Qui anime les réunions
kpi-maturity = CoP par stade de maturité
kpi-with-part = { $kpi } : { $part }

## Listes de valeurs

modality-in-person = En présentiel
modality-whatsapp = WhatsApp
modality-phone = Par téléphone
modality-hybrid = Hybride
format-whole-group = En grand groupe
format-small-groups = En petits groupes
format-lesson-modelling = Démonstration de leçon
format-mock-lesson = Leçon simulée
format-practical-workshop = Atelier pratique
format-instructional-material = Fabrication de matériel didactique
role-chair = Président de séance
role-note-taker = Secrétaire
role-timekeeper = Gardien du temps
role-presenter = Présentateur
role-reporter = Rapporteur
decider-teachers = Enseignants
decider-subject-leader = Responsable de matière
decider-head-teacher = Directeur d'école
decider-coach = Coach pédagogique
decider-slf = Facilitateur de secteur (SLF)
decider-lll = Leader pédagogique local
decider-nll = Leader pédagogique national
decider-sei = Inspecteur de l'éducation du secteur
decider-deo = Chargé de l'éducation du district
aspect-agenda = L'ordre du jour
aspect-topics = Les thèmes
aspect-duration = La durée
aspect-organisation = L'organisation
topic-learner-needs = Besoins des élèves
topic-inclusion = Éducation inclusive
topic-struggling-learners = Élèves en difficulté
topic-girls-return = Retour des filles à l'école
topic-wellbeing = Bien-être
topic-remediation = Remédiation
topic-covid-measures = Mesures contre la COVID-19
topic-other = Autre
finding-done = Fait
finding-in-progress = En cours
finding-not-started = Pas commencé
facilitator-teacher = Un enseignant
facilitator-subject-leader = Responsable de matière
facilitator-head-teacher = Directeur d'école
facilitator-coach = Coach pédagogique
facilitator-slf = Facilitateur de secteur (SLF)
facilitator-lll = Leader pédagogique local
facilitator-nll = Leader pédagogique national
facilitator-other = Une autre personne
stage-not-yet-meeting = Ne se réunit pas encore
stage-directed = Dirigée
stage-supported = Accompagnée
stage-teacher-led = Menée par les enseignants
post-teacher = Enseignant
post-head-teacher = Directeur d'école
post-deputy-head-teacher = Directeur adjoint
post-subject-leader = Responsable de matière à l'école
post-coach = Coach pédagogique
post-senior-coach = Coach pédagogique principal
post-regional-coordinator = Coordinateur régional
post-slf = Facilitateur pédagogique de secteur
post-sei = Inspecteur de l'éducation du secteur
post-deo = Chargé de l'éducation du district
post-lll = Leader pédagogique local
post-nll = Leader pédagogique national
post-me-officer = Chargé de suivi-évaluation
post-national-admin = Administrateur national
post-researcher = Chercheur
member-role-member = Membre
member-role-facilitator = Facilitateur
member-role-official = Responsable officiel
community-cop = CoP d'enseignants
community-sector-plc = CAP des directeurs du secteur
community-district-plc = CAP des leaders pédagogiques du district
guest-head-teacher = Directeur ou directrice d'école
guest-subject-leader = Responsable de matière
guest-slf = Facilitateur d'apprentissage du secteur
guest-coach = Coach pédagogique
guest-parent = Parent d'élève
guest-remedial-teacher = Enseignant de soutien
guest-sei = Inspecteur de l'éducation du secteur
guest-deo = Chargé de l'éducation du district
guest-lll = Leader pédagogique local
guest-nll = Leader pédagogique national
guest-other = Autre
cop-people-saved = Enregistré : la liste des personnes de la CoP est à jour.
cop-people-problem = Rien n'a été modifié : { $problem }
cop-member-leaves = Part aujourd'hui
cop-add-member = Ajouter un membre
cop-person = Personne
cop-add-member-button = Ajouter à la CoP
cop-guests = Invités inscrits
cop-guests-hint = Personnes invitées à ses réunions sans en être membres : elles sont proposées dans le formulaire de réunion et ne comptent pas parmi les attendus.
cop-guest-role = Vient en tant que
cop-guest-remove = Retirer
cop-add-guest = Ajouter un invité inscrit
cop-guest-code = Le matricule de l'invité
cop-add-guest-button = Ajouter l'invité
field-guests-present = Invités inscrits présents

## Une CoP

cop-members-count = { $n ->
    [one] { $shown } membre
   *[other] { $shown } membres
}
cop-at = Lieu : { $place }
cop-members = Membres
cop-schedule = Réunions de ce trimestre
cop-planned = Prévues
cop-held = Tenues
cop-rotation = Rôles : à qui le tour
cop-rotation-evenness = Équilibre de la rotation
col-role = Rôle
col-next-turn = Au tour de
col-held-by = Déjà tenu par
cop-maturity = Maturité : { $stage }
cop-maturity-evidence = Indicateurs de ce trimestre
cop-evidence-teachers-decide = Réunions où les enseignants ont participé au choix de l'ordre du jour
cop-evidence-rotation = Équilibre de la rotation des rôles
cop-evidence-teachers-facilitate = Réunions animées par des enseignants
cop-evidence-held = Réunions prévues qui ont eu lieu
cop-teacher-led-takes = Seuil pour être menée par les enseignants
cop-recent = Réunions de ce trimestre, les plus récentes d'abord
col-name = Nom
col-joined = Membre depuis
col-member-role = Rôle

## Enregistrer une réunion

meeting-new-title = Enregistrer une réunion de { $cop }
meeting-problems = La réunion n'a pas été enregistrée. Veuillez corriger ce qui est signalé ci-dessous.
field-held-on = Date de la réunion
field-modality = Mode de réunion
field-venue = Lieu (facultatif)
field-duration = Durée en minutes (facultatif)
field-facilitator = Facilitateur
field-attendance = Qui était présent
field-attendance-hint = Cochez toutes les personnes présentes. Les membres non cochés sont notés absents.
field-agenda = Ordre du jour
field-activity = Activité de la boîte à outils
field-activity-none = (aucune)
field-challenge = Ou une difficulté soulevée par les enseignants
field-formats = Organisation des échanges
field-roles = Rôles
field-role-nobody = (personne)
field-decided = Qui a fixé l'ordre du jour
field-topics = Thèmes abordés
field-summary = Résumé (facultatif)
field-action-point = Action à mener (facultatif)
field-action-description = Ce qu'il faut faire
field-action-owner = Qui s'en charge
field-action-due = Date limite
field-choose = Choisir…
meeting-save = Enregistrer la réunion
meeting-saved = La réunion est enregistrée. Son rapport a été envoyé au directeur d'école.
meeting-edit-title = Corriger une réunion de { $cop }
meeting-save-edit = Enregistrer la correction
meeting-edit-keeps = Les invités inscrits, le nombre d'invités et les décisions sur les autres aspects restent tels qu'ils ont été enregistrés.
meeting-correct = Corriger cette réunion
meeting-corrected = Votre correction est enregistrée, et les chiffres en tiennent compte.
field-remote = Qui a participé à distance
field-remote-hint = Cochez ceux qui ont participé par téléphone, WhatsApp ou en ligne plutôt que dans la salle.

## Le rapport d'une réunion

meeting-title = { $cop } : réunion du { $date }
meeting-facts = { $modality } ; animée par { $facilitator } ; présents : { $present }
meeting-attendance = Présences
col-status = Statut
status-present = Présent
status-absent = Absent
status-excused = Excusé
meeting-action-points = Actions à mener
meeting-acknowledge = Viser ce rapport
meeting-acknowledged = Vous avez visé ce rapport.
meeting-ack-done = Visé le { $date }
meeting-ack-waiting = En attente du visa du directeur d'école
meeting-report-to = Rapport envoyé à
follow-up = Faire le suivi
col-finding = Constat

## Suivi d'une action à mener

follow-up-title = Suivi : { $action }
follow-up-owner = Responsable : { $owner } ; échéance : { $date }
field-visited-on = Date de la visite en classe
field-finding = Constat de la visite
field-note = Remarque (facultatif)
follow-up-save = Enregistrer le suivi
follow-up-not-yours = Seuls ceux qui enregistrent les réunions de cette CoP saisissent son suivi.
follow-up-closed = Suivi fait le { $date } : { $finding }
follow-up-problems = Le suivi n'a pas été enregistré. Veuillez corriger ce qui est signalé ci-dessous.
follow-up-visits = Visites déjà faites
col-visitor = Visite faite par
col-note = Remarque
col-due-again = Nouvelle échéance
field-due-again = Nouvelle échéance, si ce n'est pas fait
field-due-again-help = Une action trouvée non commencée ou en cours reste ouverte jusqu'à cette date, où elle est de nouveau visitée.

## Le registre

registry-title = Registre
registry-search = Rechercher par nom ou par code
registry-kind = Afficher
registry-kind-schools = Écoles
registry-kind-people = Personnes
registry-search-button = Rechercher
registry-none = Aucun résultat.
registry-more = Seuls les { $shown } premiers résultats sont affichés. Précisez la recherche pour voir les autres.
col-code = Code
col-unit = Entité
col-phone = Téléphone
col-edit = Modifier
edit = Modifier
registry-edit-title = Modifier { $name }
field-name = Nom
field-phone = Téléphone (facultatif)
field-ownership = Statut de l'école
field-locality = Zone
ownership-public = Publique
ownership-private = Privée
locality-rural = Rurale
locality-urban = Urbaine
save-elsewhere = Autre erreur dans cette fiche
field-email = Adresse e-mail (facultatif)
save = Enregistrer
saved = Enregistré.
save-problems = Rien n'a été enregistré. Veuillez corriger ce qui est signalé ci-dessous.

## Importations et exportations

imports-title = Importations et exportations
import-kind = Contenu du fichier
import-kind-schools = Écoles
import-kind-people = Personnes
import-kind-posts = Postes
import-kind-results = Résultats aux examens
import-file = Fichier (CSV ou XLSX, avec les colonnes de l'exportation)
import-button = Importer
import-choose-kind = Choisissez le contenu du fichier.
import-not-a-table = { $file } n'est pas un fichier .csv ou .xlsx. Enregistrez-le au format CSV ou Excel et réessayez.
import-empty = { $file } est vide.
import-unreadable = Le fichier n'est pas arrivé en entier ({ $reason }). Réessayez.
import-reading = Lecture de { $file }…
import-checking = Vérification de { $file } avec le registre : { $count ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }…
import-writing = Enregistrement de { $file } : { $count ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }…
import-step = Étape { $step } sur 3 : lecture du fichier, vérification avec le registre, enregistrement.
import-done = { $file } : { $inserted } { $inserted_n ->
        [one] ajouté
       *[other] ajoutés
    }, { $updated } mis à jour.
import-rejected = { $file } n'a pas été importé : les problèmes ci-dessous concernent { $count ->
        [one] { $lines } ligne
       *[other] { $lines } lignes
    }. Rien n'a été enregistré. Corrigez-les et importez de nouveau le fichier.
import-failed = { $file } n'a pas été importé : { $reason }. Rien n'a été enregistré.
import-refresh = Cette page s'actualise d'elle-même toutes les quelques secondes, jusqu'à la fin de l'importation.
import-refresh-now = Actualiser maintenant
import-one-at-a-time = Une de vos importations est encore en cours. Attendez qu'elle se termine, puis importez ce fichier.
import-busy = Le serveur est occupé par d'autres importations. Réessayez dans une minute.
import-another = Importer un autre fichier
col-line = Ligne
col-column = Colonne
col-problem = Problème
exports = Exportations
exports-scope = Tout ce que couvrent vos postes, avec les colonnes attendues pour une importation.
export-schools = Écoles (CSV)
export-people = Personnes (CSV)
export-posts = Postes (CSV)
export-results = Résultats aux examens (CSV)
exports-life = La vie des CoP cette année scolaire
exports-life-scope = Réunions, présences et actions des CoP que vous voyez, une ligne chacune, pour Excel ou Stata.
exports-period = Télécharger les données de cette période
export-meetings = Réunions
export-attendance = Présences
export-action-points = Actions à mener

## L'historique des modifications

audit-title = Modifications
audit-intro = Toutes les modifications dans le périmètre de vos postes : qui les a faites, quand, et la valeur avant et après.
col-when = Quand
col-who = Qui
col-what = Quoi
col-before = Avant
col-after = Après
audit-none = Aucune modification pour le moment.
audit-command-line = Ligne de commande
audit-meeting-recorded = Réunion enregistrée
audit-report-acknowledged = Rapport visé
audit-action-point-followed-up = Action à mener suivie
audit-school-written = École enregistrée
audit-person-written = Personne enregistrée
audit-post-written = Poste enregistré
audit-unit-written = Entité administrative enregistrée
audit-cluster-written = Groupe d'écoles enregistré
audit-cop-renamed = CoP renommée
audit-cop-membership-written = Membres de la CoP enregistrés
audit-unit-levels-set = Niveaux administratifs définis
audit-programme-written = Programme enregistré
audit-academic-year-added = Année scolaire ajoutée
audit-rollout-written = Déploiement enregistré
audit-toolkit-written = Boîte à outils enregistrée
audit-survey-round-written = Vague d'enquête enregistrée
audit-cop-formed = CoP créée
audit-plc-formed = CAP formée
audit-survey-responses-written = Réponses à l'enquête enregistrées
audit-sign-in-created = Compte de connexion créé
audit-api-token-created = Jeton d'API créé
audit-api-token-revoked = Jeton d'API révoqué
audit-password-changed = Mot de passe changé
audit-password-reset = Mot de passe réinitialisé
audit-meeting-edited = Réunion corrigée
audit-cop-guest-written = Invité de la CoP enregistré
audit-every-kind = Toutes les modifications
audit-kind = Type de modification
yes = oui
no = non
audit-field-held-on = Tenue le
audit-field-modality = Déroulement
audit-field-present = Présents
audit-field-expected = Attendus
audit-field-action-points = Actions à mener
audit-field-cop = CoP
audit-field-closed-on = Clôturée le
audit-field-finding = Constat de la visite
audit-field-due-on = Échéance
audit-field-acknowledged-at = Accusé de réception
audit-field-schools = Écoles
audit-field-name = Nom
audit-field-phone = Téléphone
audit-field-role = Rôle
audit-field-joined-on = Arrivé le
audit-field-left-on = Parti le
audit-field-person = Personne
audit-field-guest-role = Vient en tant que
audit-field-username = Nom d'utilisateur
audit-field-facilitator = Animateur
audit-field-duration-minutes = Minutes
audit-field-code = Code
audit-field-starts-on = Commence le
audit-field-ends-on = Se termine le
audit-field-school = École
audit-field-unit = Lieu
audit-field-gender = Sexe
audit-field-subjects = Matières
audit-field-age-band = Tranche d'âge
audit-field-arm = Groupe de l'étude
audit-field-birth-year = Année de naissance
audit-field-closures = Fermetures
audit-field-cluster = Grappe d'écoles
audit-field-continues-remotely = Continue à distance pendant les fermetures
audit-field-from = Du
audit-field-id = Identifiant
audit-field-kind = Type
audit-field-level = Niveau
audit-field-levels = Niveaux
audit-field-locality = Milieu
audit-field-meetings-per-term = Réunions par trimestre
audit-field-members = Membres
audit-field-model = Modèle de mise en œuvre
audit-field-ownership = Statut de l'école
audit-field-parent = Niveau au-dessus
audit-field-path = Emplacement
audit-field-phases = Phases
audit-field-programme = Programme
audit-field-qualification = Qualification
audit-field-responses = Réponses
audit-field-started-teaching = A commencé à enseigner
audit-field-subject = Matière
audit-field-terms = Trimestres
audit-field-to = Au
audit-field-toolkit = Boîte à outils
audit-field-wave = Vague
audit-field-waves = Vagues

## Une réunion envoyée deux fois

meeting-already-title = Cette réunion est déjà enregistrée
meeting-already-text = Une réunion de cette CoP à cette date a déjà été enregistrée ; rien n'a été enregistré deux fois.
meeting-already-link = Voir la réunion enregistrée

## Mots de passe

password-too-long = Le nouveau mot de passe peut compter au plus 256 caractères.
password-guessable = Le nouveau mot de passe est trop facile à deviner (un mot de passe courant, une suite logique, ou un mot proche de votre nom). Choisissez quelques mots sans rapport entre eux.

## Jetons d'API

tokens-title = Vos jetons d'API
tokens-intro = Un jeton permet à un programme ou à une application de téléphone d'utiliser Pamoja en votre nom. Révoquez un jeton que vous n'utilisez plus, ou qu'une autre personne a pu voir : il cesse aussitôt de fonctionner.
tokens-none = Vous n'avez aucun jeton d'API.
tokens-made = Créé le
tokens-ends = expire le
tokens-works = actif
tokens-expired = expiré
tokens-revoked = révoqué
tokens-revoke = Révoquer

## Le calendrier scolaire

calendar-title = Calendrier scolaire
calendar-intro = Les années scolaires, leurs trimestres et les jours où les écoles sont fermées. Le trimestre en cours, les réunions prévues et la période de chaque indicateur en découlent.
calendar-year = { $label } : { $period }
calendar-term = Trimestre { $number } : { $period }
calendar-closure = { $name } : { $period }
calendar-none = Aucune année scolaire n'est encore enregistrée. Ajoutez la première ci-dessous.
calendar-add = Ajouter une année scolaire
calendar-problems = L'année n'a pas été ajoutée. Corrigez ce qui est signalé ci-dessous.
calendar-label = Nom de l'année (par exemple 2026-27)
calendar-starts = Premier jour de l'année
calendar-ends = Dernier jour de l'année
calendar-term-n = Trimestre { $number }
calendar-closure-n = Fermeture { $number } (le cas échéant)
calendar-closure-name = Motif de la fermeture (par exemple fortes pluies)
calendar-from = Du
calendar-to = Au
calendar-save = Ajouter l'année
calendar-added = L'année est ajoutée. Ses trimestres déterminent désormais le trimestre en cours et les réunions prévues.
calendar-closure-added = La fermeture est ajoutée ; les réunions prévues en tiennent compte.
calendar-add-closure = Ajouter une fermeture à { $label }
calendar-closure-save = Ajouter la fermeture
audit-closure-added = Fermeture ajoutée
audit-school-result-written = Résultat d'école enregistré
audit-selection-rules-set = Règles de sélection fixées
audit-selection-opened = Sélection ouverte
audit-candidate-nominated = Candidat proposé
audit-nomination-assessed = Candidature évaluée
audit-selection-decided = Sélection décidée

# Reasons: why a field, a row or a write is refused (the code gives them as `why("why-…")`).
why-empty = est vide
why-too-long = compte { $length } caractères ; { $max } au plus sont permis
why-control-character = contient le caractère de contrôle { $character } ; saisissez-le à nouveau sans lui
why-direction-character = contient { $character }, qui change le sens d'affichage du texte ; saisissez-le à nouveau sans lui
why-code-character = contient { $character } ; utilisez des lettres, des chiffres, '-', '_', '.' ou '/'
why-not-one-of = { $value } ne fait pas partie de : { $allowed }
why-listed-twice = { $value } figure deux fois
why-cluster-size = compte { $n } écoles ; un groupe d'écoles en a de 2 à 8 (ceux des documents de référence en ont 4 ou 5)
why-not-a-year = { $value } n'est pas une année
why-year-outside = { $year } est hors de { $earliest }-{ $latest }
why-subject-slug = { $value } n'est pas un code de matière (lettres, chiffres et '-', séparés par ';')
why-phone = { $value } n'est pas un numéro de téléphone (7 à 15 chiffres)
why-started-young = { $started } est avant les 15 ans de la personne (née en { $born })
why-one-subject = donnez un seul code de matière, pas { $value }
why-passed-over-candidates = { $passed } reçus pour seulement { $candidates } candidats
why-no-open-seat = aucun poste { $role } n'est vacant à { $unit } : son titulaire est en poste pour plus de six mois encore
why-selection-decided = cette sélection a été décidée le { $on } ; ouvrez-en une nouvelle si le poste est de nouveau vacant
why-not-a-candidate = { $person } n'est pas directeur ou directrice en poste là où se trouve le poste { $role }
why-not-eligible = { $person } ne remplit pas les règles de sélection : voyez les éléments à côté de son nom
why-not-nominated = { $person } n'a pas été proposé(e) dans cette sélection
why-not-visited-interviewed = enregistrez la visite d'école et l'entretien du comité avec { $person } avant de le ou la nommer
why-day-outside = { $day } est hors de la période du { $from } au { $to }
why-ends-before-start = { $to } est avant le début, le { $from }
why-not-a-date = { $value } n'est pas une date ; écrivez-la AAAA-MM-JJ
why-date-years = { $day } n'est pas dans une année entre { $first } et { $last }
why-held-at-unit = ce poste s'exerce dans une entité administrative (secteur, district, pays), pas ici
why-held-at-school = ce poste s'exerce dans une école, pas ici
why-held-at-cluster = ce poste s'exerce dans un groupe d'écoles, pas ici
why-post-place-missing = indiquez l'entité, l'école ou le groupe d'écoles où le poste s'exerce
why-post-place-twice = n'indiquez qu'un seul lieu : entité, école ou groupe d'écoles
why-post-one-subject = un poste porte sur une seule matière
why-post-subject-missing = un responsable de matière en anime une ; indiquez-la
why-post-no-subject = ce poste ne porte sur aucune matière (reçu : { $subject })
why-programme-subjects = indiquez au moins une matière, par exemple maths;english
why-outside-range = { $value } est hors de { $min }-{ $max }
why-year-ends-first = l'année doit se terminer après son début
why-term-outside = le trimestre { $n } (du { $from } au { $to }) doit se situer dans l'année, après le trimestre précédent
why-closure-outside = la fermeture { $name } (du { $from } au { $to }) doit se situer dans l'année
why-not-whole = { $value } n'est pas un nombre entier
why-not-a-number = { $value } n'est pas un nombre
why-minutes-range = { $value } est hors de 10 à 600 minutes
why-agenda-item = indiquez soit une activité de la boîte à outils, soit une difficulté
why-agenda-empty = indiquez au moins un point à l'ordre du jour
why-formats-empty = indiquez au moins une forme d'échange
why-attendance-empty = indiquez qui est venu (au moins le facilitateur, présent)
why-not-present = { $person } n'est pas noté(e) présent(e)
why-guests-twice = { $value } figure deux fois ; donnez un seul nombre
why-point-description = dites ce qui est à faire
why-point-owner = indiquez la personne responsable de l'action à mener
why-due-before-meeting = { $due } est avant la réunion du { $held }
why-unknown-role = { $value } n'est pas un rôle ; les rôles sont : { $allowed }
why-code-taken = { $code } existe déjà
why-outside-scope = { $record } est hors de votre périmètre
why-twice-in-file = { $record } figure deux fois dans le fichier
why-username-spaces = donnez un nom d'utilisateur sans espaces
why-at-most = utilisez au plus { $max } caractères
why-no-person = aucune personne { $code }
why-username-taken-or-held = { $username } est déjà pris, ou la personne a déjà un accès
why-token-days = un jeton dure de 1 à { $max } jours, pas { $days }
why-account-exists = { $name } se connecte déjà en tant que { $username } ; réinitialisez plutôt son mot de passe
why-username-taken = { $username } est déjà pris ; choisissez-en un autre
why-account-missing = { $name } n'a pas encore d'accès ; créez-en un
why-grant-role = vous ne pouvez pas attribuer le poste { $role } : aucun de vos postes ne le permet
why-grant-place = vous ne pouvez attribuer le poste { $role } que là où vos postes vous permettent de modifier le registre
why-grant-yourself = vous ne pouvez pas attribuer ni modifier vos propres postes ; demandez à une personne au-dessus de vous
why-grant-level = un poste { $role } s'exerce en dessous du lieu de votre propre poste, pas à ce niveau
why-not-registered = { $code } n'est pas enregistré
why-answered-elsewhere = { $person } a déjà répondu pour l'école { $school }, qui est hors de votre périmètre
why-response-twice = { $person } figure deux fois (aussi la réponse { $n })
why-page-too-far = la page { $page } de { $per_page } dépasse la plus longue liste possible
why-post-twice = le même poste ({ $person }, { $role }, à { $place }, depuis le { $from }) figure deux fois dans le fichier
why-no-person-here = aucune personne { $code } dans votre périmètre
why-cannot-move = { $code } se trouve dans { $place } ; le déplacer ailleurs n'est pas possible
why-not-under = { $code } ne relève pas de l'entité { $unit }
why-in-other-cluster = { $code } fait déjà partie du groupe d'écoles { $cluster } du programme { $programme }
why-levels-set = les niveaux sont déjà fixés ; ils ne peuvent plus changer une fois les entités créées
why-no-parent = { $code } n'est pas enregistré (l'entité parente doit exister ou figurer plus haut dans le fichier)
why-wrong-level = { $level } n'est pas le niveau à cette profondeur ; attendu : { $expected }
why-below-levels = { $level } est en dessous du niveau le plus bas, { $lowest }
why-model-fixed = le programme a déjà des CoP ; son modèle de mise en œuvre ne peut plus changer
why-year-taken = l'année { $year } existe déjà
why-no-year = aucune année scolaire { $year }
why-closure-name = dites pourquoi les écoles ferment (fortes pluies, élections…)
why-closure-in-year = la fermeture doit se situer dans { $year } (du { $from } au { $to })
why-wave = { $code } est dans la vague { $wave }, mais le programme n'en compte que { $waves }
why-left-before-joined = { $left } est avant la date d'entrée, le { $joined }
why-not-programme-subject = { $subject } n'est pas une matière de { $programme } ({ $allowed })
why-give-cluster = { $programme } fonctionne par groupes d'écoles : indiquez un groupe d'écoles
why-give-school = { $programme } fonctionne dans chaque école : indiquez une école et une matière
why-cop-exists = { $code } a déjà une CoP { $programme }
why-cop-exists-for = { $code } a déjà une CoP { $programme } en { $subject }
why-member-not-guest = { $person } est membre de cette CoP, pas invité(e)
why-visit-recorded = une visite du { $day } est déjà enregistrée, constat : { $finding }
why-visit-not-after = { $day } n'est pas après la dernière visite, du { $last }
why-point-closed = déjà suivie et close le { $closed }
why-visit-future = { $day } est dans le futur ; enregistrez la visite une fois qu'elle a eu lieu
why-visit-before-meeting = { $day } est avant la réunion du { $held }
why-new-due-date = une action non réalisée a besoin d'une nouvelle échéance, pour la prochaine visite
why-due-after-visit = { $due } doit venir après la visite du { $day }, dans l'année qui suit
why-no-term = l'année { $year } n'a pas de trimestre { $n }
why-not-a-term = « { $value } » n'est pas un numéro de trimestre
why-between-terms = { $day } n'est dans aucun trimestre : il tombe entre le trimestre qui finit le { $ends } et celui qui commence le { $starts }
why-before-terms = { $day } n'est dans aucun trimestre : le premier trimestre prévu commence le { $starts }
why-after-terms = { $day } n'est dans aucun trimestre : le dernier trimestre prévu finit le { $ends } ; un administrateur national ajoute l'année suivante sur la page du calendrier
why-no-terms = { $day } n'est dans aucun trimestre : aucune année scolaire n'est encore prévue ; un administrateur national en ajoute une sur la page du calendrier
why-meeting-future = { $day } est dans le futur ; enregistrez une réunion une fois qu'elle a eu lieu
why-before-wave = { $day } est avant le début de la CoP (le { $starts }, sa vague de déploiement)
why-give-guest-role = { $person } n'est pas membre de cette CoP ; indiquez son rôle d'invité(e)
why-no-activity = aucune activité { $code } dans la boîte à outils du programme
why-owner-absent = { $person } n'est ni membre ni présent(e) à la réunion
why-meeting-recorded = une réunion de cette CoP le { $day } est déjà enregistrée
why-edit-not-yours = seule la personne qui a enregistré cette réunion, ou le directeur de son école, peut la corriger
why-edit-too-late = enregistrée il y a plus de { $days } jours : c'est désormais un chargé de suivi-évaluation national qui la corrige
why-points-followed-up = les actions à mener de cette réunion ont été suivies ; elles restent telles quelles, renvoyez-les sans changement
why-other-meeting-that-day = une autre réunion de cette CoP est enregistrée ce jour-là
why-visit-that-day = une visite ce jour-là est déjà enregistrée
why-post-held-from = la même personne occupe déjà ce poste depuis cette date
why-required = est obligatoire
why-not-json = le corps de la requête n'est pas du JSON : { $error }
why-as-given = { $text }
why-cop-place = indiquez une école (avec une matière) ou un groupe d'écoles
why-membership-ended = { $person } était membre jusqu'au { $left } ; une adhésion terminée n'est pas rouverte
why-already-member = { $person } est déjà membre
why-not-member = { $person } n'est pas membre
why-not-minutes = { $value } n'est pas un nombre entier de minutes
why-edit-not-now = il ne vous revient pas de corriger cette réunion maintenant
why-out-of-range = { $value } est hors limites : donnez une valeur de { $min } à { $max }
why-not-this-record = { $given } n'est pas { $record }, l'enregistrement que désigne cette adresse ; omettez { $field } ou donnez la même valeur
why-year-name = donnez un nom à l'année, par exemple 2026-27
why-first-term = indiquez au moins les dates du premier trimestre
# Le rapport de l'étude (crates/analysis) : titres, tests, méthodes et notes. Les noms des tests
# (Spearman, Cronbach, Mann–Whitney), les symboles (ρ, α, χ², U, z, p, n) et les numéros de notes restent tels quels.
tlt-title = Teachers Learning Together : analyse ({ $round })
tlt-covers = { $rounds ->
    [one] Vague d'enquête
   *[other] Vagues d'enquête
} { $codes } ({ $teachers ->
    [one] { $teachers_shown } enseignant
   *[other] { $teachers_shown } enseignants
} dans { $schools ->
    [one] { $schools_shown } école
   *[other] { $schools_shown } écoles
}).
tlt-covers-country = { $rounds ->
    [one] Vague d'enquête
   *[other] Vagues d'enquête
} { $codes } ({ $teachers ->
    [one] { $teachers_shown } enseignant
   *[other] { $teachers_shown } enseignants
} dans { $schools ->
    [one] { $schools_shown } école
   *[other] { $schools_shown } écoles
}), pays : { $country }.
tlt-label-test = Test statistique
tlt-label-method = Méthode
tlt-label-missing = Données manquantes
tlt-model-cluster = CoP par groupe d'écoles (Kenya)
tlt-model-school = CoP par école (Rwanda)
tlt-too-few = trop peu de lignes : { $what } demande au moins { $need } lignes complètes, et il en reste { $have } après exclusion des valeurs manquantes
tlt-constant = la colonne « { $column } » est constante (toutes les valeurs valent { $value }) : calcul impossible pour { $what }
tlt-undefined = { $what } : calcul impossible avec ces données
tlt-round-baseline = enquête de référence
tlt-round-midline = enquête de mi-parcours
tlt-round-endline = enquête finale
tlt-failed = calcul impossible avec ces données
tlt-table-8-directive-name = directeur d'école directif
tlt-table-8-distributed-name = directeur d'école qui partage le leadership
tlt-table-9-directive-name = responsable de matière directif
tlt-table-9-distributed-name = responsable de matière qui partage le leadership
tlt-what-cronbach-s-alpha-items = l'alpha de Cronbach (items)
tlt-what-cronbach-s-alpha = l'alpha de Cronbach
tlt-what-a-correlation = une corrélation
tlt-what-a-spearman-p-value = une valeur p de Spearman
tlt-what-a-correlation-matrix = une matrice de corrélation
tlt-what-each-sample-of-a-mann-whitney-test = chaque échantillon d'un test de Mann-Whitney
tlt-what-a-mann-whitney-test = un test de Mann-Whitney
tlt-what-a-pca = une ACP
tlt-what-a-pca-items = une ACP (items)
tlt-what-its-correlation-with-the-other-items = sa corrélation avec les autres items
tlt-what-terciles = les terciles
tlt-what-a-chi-square-test = un test du khi-deux
tlt-what-a-difference-in-differences = une double différence
tlt-what-a-difference-in-differences-periods = une double différence (périodes)
tlt-what-a-regression = une régression
tlt-what-this-regression-more-rows-than-parameters = cette régression (plus de lignes que de paramètres)
tlt-what-cluster-robust-standard-errors = des erreurs types robustes par grappe
tlt-not-computed = Non calculé : { $why }
tlt-no-answers = aucune réponse
tlt-listwise = Exclusion listwise : tout répondant à qui il manque un item d'un indice, ou l'une des deux variables d'un test, est écarté
tlt-listwise-end = .
tlt-listwise-complete =  ; n est le nombre de répondants aux données complètes.
tlt-listwise-school =  ; une école est comptée dès qu'au moins un de ses enseignants a les deux.
tlt-listwise-changed =  ; les enseignants dont le score n'a pas changé sont écartés.
tlt-listwise-panel =  ; seuls les enseignants enquêtés lors des deux vagues sont retenus.
tlt-col-model = Modèle de CoP
tlt-col-index = Indice
tlt-col-ci-low = IC à 95 % : borne inférieure
tlt-col-ci-high = IC à 95 % : borne supérieure
tlt-col-schools = écoles de l'échantillon
tlt-col-improved-kept = En progrès, WhatsApp maintenu
tlt-col-improved-not = En progrès, WhatsApp non maintenu
tlt-col-df = ddl
tlt-col-cramer = V de Cramér
tlt-col-n1 = N1 (en progrès)
tlt-col-n2 = N2 (en recul)
tlt-col-p-method = Calcul de p
tlt-col-term = Variable
tlt-col-estimate = Coefficient
tlt-col-std-error = Erreur type
tlt-descriptive = Statistiques descriptives : pourcentages
tlt-profile-method = Pourcentage des enseignants ayant répondu à l'item qui ont choisi chaque option (plusieurs choix possibles).
tlt-profile-missing = Les enseignants qui n'ont pas répondu à l'item sont exclus de ses pourcentages.
tlt-table-3-title = Tableau 3 : qui dirige et qui anime les réunions de CoP
tlt-table-4-title = Tableau 4 : organisation des échanges
tlt-table-5-title = Tableau 5 : participation des enseignants aux décisions sur le déroulement des réunions de CoP
tlt-table-5-method = Pourcentage d'enseignants ayant répondu « oui » : les enseignants participent à la décision sur cet aspect des réunions.
tlt-alpha-title = Fiabilité de chaque indice (α de Cronbach)
tlt-alpha-test = α de Cronbach avec intervalle de confiance à 95 % de Feldt (comme pingouin)
tlt-alpha-method = Items notés de 1 à 5 (TSES : de 1 à 9) ; les items inversés sont recodés avant le calcul du score.
tlt-alpha-facilitation = Animation des réunions (5 items, note 22)
tlt-alpha-impact = Impact de la CoP (10 items, note 23)
tlt-alpha-ht = Implication du directeur d'école (2 items)
tlt-alpha-ssl = Implication du responsable de matière (2 items)
tlt-alpha-tses = Échelle TSES (12 items)
tlt-alpha-kap = Auto-évaluations KAP (12 items, dont 1 inversé)
tlt-t6-title = Tableau 6 : impact perçu de la CoP et animation des réunions
tlt-t6-test = Corrélation des rangs de Spearman, bilatérale (note 24 : les données de l'outil CoP sont ordinales)
tlt-t6-method = Indice d'animation construit à partir des 5 items de la note 22, indice d'impact de la CoP à partir des 10 items de la note 23 ; chacun calculé à la fois comme moyenne simple et comme première composante principale de la matrice de corrélation des items (note 21).
tlt-t6-average = moyenne simple
tlt-t6-pca = ACP, première composante
tlt-t6-facilitation = indice d'animation
tlt-t6-impact = indice d'impact de la CoP
tlt-t6-facilitation-pca = animation (ACP)
tlt-t6-impact-pca = impact de la CoP (ACP)
tlt-t6-explained = { $model } : la première composante explique { $facilitation } % de la variance des items d'animation et { $impact } % de celle des items d'impact.
tlt-rounding = Les moyennes et les moyennes par école sont arrondies à 9 décimales, round(x × 10⁹) / 10⁹, dès leur calcul, afin que des moyennes égales soient des nombres égaux et soient à égalité dans les rangs (hors scores d'ACP).
tlt-spearman = Corrélation des rangs de Spearman, bilatérale
tlt-impact = Impact de la CoP
tlt-impact-school = Impact de la CoP (moyenne de l'école)
tlt-school-method = { $index } : moyenne simple de ses items ; impact de la CoP : moyenne simple des 10 items d'impact. Les scores des enseignants sont moyennés par école (note 25) : n compte donc des écoles.
tlt-table-7-title = Tableau 7 : implication du directeur d'école et impact de la CoP, par école
tlt-table-7-label = Implication du directeur d'école
tlt-table-10-title = Tableau 10 : satisfaction à l'égard du coach pédagogique et impact de la CoP, par école
tlt-table-10-label = Satisfaction à l'égard du coach
tlt-t8-9-title = Tableaux 8–9 : style de leadership et performance des CoP
tlt-tiers-method = Niveaux de performance des CoP : terciles (interpolation linéaire, type 7 de numpy) du score moyen d'impact de la CoP de chaque école, sur { $schools } écoles : faible ≤ { $q1 } < moyen ≤ { $q2 } < élevé. Style de leadership d'après les réponses de l'enseignant : directif quand la participation et les retours du responsable valent en moyenne ≥ 4 (souvent/toujours), distribué quand ils valent ≤ 2 (rarement/jamais). Chaque cellule met en corrélation deux indicateurs 0/1 calculés sur les enseignants.
tlt-tiers-test = Corrélation des rangs de Spearman, bilatérale (note 26)
tlt-tier-high = CoP les plus performantes
tlt-tier-low = CoP les moins performantes
tlt-table-8-title = Tableau 8 : style de leadership du directeur d'école et performance des CoP
tlt-table-8-directive = Directeur d'école directif
tlt-table-8-distributed = Directeur d'école au leadership distribué
tlt-table-9-title = Tableau 9 : style de leadership du responsable de matière et performance des CoP
tlt-table-9-directive = Responsable de matière directif
tlt-table-9-distributed = Responsable de matière au leadership distribué
tlt-endline-title = Tests sur l'enquête finale
tlt-endline-method = Les tests liés à la fermeture des écoles (WhatsApp, expérience de CoP antérieure), la régression traitement-contrôle et les doubles différences par vague de déploiement nécessitent une enquête de référence et une enquête finale du même programme.
tlt-endline-none = Pas encore d'enquête finale.
tlt-quality = qualité de l'enseignement
tlt-improved = en progrès
tlt-reduced = en recul
tlt-school = école
tlt-teacher = enseignant
tlt-whatsapp-kept = WhatsApp pendant la fermeture des écoles
tlt-whatsapp-title = Usage de WhatsApp pendant la fermeture des écoles et évolution de la qualité de l'enseignement
tlt-whatsapp-test = Test d'indépendance du khi-deux, avec correction de Yates pour le tableau 2×2 (comme scipy), et V de Cramér
tlt-whatsapp-method = Lignes : a continué d'utiliser le groupe WhatsApp de la CoP pendant la fermeture des écoles (enquête finale). Colonnes : qualité de l'enseignement en progrès ou en recul entre l'enquête de référence et l'enquête finale (score TEACH).
tlt-prior-title = L'expérience de CoP avant la fermeture des écoles comme aide au rattrapage des élèves, selon l'évolution de la qualité de l'enseignement
tlt-prior-test = U de Mann–Whitney, bilatéral (méthode « auto » de scipy : exacte quand un groupe compte ≤ 8 valeurs sans ex aequo ; sinon approximation normale avec corrections pour les ex aequo et de continuité)
tlt-prior-method = Degré d'accord (1–5) avec l'idée que l'expérience de CoP de l'enseignant avant la fermeture l'a aidé à soutenir le rattrapage des élèves (enquête finale), chez les enseignants dont la qualité de l'enseignement a progressé (N1) ou reculé (N2). U est min(U1, U2) et z celui de SPSS (sans correction de continuité), comme dans le rapport d'origine de l'étude.
tlt-p-exact = exacte
tlt-p-asymptotic = asymptotique
tlt-term-treatment-endline = traitement × enquête finale
tlt-term-endline = enquête finale
tlt-term-female = femme
tlt-term-experience = expérience (années)
tlt-term-degree = diplôme universitaire
tlt-regression-title = Traitement et contrôle : qualité de l'enseignement ({ $model })
tlt-regression-test = MCO avec effets fixes école (absorbés) et erreurs types robustes par grappe, les grappes étant les écoles (CR1, comme statsmodels)
tlt-regression-method = Score TEACH (0–5) à l'enquête de référence et à l'enquête finale, données empilées. « traitement × enquête finale » mesure l'effet du programme ; les effets fixes école absorbent le groupe (traitement ou contrôle) lui-même. Variables de contrôle : sexe, années d'expérience, diplôme universitaire.
tlt-regression-note = N = { $n } observations enseignant-vague, K = { $k } (dont { $effects } effets école), { $clusters } grappes ; p d'après t({ $dof }).
tlt-regression-dropped = { " " }Variables exclues pour colinéarité : { $terms }.
tlt-did-title = Vagues de déploiement : doubles différences sur la qualité de l'enseignement ({ $model })
tlt-did-test = Effets fixes à deux dimensions (enseignant et vague d'enquête), erreurs types robustes par grappe, les grappes étant les enseignants (CR1), p d'après t(G − 1)
tlt-did-method = Score TEACH (0–5). Un enseignant est considéré comme traité à partir de la première vague d'enquête tenue au début de la vague de déploiement de son école ou après ; l'étude d'événement estime l'effet selon le nombre de vagues d'enquête écoulées depuis, la vague précédente servant de référence.
tlt-did-treated = traité (vague de déploiement commencée)
tlt-did-event = étude d'événement : { $rounds } vague(s) d'enquête depuis le début de la vague de déploiement
tlt-did-note = N = { $n } observations enseignant-vague, { $teachers } enseignants, { $rounds } vagues d'enquête.
tlt-did-caveat = Mise en garde : quand les vagues de déploiement sont échelonnées, l'estimation à effets fixes à deux dimensions fait la moyenne de toutes les comparaisons présentes dans les données, y compris celles où des unités déjà traitées servent de témoins pour les vagues suivantes ; si l'effet évolue avec le temps écoulé depuis l'adoption, cette estimation peut être biaisée (Goodman-Bacon 2021). À lire avec l'étude d'événement.
tlt-did-no-event = L'étude d'événement n'est pas présentée : { $terms } serait expliqué par les effets enseignant et vague d'enquête (aucun enseignant n'est hors programme aux deux vagues), si bien que les vagues écoulées depuis le début d'un déploiement ne peuvent pas être distinguées du temps lui-même.
why-in-field = { $field } : { $reason }
why-file-kind = { $file } : utilisez un fichier .csv ou .xlsx
why-file-empty = le fichier est vide ; la première ligne doit nommer les colonnes
why-file-empty-sheet = la feuille est vide ; la première ligne doit nommer les colonnes
why-file-unreadable = illisible comme fichier { $format } : { $detail }
why-file-too-big = une fois décompressé, le classeur fait { $size } Mo, au-delà de la limite de { $limit } Mo ; enregistrez la feuille en CSV
why-file-no-sheet = le classeur n'a aucune feuille
why-file-left-of-heading = une valeur à gauche du premier en-tête de colonne (colonne { $column }) ; placez-la sous un en-tête
why-file-too-wide = la feuille utilise la colonne { $column }, au-delà des { $limit } qu'un fichier Pamoja peut avoir
why-file-no-column = pas de colonne « { $column } » ; les colonnes sont : { $columns }
why-file-not-number = colonne « { $column } » : « { $value } » n'est pas un nombre (laissez la cellule vide ou écrivez NA si la valeur manque)
why-file-cells-short = la ligne a { $cells } cellules ; l'en-tête en nomme { $columns }
why-file-cells-long = la ligne a plus de cellules que les { $columns } colonnes que nomme l'en-tête
why-file-unknown-column = colonne inconnue « { $column } » ; les fichiers { $kind } ont les colonnes { $columns }
why-file-repeated-column = la colonne « { $column } » apparaît deux fois
why-file-missing-column = colonne manquante « { $column } » ; les fichiers { $kind } ont les colonnes { $columns }
why-survey-no-id = pas de colonne { $column } ; chaque ligne doit dire quel enseignant et quelle école ont répondu
why-survey-no-items = aucune colonne ne nomme une question de { $instrument } ; est-ce le bon instrument ?
why-survey-empty = { $column } est vide
why-survey-answered = l'enseignant { $teacher } a déjà répondu à la ligne { $line }
why-survey-option = « { $value } » n'est ni 0 ni 1 : une colonne par option contient 1 si l'option a été choisie, 0 ou rien sinon

# Words of the registry's vocabulary shown where a record's values are (the changes page).
gender-female = Femme
gender-male = Homme
gender-other = Autre
model-school-based = Dans l'école
model-cluster-based = En grappe d'écoles
arm-treatment = Groupe bénéficiaire
arm-control = Groupe témoin
subject-english = Anglais
subject-maths = Mathématiques
subject-literacy = Lecture et écriture
subject-kinyarwanda = Kinyarwanda
subject-kiswahili = Kiswahili
subject-french = Français
subject-science = Sciences
level-country = Pays
level-province = Province
level-district = District
level-sector = Secteur
level-county = Comté
level-sub-county = Sous-comté
plc-compare-schools = Les écoles côte à côte
plc-compare-sectors = Les secteurs côte à côte
plc-compare-note = Taux de réussite en { $year } et évolution depuis { $before } ; les CAP des enseignants ce trimestre. Qu'est-ce qui fait les résultats des points forts, et qu'est-ce qui aiderait les plus en retard ?
plc-compare-no-results = Pas encore de résultats d'examen. Un bureau de district les importe (Importations, puis Résultats aux examens).
plc-choose-subject = Matière
plc-all-subjects = Toutes les matières
plc-col-school = École
plc-col-sector = Secteur
plc-col-pass-rate = Taux de réussite
plc-col-change = Évolution
plc-col-attendance = Présence
plc-bright-spot = point fort
plc-furthest-behind = le plus en retard
change-points = { $value } pt
subject-social-studies = Études sociales
