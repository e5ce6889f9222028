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
