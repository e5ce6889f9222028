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

## A meeting sent twice

meeting-already-title = Mkutano huu tayari umehifadhiwa
meeting-already-text = Mkutano wa CoP hii siku hii ulihifadhiwa awali; hakuna kilichohifadhiwa mara mbili.
meeting-already-link = Tazama mkutano uliohifadhiwa

## Passwords

sign-in-wait = Majaribio mengi yameshindwa. Subiri { $minutes ->
    [one] dakika moja
   *[other] dakika { $minutes }
    }, kisha ujaribu tena.
password-title = Badilisha nenosiri lako
password-done = Nenosiri lako limebadilishwa. Vipindi vyako vingine vimefungwa na tokeni zako za API zimebatilishwa.
password-current = Nenosiri la sasa
password-new = Nenosiri jipya (angalau herufi 12)
password-repeat = Nenosiri jipya tena
password-button = Badilisha nenosiri
password-wrong-current = Nenosiri lako la sasa si sahihi.
password-too-short = Nenosiri jipya linahitaji angalau herufi 12.
password-too-long = Nenosiri jipya linaweza kuwa na herufi 256 tu au chini.
password-guessable = Nenosiri jipya ni rahisi mno kukisia (nenosiri la kawaida, mpangilio, au linafanana na jina lako). Tumia maneno machache yasiyohusiana.
password-not-same = Manenosiri mawili mapya hayafanani.

## API tokens

tokens-title = Tokeni zako za API
tokens-intro = Tokeni huruhusu programu au programu ya simu kutumia Pamoja kwa niaba yako. Batilisha ile usiyoitumia tena, au ambayo huenda mtu mwingine aliiona: inaacha kufanya kazi papo hapo.
tokens-none = Huna tokeni za API.
tokens-made = Iliundwa
tokens-ends = inaisha
tokens-works = inafanya kazi
tokens-expired = imeisha muda
tokens-revoked = imebatilishwa
tokens-revoke = Batilisha
