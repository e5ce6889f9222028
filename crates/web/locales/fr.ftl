# Pamoja, français. Mêmes noms de messages que en.ftl ; un message absent s'affiche en anglais.
# To translate: copy a message from en.ftl under its section here and write it in French.

## Layout

nav-home = Accueil
nav-registry = Registre
nav-imports = Importations
nav-audit = Modifications
nav-password = Mot de passe
sign-out = Se déconnecter
language = Langue
language-choose = Changer

## Formats

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

## Signing in, and the password

sign-in-title = Connexion
username = Nom d'utilisateur
password = Mot de passe
sign-in-button = Se connecter
sign-in-wrong = Ce nom d'utilisateur et ce mot de passe ne correspondent pas. Vérifiez-les et réessayez.

## Messages

home-link = Accueil

## Home

welcome = Bienvenue, { $name }
todo = À faire

## KPIs

## Vocabularies

## A CoP

## Recording a meeting

## A meeting's report

## Following up an action point

## The registry

## Imports and exports

## The audit trail

## A meeting sent twice

meeting-already-title = Cette réunion est déjà enregistrée
meeting-already-text = Une réunion de cette CoP à cette date a déjà été enregistrée ; rien n'a été enregistré deux fois.
meeting-already-link = Voir la réunion enregistrée

## Passwords

sign-in-wait = Trop de tentatives échouées. Attendez { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
    }, puis réessayez.
password-title = Changer votre mot de passe
password-done = Votre mot de passe est changé. Vos autres sessions ont été fermées et vos jetons d’API révoqués.
password-current = Mot de passe actuel
password-new = Nouveau mot de passe (au moins 12 caractères)
password-repeat = Nouveau mot de passe, encore une fois
password-button = Changer le mot de passe
password-wrong-current = Votre mot de passe actuel n’est pas le bon.
password-too-short = Le nouveau mot de passe doit avoir au moins 12 caractères.
password-too-long = Le nouveau mot de passe peut avoir au plus 256 caractères.
password-guessable = Le nouveau mot de passe est trop facile à deviner (un mot de passe courant, un motif, ou proche de votre nom). Prenez quelques mots sans rapport entre eux.
password-not-same = Les deux nouveaux mots de passe ne sont pas les mêmes.

## API tokens

tokens-title = Vos jetons d’API
tokens-intro = Un jeton permet à un programme ou à une application de téléphone d’utiliser Pamoja en votre nom. Révoquez celui que vous n’utilisez plus, ou qu’une autre personne a pu voir : il cesse aussitôt de fonctionner.
tokens-none = Vous n’avez aucun jeton d’API.
tokens-made = Créé le
tokens-ends = expire le
tokens-works = actif
tokens-expired = expiré
tokens-revoked = révoqué
tokens-revoke = Révoquer
