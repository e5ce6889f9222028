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

## A meeting sent twice

meeting-already-title = Iyi nama yamaze kubikwa
meeting-already-text = Inama y'iri tsinda kuri uyu munsi yari yarabitswe; nta kintu cyabitswe kabiri.
meeting-already-link = Reba inama yabitswe

## Passwords

sign-in-wait = Wagerageje kenshi ntibyakunda. Tegereza { $minutes ->
    [one] umunota umwe
   *[other] iminota { $minutes }
    }, hanyuma wongere ugerageze.
password-title = Hindura ijambo ry’ibanga
password-done = Ijambo ry’ibanga ryahinduwe. Andi masomo yawe yafunzwe kandi tokeni zawe za API zavanyweho.
password-current = Ijambo ry’ibanga usanganywe
password-new = Ijambo ry’ibanga rishya (nibura inyuguti 12)
password-repeat = Ijambo ry’ibanga rishya nanone
password-button = Hindura ijambo ry’ibanga
password-wrong-current = Ijambo ry’ibanga usanganywe si ryo.
password-too-short = Ijambo ry’ibanga rishya rigomba kugira nibura inyuguti 12.
password-too-long = Ijambo ry’ibanga rishya ntirigomba kurenza inyuguti 256.
password-guessable = Ijambo ry’ibanga rishya riroroshye cyane gukekwa (rikoreshwa na benshi, rifite urutonde, cyangwa risa n’izina ryawe). Koresha amagambo make adafitanye isano.
password-not-same = Amagambo y’ibanga abiri mashya ntabwo ari amwe.

## API tokens

tokens-title = Tokeni zawe za API
tokens-intro = Tokeni yemerera porogaramu cyangwa telefoni gukoresha Pamoja mu izina ryawe. Vanaho iyo utagikoresha, cyangwa iyo undi muntu ashobora kuba yarabonye: ihita ireka gukora.
tokens-none = Nta tokeni za API ufite.
tokens-made = Yakozwe
tokens-ends = izarangira
tokens-works = irakora
tokens-expired = yararangiye
tokens-revoked = yavanyweho
tokens-revoke = Kuvanaho
