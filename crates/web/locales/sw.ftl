# Pamoja, Kiswahili. Majina ya ujumbe ni yale ya en.ftl; ujumbe usiokuwepo huonyeshwa kwa Kiingereza.
# To translate: copy a message from en.ftl under its section here and write it in Kiswahili.

## Layout

nav-home = Nyumbani
nav-password = Nenosiri
sign-out = Toka
language = Lugha

## Formats

percent = { $value }%
date = { $day } { $month } { $year }
month-1 = Jan
month-2 = Feb
month-3 = Mac
month-4 = Apr
month-5 = Mei
month-6 = Jun
month-7 = Jul
month-8 = Ago
month-9 = Sep
month-10 = Okt
month-11 = Nov
month-12 = Des

## Signing in, and the password

username = Jina la mtumiaji
password = Nenosiri

## Messages

## Home

## KPIs

## Vocabularies

## A CoP

## Recording a meeting

## A meeting's report

## Following up an action point

## The registry

## Imports and exports

## The audit trail
