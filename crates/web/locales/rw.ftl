# Pamoja, Ikinyarwanda. The message names are en.ftl's; a message missing here is shown in English.
# To translate: copy a message from en.ftl under its section here and write it in Kinyarwanda.

## Layout

## Formats

percent = { $value }%
date = { $day } { $month } { $year }
month-1 = mut.
month-2 = gas.
month-3 = wer.
month-4 = mat.
month-5 = gic.
month-6 = kam.
month-7 = nya.
month-8 = kan.
month-9 = nze.
month-10 = ukw.
month-11 = ugu.
month-12 = uku.

## Signing in, and the password

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
